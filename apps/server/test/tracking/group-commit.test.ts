import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { createIngestStore, type IngestStore } from '../../src/tracking/ingest-store.js';
import { prepareEvent, type TrackContext } from '../../src/tracking/prepare.js';
import { tempDir } from '../helpers/server.js';

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
    fallbackBaselineMinutes: null,
    usdFxRateOverride: null,
    includedEvents: null,
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
const quota = { orgId: 'org_group', month: '2026-11', monthEnd: Date.now() + 86_400_000, cap: null };
const event = (agent: string) => prepareEvent({ agent_id: agent, task_type: 'email_classification', outcome: 'success' }, null, ctx);
const count = async () => Number((await db.get<{ n: number }>('select count(*) as n from events'))!.n);

beforeAll(async () => {
  db = await openDatabase({ kind: 'sqlite', path: join(dir, 'g.db'), url: '' });
  store = await createIngestStore(db);
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite group commit', () => {
  it('commits calls of one event-loop turn together, and one call’s failure never undoes another’s', async () => {
    const first = event('a');
    const clash = { ...event('b'), row: { ...event('b').row, eventId: first.row.eventId } }; // violates the primary key
    const third = event('c');
    const results = await Promise.allSettled([store.ingest([first], quota), store.ingest([clash], quota), store.ingest([third], quota)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await count()).toBe(2);
    const usage = await db.get<{ events: number }>('select events from org_usage where org_id = ?', ['org_group']);
    expect(Number(usage!.events)).toBe(2); // the failed call's count was rolled back with it
  });

  it('answers many concurrent calls, each with its own results', async () => {
    const before = await count();
    const calls = Array.from({ length: 200 }, (_, i) => store.ingest([event(`bulk-${i % 7}`), event('bulk-x')], quota));
    const results = await Promise.all(calls);
    expect(results.every((r) => r.length === 2 && r.every((x) => x.status === 201))).toBe(true);
    expect(await count()).toBe(before + 400);
  });
});
