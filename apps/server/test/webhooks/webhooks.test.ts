import { bearer, startReceiver, startServer, type TestServer, verifySignature } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOCK, type SettableClock } from '../../src/core/clock.js';
import { DeliveryWorker, RETRY_DELAYS_MS } from '../../src/webhooks/delivery-worker.js';

let server: TestServer;
let key: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let clock: SettableClock;
let worker: DeliveryWorker;
const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'silent' });
  key = server.firstKey!;
  receiver = await startReceiver();
  clock = server.app.get(CLOCK);
  clock.set(T0);
  worker = server.app.get(DeliveryWorker);
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

const api = () => ({
  post: (path: string, body?: object) => server.http.post(path).set(bearer(key)).send(body),
  get: (path: string) => server.http.get(path).set(bearer(key)),
  patch: (path: string, body: object) => server.http.patch(path).set(bearer(key)).send(body),
  del: (path: string) => server.http.delete(path).set(bearer(key)),
});

const track = (agent = 'hook-agent') =>
  api().post('/v1/track', {
    agent_id: agent,
    task_type: 'email_classification',
    outcome: 'success',
    occurred_at: new Date(T0 - 60_000).toISOString(),
  });

describe('webhook endpoints', () => {
  let id: string;
  let secret: string;

  it('creates an endpoint and shows its secret once', async () => {
    const res = await api().post('/v1/webhooks', {
      url: receiver.url,
      event_types: ['event.created', 'agent.first_event'],
      description: 'test',
    });
    expect(res.status).toBe(201);
    expect(res).toMatchApiSpec();
    expect(res.body.secret).toMatch(/^whsec_/);
    ({ id, secret } = res.body);
    const got = await api().get(`/v1/webhooks/${id}`);
    expect(got.status).toBe(200);
    expect(got).toMatchApiSpec();
    expect(got.body.secret).toBeUndefined();
    expect(got.body).toMatchObject({ status: 'active', enabled: true, consecutive_failures: 0 });
    const list = await api().get('/v1/webhooks');
    expect(list).toMatchApiSpec();
    expect(list.body.data.map((w: any) => w.id)).toEqual([id]);
  });

  it('never stores or logs the secret in plain text', async () => {
    const row = await server.db.get('select secret_sealed from webhook_endpoints where id = ?', [id]);
    expect(row!.secret_sealed).not.toContain(secret.slice(6));
    expect(server.rawLogs.join('\n')).not.toContain(secret);
  });

  it('delivers event.created (the 201 body) and agent.first_event, signed as documented', async () => {
    const tracked = await track();
    expect(tracked.status).toBe(201);
    await track(); // the same agent again: no second first_event
    await worker.runOnce();
    const got = await receiver.waitFor(3);
    const types = got.map((r) => r.headers['x-humanhours-event']).sort();
    expect(types).toEqual(['agent.first_event', 'event.created', 'event.created']);
    const created = got.find((r) => r.body.data.event_id === tracked.body.event_id && r.body.type === 'event.created')!;
    expect(created.body.data).toEqual(tracked.body);
    const first = got.find((r) => r.body.type === 'agent.first_event')!;
    expect(first.body.data).toMatchObject({ agent_id: 'hook-agent', event_id: tracked.body.event_id });
    for (const r of got) {
      expect(r.headers['x-humanhours-delivery']).toMatch(/^dlv_/);
      expect(verifySignature(r.raw, String(r.headers['x-humanhours-signature']), secret, Math.floor(T0 / 1000))).toBe(true);
      expect(verifySignature(r.raw, String(r.headers['x-humanhours-signature']), 'whsec_wrong', Math.floor(T0 / 1000))).toBe(false);
      // Outside the 5-minute replay window the same signature is refused.
      expect(verifySignature(r.raw, String(r.headers['x-humanhours-signature']), secret, Math.floor(T0 / 1000) + 301)).toBe(false);
    }
    const deliveries = await api().get(`/v1/webhooks/${id}/deliveries`);
    expect(deliveries).toMatchApiSpec();
    expect(deliveries.body.data).toHaveLength(3);
    expect(deliveries.body.data.every((d: any) => d.status === 'succeeded' && d.attempts === 1 && d.last_status_code === 200)).toBe(true);
  });

  it('sends agent.first_event once for a batch introducing an agent, in the batch’s transaction', async () => {
    receiver.received.length = 0;
    const event = { agent_id: 'batch-agent', task_type: 'email_classification', outcome: 'success' };
    const res = await api().post('/v1/track/batch', { events: [event, event, event] });
    expect(res.status).toBe(207);
    await worker.runOnce();
    await receiver.waitFor(4);
    const first = receiver.received.filter((r) => r.body.type === 'agent.first_event');
    expect(first).toHaveLength(1);
    expect(first[0].body.data.event_id).toBe(res.body.results[0].event.event_id);
    expect(receiver.received.filter((r) => r.body.type === 'event.created')).toHaveLength(3);
  });

  it('sends a ping on demand', async () => {
    await worker.runOnce();
    receiver.received.length = 0;
    const res = await api().post(`/v1/webhooks/${id}/test`);
    expect(res.status).toBe(202);
    expect(res).toMatchApiSpec();
    await worker.runOnce();
    const [ping] = await receiver.waitFor(1);
    expect(ping.body).toMatchObject({ type: 'ping', data: { webhook_id: id } });
  });

  it('rotates the secret: both sign during the grace period, then only the new one', async () => {
    receiver.received.length = 0;
    const res = await api().patch(`/v1/webhooks/${id}`, { rotate_secret: true, rotation_grace_seconds: 3600 });
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    const fresh = res.body.secret as string;
    expect(fresh).not.toBe(secret);
    await api().post(`/v1/webhooks/${id}/test`);
    await worker.runOnce();
    const [during] = await receiver.waitFor(1);
    const header = String(during.headers['x-humanhours-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifySignature(during.raw, header, secret, Math.floor(T0 / 1000))).toBe(true);
    expect(verifySignature(during.raw, header, fresh, Math.floor(T0 / 1000))).toBe(true);
    clock.advance(3601_000);
    receiver.received.length = 0;
    await api().post(`/v1/webhooks/${id}/test`);
    await worker.runOnce();
    const [after] = await receiver.waitFor(1);
    const now = Math.floor(clock.now() / 1000);
    expect(verifySignature(after.raw, String(after.headers['x-humanhours-signature']), secret, now)).toBe(false);
    expect(verifySignature(after.raw, String(after.headers['x-humanhours-signature']), fresh, now)).toBe(true);
    clock.set(T0);
  });

  it('sends an attempt again, with the same delivery id, when the process that claimed it died mid-send', async () => {
    receiver.received.length = 0;
    const ping = (await api().post(`/v1/webhooks/${id}/test`)).body;
    // What a claim writes, by a process that then died before recording the outcome: a lease of 60 s.
    await server.db.run('update webhook_deliveries set lease_until = ?, attempts = 1 where id = ?', [clock.now() + 60_000, ping.id]);
    await worker.runOnce();
    expect(receiver.received).toHaveLength(0);
    clock.advance(60_001);
    await worker.runOnce();
    await receiver.waitFor(1);
    expect(receiver.received[0].headers['x-humanhours-delivery']).toBe(ping.id);
    const after = (await api().get(`/v1/webhooks/${id}/deliveries`)).body.data.find((d: any) => d.id === ping.id);
    expect(after).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('retries on the schedule, then gives up; redelivery sends the same delivery id again', async () => {
    receiver.received.length = 0;
    receiver.answer(() => 500);
    const ping = (await api().post(`/v1/webhooks/${id}/test`)).body;
    // Attempt 1 now; after each failure the next one 0 s, 30 s, 2 min, 10 min and 1 h later — not a millisecond early.
    await worker.runOnce();
    expect(receiver.received).toHaveLength(1);
    for (const [i, wait] of RETRY_DELAYS_MS.entries()) {
      if (wait > 0) {
        clock.advance(wait - 1);
        await worker.runOnce();
        expect(receiver.received).toHaveLength(i + 1);
        clock.advance(1);
      }
      await worker.runOnce();
      expect(receiver.received).toHaveLength(i + 2);
    }
    clock.advance(24 * 3_600_000);
    await worker.runOnce();
    expect(receiver.received).toHaveLength(6);
    const failed = (await api().get(`/v1/webhooks/${id}/deliveries`)).body.data.find((d: any) => d.id === ping.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 6, last_status_code: 500, next_attempt_at: null });
    expect(failed.response_excerpt.length).toBeLessThanOrEqual(512);
    expect(new Set(receiver.received.map((r) => r.headers['x-humanhours-delivery']))).toEqual(new Set([ping.id]));

    receiver.answer(() => 200);
    const again = await api().post(`/v1/webhooks/${id}/deliveries/${ping.id}/redeliver`);
    expect(again.status).toBe(202);
    expect(again).toMatchApiSpec();
    await worker.runOnce();
    await receiver.waitFor(7);
    expect(receiver.received[6].headers['x-humanhours-delivery']).toBe(ping.id);
    const done = (await api().get(`/v1/webhooks/${id}/deliveries`)).body.data.find((d: any) => d.id === ping.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1 });
  });

  it('marks an endpoint failing after 5 consecutive failures and disables it after 20', async () => {
    receiver.answer(() => 503);
    const start = receiver.received.length;
    const seen = new Set<string>();
    for (let round = 0; round < 40; round++) {
      await api().post(`/v1/webhooks/${id}/test`);
      await worker.runOnce();
      const failed = receiver.received.length - start;
      const body = (await api().get(`/v1/webhooks/${id}`)).body;
      expect(body.consecutive_failures).toBe(failed);
      expect(body.status).toBe(failed >= 20 ? 'disabled' : failed >= 5 ? 'failing' : 'active');
      seen.add(body.status);
      if (failed >= 20) break;
    }
    expect([...seen]).toEqual(['active', 'failing', 'disabled']);
    const disabled = (await api().get(`/v1/webhooks/${id}`)).body;
    expect(disabled).toMatchObject({ status: 'disabled', enabled: false });
    expect(disabled.disabled_at).not.toBeNull();
    // A disabled endpoint gets nothing, not even new outbox rows.
    const count = receiver.received.length;
    await track();
    await worker.runOnce();
    expect(receiver.received.length).toBe(count);
    receiver.answer(() => 200);
    const enabled = await api().patch(`/v1/webhooks/${id}`, { enabled: true });
    expect(enabled.body).toMatchObject({ status: 'active', enabled: true, consecutive_failures: 0, disabled_at: null });
  });

  it('deletes an endpoint with its deliveries', async () => {
    const res = await api().del(`/v1/webhooks/${id}`);
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect((await api().get(`/v1/webhooks/${id}`)).status).toBe(404);
    expect((await server.db.get('select count(*) as n from webhook_deliveries where webhook_id = ?', [id]))!.n).toEqual(expect.anything());
    expect(Number((await server.db.get('select count(*) as n from webhook_deliveries where webhook_id = ?', [id]))!.n)).toBe(0);
  });
});
