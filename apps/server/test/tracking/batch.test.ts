import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

const good = (i: number) => ({
  agent_id: `bot-${i % 3}`,
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
});
const batch = (events: unknown[]) => server.http.post('/v1/track/batch').set(bearer(key)).send({ events });
const eventCount = async () => Number((await server.db.get<{ n: number }>('select count(*) as n from events'))!.n);

describe('POST /v1/track/batch', () => {
  it('answers 207 with one result per event, in input order; a bad event never sinks the others', async () => {
    const before = await eventCount();
    const res = await batch([
      good(0),
      { ...good(1), outcome: 'meh' },
      good(2),
      { ...good(3), task_type: 'nope' },
      { ...good(4), extra: 1 },
      good(5),
    ]);
    expect(res.status).toBe(207);
    expect(res).toMatchApiSpec();
    expect(res.body.results.map((r: { index: number; status: number }) => [r.index, r.status])).toEqual([
      [0, 201],
      [1, 422],
      [2, 201],
      [3, 422],
      [4, 422],
      [5, 201],
    ]);
    expect(res.body.results[1].error).toMatchObject({ code: 'validation_error', field: 'outcome' });
    expect(res.body.results[3].error).toMatchObject({ code: 'unknown_task_type', field: 'task_type' });
    expect(res.body.results[4].error).toMatchObject({ code: 'validation_error', field: 'extra' });
    expect(res.body.results[4].error).not.toHaveProperty('hint');
    expect(res.body.results[0].event).toMatchObject({ hours_saved: 0.066, cost_saved: 2.97 });
    expect(res.body.summary).toEqual({ accepted: 3, replayed: 0, failed: 3 });
    expect(await eventCount()).toBe(before + 3);
  });

  it("gives an item's top-level client the hint to put it in metadata.client", async () => {
    const res = await batch([
      { ...good(0), client: 'acme' },
      { ...good(1), metadata: { client: 'acme' } },
    ]);
    expect(res.status).toBe(207);
    expect(res).toMatchApiSpec();
    expect(res.body.results[0].error).toMatchObject({ code: 'validation_error', field: 'client' });
    expect(res.body.results[0].error.hint).toContain('metadata.client');
    expect(res.body.results[1].status).toBe(201);
  });

  it('replays items whose idempotency_key was seen, and 409s a reused key with another body', async () => {
    const items = [0, 1, 2].map((i) => ({ ...good(i), idempotency_key: `batch-item-${i}` }));
    const first = await batch(items);
    expect(first.body.summary).toEqual({ accepted: 3, replayed: 0, failed: 0 });
    const before = await eventCount();
    const second = await batch([...items, { ...good(9), idempotency_key: 'batch-item-0', agent_duration_seconds: 99 }]);
    expect(second.body.summary).toEqual({ accepted: 0, replayed: 3, failed: 1 });
    expect(second.body.results.slice(0, 3).map((r: { replayed: boolean }) => r.replayed)).toEqual([true, true, true]);
    expect(second.body.results[0].event).toEqual(first.body.results[0].event);
    expect(second.body.results[3]).toMatchObject({ status: 409, error: { code: 'idempotency_key_reused' } });
    expect(await eventCount()).toBe(before);
  });

  it('shares idempotency keys with POST /v1/track', async () => {
    const single = await server.http.post('/v1/track').set(bearer(key)).set('idempotency-key', 'shared-ns').send(good(1));
    const res = await batch([{ ...good(1), idempotency_key: 'shared-ns' }]);
    expect(res.body.results[0]).toMatchObject({ status: 200, replayed: true, event: { event_id: single.body.event_id } });
  });

  it('dedupes a key repeated inside one batch', async () => {
    const res = await batch([
      { ...good(1), idempotency_key: 'twice-in-batch' },
      { ...good(1), idempotency_key: 'twice-in-batch' },
    ]);
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([201, 200]);
  });

  it('takes 1,000 events and refuses 1,001 or none', async () => {
    const thousand = await batch(Array.from({ length: 1000 }, (_, i) => good(i)));
    expect(thousand.status).toBe(207);
    expect(thousand.body.summary.accepted).toBe(1000);
    for (const events of [Array.from({ length: 1001 }, (_, i) => good(i)), []]) {
      const res = await batch(events);
      expect(res.status).toBe(422);
      expect(res.body.error.field).toBe('events');
      expect(res).toMatchApiSpec();
    }
  });

  it('refuses a request whose events are not an array', async () => {
    const res = await server.http
      .post('/v1/track/batch')
      .set(bearer(key))
      .send({ events: { a: 1 } });
    expect(res.status).toBe(422);
    const items = await batch(['string', 42, null]);
    expect(items.status).toBe(207);
    expect(items.body.results.every((r: { status: number }) => r.status === 422)).toBe(true);
  });
});
