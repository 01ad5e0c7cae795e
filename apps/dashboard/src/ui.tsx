import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type ApiError, downloadCsv, keyHint, type Query, session } from './api';
import { FILTER_PARAMS, setParams } from './router';

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** The API's own error message and hint. */
export function ErrorMessage({ error, title }: { error: ApiError; title?: string }) {
  return (
    <div class="error" role="alert" data-code={error.code}>
      {title && <p class="error-title">{title}</p>}
      <p>{error.message}</p>
      {error.hint && <p class="hint">{error.hint}</p>}
      <p class="code">
        <code>{error.code}</code>
        {error.status > 0 && ` (HTTP ${error.status})`}
      </p>
    </div>
  );
}

export function Section({
  title,
  id,
  children,
  actions,
}: {
  title: string;
  id: string;
  children: ComponentChildren;
  actions?: ComponentChildren;
}) {
  return (
    <section class="card" aria-labelledby={id}>
      <div class="card-head">
        <h2 id={id}>{title}</h2>
        {actions && <div class="actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** A wide table scrolls inside its own focusable region on a phone. */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // A focusable region: a table wider than the screen scrolls with the keyboard too.
    <section class="table-wrap" aria-label={`${label} (table)`} tabindex={0}>
      {children}
    </section>
  );
}

/** "Download CSV": fetched with the Bearer header and saved from a Blob, so the key never lands in a URL. */
export function DownloadCsv({ path, query, filename, label }: { path: string; query: Query; filename: string; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadCsv(path, query, filename);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="download">
      <button type="button" class="secondary" onClick={click} disabled={busy} aria-label={`Download CSV: ${label}`}>
        {busy ? 'Preparing…' : 'Download CSV'}
      </button>
      {error && <ErrorMessage error={error} title="The download failed" />}
    </span>
  );
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone('copied');
    } catch {
      setDone('failed');
    }
    setTimeout(() => setDone(null), 2500);
  };
  return (
    <button type="button" class="secondary small" onClick={copy} aria-label={`Copy ${label}`}>
      {done === 'copied' ? 'Copied' : done === 'failed' ? 'Select and copy' : 'Copy'}
      <span class="visually-hidden" role="status">
        {done === 'copied' ? `${label} copied` : ''}
      </span>
    </button>
  );
}

export function Snippet({ title, code }: { title: string; code: string }) {
  return (
    <figure class="snippet">
      <figcaption>
        <span>{title}</span>
        <CopyButton text={code} label={title} />
      </figcaption>
      <pre>
        <code>{code}</code>
      </pre>
    </figure>
  );
}

/** What a newcomer does next: track a first event. Shows the key's public prefix only, never the secret. */
export function GettingStarted({ reason }: { reason: string }) {
  const key = keyHint(session.key());
  const origin = location.origin;
  const curl = `curl -s ${origin}/v1/track \\
  -H "Authorization: Bearer ${key}" \\
  -H "Content-Type: application/json" \\
  -H "Idempotency-Key: $(uuidgen)" \\
  -d '{"agent_id":"support-bot","task_type":"email_classification","outcome":"success","agent_duration_seconds":4}'`;
  const sdk = `// npm install @humanhours/sdk   ·   HUMANHOURS_API_KEY=${key}
import { HumanHours } from '@humanhours/sdk';

const hh = new HumanHours({ baseUrl: '${origin}' });
await hh.track({
  agent_id: 'support-bot',
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
});`;
  return (
    <div class="empty" data-testid="empty-state">
      <p class="empty-title">{reason}</p>
      <p>
        Report each task your agents finish to <code>POST /v1/track</code> and it shows up here within seconds. Use your full key where the
        snippets show <code>{key}</code>.
      </p>
      <Snippet title="curl" code={curl} />
      <Snippet title="Node SDK" code={sdk} />
      <p class="hint">
        Task types: 50 built-ins with cited baselines (see Task types) or your own. The full reference is at <a href="/docs">/docs</a>.
      </p>
    </div>
  );
}

/** Whether the URL narrows the reports by agent, task type, client, model or outcome. */
export const hasFilters = (params: URLSearchParams) => FILTER_PARAMS.some((name) => params.get(name));

/**
 * What a report with no events shows: with filters set, that nothing matches them (and a way out); without,
 * the first-run guide.
 */
export function NoEvents({ params, what = 'events' }: { params: URLSearchParams; what?: string }) {
  if (hasFilters(params)) {
    return (
      <div class="empty" data-testid="no-match">
        <p class="empty-title">No events match these filters</p>
        <p>No {what} in this period match the filters above. Widen the period or change the filters.</p>
        <button type="button" class="secondary" onClick={() => setParams(Object.fromEntries(FILTER_PARAMS.map((n) => [n, undefined])))}>
          Clear the filters
        </button>
      </div>
    );
  }
  return <GettingStarted reason="No events in this period yet. Pick a longer period, or track your first event:" />;
}

/** A number the API answered, formatted; `data-value` keeps the raw value. */
export function Num({ value, children }: { value: number | null; children: ComponentChildren }) {
  return <data value={value === null ? '' : String(value)}>{children}</data>;
}

/** Right-aligned column headers of numeric columns, one per label. */
export function NumHeads({ labels }: { labels: ComponentChildren[] }) {
  return (
    <>
      {labels.map((label, i) => (
        <th key={i} scope="col" class="num">
          {label}
        </th>
      ))}
    </>
  );
}

/** A key as agents send it, under its display name where the API has one: `Invoice processing` / `invoice_processing`. */
export function NamedKey({ name, value }: { name: string | null | undefined; value: string }) {
  if (!name) return <code>{value}</code>;
  return (
    <>
      {name}
      <span class="sub">
        <code>{value}</code>
      </span>
    </>
  );
}
