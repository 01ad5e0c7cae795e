import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api, type Schemas, session } from '../api';
import { formatDateTime } from '../format';
import { useApi } from '../hooks';
import { CopyButton, ErrorMessage, Loading, Section, TableWrap } from '../ui';

type ApiKey = Schemas['ApiKey'];
type KeyList = Schemas['ApiKeyList'];
type Scope = Schemas['ApiKeyScope'];

const SCOPES: Array<[Scope, string]> = [
  ['track:write', 'track:write: send events'],
  ['read:reports', 'read:reports: reports, agents, task types'],
  ['admin', 'admin: keys, task types, org settings'],
];

export function Keys({ onOwnKeyRevoked }: { onOwnKeyRevoked: () => void }) {
  const list = useApi<KeyList>('/v1/api-keys', { limit: 100 });
  const [created, setCreated] = useState<Schemas['CreatedApiKey'] | null>(null);
  const ownId = /^hh_(?:live|test)_([A-Za-z0-9]{8})_/.exec(session.key() ?? '')?.[1];

  return (
    <>
      <Section title="Create a key" id="create-key-title">
        <CreateKey
          onCreated={(key) => {
            setCreated(key);
            list.reload();
          }}
        />
        {created && <NewSecret created={created} onDismiss={() => setCreated(null)} />}
      </Section>
      <Section title="Keys of this org" id="keys-title">
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading what="the keys" />
        ) : (
          <TableWrap label="API keys">
            <table data-testid="table-keys">
              <caption class="visually-hidden">API keys, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((key) => (
                  <KeyRow
                    key={key.id}
                    apiKey={key}
                    own={key.id === ownId}
                    onRevoked={(revoked) => {
                      if (revoked.id === ownId) onOwnKeyRevoked();
                      else list.set({ ...list.data!, data: list.data!.data.map((k) => (k.id === revoked.id ? revoked : k)) });
                    }}
                  />
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {list.data?.next_cursor && <p class="muted">Showing the newest 100 keys.</p>}
      </Section>
    </>
  );
}

function KeyRow({ apiKey: k, own, onRevoked }: { apiKey: ApiKey; own: boolean; onRevoked: (k: ApiKey) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const revoke = async () => {
    try {
      onRevoked(await api<ApiKey>(`/v1/api-keys/${encodeURIComponent(k.id)}`, { method: 'DELETE' }));
    } catch (err) {
      setError(err as ApiError);
    }
    setConfirming(false);
  };
  return (
    <tr data-key-id={k.id} class={k.revoked_at ? 'revoked' : undefined}>
      <th scope="row">
        {k.name}
        {own && <span class="badge">this session</span>}
      </th>
      <td>
        <code>{k.prefix}_…</code>
        <span class="sub">{k.mode}</span>
      </td>
      <td>{k.scopes.join(', ')}</td>
      <td>{formatDateTime(k.created_at)}</td>
      <td>{formatDateTime(k.last_used_at)}</td>
      <td>
        {k.revoked_at ? (
          <span class="status revoked">Revoked {formatDateTime(k.revoked_at)}</span>
        ) : confirming ? (
          <div class="buttons">
            <button type="button" class="danger small" onClick={revoke}>
              {own ? 'Revoke and sign out' : 'Yes, revoke'}
            </button>
            <button type="button" class="secondary small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <>
            <span class="status active">Active</span>{' '}
            <button
              type="button"
              class="secondary small danger"
              onClick={() => setConfirming(true)}
              aria-label={`Revoke ${k.name} (${k.prefix})`}
            >
              Revoke
            </button>
          </>
        )}
        {error && <ErrorMessage error={error} />}
      </td>
    </tr>
  );
}

function CreateKey({ onCreated }: { onCreated: (k: Schemas['CreatedApiKey']) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const scopes = form.getAll('scopes').map(String) as Scope[];
    setBusy(true);
    setError(null);
    try {
      const created = await api<Schemas['CreatedApiKey']>('/v1/api-keys', {
        method: 'POST',
        body: { name: String(form.get('name') ?? '').trim(), scopes, mode: String(form.get('mode')) as Schemas['ApiKeyMode'] },
      });
      formEl.reset();
      onCreated(created);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="grid-form" onSubmit={submit} aria-label="Create an API key">
      <div class="field">
        <label for="key-name">Name</label>
        <input id="key-name" name="name" required maxLength={100} placeholder="n8n production" autocomplete="off" />
      </div>
      <div class="field">
        <label for="key-mode">Mode</label>
        <select id="key-mode" name="mode">
          <option value="live">live (hh_live_…)</option>
          <option value="test">test (hh_test_…)</option>
        </select>
      </div>
      <fieldset class="field wide">
        <legend>Scopes</legend>
        {SCOPES.map(([scope, label]) => (
          <label class="check" key={scope}>
            <input type="checkbox" name="scopes" value={scope} defaultChecked={scope !== 'admin'} /> {label}
          </label>
        ))}
      </fieldset>
      <div class="buttons">
        <button type="submit" disabled={busy}>
          Create key
        </button>
      </div>
      {error && <ErrorMessage error={error} title="The key was not created" />}
    </form>
  );
}

/** The secret, shown once: it lives only in this component's state and is gone when dismissed. */
function NewSecret({ created, onDismiss }: { created: Schemas['CreatedApiKey']; onDismiss: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="secret" role="alert" tabindex={-1} ref={box} data-testid="new-secret">
      <p>
        <strong>Key “{created.name}” created.</strong> Copy its secret now: it is shown only this once and cannot be retrieved again.
      </p>
      <div class="secret-value">
        <code data-testid="secret">{created.secret}</code>
        <CopyButton text={created.secret} label="the secret" />
      </div>
      <button type="button" class="secondary" onClick={onDismiss}>
        I have stored it, hide the secret
      </button>
    </div>
  );
}
