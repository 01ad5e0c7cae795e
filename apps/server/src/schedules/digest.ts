import type { Schema } from '@humanhours/contract';
import { bucketBounds, bucketKey, type CalendarUnit } from '@humanhours/time';
import type { OrgSettings } from '../core/org-settings.js';
import type { ReportsService } from '../reports/reports.service.js';

export type DigestPeriod = Schema<'DigestData'>['period'];
const TOP = 5;

type Metrics = Awaited<ReturnType<ReportsService['summary']>>['totals'];

/** Relative change (0.25 = +25 %), null against zero. */
const change = (now: number, before: number) => (before === 0 ? null : Math.round(((now - before) / Math.abs(before)) * 10_000) / 10_000);

/**
 * The digest of one week (`YYYY-MM-DD`, its Monday) or month (`YYYY-MM`) in the org's zone: the summary report of
 * that range and of the one before, so its figures are exactly what GET /v1/reports/summary answers for them.
 */
export async function buildDigest(reports: ReportsService, org: OrgSettings, period: DigestPeriod, key: string) {
  const unit: CalendarUnit = period;
  const tz = org.timezone;
  const [from, to] = bucketBounds(key, unit, tz);
  const [prevFrom, prevTo] = bucketBounds(bucketKey(from - 1, unit, tz), unit, tz);
  const range = (a: number, b: number) => ({ from: new Date(a).toISOString(), to: new Date(b).toISOString(), tz });
  const [current, previous] = await Promise.all([reports.summary(org, range(from, to)), reports.summary(org, range(prevFrom, prevTo))]);
  const t: Metrics = current.totals;
  const p: Metrics = previous.totals;
  return {
    period,
    range: current.meta.range,
    tz,
    currency: org.currency,
    totals: t,
    previous_totals: p,
    change: {
      events: change(t.events, p.events),
      hours_saved: change(t.hours_saved, p.hours_saved),
      cost_saved: change(t.cost_saved, p.cost_saved),
      net_saved: change(t.net_saved, p.net_saved),
    },
    top_agents: current.top.agents.slice(0, TOP),
    top_task_types: current.top.task_types.slice(0, TOP),
  };
}

export type Digest = Awaited<ReturnType<typeof buildDigest>>;
