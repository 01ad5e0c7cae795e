import { useState } from 'preact/hooks';
import { type ApiError, api, type Schemas } from '../api';
import { formatDateTime } from '../format';
import { useApi } from '../hooks';
import { CopyButton, ErrorMessage, Loading, Section, TableWrap } from '../ui';

type Webhook = Schemas['Webhook'];
type Delivery = Schemas['WebhookDelivery'];
type Rule = Schemas['AlertRule'];
const EVENT_TYPES: Schemas['WebhookEventType'][] = [
  'event.created',
  'agent.first_event',
  'weekly.digest',
  'monthly.digest',
  'usage.threshold',
  'alert.triggered',
  'alert.resolved',
];
const KINDS: Array<[Schemas['AlertKind'], string]> = [
  ['net_saved_below', 'Net saved of an agent below (org currency)'],
  ['cost_per_hour_saved_above', 'Agent cost per hour saved above (org currency)'],
  ['failure_share_above', 'Failure share above (%)'],
];

/** Runs an API call for a button or form, with its error shown next to it. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

export function WebhooksView() {
  const hooks = useApi<Schemas['WebhookList']>('/v1/webhooks', { limit: 100 });
  const [selected, setSelected] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    void create.run(async () => {
      const made = await api<Schemas['WebhookWithSecret']>('/v1/webhooks', {
        method: 'POST',
        body: { url: String(form.get('url')).trim(), event_types: form.getAll('event_types').map(String) as Schemas['WebhookEventType'][] },
      });
      formEl.reset();
      setSecret(made.secret ?? null);
      hooks.reload();
    });
  };
  return (
    <>
      <Section title="Endpoints" id="webhooks-title">
        {hooks.error ? (
          <ErrorMessage error={hooks.error} />
        ) : !hooks.data ? (
          <Loading what="the webhook endpoints" />
        ) : hooks.data.data.length === 0 ? (
          <p class="muted">No endpoint yet: HumanHours sends nothing until you add one.</p>
        ) : (
          <TableWrap label="Webhook endpoints">
            <table data-testid="table-webhooks">
              <caption class="visually-hidden">Webhook endpoints with their health</caption>
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Events</th>
                  <th scope="col">Health</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {hooks.data.data.map((w) => (
                  <EndpointRow key={w.id} hook={w} onChanged={hooks.reload} onShow={() => setSelected(w.id)} />
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <form class="grid-form" onSubmit={submit} aria-label="Add a webhook endpoint">
          <div class="field wide">
            <label for="hook-url">URL</label>
            <input id="hook-url" name="url" type="url" required placeholder="https://hooks.example.com/humanhours" />
          </div>
          <fieldset class="field wide">
            <legend>Event types</legend>
            {EVENT_TYPES.map((t) => (
              <label class="check" key={t}>
                <input type="checkbox" name="event_types" value={t} defaultChecked={t === 'event.created'} /> {t}
              </label>
            ))}
          </fieldset>
          <div class="buttons">
            <button type="submit" disabled={create.busy}>
              Add endpoint
            </button>
          </div>
          {create.error && <ErrorMessage error={create.error} title="The endpoint was not added" />}
        </form>
        {secret && (
          <div class="secret" role="alert" data-testid="webhook-secret">
            <p>
              <strong>Signing secret</strong>, shown only this once: verify deliveries with it (docs/webhooks.md).
            </p>
            <div class="secret-value">
              <code>{secret}</code>
              <CopyButton text={secret} label="the signing secret" />
            </div>
            <button type="button" class="secondary" onClick={() => setSecret(null)}>
              I have stored it, hide the secret
            </button>
          </div>
        )}
      </Section>
      {selected && <Deliveries id={selected} />}
      <AlertRules />
    </>
  );
}

function health(w: Webhook): string {
  if (w.status === 'disabled') return w.disabled_at ? `Disabled ${formatDateTime(w.disabled_at)}` : 'Disabled';
  if (w.status === 'failing') return `Failing (${w.consecutive_failures} failures in a row)`;
  return w.consecutive_failures ? `Active (${w.consecutive_failures} recent failures)` : 'Active';
}

function EndpointRow({ hook: w, onChanged, onShow }: { hook: Webhook; onChanged: () => void; onShow: () => void }) {
  const action = useAction();
  const call = (path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: object) =>
    action.run(async () => {
      await api(`/v1/webhooks/${encodeURIComponent(w.id)}${path}`, { method, body });
      onChanged();
    });
  return (
    <tr data-webhook-id={w.id}>
      <th scope="row">
        <code>{w.url}</code>
      </th>
      <td>{w.event_types.join(', ')}</td>
      <td>
        <span class={`status ${w.status === 'active' ? 'active' : 'revoked'}`}>{health(w)}</span>
      </td>
      <td>
        <div class="buttons">
          <button type="button" class="secondary small" onClick={onShow}>
            Deliveries
          </button>
          <button type="button" class="secondary small" disabled={action.busy} onClick={() => call('/test', 'POST')}>
            Send test
          </button>
          <button type="button" class="secondary small" disabled={action.busy} onClick={() => call('', 'PATCH', { enabled: !w.enabled })}>
            {w.enabled ? 'Disable' : 'Enable'}
          </button>
          <button type="button" class="secondary small danger" disabled={action.busy} onClick={() => call('', 'DELETE')}>
            Delete
          </button>
        </div>
        {action.error && <ErrorMessage error={action.error} />}
      </td>
    </tr>
  );
}

function Deliveries({ id }: { id: string }) {
  const list = useApi<Schemas['WebhookDeliveryList']>(`/v1/webhooks/${encodeURIComponent(id)}/deliveries`, { limit: 50 });
  const action = useAction();
  const redeliver = (d: Delivery) =>
    action.run(async () => {
      await api(`/v1/webhooks/${encodeURIComponent(id)}/deliveries/${encodeURIComponent(d.id)}/redeliver`, { method: 'POST' });
      list.reload();
    });
  return (
    <Section title="Deliveries" id="deliveries-title">
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading what="the deliveries" />
      ) : (
        <TableWrap label="Deliveries">
          <table data-testid="table-deliveries">
            <caption class="visually-hidden">The newest 50 deliveries of the endpoint</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col" class="num">
                  Attempts
                </th>
                <th scope="col">Last answer</th>
                <th scope="col">Next attempt</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.data.data.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {d.event_type}
                    <span class="sub">{formatDateTime(d.created_at)}</span>
                  </th>
                  <td>{d.status}</td>
                  <td class="num">{d.attempts}</td>
                  <td>{d.last_error ?? (d.last_status_code ? `HTTP ${d.last_status_code}` : '—')}</td>
                  <td>{formatDateTime(d.next_attempt_at)}</td>
                  <td>
                    <button type="button" class="secondary small" disabled={action.busy} onClick={() => redeliver(d)}>
                      Redeliver
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {action.error && <ErrorMessage error={action.error} />}
    </Section>
  );
}

function AlertRules() {
  const rules = useApi<Schemas['AlertRuleList']>('/v1/alerts', { limit: 100 });
  const action = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const agent = String(form.get('agent_id') ?? '').trim();
    void action.run(async () => {
      await api('/v1/alerts', {
        method: 'POST',
        body: {
          kind: String(form.get('kind')) as Schemas['AlertKind'],
          threshold: Number(form.get('threshold') || 0),
          window_days: Number(form.get('window_days') || 7),
          ...(agent ? { agent_id: agent } : {}),
        },
      });
      formEl.reset();
      rules.reload();
    });
  };
  const remove = (r: Rule) =>
    action.run(async () => {
      await api(`/v1/alerts/${encodeURIComponent(r.id)}`, { method: 'DELETE' });
      rules.reload();
    });
  return (
    <Section title="Alert rules" id="alerts-title">
      {rules.error ? (
        <ErrorMessage error={rules.error} />
      ) : !rules.data ? (
        <Loading what="the alert rules" />
      ) : (
        <TableWrap label="Alert rules">
          <table data-testid="table-alerts">
            <caption class="visually-hidden">Value alert rules, evaluated hourly</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Agent</th>
                <th scope="col" class="num">
                  Window
                </th>
                <th scope="col">Breaching now</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {KINDS.find(([k]) => k === r.kind)?.[1] ?? r.kind}: {r.threshold}
                  </th>
                  <td>{r.agent_id ?? 'every agent'}</td>
                  <td class="num">{r.window_days} days</td>
                  <td>{r.breaching.length ? r.breaching.join(', ') : '—'}</td>
                  <td>
                    <button type="button" class="secondary small danger" disabled={action.busy} onClick={() => remove(r)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <form class="grid-form" onSubmit={submit} aria-label="Add an alert rule">
        <div class="field">
          <label for="alert-kind">Rule</label>
          <select id="alert-kind" name="kind">
            {KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="alert-threshold">Threshold</label>
          <input id="alert-threshold" name="threshold" type="number" step="any" defaultValue="0" />
        </div>
        <div class="field">
          <label for="alert-window">Window (days)</label>
          <input id="alert-window" name="window_days" type="number" min={1} max={90} defaultValue="7" />
        </div>
        <div class="field">
          <label for="alert-agent">Agent (empty: every agent)</label>
          <input id="alert-agent" name="agent_id" autocomplete="off" />
        </div>
        <div class="buttons">
          <button type="submit" disabled={action.busy}>
            Add rule
          </button>
        </div>
        {action.error && <ErrorMessage error={action.error} />}
      </form>
    </Section>
  );
}
