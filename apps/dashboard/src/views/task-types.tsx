import { useState } from 'preact/hooks';
import { ApiError, api, type Schemas } from '../api';
import { fmt, formatDate } from '../format';
import { useApi } from '../hooks';
import { setParams } from '../router';
import { ErrorMessage, Loading, Section, TableWrap } from '../ui';
import { Breakdown } from './breakdown';

type TaskType = Schemas['TaskType'];
type TaskTypeList = Schemas['TaskTypeList'];

const CATEGORIES = ['support', 'ops', 'sales', 'legal', 'content', 'research', 'data', 'dev'] as const;

export function TaskTypes({ params }: { params: URLSearchParams }) {
  const category = params.get('category') ?? '';
  const includeArchived = params.get('include_archived') === 'true';
  const list = useApi<TaskTypeList>('/v1/task-types', { category, include_archived: includeArchived || undefined });
  const [changed, setChanged] = useState<Record<string, TaskType>>({});
  const [added, setAdded] = useState<TaskType[]>([]);
  const rows = list.data
    ? [...list.data.data, ...added.filter((a) => !list.data!.data.some((t) => t.key === a.key))].map((t) => changed[t.key] ?? t)
    : [];
  const update = (t: TaskType) => setChanged((c) => ({ ...c, [t.key]: t }));

  return (
    <>
      <Breakdown params={params} dimension="task_type" heading="Task types in the period" />
      <Section
        title="Catalogue and baselines"
        id="catalogue-title"
        actions={
          <>
            <div class="field inline">
              <label for="category">Category</label>
              <select id="category" value={category} onChange={(e) => setParams({ category: e.currentTarget.value || undefined })}>
                <option value="">All</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={includeArchived}
                onChange={(e) => setParams({ include_archived: e.currentTarget.checked ? 'true' : undefined })}
              />
              Show archived
            </label>
          </>
        }
      >
        <p class="muted">
          A task's baseline is the human time it replaces. Built-ins cite their source; an override (Pro) replaces the baseline for new
          events and keeps the original beside it, audit-logged with its reason.
        </p>
        <CreateTaskType onCreated={(t) => setAdded((a) => [...a, t])} />
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading what="the task types" />
        ) : (
          <TableWrap label="Task types">
            <table class="catalogue" data-testid="table-task-types">
              <caption class="visually-hidden">Task types and their baselines</caption>
              <thead>
                <tr>
                  <th scope="col">Task type</th>
                  <th scope="col">Default baseline and its source</th>
                  <th scope="col">Override</th>
                  <th scope="col" class="num">
                    Effective
                  </th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((t) => (
                  <TaskTypeRow key={t.key} type={t} onChange={update} />
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
    </>
  );
}

function useAction() {
  const [state, setState] = useState<{ busy: boolean; error: ApiError | null }>({ busy: false, error: null });
  const run = async <T,>(action: () => Promise<T>, then: (result: T) => void) => {
    setState({ busy: true, error: null });
    try {
      then(await action());
      setState({ busy: false, error: null });
    } catch (err) {
      setState({ busy: false, error: err instanceof ApiError ? err : new ApiError(0, 'unexpected', String(err)) });
    }
  };
  return { ...state, run };
}

function TaskTypeRow({ type: t, onChange }: { type: TaskType; onChange: (t: TaskType) => void }) {
  const [editing, setEditing] = useState(false);
  const action = useAction();
  const path = `/v1/task-types/${encodeURIComponent(t.key)}`;
  const id = `tt-${t.key}`;

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const body = { baseline_minutes_override: Number(form.get('minutes')), reason: String(form.get('reason') ?? '').trim() };
    action.run(
      () => api<TaskType>(`${path}/override`, { method: 'POST', body }),
      (updated) => {
        onChange(updated);
        setEditing(false);
      },
    );
  };

  return (
    <tr data-key={t.key} class={t.archived_at ? 'archived' : undefined}>
      <th scope="row">
        {t.display_name}
        <span class="sub">
          <code>{t.key}</code> · {t.category} · {t.kind === 'builtin' ? 'built-in' : 'custom'}
          {t.archived_at && ` · archived ${formatDate(t.archived_at)}`}
        </span>
      </th>
      <td class="source">
        <strong>{fmt.minutes(t.default_baseline_minutes)}</strong>
        <span class="sub">
          {t.source_url ? (
            <a href={t.source_url} rel="noopener noreferrer" target="_blank">
              {t.baseline_source}
            </a>
          ) : (
            t.baseline_source
          )}
        </span>
      </td>
      <td>
        {t.override ? (
          <>
            {fmt.minutes(t.override.baseline_minutes)}
            <span class="sub">
              “{t.override.reason}” · {formatDate(t.override.created_at)} · key {t.override.created_by}
            </span>
          </>
        ) : (
          <span class="muted">none</span>
        )}
      </td>
      <td class="num">
        <strong>{fmt.minutes(t.effective_baseline_minutes)}</strong>
      </td>
      <td class="change">
        {editing ? (
          <form class="stack" onSubmit={submit} aria-label={`Override the baseline of ${t.display_name}`}>
            <label for={`${id}-minutes`}>New baseline (minutes)</label>
            <input
              id={`${id}-minutes`}
              name="minutes"
              type="number"
              min="0.01"
              max="10080"
              step="0.01"
              required
              defaultValue={String(t.effective_baseline_minutes)}
            />
            <label for={`${id}-reason`}>Reason (kept in the audit log)</label>
            <input id={`${id}-reason`} name="reason" required maxLength={1000} />
            <div class="buttons">
              <button type="submit" disabled={action.busy}>
                Save override
              </button>
              <button type="button" class="secondary" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div class="buttons">
            {!t.archived_at && (
              <button
                type="button"
                class="secondary small"
                onClick={() => setEditing(true)}
                aria-label={`Override the baseline of ${t.display_name}`}
              >
                Override
              </button>
            )}
            {t.override && (
              <button
                type="button"
                class="secondary small"
                disabled={action.busy}
                aria-label={`Remove override of ${t.display_name}`}
                onClick={() => action.run(() => api<TaskType>(`${path}/override`, { method: 'DELETE' }), onChange)}
              >
                Remove override
              </button>
            )}
            {t.kind === 'custom' && !t.archived_at && (
              <button
                type="button"
                class="secondary small danger"
                disabled={action.busy}
                aria-label={`Archive ${t.display_name}`}
                onClick={() => action.run(() => api<TaskType>(path, { method: 'DELETE' }), onChange)}
              >
                Archive
              </button>
            )}
          </div>
        )}
        {action.error && <ErrorMessage error={action.error} />}
      </td>
    </tr>
  );
}

function CreateTaskType({ onCreated }: { onCreated: (t: TaskType) => void }) {
  const action = useAction();
  const [created, setCreated] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const body: Schemas['TaskTypeCreate'] = {
      key: text('key'),
      display_name: text('display_name'),
      category: text('category') as TaskType['category'],
      default_baseline_minutes: Number(form.get('minutes')),
      baseline_source: text('source'),
    };
    if (text('source_url')) body.source_url = text('source_url');
    action.run(
      () => api<TaskType>('/v1/task-types', { method: 'POST', body }),
      (t) => {
        onCreated(t);
        setCreated(t.key);
        formEl.reset();
      },
    );
  };
  return (
    <details class="create">
      <summary>New custom task type</summary>
      <form class="grid-form" onSubmit={submit} aria-label="New custom task type">
        <div class="field">
          <label for="new-key">Key</label>
          <input
            id="new-key"
            name="key"
            required
            pattern="[a-z][a-z0-9_]{0,63}"
            placeholder="contract_redline_review"
            aria-describedby="new-key-hint"
          />
          <span id="new-key-hint" class="hint">
            lowercase snake_case, what agents send as task_type
          </span>
        </div>
        <div class="field">
          <label for="new-name">Display name</label>
          <input id="new-name" name="display_name" required maxLength={200} />
        </div>
        <div class="field">
          <label for="new-category">Category</label>
          <select id="new-category" name="category" required>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="new-minutes">Baseline (minutes)</label>
          <input id="new-minutes" name="minutes" type="number" min="0.01" max="10080" step="0.01" required />
        </div>
        <div class="field wide">
          <label for="new-source">Source of the baseline</label>
          <input id="new-source" name="source" required maxLength={1000} placeholder="Internal time study, Q1 2026 (40 contracts)" />
        </div>
        <div class="field wide">
          <label for="new-url">Source URL (optional)</label>
          <input id="new-url" name="source_url" type="url" maxLength={2000} />
        </div>
        <div class="buttons">
          <button type="submit" disabled={action.busy}>
            Create task type
          </button>
          <span role="status">{created ? `Created ${created}` : ''}</span>
        </div>
        {action.error && <ErrorMessage error={action.error} title="The task type was not created" />}
      </form>
    </details>
  );
}
