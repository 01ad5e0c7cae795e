// The review gate through HTTP: approving or rejecting moves every report by exactly the event's difference, once;
// races have one winner; the monthly event count never moves.

import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportEngine } from '../../src/reports/report-engine.js';

const ADMIN = 'operator-token-0123456789abcdef';
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
});
afterAll(async () => server.close());

/** A fresh org (its admin key) with these events tracked; answers the key and the tracked events. */
async function orgWith(events: object[]) {
  const created = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'review', plan: 'pro' });
  const key: string = created.body.api_key.secret;
  const res = await server.http.post('/v1/track/batch').set(bearer(key)).send({ events });
  expect(res.body.summary.accepted).toBe(events.length);
  return { key, orgId: created.body.org.id as string, events: res.body.results.map((r: { event: Record<string, any> }) => r.event) };
}

const needsReview = (i: number, extra: object = {}) => ({
  agent_id: i % 2 ? 'a1' : 'a2',
  task_type: 'email_classification',
  outcome: 'needs_review',
  agent_duration_seconds: 4,
  occurred_at: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(),
  ...extra,
});

const totals = async (key: string, query = '') =>
  (await server.http.get(`/v1/reports/time-saved?period=30d${query}`).set(bearer(key))).body.totals;
const review = (key: string, eventId: string, decision: string, note?: string) =>
  server.http
    .post(`/v1/events/${eventId}/review`)
    .set(bearer(key))
    .send(note ? { decision, note } : { decision });
const cents = (n: number) => Math.round(n * 100);
const milli = (n: number) => Math.round(n * 1000);

describe('POST /v1/events/{event_id}/review', () => {
  it('approving values the event at full credit; reports move by exactly the difference, usage does not', async () => {
    const { key, events } = await orgWith([needsReview(0, { agent_cost: 0.5 }), needsReview(1), { ...needsReview(2), outcome: 'success' }]);
    const [target] = events;
    // 4.0 min − 4 s = 0.066 h at full credit, €2.97 at €45/h; tracked at the 0.5 credit: 0.033 h, €1.49.
    expect(target.hours_saved).toBe(0.033);
    const before = await totals(key);
    expect(before.events_pending_review).toBe(2);
    expect(before.value_at_stake).toBe(2.97 * 2);
    const usage = (await server.http.get('/v1/reports/usage').set(bearer(key))).body;

    const res = await review(key, target.event_id, 'approved', 'Checked against the ticket');
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({
      event_id: target.event_id,
      hours_saved: 0.033, // the tracked valuation stays
      review_state: 'approved',
      review: { decision: 'approved', note: 'Checked against the ticket', reviewed_by_key_id: key.split('_')[2] },
      full_credit: { hours_saved: 0.066, cost_saved: 2.97, net_saved: 2.47 },
      counted: { hours_saved: 0.066, cost_saved: 2.97, net_saved: 2.47 },
    });

    const after = await totals(key);
    expect(after.events).toBe(before.events);
    expect(milli(after.hours_saved - before.hours_saved)).toBe(33);
    expect(cents(after.cost_saved - before.cost_saved)).toBe(cents(2.97 - target.cost_saved));
    expect(cents(after.net_saved - before.net_saved)).toBe(cents(2.97 - target.cost_saved));
    expect(cents(after.agent_cost)).toBe(cents(before.agent_cost));
    expect(after.events_pending_review).toBe(1);
    expect(after.value_at_stake).toBe(2.97);
    // Per agent and per day, through the daily rollup and the hourly one alike.
    const byAgent = (await server.http.get('/v1/reports/time-saved?period=30d&group_by=agent,client').set(bearer(key))).body.rows;
    expect(byAgent.find((r: any) => r.group.agent_id === target.agent_id).hours_saved).toBe(
      events.filter((e: any) => e.agent_id === target.agent_id).reduce((s: number, e: any) => s + e.hours_saved, 0) + 0.033,
    );
    expect((await server.http.get('/v1/reports/usage').set(bearer(key))).body.events_this_month).toBe(usage.events_this_month);
  });

  it('rejecting values it at zero (its agent cost stays spent)', async () => {
    const { key, events } = await orgWith([needsReview(0, { agent_cost: 0.25 }), needsReview(1)]);
    const before = await totals(key);
    const res = await review(key, events[0].event_id, 'rejected');
    expect(res.status).toBe(200);
    expect(res.body.counted).toEqual({ hours_saved: 0, cost_saved: 0, net_saved: -0.25 });
    const after = await totals(key);
    expect(milli(before.hours_saved - after.hours_saved)).toBe(milli(events[0].hours_saved));
    expect(cents(before.cost_saved - after.cost_saved)).toBe(cents(events[0].cost_saved));
    expect(cents(before.net_saved - after.net_saved)).toBe(cents(events[0].cost_saved));
    expect(after.events).toBe(before.events);
    expect(after.events_needs_review).toBe(2);
    expect(after.events_pending_review).toBe(1);
  });

  it('is final: the same decision again is a no-op (200, same record), the other one is 409', async () => {
    const { key, events } = await orgWith([needsReview(0)]);
    const first = await review(key, events[0].event_id, 'approved', 'first');
    const reports = await totals(key);
    const again = await review(key, events[0].event_id, 'approved', 'second');
    expect(again.status).toBe(200);
    expect(again.body.review).toEqual(first.body.review);
    const other = await review(key, events[0].event_id, 'rejected');
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('already_reviewed');
    expect(other).toMatchApiSpec();
    expect(await totals(key)).toEqual(reports);
  });

  it('answers 409 not_reviewable for other outcomes, 404 for unknown or foreign events, 403 without review:write', async () => {
    const mine = await orgWith([{ ...needsReview(0), outcome: 'success' }, needsReview(1)]);
    const other = await orgWith([needsReview(0)]);
    const notReviewable = await review(mine.key, mine.events[0].event_id, 'approved');
    expect([notReviewable.status, notReviewable.body.error.code]).toEqual([409, 'not_reviewable']);
    expect((await review(mine.key, 'evt_01HQ2B3C4D5E6F7G8H9J0K1M2N', 'approved')).status).toBe(404);
    expect((await review(mine.key, other.events[0].event_id, 'approved')).status).toBe(404);
    const bad = await review(mine.key, mine.events[1].event_id, 'maybe');
    expect([bad.status, bad.body.error.field]).toEqual([422, 'decision']);
    const reader = await server.http
      .post('/v1/api-keys')
      .set(bearer(mine.key))
      .send({ name: 'reader', scopes: ['read:reports'] });
    const denied = await review(reader.body.secret, mine.events[1].event_id, 'approved');
    expect([denied.status, denied.body.error.code]).toEqual([403, 'insufficient_scope']);
    const reviewer = await server.http
      .post('/v1/api-keys')
      .set(bearer(mine.key))
      .send({ name: 'reviewer', scopes: ['review:write'] });
    expect((await review(reviewer.body.secret, mine.events[1].event_id, 'approved')).status).toBe(200);
    // An admin key holds review:write, also one whose stored scopes predate it.
    const admin = await server.http
      .post('/v1/api-keys')
      .set(bearer(mine.key))
      .send({ name: 'admin', scopes: ['admin'] });
    expect(admin.body.scopes).toEqual(['admin']);
    expect((await review(admin.body.secret, mine.events[1].event_id, 'approved')).status).toBe(200);
  });

  it('concurrent conflicting reviews: one wins, the other answers 409, and the rollups stay exact', async () => {
    const { key, orgId, events } = await orgWith(Array.from({ length: 12 }, (_, i) => needsReview(i)));
    for (const event of events) {
      const answers = await Promise.all([review(key, event.event_id, 'approved'), review(key, event.event_id, 'rejected')]);
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = answers.find((a) => a.status === 200)!;
      const stored = await server.http.get(`/v1/events/${event.event_id}`).set(bearer(key));
      expect(stored.body.review.decision).toBe(winner.body.review.decision);
    }
    const engine = server.app.get(ReportEngine);
    const q = {
      orgId,
      tz: 'UTC',
      from: 0,
      to: Math.ceil(Date.now() / 3_600_000 + 1) * 3_600_000,
      dimensions: ['agent' as const],
      filters: {},
    };
    expect(await engine.grouped(q)).toEqual(await engine.grouped({ ...q, forceRaw: true }));
    expect((await totals(key)).events_pending_review).toBe(0);
  });

  it('an org may count pending events at zero until reviewed (PATCH /v1/org)', async () => {
    const { key, events } = await orgWith([needsReview(0), { ...needsReview(1), outcome: 'success' }]);
    const credit = await totals(key);
    const patched = await server.http.patch('/v1/org').set(bearer(key)).send({ pending_review_valuation: 'zero' });
    expect(patched.body.pending_review_valuation).toBe('zero');
    const zero = await totals(key);
    expect(milli(credit.hours_saved - zero.hours_saved)).toBe(milli(events[0].hours_saved));
    expect(zero.value_at_stake).toBe(credit.value_at_stake);
    const pending = await server.http.get(`/v1/events/${events[0].event_id}`).set(bearer(key));
    expect(pending.body.counted.hours_saved).toBe(0);
    await review(key, events[0].event_id, 'approved');
    expect(milli((await totals(key)).hours_saved)).toBe(milli(events[1].hours_saved + 0.066));
  });
});

describe('POST /v1/events/review (bulk)', () => {
  it('reviews each id on its own and answers 207 with one result per id', async () => {
    const { key, events } = await orgWith([needsReview(0), needsReview(1), needsReview(2)]);
    await review(key, events[1].event_id, 'rejected');
    const ids = [events[0].event_id, events[1].event_id, 'evt_01HQ2B3C4D5E6F7G8H9J0K1M2N', events[2].event_id];
    const res = await server.http.post('/v1/events/review').set(bearer(key)).send({ event_ids: ids, decision: 'approved' });
    expect(res.status).toBe(207);
    expect(res).toMatchApiSpec();
    expect(res.body.results.map((r: any) => [r.event_id, r.status])).toEqual([
      [ids[0], 200],
      [ids[1], 409],
      [ids[2], 404],
      [ids[3], 200],
    ]);
    expect(res.body.summary).toEqual({ reviewed: 2, conflicts: 1, not_found: 1 });
    expect((await totals(key)).events_pending_review).toBe(0);
    const tooMany = await server.http
      .post('/v1/events/review')
      .set(bearer(key))
      .send({ event_ids: Array.from({ length: 1001 }, (_, i) => `evt_${String(i).padStart(26, '0')}`), decision: 'approved' });
    expect(tooMany.status).toBe(422);
  });
});
