// The built server as real processes: a SIGKILL right after events were acknowledged loses none of their webhooks
// (delivered after the restart), and two processes on one PostgreSQL database never send one attempt twice.

import { startReceiver, tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/process-server.js';

const KEY = `hh_live_Hooks001_${'Wh7'.repeat(16)}`;
const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let env: Record<string, string>;
const running: ServerProcess[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
  env = {
    HUMANHOURS_DATABASE_URL: await testDatabaseUrl(tempDir()),
    HUMANHOURS_INIT_API_KEY: KEY,
    HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: 'true',
  };
});
afterAll(async () => {
  for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) await p.stop('SIGKILL');
  await receiver?.close();
});

async function start(): Promise<ServerProcess> {
  const p = await startServerProcess(env);
  running.push(p);
  return p;
}

const track = (p: ServerProcess, i: number) =>
  fetch(`${p.url}/v1/track`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ agent_id: `proc-agent-${i % 5}`, task_type: 'email_classification', outcome: 'success' }),
  }).then(async (r) => {
    expect(r.status).toBe(201);
    return ((await r.json()) as { event_id: string }).event_id;
  });

/** Event ids delivered as event.created, and how often each delivery id arrived. */
function delivered() {
  const events = new Set<string>();
  const perDelivery = new Map<string, number>();
  for (const r of receiver.received) {
    if (r.body.type !== 'event.created') continue;
    events.add(r.body.data.event_id);
    const id = String(r.headers['x-humanhours-delivery']);
    perDelivery.set(id, (perDelivery.get(id) ?? 0) + 1);
  }
  return { events, perDelivery };
}

async function until(check: () => boolean, what: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('webhooks across processes', () => {
  it('SIGKILL right after the 201s loses no webhook: the restarted server delivers them', async () => {
    const first = await start();
    const created = await fetch(`${first.url}/v1/webhooks`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ url: receiver.url, event_types: ['event.created'] }),
    });
    expect(created.status).toBe(201);
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => track(first, i)));
    await first.stop('SIGKILL'); // the delivery worker polls every second: most are still in the outbox
    const before = delivered().events.size;
    const second = await start();
    await until(() => ids.every((id) => delivered().events.has(id)), 'every acknowledged event to be delivered');
    expect(before).toBeLessThan(ids.length);
    await second.stop();
  }, 90_000);

  it.runIf(process.env.HUMANHOURS_TEST_DATABASE === 'postgresql')(
    'two processes on one PostgreSQL database never send the same attempt twice',
    async () => {
      const [a, b] = await Promise.all([start(), start()]);
      receiver.received.length = 0;
      const ids = await Promise.all(Array.from({ length: 200 }, (_, i) => track(i % 2 ? a : b, i)));
      await until(() => ids.every((id) => delivered().events.has(id)), 'every event to be delivered');
      // Give both workers a few more polls to (wrongly) send anything again.
      await new Promise((r) => setTimeout(r, 2_500));
      const { perDelivery } = delivered();
      expect(perDelivery.size).toBe(200);
      expect([...perDelivery.values()].every((n) => n === 1)).toBe(true);
    },
    90_000,
  );
});
