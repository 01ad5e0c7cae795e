import { atLocalHour, bucketKey, startOfDayKey } from '@humanhours/time';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AlertRuleSchema } from '../alerts/alert.entity.js';
import { AlertEvaluator } from '../alerts/alert-evaluator.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CLOCK, type Clock } from '../core/clock.js';
import type { OrgSettings } from '../core/org-settings.js';
import { SerialPasses } from '../core/serial-passes.js';
import { Database } from '../db/database.js';
import { OrgSchema } from '../orgs/org.entity.js';
import { toSettings } from '../orgs/org-settings.js';
import { includedEvents, quotaFor } from '../plans/plan-math.js';
import { ReportsService } from '../reports/reports.service.js';
import { DeliveryWorker } from '../webhooks/delivery-worker.js';
import { enqueue, inTransaction, type Tx } from '../webhooks/outbox.js';
import { buildDigest, type DigestPeriod } from './digest.js';
import { digestEmail } from './digest-email.js';
import { DigestMailer } from './digest-mailer.js';

const TICK_MS = 60_000;
const DIGEST_HOUR = 9;
const THRESHOLDS = [80, 100] as const;

/** The latest period of this kind whose digest is due at `now`, and when it was due (Monday / the 1st, 09:00 local). */
export function dueDigest(period: DigestPeriod, now: number, tz: string): { key: string; dueAt: number } {
  // The period containing now starts on the day its predecessor's digest is due.
  const startKey = (ms: number) => (period === 'week' ? bucketKey(ms, 'week', tz) : `${bucketKey(ms, 'month', tz)}-01`);
  let current = startKey(now);
  let dueAt = atLocalHour(current, DIGEST_HOUR, tz);
  if (now < dueAt) {
    current = startKey(startOfDayKey(current, tz) - 1);
    dueAt = atLocalHour(current, DIGEST_HOUR, tz);
  }
  const previousStart = startOfDayKey(current, tz) - 1;
  return { key: period === 'week' ? bucketKey(previousStart, 'week', tz) : bucketKey(previousStart, 'month', tz), dueAt };
}

/** Claims (job, org, period) for this process; false when another process (or an earlier run) already has it. */
async function claim(tx: Tx, job: string, orgId: string, period: string, now: number): Promise<boolean> {
  const changed = await tx.run(
    'insert into scheduled_runs (job, org_id, period, claimed_at) values (?, ?, ?, ?) on conflict (job, org_id, period) do nothing',
    [job, orgId, period, now],
  );
  return changed === 1;
}

/**
 * Every minute: the weekly and monthly digests, the usage thresholds and (hourly) the alert rules of each org that
 * has something to receive them. Each fires once across processes (a claim row per org and period, in the same
 * transaction as its outbox rows), survives restarts, and catches up after downtime (the latest due period is sent
 * at the first tick that finds it unclaimed).
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly passes = new SerialPasses(() => this.safePass(), undefined);
  private readonly logger = new Logger('Scheduler');

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(AlertEvaluator) private readonly alerts: AlertEvaluator,
    @Inject(DigestMailer) private readonly mailer: DigestMailer,
    @Inject(DeliveryWorker) private readonly worker: DeliveryWorker,
  ) {}

  onApplicationBootstrap(): void {
    // At once too: what came due while the server was down goes out now.
    this.passes.start(TICK_MS, { now: true });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.passes.stop();
    this.mailer.close();
  }

  /** One pass over every org; passes never overlap within a process. */
  tick(): Promise<void> {
    return this.passes.run();
  }

  private async safePass(): Promise<void> {
    try {
      await this.pass(this.clock.now());
    } catch (err) {
      if (!this.passes.stopped) this.logger.warn(`scheduled jobs failed: ${(err as Error).message}`);
    }
  }

  private async pass(now: number): Promise<void> {
    const rows = await this.db.all<{ org_id: string }>(
      `select org_id from webhook_endpoints where enabled = true
       union select id as org_id from orgs where digest_emails is not null
       union select org_id from alert_rules where enabled = true`,
    );
    let queued = false;
    for (const { org_id } of rows) {
      if (this.passes.stopped) return;
      // Read fresh, not from a cache: a digest goes out with the settings of the moment.
      const row = await this.db.em().findOne(OrgSchema, { id: org_id });
      if (!row) continue;
      const org = toSettings(row);
      for (const period of ['week', 'month'] as const) queued = (await this.digest(org, period, now)) || queued;
      queued = (await this.usage(org, now)) || queued;
      queued = (await this.evaluateAlerts(org, now)) || queued;
    }
    await this.mailer.sendPending(now);
    if (queued) void this.worker.runOnce();
  }

  private async digest(org: OrgSettings, period: DigestPeriod, now: number): Promise<boolean> {
    const type = period === 'week' ? 'weekly.digest' : 'monthly.digest';
    const { key, dueAt } = dueDigest(period, now, org.timezone);
    // An org (or endpoint) gets the digests due after it existed; a digest missed while the server was down is
    // sent at the first tick after it came back.
    if (dueAt < org.createdAt) return false;
    const emails = this.mailer.enabled ? org.digestEmails : [];
    const claimed = await this.db.get('select 1 as found from scheduled_runs where job = ? and org_id = ? and period = ?', [
      type,
      org.id,
      key,
    ]);
    if (claimed) return false;
    const data = await buildDigest(this.reports, org, period, key);
    return inTransaction(this.db, async (tx) => {
      if (!(await claim(tx, type, org.id, key, now))) return false;
      const queued = await enqueue(tx, org.id, type, data, now, dueAt);
      if (emails.length) {
        const mail = { to: emails, ...digestEmail(org.name, data) };
        await tx.run('update scheduled_runs set email_payload = ? where job = ? and org_id = ? and period = ?', [
          JSON.stringify(mail),
          type,
          org.id,
          key,
        ]);
      }
      return queued > 0;
    });
  }

  private async usage(org: OrgSettings, now: number): Promise<boolean> {
    const included = includedEvents(org, this.config.plans);
    if (included <= 0) return false;
    const { month } = quotaFor(org, this.config.plans, now);
    const row = await this.db.get<{ events: number }>('select events from org_usage where org_id = ? and month = ?', [org.id, month]);
    const events = row?.events ?? 0;
    let queued = false;
    for (const percent of THRESHOLDS) {
      if (events * 100 < included * percent) continue;
      queued =
        (await inTransaction(this.db, async (tx) => {
          if (!(await claim(tx, `usage.threshold.${percent}`, org.id, month, now))) return false;
          return (
            (await enqueue(tx, org.id, 'usage.threshold', { month, threshold_percent: percent, events, included_events: included }, now)) >
            0
          );
        })) || queued;
    }
    return queued;
  }

  private async evaluateAlerts(org: OrgSettings, now: number): Promise<boolean> {
    const hour = new Date(now).toISOString().slice(0, 13);
    const rules = await this.db.em().find(AlertRuleSchema, { orgId: org.id, enabled: true }, { orderBy: { id: 'asc' } });
    if (!rules.length) return false;
    if (await this.db.get('select 1 as found from scheduled_runs where job = ? and org_id = ? and period = ?', ['alerts', org.id, hour]))
      return false;
    const writes = await this.alerts.evaluate(org, rules, now);
    return inTransaction(this.db, async (tx) => {
      if (!(await claim(tx, 'alerts', org.id, hour, now))) return false;
      await writes(tx);
      return true;
    });
  }
}
