import { useState } from 'preact/hooks';
import { ApiError, api, type Schemas } from '../api';
import { ROUTES } from '../router';
import { ErrorMessage } from '../ui';

/**
 * A key as pasted: from a header line (`Bearer hh_live_…`, `Authorization: Bearer …`), with stray spaces, tabs or
 * line breaks around or inside it. A key has no whitespace, so all of it goes.
 */
export function normalizeKey(pasted: string): string {
  return pasted
    .trim()
    .replace(/^(?:authorization\s*:\s*)?bearer\s+/i, '')
    .replace(/\s+/g, '');
}

/** Checks a key with GET /v1/org before keeping it in sessionStorage. The form never submits to a URL. */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (key: string, org: Schemas['Org']) => void; notice: ApiError | null }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('api_key') as HTMLInputElement;
    const key = normalizeKey(input.value);
    setBusy(true);
    setError(null);
    try {
      const org = await api<Schemas['Org']>('/v1/org', { key });
      input.value = '';
      onSignedIn(key, org);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'unexpected', String(err)));
      input.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="sign-in">
      <div class="sign-in-card">
        <h1>
          <span class="logo" aria-hidden="true">
            ◷
          </span>{' '}
          HumanHours
        </h1>
        <p>The hours and money your AI agents save, net of what they cost.</p>
        {notice && <ErrorMessage error={notice} title="You were signed out" />}
        {!ROUTES.some((r) => r.path === location.pathname.replace(/(.)\/$/, '$1')) && (
          <p class="notice" data-testid="not-found">
            There is no dashboard page at <code>{location.pathname}</code>. After signing in, pick a view from the menu or go to the{' '}
            <a href="/">overview</a>.
          </p>
        )}
        <form method="post" action="/" onSubmit={submit} aria-label="Sign in">
          <label for="api_key">API key</label>
          <input
            id="api_key"
            name="api_key"
            type="password"
            required
            autocomplete="off"
            spellcheck={false}
            placeholder="hh_live_…"
            aria-describedby="key-help"
          />
          <p id="key-help" class="hint">
            Kept in this browser tab only (sessionStorage) and sent only in the Authorization header; closing the tab or signing out forgets
            it. The server printed the first key when it started; an admin key can create others.
          </p>
          <button type="submit" disabled={busy}>
            {busy ? 'Checking…' : 'Sign in'}
          </button>
        </form>
        {error && <ErrorMessage error={error} title="That key was not accepted" />}
      </div>
    </main>
  );
}
