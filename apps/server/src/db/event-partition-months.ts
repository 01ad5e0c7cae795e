// The month partitions of PostgreSQL's events table, as pure names and statements: the migration that partitions
// the table and event-store/event-partitions.ts (which opens and drops months at run time) share them. Months are
// numbered year * 12 + (month - 1), UTC.

/** Months opened after the current one, so month boundaries never route into the default partition. */
export const MONTHS_AHEAD = 2;
/** How far back the API accepts occurred_at (see tracking/prepare.ts): those months are kept open. */
const ACCEPTED_PAST_MS = 90 * 86_400_000;
/** The migration gives existing rows partitions of their own this far back; older ones go to the default. */
const MIGRATED_MONTHS_BACK = 120;

export const monthOf = (ms: number): number => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
export const monthStart = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1);
export const partitionName = (month: number): string => `events_p${Math.floor(month / 12)}_${String((month % 12) + 1).padStart(2, '0')}`;

/** SQL: the month number of a row's occurred_at (UTC). */
export const MONTH_OF_OCCURRED_AT =
  "(extract(year from to_timestamp(occurred_at / 1000.0) at time zone 'UTC') * 12 + extract(month from to_timestamp(occurred_at / 1000.0) at time zone 'UTC') - 1)::int";

/** The months the API can receive an event for at `now`: from 90 days back to MONTHS_AHEAD after this one. */
export function acceptedMonths(now: number): number[] {
  const months: number[] = [];
  for (let m = monthOf(now - ACCEPTED_PAST_MS); m <= monthOf(now) + MONTHS_AHEAD; m++) months.push(m);
  return months;
}

/** The months the migration partitions: the accepted ones and those holding rows, back to 10 years. */
export function partitionMonthsToOpen(now: number, monthsWithRows: number[]): number[] {
  const oldest = monthOf(now) - MIGRATED_MONTHS_BACK;
  const newest = monthOf(now) + MONTHS_AHEAD;
  const months = new Set([...acceptedMonths(now), ...monthsWithRows.filter((m) => m >= oldest && m <= newest)]);
  return [...months].sort((a, b) => a - b);
}

/** A new, empty month partition (the default partition must hold no row of that month). */
export function monthPartitionSql(month: number): string {
  return `create table "${partitionName(month)}" partition of "events" for values from (${monthStart(month)}) to (${monthStart(month + 1)});`;
}
