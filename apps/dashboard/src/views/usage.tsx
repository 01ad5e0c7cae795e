import type { Schemas } from '../api';
import { fmt, formatDate } from '../format';
import { useApi } from '../hooks';
import { followLink, href } from '../router';
import { ErrorMessage, Loading, Num, Section } from '../ui';

type Usage = Schemas['UsageReport'];

export function UsageView({ org }: { org: Schemas['Org'] | null }) {
  const usage = useApi<Usage>('/v1/reports/usage');
  const u = usage.data;
  if (usage.error) return <ErrorMessage error={usage.error} title="Usage could not be loaded" />;
  if (!u) return <Loading what="usage" />;
  const tz = org?.timezone;
  const over = u.events_this_month > u.events_included_in_plan;
  const basis = projectionBasis(u);
  const monthEvents = href('/events', { from: u.period_start, to: u.period_end, tz });
  return (
    <Section title="This billing month" id="month-title">
      <p class="range">
        {formatDate(u.period_start, tz)} – {formatDate(new Date(Date.parse(u.period_end) - 1).toISOString(), tz)}
        {tz && <span class="muted"> ({tz})</span>}
      </p>
      <div class="meter-block">
        <label for="usage-meter">
          <Num value={u.events_this_month}>{fmt.count(u.events_this_month)}</Num> of{' '}
          <Num value={u.events_included_in_plan}>{fmt.count(u.events_included_in_plan)}</Num> events included in the{' '}
          <strong>{u.plan}</strong> plan
        </label>
        <meter
          id="usage-meter"
          min={0}
          max={u.events_included_in_plan}
          low={u.events_included_in_plan * 0.8}
          high={u.events_included_in_plan * 0.95}
          optimum={0}
          value={u.events_this_month}
        />
      </div>
      <p data-testid="usage-events">
        <a href={monthEvents} onClick={followLink}>
          The events that occurred this billing month
        </a>{' '}
        <span class="muted">
          (the count above goes by arrival: an event sent late, with an earlier occurred_at, counts in the month it arrived)
        </span>
      </p>
      <dl class="facts" data-testid="usage-facts">
        <div data-field="overage_events">
          <dt>Overage so far</dt>
          <dd>
            <Num value={u.overage_events}>{fmt.count(u.overage_events)}</Num> events
          </dd>
        </div>
        <div data-field="projected_overage_eur">
          <dt>Projected overage charge at month end</dt>
          <dd>
            <Num value={u.projected_overage_eur}>
              {u.projected_overage_eur === null ? 'None forecast' : fmt.money(u.projected_overage_eur, 'EUR')}
            </Num>
            {!u.hard_cap && (
              <span class="sub" data-testid="projection-basis">
                {basis.text}
                {basis.tooLittle && <strong class="notice-inline"> {basis.hint}</strong>}
              </span>
            )}
          </dd>
        </div>
        <div data-field="lifetime_events">
          <dt>Events since the start</dt>
          <dd>
            <Num value={u.lifetime_events}>{fmt.count(u.lifetime_events)}</Num>
          </dd>
        </div>
        <div data-field="rate_limit_per_second">
          <dt>Rate limit</dt>
          <dd>
            <Num value={u.rate_limit_per_second}>{fmt.count(u.rate_limit_per_second)}</Num> requests per second per key
          </dd>
        </div>
      </dl>
      <p class={over && !u.hard_cap ? 'notice' : 'muted'}>
        {u.hard_cap
          ? `The ${u.plan} plan stops accepting events at the included amount (429 quota_exceeded) until the next billing month.`
          : `Events beyond the included amount are billed at the plan's graduated overage prices (charged in EUR). The projection takes this month's events so far, divides them by the time elapsed since the month began and multiplies by the month's length, then prices the events beyond the included amount.`}{' '}
        Replays of an idempotency key are never counted.
      </p>
    </Section>
  );
}

const HOUR = 3_600_000;
/** Below this much of the month the pace says little: a busy first morning projects a large bill. */
const ENOUGH_DATA_HOURS = 72;

/** How much of the month the projection rests on: the time from the month's start until now. */
function projectionBasis(u: Usage, now = Date.now()) {
  const hours = Math.max(0, (Math.min(now, Date.parse(u.period_end)) - Date.parse(u.period_start)) / HOUR);
  const span = hours < 48 ? `${fmt.count(Math.floor(hours))} h` : `${fmt.count(Math.floor(hours / 24))} days`;
  return {
    text: `Projected from ${span} of data this month (${fmt.count(u.events_this_month)} events so far, at that pace to the month's end).`,
    tooLittle: hours < ENOUGH_DATA_HOURS,
    hint: 'Too little data yet for a reliable forecast: it steadies after the first few days.',
  };
}
