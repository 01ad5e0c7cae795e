import { useMemo } from 'preact/hooks';
import type { Schemas } from '../api';
import { TrendChart } from '../charts';
import { dayRangeIn, fmt, formatDay, formatRange, formatShortRange, previousRange } from '../format';
import { useApi } from '../hooks';
import { followLink, href, reportQuery } from '../router';
import { DownloadCsv, ErrorMessage, hasFilters, Loading, NoEvents, Num, NumHeads, Section, TableWrap } from '../ui';
import { EventsLink } from './events';

type Summary = Schemas['SummaryResponse'];

export function RangeNote({ meta }: { meta: { period: string; range: { from: string; to: string }; tz: string } }) {
  return (
    <p class="range" data-testid="range">
      {formatRange(meta.range, meta.tz, meta.period)} <span class="muted">({meta.tz})</span>
    </p>
  );
}

/** The same report for the period of equal length just before (via from/to), for the cards' comparison; null for "all". */
function previousQuery(params: URLSearchParams, s: Summary | null): Record<string, string> | null {
  if (!s || s.meta.period === 'all') return null;
  const query = reportQuery(params);
  delete query.period;
  return { ...query, tz: s.meta.tz, ...previousRange(s.meta.range, s.meta.tz, s.meta.period) };
}

/** What the cards compare with: "the previous 30 days", or the dates of the previous range (year to date, custom). */
export function comparedWith(period: string, range: { from: string; to: string }, tz: string): string {
  if (period === '24h') return 'the 24 hours before';
  const days = /^(\d+)d$/.exec(period)?.[1];
  return days ? `the previous ${days} days` : formatShortRange(range, tz);
}

export function Overview({ params }: { params: URLSearchParams }) {
  const query = reportQuery(params);
  const summary = useApi<Summary>('/v1/reports/summary', query);
  const s = summary.data;
  const before = previousQuery(params, s);
  const previous = useApi<Summary>(before && '/v1/reports/summary', before ?? {});
  const trend = useMemo(
    () =>
      s
        ? {
            days: s.trend.map((p) => p.day),
            hours: s.trend.map((p) => p.hours_saved),
            net: s.trend.map((p) => p.net_saved),
            currency: s.currency,
          }
        : null,
    [s],
  );

  if (summary.error) return <ErrorMessage error={summary.error} title="The summary could not be loaded" />;
  if (!s || !trend) return <Loading what="the summary" />;
  const money = (n: number) => fmt.money(n, s.currency);
  const t = s.totals;
  const p = previous.data?.totals;
  const against = previous.data && comparedWith(s.meta.period, previous.data.meta.range, s.meta.tz);
  const card = kpiCard(s, p, against ?? undefined);

  return (
    <div aria-busy={summary.loading}>
      <RangeNote meta={s.meta} />
      <ul class="kpis" aria-label="Totals for the period">
        {card('hours_saved', 'Hours saved', fmt.hours)}
        {card('cost_saved', 'Money saved', money)}
        {card('agent_cost', 'Agent cost', money, { lowerIsBetter: true })}
        {card('net_saved', 'Net saved', money, { emphasis: true })}
        {card('fte_equivalent', 'FTE equivalent', fmt.fte, { note: '40-hour weeks' })}
        {card('events', 'Events', fmt.count)}
      </ul>

      {t.events === 0 ? (
        <Section title={hasFilters(params) ? 'No matching events' : 'Nothing tracked in this period'} id="empty-title">
          <NoEvents params={params} />
        </Section>
      ) : (
        <>
          <Section title="Outcomes" id="outcomes-title">
            <Outcomes summary={s} params={params} />
          </Section>
          <Section
            title="Daily trend"
            id="trend-title"
            actions={
              <DownloadCsv
                path="/v1/reports/summary"
                query={{ ...query, format: 'csv' }}
                filename="humanhours-daily-trend.csv"
                label="daily trend"
              />
            }
          >
            <TrendChart trend={trend} label={`Hours and net saved per day, ${s.trend.length} days; the numbers are in the table below`} />
            <details class="trend-table">
              <summary>Show the daily numbers as a table</summary>
              <TableWrap label="Daily trend">
                <table data-testid="trend-table">
                  <caption class="visually-hidden">Daily trend</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <NumHeads labels={['Events', 'Hours saved', 'Money saved', 'Agent cost', 'Net saved']} />
                    </tr>
                  </thead>
                  <tbody>
                    {s.trend.map((p) => (
                      <tr key={p.day} data-day={p.day}>
                        <th scope="row">{formatDay(p.day)}</th>
                        <td class="num" data-col="events">
                          <Num value={p.events}>
                            <EventsLink
                              params={params}
                              group={{}}
                              count={p.events}
                              range={{ ...dayRangeIn(p.day, s.meta.range, s.meta.tz), tz: s.meta.tz }}
                              label={formatDay(p.day)}
                            >
                              {fmt.count(p.events)}
                            </EventsLink>
                          </Num>
                        </td>
                        <td class="num">
                          <Num value={p.hours_saved}>{fmt.hours(p.hours_saved)}</Num>
                        </td>
                        <td class="num">
                          <Num value={p.cost_saved}>{money(p.cost_saved)}</Num>
                        </td>
                        <td class="num">
                          <Num value={p.agent_cost}>{money(p.agent_cost)}</Num>
                        </td>
                        <td class="num">
                          <Num value={p.net_saved}>{money(p.net_saved)}</Num>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </details>
          </Section>
          <Section title="Per event (average)" id="averages-title">
            <dl class="facts" data-testid="averages">
              <Fact label="Time saved" value={s.averages.hours_saved_per_event} text={fmt.minutesSaved} />
              <Fact label="Money saved" value={s.averages.cost_saved_per_event} text={money} />
              <Fact label="Agent cost" value={s.averages.agent_cost_per_event} text={money} />
              <Fact label="Net saved" value={s.averages.net_saved_per_event} text={money} />
              <Fact label="Agent run time" value={s.averages.agent_duration_seconds} text={(n) => fmt.seconds(n)} />
            </dl>
          </Section>
          <Section title="Active in the period" id="active-title">
            <dl class="facts" data-testid="active">
              <Fact label="Agents" value={s.active.agents} text={fmt.count} />
              <Fact label="Task types" value={s.active.task_types} text={fmt.count} />
              <Fact label="Clients" value={s.active.clients} text={fmt.count} />
              <Fact label="Models" value={s.active.models} text={fmt.count} />
            </dl>
          </Section>
        </>
      )}
    </div>
  );
}

type Totals = Summary['totals'];

/**
 * The cards of a summary's totals: `card(metric, label, format)` draws one with its change against `previous`
 * (the API's totals for the range before, `against` naming it), or says that all time has nothing before it.
 */
export function kpiCard(s: Summary, previous: Totals | undefined, against: string | undefined) {
  return (
    id: keyof Totals,
    label: string,
    text: (n: number) => string,
    extra: { note?: string; emphasis?: boolean; lowerIsBetter?: boolean } = {},
  ) => (
    <Kpi
      id={id}
      label={label}
      value={s.totals[id] as number}
      text={text(s.totals[id] as number)}
      previous={previous ? (previous[id] as number) : undefined}
      previousText={previous ? text(previous[id] as number) : undefined}
      against={against}
      allTime={s.meta.period === 'all'}
      {...extra}
    />
  );
}

function Kpi({
  id,
  label,
  value,
  text,
  note,
  emphasis,
  previous,
  previousText,
  against,
  lowerIsBetter = false,
  allTime = false,
}: {
  id: string;
  label: string;
  value: number;
  text: string;
  note?: string;
  emphasis?: boolean;
  /** The API's figure for the previous period of equal length (undefined while loading or for "all time"). */
  previous?: number;
  previousText?: string;
  against?: string;
  lowerIsBetter?: boolean;
  allTime?: boolean;
}) {
  return (
    <li class={emphasis ? 'kpi emphasis' : 'kpi'} data-metric={id}>
      <span class="kpi-label">{label}</span>
      <span class="kpi-value">
        <Num value={value}>{text}</Num>
      </span>
      {note && <span class="kpi-note">{note}</span>}
      {allTime && <span class="kpi-change neutral">All time: no earlier period to compare</span>}
      {previous !== undefined && against && (
        <Change value={value} previous={previous} previousText={previousText!} against={against} lowerIsBetter={lowerIsBetter} />
      )}
    </li>
  );
}

/** ▲/▼ and the relative change against the previous period (of two API figures; nothing summed here). */
function Change({
  value,
  previous,
  previousText,
  against,
  lowerIsBetter,
}: {
  value: number;
  previous: number;
  previousText: string;
  against: string;
  lowerIsBetter: boolean;
}) {
  const direction = value > previous ? 'up' : value < previous ? 'down' : 'same';
  const good = direction === 'same' ? 'neutral' : (direction === 'up') !== lowerIsBetter ? 'good' : 'bad';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '=';
  const amount =
    direction === 'same'
      ? 'unchanged'
      : previous === 0
        ? direction === 'up'
          ? 'up from none'
          : 'down from none'
        : fmt.change((value - previous) / Math.abs(previous));
  const word = direction === 'same' || previous === 0 ? '' : direction;
  return (
    <span class={`kpi-change ${good}`} data-direction={direction} data-previous={previous} title={`${previousText} in ${against}`}>
      <span aria-hidden="true">{arrow} </span>
      {word && <span class="visually-hidden">{word} </span>}
      {amount} <span class="muted">vs {against}</span>
    </span>
  );
}

function Fact({ label, value, text }: { label: string; value: number | null; text: (n: number) => string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <Num value={value}>{value === null ? '–' : text(value)}</Num>
      </dd>
    </div>
  );
}

const OUTCOMES = [
  { key: 'success', rate: 'success_rate', label: 'Success' },
  { key: 'needs_review', rate: 'needs_review_rate', label: 'Needs review' },
  { key: 'failure', rate: 'failure_rate', label: 'Failure' },
] as const;

function Outcomes({ summary, params }: { summary: Summary; params: URLSearchParams }) {
  const pending = summary.totals.events_pending_review;
  const queue = href('/review', reportQuery(params));
  return (
    <div class="outcomes">
      <div class="outcome-bar" aria-hidden="true">
        {OUTCOMES.map((o) => (
          <span key={o.key} class={`seg ${o.key}`} style={{ flexGrow: summary.rates[o.rate] ?? 0 }} />
        ))}
      </div>
      <ul class="outcome-list" aria-label="Outcome shares">
        {OUTCOMES.map((o) => (
          <li key={o.key} data-outcome={o.key}>
            <span class={`swatch ${o.key}`} aria-hidden="true" />
            <span class="outcome-label">{o.label}</span>
            <span class="outcome-share">
              <Num value={summary.rates[o.rate]}>{fmt.share(summary.rates[o.rate])}</Num>
            </span>
            <span class="muted">
              <Num value={summary.outcomes[o.key]}>
                <EventsLink
                  params={params}
                  group={{ outcome: o.key }}
                  count={summary.outcomes[o.key]}
                  label={`${o.label.toLowerCase()} events`}
                >
                  {fmt.count(summary.outcomes[o.key])} events
                </EventsLink>
              </Num>
            </span>
          </li>
        ))}
      </ul>
      {pending > 0 && (
        <p class="pending" data-testid="pending-review">
          <Num value={pending}>{fmt.count(pending)}</Num> {pending === 1 ? 'event waits' : 'events wait'} for a review, worth{' '}
          <Num value={summary.totals.value_at_stake}>{fmt.money(summary.totals.value_at_stake, summary.currency)}</Num> at full credit:{' '}
          <a href={queue} onClick={followLink}>
            open the review queue
          </a>
          .
        </p>
      )}
    </div>
  );
}
