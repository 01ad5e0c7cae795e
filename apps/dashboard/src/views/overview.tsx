import { useMemo } from 'preact/hooks';
import type { Schemas } from '../api';
import { TrendChart } from '../charts';
import { fmt, formatDay, formatRange } from '../format';
import { useApi } from '../hooks';
import { reportQuery } from '../router';
import { DownloadCsv, ErrorMessage, GettingStarted, Loading, Num, NumHeads, Section, TableWrap } from '../ui';

type Summary = Schemas['SummaryResponse'];

export function RangeNote({ meta }: { meta: { period: string; range: { from: string; to: string }; tz: string } }) {
  return (
    <p class="range" data-testid="range">
      {formatRange(meta.range, meta.tz, meta.period)} <span class="muted">({meta.tz})</span>
    </p>
  );
}

export function Overview({ params }: { params: URLSearchParams }) {
  const query = reportQuery(params);
  const summary = useApi<Summary>('/v1/reports/summary', query);
  const s = summary.data;
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

  return (
    <div aria-busy={summary.loading}>
      <RangeNote meta={s.meta} />
      <ul class="kpis" aria-label="Totals for the period">
        <Kpi id="hours_saved" label="Hours saved" value={t.hours_saved} text={fmt.hours(t.hours_saved)} />
        <Kpi id="cost_saved" label="Money saved" value={t.cost_saved} text={money(t.cost_saved)} />
        <Kpi id="agent_cost" label="Agent cost" value={t.agent_cost} text={money(t.agent_cost)} />
        <Kpi id="net_saved" label="Net saved" value={t.net_saved} text={money(t.net_saved)} emphasis />
        <Kpi
          id="fte_equivalent"
          label="FTE equivalent"
          value={t.fte_equivalent}
          text={fmt.decimal(t.fte_equivalent)}
          note="40-hour weeks"
        />
        <Kpi id="events" label="Events" value={t.events} text={fmt.count(t.events)} />
      </ul>

      {t.events === 0 ? (
        <Section title="Nothing tracked in this period" id="empty-title">
          <GettingStarted reason="No events in this period yet. Pick a longer period, or track your first event:" />
        </Section>
      ) : (
        <>
          <Section title="Outcomes" id="outcomes-title">
            <Outcomes summary={s} />
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
                        <td class="num">
                          <Num value={p.events}>{fmt.count(p.events)}</Num>
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
          <Section title="Per event" id="averages-title">
            <dl class="facts">
              <Fact label="Hours saved" value={s.averages.hours_saved_per_event} text={(n) => fmt.hours(n)} />
              <Fact label="Money saved" value={s.averages.cost_saved_per_event} text={money} />
              <Fact label="Agent cost" value={s.averages.agent_cost_per_event} text={money} />
              <Fact label="Net saved" value={s.averages.net_saved_per_event} text={money} />
              <Fact label="Agent run time" value={s.averages.agent_duration_seconds} text={(n) => fmt.seconds(n)} />
              <Fact label="Active agents" value={s.active.agents} text={fmt.count} />
              <Fact label="Active task types" value={s.active.task_types} text={fmt.count} />
              <Fact label="Active clients" value={s.active.clients} text={fmt.count} />
              <Fact label="Active models" value={s.active.models} text={fmt.count} />
            </dl>
          </Section>
        </>
      )}
    </div>
  );
}

function Kpi({
  id,
  label,
  value,
  text,
  note,
  emphasis,
}: {
  id: string;
  label: string;
  value: number;
  text: string;
  note?: string;
  emphasis?: boolean;
}) {
  return (
    <li class={emphasis ? 'kpi emphasis' : 'kpi'} data-metric={id}>
      <span class="kpi-label">{label}</span>
      <span class="kpi-value">
        <Num value={value}>{text}</Num>
      </span>
      {note && <span class="kpi-note">{note}</span>}
    </li>
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

function Outcomes({ summary }: { summary: Summary }) {
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
              <Num value={summary.outcomes[o.key]}>{fmt.count(summary.outcomes[o.key])}</Num> events
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
