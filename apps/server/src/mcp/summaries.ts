// The short texts MCP tools answer beside their JSON (structuredContent): what a model reads and repeats to a
// person. They format the REST answer's own numbers and never recompute them.

type Metrics = { events: number; hours_saved: number; cost_saved: number; agent_cost: number; net_saved: number };
type Meta = { period: string; range: { from: string; to: string } };

const PERIODS: Record<string, string> = {
  '24h': 'in the last 24 hours',
  '7d': 'in the last 7 days',
  '30d': 'in the last 30 days',
  '90d': 'in the last 90 days',
  ytd: 'this year to date',
  all: 'since the first event',
};

export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
}

/** 135.9 h, 4.25 h, 0.066 h: fewer decimals as the figure grows. */
export function hours(value: number): string {
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return `${value.toLocaleString('en', { maximumFractionDigits: digits })} h`;
}

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export function periodPhrase(meta: Meta): string {
  return PERIODS[meta.period] ?? `from ${meta.range.from} to ${meta.range.to}`;
}

/** One metric of a report row, in its unit. */
function metric(name: string, row: Metrics, currency: string): string {
  if (name === 'hours_saved') return hours(row.hours_saved);
  if (name === 'events') return plural(row.events, 'event');
  return money(row[name as 'cost_saved' | 'net_saved'], currency);
}

/** "Saved 135.9 h and €6,115.80 …, net €6,102.30 after €13.50 agent cost" */
function savedPhrase(totals: Metrics, currency: string, meta: Meta): string {
  const cost = totals.agent_cost ? ` after ${money(totals.agent_cost, currency)} agent cost` : '';
  return `Saved ${hours(totals.hours_saved)} and ${money(totals.cost_saved, currency)} ${periodPhrase(meta)}, net ${money(totals.net_saved, currency)}${cost}`;
}

export function summaryText(r: { meta: Meta; currency: string; totals: Metrics; rates: { success_rate: number | null } }): string {
  if (!r.totals.events) return `No events ${periodPhrase(r.meta)}.`;
  return `${savedPhrase(r.totals, r.currency, r.meta)} (${plural(r.totals.events, 'event')}, ${percent(r.rates.success_rate ?? 0)} successful).`;
}

const groupLabel = (group: Record<string, string | null>) =>
  Object.values(group)
    .map((v) => v ?? 'unassigned')
    .join(' / ');

export function groupedText(r: {
  meta: Meta & { group_by: string[]; sort: string; total_groups: number };
  currency: string;
  totals: Metrics;
  rows: Array<Metrics & { group: Record<string, string | null> }>;
}): string {
  if (!r.totals.events) return `No events ${periodPhrase(r.meta)}.`;
  const top = r.rows.slice(0, 5).map((row) => `${groupLabel(row.group)} ${metric(r.meta.sort, row, r.currency)}`);
  const groups = `${plural(r.meta.total_groups, 'group')} by ${r.meta.group_by.join(' × ')}`;
  return `${savedPhrase(r.totals, r.currency, r.meta)}; ${groups}. Top by ${r.meta.sort}: ${top.join('; ')}.`;
}

export function leaderboardText(r: {
  meta: Meta & { metric: string };
  currency: string;
  rows: Array<Metrics & { rank: number; agent_id: string; display_name: string | null }>;
}): string {
  if (!r.rows.length) return `No agent tracked anything ${periodPhrase(r.meta)}.`;
  const ranks = r.rows.map((row) => `${row.rank}. ${row.display_name ?? row.agent_id} ${metric(r.meta.metric, row, r.currency)}`);
  return `Agents by ${r.meta.metric} ${periodPhrase(r.meta)}: ${ranks.join('; ')}.`;
}

export function usageText(u: {
  plan: string;
  events_this_month: number;
  events_included_in_plan: number;
  overage_events: number;
  projected_overage_eur: number | null;
  hard_cap: boolean;
}): string {
  const used = `${count(u.events_this_month)} of ${count(u.events_included_in_plan)} included events used this month on the ${u.plan} plan`;
  if (u.hard_cap) return `${used}; events beyond them are refused until the next month.`;
  const forecast = u.projected_overage_eur === null ? 'no overage forecast' : `projected overage ${money(u.projected_overage_eur, 'EUR')}`;
  return `${used}; ${count(u.overage_events)} over, ${forecast}.`;
}

export function agentsText(list: {
  data: Array<{ agent_id: string; display_name: string | null; currency: string; hours_saved_30d: number; net_saved_30d: number }>;
  next_cursor: string | null;
}): string {
  if (!list.data.length) return 'No agents yet: an agent appears with its first tracked event.';
  const lines = list.data.map(
    (a) =>
      `- ${a.agent_id}${a.display_name ? ` (${a.display_name})` : ''}: ${hours(a.hours_saved_30d)}, net ${money(a.net_saved_30d, a.currency)} in 30 days`,
  );
  const more = list.next_cursor ? `\nMore agents: call again with cursor "${list.next_cursor}".` : '';
  return `${plural(list.data.length, 'agent')}:\n${lines.join('\n')}${more}`;
}

export function taskTypesText(list: {
  data: Array<{ key: string; display_name: string; category: string; kind: string; effective_baseline_minutes: number }>;
}): string {
  const lines = list.data.map(
    (t) => `- ${t.key}: ${t.display_name}, ${t.effective_baseline_minutes} min (${t.category}${t.kind === 'custom' ? ', custom' : ''})`,
  );
  return `${plural(list.data.length, 'task type')} (key: name, human baseline):\n${lines.join('\n')}`;
}

interface ValuedEvent {
  task_type: string;
  currency: string;
  hours_saved: number;
  cost_saved: number;
  agent_cost: number | null;
  net_saved: number;
  resolved_baseline_minutes: number;
  resolved_baseline_source: string;
  resolved_hourly_rate: number;
}

function valuationPhrase(e: ValuedEvent): string {
  const cost = e.agent_cost === null ? ' (no agent cost known)' : ` after ${money(e.agent_cost, e.currency)} agent cost`;
  return `${hours(e.hours_saved)} and ${money(e.cost_saved, e.currency)}, net ${money(e.net_saved, e.currency)}${cost}`;
}

export function trackedText(e: ValuedEvent & { event_id: string; agent_id: string }, idempotencyKey: string, replayed: boolean): string {
  const what = replayed
    ? `Already tracked as ${e.event_id} (a retry of idempotency_key "${idempotencyKey}": nothing new was recorded or counted)`
    : `Tracked ${e.event_id} (idempotency_key "${idempotencyKey}": reuse it only to retry this same run)`;
  return `${what}: ${e.agent_id} / ${e.task_type} saved ${valuationPhrase(e)}.`;
}

export function estimateText(e: ValuedEvent): string {
  const basis = `baseline ${e.resolved_baseline_minutes} min (${e.resolved_baseline_source}) at ${money(e.resolved_hourly_rate, e.currency)}/h`;
  return `A successful ${e.task_type} run would save ${valuationPhrase(e)}; ${basis}. Nothing was stored.`;
}
