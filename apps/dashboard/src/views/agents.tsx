import { useMemo, useState } from 'preact/hooks';
import { ApiError, api, type Schemas } from '../api';
import { Sparkline } from '../charts';
import { daysOf, fmt, formatDateTime } from '../format';
import { useApi } from '../hooks';
import { reportQuery, setParams } from '../router';
import { DownloadCsv, ErrorMessage, Loading, NamedKey, NoEvents, Num, Section, TableWrap } from '../ui';
import { MetricCells, MetricHeads } from './breakdown';
import { EventsLink } from './events';
import { RangeNote } from './overview';

type Leaderboard = Schemas['LeaderboardResponse'];
type Report = Schemas['ReportResponse'];
type Agent = Schemas['Agent'];
type AgentList = Schemas['AgentList'];
const ALL_TIME = new URLSearchParams({ period: 'all' });
type Metric = 'hours_saved' | 'cost_saved' | 'net_saved' | 'events';

const METRICS: Array<[Metric, string]> = [
  ['hours_saved', 'Hours saved'],
  ['cost_saved', 'Money saved'],
  ['net_saved', 'Net saved'],
  ['events', 'Events'],
];

export function Agents({ params }: { params: URLSearchParams }) {
  // Bumped when an agent's name or rate is saved: the leaderboard asks again, so it shows the new name at once.
  const [revision, setRevision] = useState(0);
  return (
    <>
      <LeaderboardSection params={params} revision={revision} />
      <RatesSection onChanged={() => setRevision((r) => r + 1)} />
    </>
  );
}

function LeaderboardSection({ params, revision }: { params: URLSearchParams; revision: number }) {
  const metric = (params.get('metric') ?? 'hours_saved') as Metric;
  const base = reportQuery(params);
  const query = { ...base, metric, top: 100 };
  const board = useApi<Leaderboard>('/v1/reports/leaderboard', query, revision);
  // One request for every agent's daily numbers: the per-agent trend.
  const daily = useApi<Report>('/v1/reports/time-saved', { ...base, group_by: 'agent,day', top: 10_000 });
  const b = board.data;
  const metricLabel = METRICS.find(([m]) => m === metric)?.[1] ?? metric;

  const trends = useMemo(() => {
    const d = daily.data;
    if (!d) return null;
    const days = daysOf(d.meta.range, d.meta.tz);
    const byAgent = new Map<string, Map<string, number>>();
    for (const row of d.rows) {
      const agent = String(row.group.agent_id);
      if (!byAgent.has(agent)) byAgent.set(agent, new Map());
      byAgent.get(agent)!.set(String(row.group.day), row[metric]);
    }
    return { days, byAgent };
  }, [daily.data, metric]);

  return (
    <Section
      title="Leaderboard"
      id="leaderboard-title"
      actions={
        <>
          <div class="field inline">
            <label for="metric">Rank by</label>
            <select
              id="metric"
              value={metric}
              onChange={(e) => setParams({ metric: e.currentTarget.value === 'hours_saved' ? undefined : e.currentTarget.value })}
            >
              {METRICS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <DownloadCsv
            path="/v1/reports/leaderboard"
            query={{ ...query, format: 'csv' }}
            filename="humanhours-leaderboard.csv"
            label="leaderboard"
          />
        </>
      }
    >
      {board.error ? (
        <ErrorMessage error={board.error} />
      ) : !b ? (
        <Loading what="the leaderboard" />
      ) : b.rows.length === 0 ? (
        <NoEvents params={params} />
      ) : (
        <div aria-busy={board.loading}>
          <RangeNote meta={b.meta} />
          <TableWrap label="Leaderboard">
            <table data-testid="table-leaderboard">
              <caption class="visually-hidden">Agents ranked by {metricLabel.toLowerCase()}</caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    Rank
                  </th>
                  <th scope="col">Agent</th>
                  <MetricHeads />
                  <th scope="col">Daily {metricLabel.toLowerCase()}</th>
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row) => {
                  const perDay = trends?.byAgent.get(row.agent_id);
                  const values = trends ? trends.days.map((day) => perDay?.get(day) ?? 0) : null;
                  return (
                    <tr key={row.agent_id} data-group={row.agent_id}>
                      <td class="num">
                        <Num value={row.rank}>{fmt.count(row.rank)}</Num>
                      </td>
                      <th scope="row">
                        <NamedKey name={row.display_name} value={row.agent_id} />
                      </th>
                      <MetricCells
                        row={row}
                        currency={b.currency}
                        drill={{ params, group: { agent_id: row.agent_id }, label: row.agent_id }}
                      />
                      <td>
                        {values ? (
                          <Sparkline values={values} label={`${metricLabel} per day for ${row.agent_id}, ${values.length} days`} />
                        ) : daily.error ? (
                          <span class="muted">{daily.error.message}</span>
                        ) : (
                          <span class="muted">…</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          {b.meta.total_groups > b.rows.length && (
            <p class="muted">
              The first {b.rows.length} of {fmt.count(b.meta.total_groups)} agents.
            </p>
          )}
        </div>
      )}
    </Section>
  );
}

/** Every agent of the org (GET /v1/agents, paged) with its hourly rate, editable with PATCH /v1/agents/{id}. */
function RatesSection({ onChanged }: { onChanged: () => void }) {
  const [extra, setExtra] = useState<{ rows: Agent[]; cursor: string | null } | null>(null);
  const first = useApi<AgentList>('/v1/agents', { limit: 100 });
  const [updated, setUpdated] = useState<Record<string, Agent>>({});
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const rows = [...(first.data?.data ?? []), ...(extra?.rows ?? [])].map((a) => updated[a.agent_id] ?? a);
  const cursor = extra ? extra.cursor : (first.data?.next_cursor ?? null);

  const more = async () => {
    try {
      const page = await api<AgentList>('/v1/agents', { query: { limit: 100, cursor: cursor ?? undefined } });
      setExtra({ rows: [...(extra?.rows ?? []), ...page.data], cursor: page.next_cursor });
    } catch (err) {
      setMoreError(err as ApiError);
    }
  };

  return (
    <Section title="Names and hourly rates" id="rates-title">
      <p class="muted">
        An agent's hourly rate values its events from now on (earlier events keep theirs); without an override the org default applies.
        Columns "30 days" are the API's last-30-days figures; an agent's count of events opens them.
      </p>
      {first.error ? (
        <ErrorMessage error={first.error} />
      ) : !first.data ? (
        <Loading what="the agents" />
      ) : rows.length === 0 ? (
        <p>No agents yet: an agent appears with its first tracked event.</p>
      ) : (
        <TableWrap label="Agents and hourly rates">
          <table data-testid="table-agents">
            <caption class="visually-hidden">Agents, their names and hourly rates</caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col" class="num">
                  Events, all time
                </th>
                <th scope="col">Last seen</th>
                <th scope="col" class="num">
                  Net saved, 30 days
                </th>
                <th scope="col" class="num">
                  Effective rate
                </th>
                <th scope="col">Display name and rate override</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((agent) => (
                <tr key={agent.agent_id} data-agent={agent.agent_id}>
                  <th scope="row">
                    <code>{agent.agent_id}</code>
                  </th>
                  <td class="num" data-col="events">
                    <Num value={agent.events}>
                      {/* Lifetime events: the link asks for all time, whatever the period above. */}
                      <EventsLink
                        params={ALL_TIME}
                        group={{ agent_id: agent.agent_id }}
                        count={agent.events}
                        label={`${agent.agent_id}, all time`}
                      >
                        {fmt.count(agent.events)}
                      </EventsLink>
                    </Num>
                  </td>
                  <td>{formatDateTime(agent.last_seen_at)}</td>
                  <td class="num">
                    <Num value={agent.net_saved_30d}>{fmt.money(agent.net_saved_30d, agent.currency)}</Num>
                  </td>
                  <td class="num" data-col="effective_hourly_rate">
                    <Num value={agent.effective_hourly_rate}>{fmt.money(agent.effective_hourly_rate, agent.currency)}</Num>
                    {agent.hourly_rate_override === null && <span class="sub">org default</span>}
                  </td>
                  <td>
                    <AgentForm
                      agent={agent}
                      onSaved={(a) => {
                        setUpdated((u) => ({ ...u, [a.agent_id]: a }));
                        onChanged();
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {cursor && (
        <button type="button" class="secondary" onClick={more}>
          Load more agents
        </button>
      )}
      {moreError && <ErrorMessage error={moreError} />}
    </Section>
  );
}

function AgentForm({ agent, onSaved }: { agent: Agent; onSaved: (agent: Agent) => void }) {
  const [state, setState] = useState<{ busy: boolean; error: ApiError | null; saved: boolean }>({ busy: false, error: null, saved: false });
  const id = `agent-${agent.agent_id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const save = async (body: Schemas['AgentUpdate']) => {
    setState({ busy: true, error: null, saved: false });
    try {
      const saved = await api<Agent>(`/v1/agents/${encodeURIComponent(agent.agent_id)}`, { method: 'PATCH', body });
      onSaved(saved);
      setState({ busy: false, error: null, saved: true });
    } catch (err) {
      setState({ busy: false, error: err instanceof ApiError ? err : new ApiError(0, 'unexpected', String(err)), saved: false });
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const name = String(form.get('display_name') ?? '').trim();
    const rate = String(form.get('hourly_rate_override') ?? '').trim();
    save({ display_name: name || null, hourly_rate_override: rate === '' ? null : Number(rate) });
  };
  return (
    <form class="row-form" onSubmit={submit} aria-label={`Settings of ${agent.agent_id}`}>
      <label for={`${id}-name`} class="visually-hidden">
        Display name of {agent.agent_id}
      </label>
      <input id={`${id}-name`} name="display_name" defaultValue={agent.display_name ?? ''} placeholder="Display name" maxLength={200} />
      <label for={`${id}-rate`} class="visually-hidden">
        Hourly rate override of {agent.agent_id} ({agent.currency}), empty for the org default
      </label>
      <input
        id={`${id}-rate`}
        name="hourly_rate_override"
        type="number"
        min="0"
        step="0.01"
        inputMode="decimal"
        defaultValue={agent.hourly_rate_override === null ? '' : String(agent.hourly_rate_override)}
        placeholder="Org default"
        aria-describedby={`${id}-unit`}
      />
      <span id={`${id}-unit`} class="unit">
        {agent.currency}/h
      </span>
      <button type="submit" disabled={state.busy}>
        Save
      </button>
      <span role="status" class="saved">
        {state.saved ? 'Saved' : ''}
      </span>
      {state.error && <ErrorMessage error={state.error} />}
    </form>
  );
}
