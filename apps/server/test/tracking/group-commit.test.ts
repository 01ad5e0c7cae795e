import { rmSync } from 'node:fs';
import { tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseConfig, parseDatabaseUrl } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/open-database.js';
import type { IngestResult, IngestStore, Quota } from '../../src/tracking/ingest-plan.js';
import { createIngestStore } from '../../src/tracking/ingest-store.js';
import { prepareEvent, type TrackContext } from '../../src/tracking/prepare.js';

const dir = tempDir();
let db: Database;
let store: IngestStore;

const ctx: TrackContext = {
  org: {
    id: 'org_group',
    name: 'g',
    plan: 'pro',
    currency: 'EUR',
    defaultHourlyRateMinor: 4500,
    timezone: 'UTC',
    needsReviewCredit: 0.5,
    pendingReviewValuation: 'credit',
    fallbackBaselineMinutes: null,
    usdFxRateOverride: null,
    includedEvents: null,
    digestEmails: [],
    parentOrgId: null,
    closedAt: null,
    createdAt: 0,
  },
  receivedAt: Date.now(),
  taskType: () => ({ builtinMinutes: 4, customMinutes: null, overrideMinutes: null, archived: false }),
  agentRateMinor: () => null,
  modelPrice: () => null,
  fx: { rate: 1, asOf: '2026-01-01', minorUnits: 2 },
};
const quota: Quota = { orgId: 'org_group', month: '2026-11', monthEnd: Date.now() + 86_400_000, cap: null };
const event = (agent: string, key: string | null = null) =>
  prepareEvent({ agent_id: agent, task_type: 'email_classification', outcome: 'success' }, key, ctx);
const count = async (where = '') => Number((await db.get<{ n: number }>(`select count(*) as n from events ${where}`))!.n);
const statuses = (results: IngestResult[][]) => results.flat().map((r) => r.status);

// The test project's database: a SQLite file, or a PostgreSQL database of its own (server-pg).
const open = async () => openDatabase(parseDatabaseUrl(await testDatabaseUrl(dir)) as DatabaseConfig);

beforeAll(async () => {
  db = await open();
  store = await createIngestStore(db);
  // The store checks each event's currency against its org's (the settings guard): the org must exist.
  await db.run(
    `insert into orgs (id, name, plan, currency, default_hourly_rate_minor, timezone, needs_review_credit, created_at)
      values (?, 'g', 'pro', 'EUR', 4500, 'UTC', 0.5, 0)`,
    ['org_group'],
  );
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('group commit', () => {
  it('commits calls of one event-loop turn together, and one call’s failure never undoes another’s', async () => {
    const first = event('a');
    const clash = { ...event('b'), row: { ...event('b').row, eventId: first.row.eventId } }; // violates the primary key
    const third = event('c');
    const results = await Promise.allSettled([store.ingest([first], quota), store.ingest([clash], quota), store.ingest([third], quota)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await count()).toBe(2);
    const usage = await db.get<{ events: number }>('select events from org_usage where org_id = ? and month = ?', [
      'org_group',
      quota.month,
    ]);
    expect(Number(usage!.events)).toBe(2); // the failed call's count was rolled back with it
  });

  it('answers many concurrent calls, each with its own results', async () => {
    const before = await count();
    const calls = Array.from({ length: 200 }, (_, i) => store.ingest([event(`bulk-${i % 7}`), event('bulk-x')], quota));
    const results = await Promise.all(calls);
    expect(results.every((r) => r.length === 2 && r.every((x) => x.status === 201))).toBe(true);
    expect(await count()).toBe(before + 400);
  });

  it('answers concurrent calls sharing a key as one event and its replays, and a different body with 409', async () => {
    const before = await count();
    const first = event('same', 'shared-1');
    const other = { ...event('other', 'shared-1'), requestHash: 'f'.repeat(64) };
    const calls = Array.from({ length: 20 }, (_, i) =>
      store.ingest([i % 5 === 4 ? other : { ...first, row: { ...first.row, eventId: event('x').row.eventId } }], quota),
    );
    const results = statuses(await Promise.all(calls));
    expect(results.filter((s) => s === 201)).toHaveLength(1);
    expect(results.filter((s) => s === 200)).toHaveLength(15);
    expect(results.filter((s) => s === 409)).toHaveLength(4);
    expect(await count()).toBe(before + 1);
  });

  it('records a batch repeating its own key in order: the event, its replay, a conflict', async () => {
    const a = event('rep', 'batch-key');
    const replay = { ...event('rep', 'batch-key'), requestHash: a.requestHash };
    const clash = { ...event('rep', 'batch-key'), requestHash: 'e'.repeat(64) };
    const [results] = await Promise.all([
      store.ingest([a, replay, clash, event('rep', 'batch-key-2')], quota),
      store.ingest([event('beside')], quota),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 200, 409, 201]);
    expect(results[1]).toEqual({ status: 200, response: (results[0] as { response: string }).response });
  });

  it('takes over a key older than 24 h', async () => {
    const old = event('old', 'expiring');
    const [[first]] = await Promise.all([store.ingest([old], quota, Date.now() - 25 * 3_600_000)]);
    expect(first.status).toBe(201);
    const [again] = await store.ingest([{ ...event('old', 'expiring'), requestHash: 'd'.repeat(64) }], quota);
    expect(again.status).toBe(201);
  });

  it('holds a hard cap exactly, and two stores on one database record each key once', async () => {
    const db2 = await open();
    const store2 = await createIngestStore(db2);
    try {
      const capped: Quota = { ...quota, orgId: 'org_group', month: '2031-01', cap: 37 };
      const calls = Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? store : store2).ingest(
          Array.from({ length: 3 }, (_, j) => event(`cap-${j}`, `cap-${i % 15}-${j}`)),
          capped,
        ),
      );
      const results = await Promise.all(calls);
      const usage = await db.get<{ events: number }>('select events from org_usage where org_id = ? and month = ?', [
        'org_group',
        '2031-01',
      ]);
      const created = statuses(results).filter((s) => s === 201).length;
      expect(created).toBe(37);
      expect(Number(usage!.events)).toBe(37);
      expect(
        statuses(results).filter((s) => s === 429).length + created + statuses(results).filter((s) => s === 200 || s === 409).length,
      ).toBe(90);
      // Each key names at most one event: 45 keys, 37 counted.
      const keys = await db.get<{ n: number }>("select count(*) as n from idempotency_keys where key like 'cap-%'");
      expect(Number(keys!.n)).toBe(37);
    } finally {
      await db2.close();
    }
  });

  it('records each key once when two stores on one database race for the same keys, uncapped', async () => {
    const db2 = await open();
    const store2 = await createIngestStore(db2);
    try {
      const before = await count();
      const calls = Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? store : store2).ingest(
          Array.from({ length: 5 }, (_, j) => event('race', `race-${i % 10}-${j}`)),
          quota,
        ),
      );
      const all = statuses(await Promise.all(calls));
      expect(all.filter((s) => s === 201)).toHaveLength(50);
      expect(all.filter((s) => s === 200)).toHaveLength(150);
      expect(await count()).toBe(before + 50);
    } finally {
      await db2.close();
    }
  });
});
