// Digests, usage thresholds and alert rules, with the scheduling clock set by the test (no sleeping), a real
// loopback webhook receiver, a real SMTP server, and a second server instance on the same database.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, startReceiver, startServer, type TestServer, tempDir } from '@humanhours/test-kit';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOCK, type SettableClock } from '../../src/core/clock.js';
import { Scheduler } from '../../src/schedules/scheduler.js';
import { DeliveryWorker } from '../../src/webhooks/delivery-worker.js';

interface Mail {
  to: string[];
  raw: string;
}

let a: TestServer;
let b: TestServer;
let key: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let smtp: SMTPServer;
const mails: Mail[] = [];
const dir = tempDir();

async function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c) => {
        raw += c;
      });
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  return (smtp.server.address() as { port: number }).port;
}

const at = (iso: string) => Date.parse(iso);
const instances = () => (b === a ? [a] : [a, b]);
const clocks = () => instances().map((s) => s.app.get<SettableClock>(CLOCK));
const setTime = (ms: number) => {
  for (const c of clocks()) c.set(ms);
};
/** Both instances tick at once, then deliver what they queued. */
async function tickBoth() {
  await Promise.all(instances().map((s) => s.app.get(Scheduler).tick()));
  await Promise.all(instances().map((s) => s.app.get(DeliveryWorker).runOnce()));
}
const ofType = (type: string) => receiver.received.filter((r) => r.body.type === type);

beforeAll(async () => {
  receiver = await startReceiver();
  const port = await startSmtp();
  const plans = join(dir, 'plans.json');
  writeFileSync(plans, JSON.stringify({ plans: { pro: { included_events: 10 } } }));
  const env = {
    HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: 'true',
    HUMANHOURS_SMTP_URL: `smtp://127.0.0.1:${port}`,
    HUMANHOURS_PLANS_FILE: plans,
    LOG_LEVEL: 'silent',
  };
  a = await startServer(env, { dir });
  key = a.firstKey!;
  // A second instance on the same database: PostgreSQL is the multi-process setup. SQLite serves one process (two
  // instances inside one test process would block each other's event loop on SQLite's busy wait).
  b = process.env.HUMANHOURS_TEST_DATABASE === 'postgresql' ? await startServer(env, { dir }) : a;
  setTime(at('2026-12-07T07:00:00Z'));
  const http = (path: string, body: object, method: 'post' | 'patch' = 'post') => a.http[method](path).set(bearer(key)).send(body);
  expect((await http('/v1/org', { timezone: 'Europe/Berlin', digest_emails: ['ops@example.com'] }, 'patch')).body.digest_emails).toEqual([
    'ops@example.com',
  ]);
  const types = ['weekly.digest', 'monthly.digest', 'usage.threshold', 'alert.triggered', 'alert.resolved'];
  expect((await http('/v1/webhooks', { url: receiver.url, event_types: types })).status).toBe(201);
  // Last week (Mon 2026-11-30 … Sun 12-06, Berlin) and the week before, including the edges of Berlin's days.
  const events = [
    ['2026-11-24T10:00:00Z', 'support-bot', 'success', 0],
    ['2026-11-29T22:59:59Z', 'support-bot', 'success', 0], // Sunday 23:59:59 Berlin: the week before
    ['2026-11-29T23:00:00Z', 'support-bot', 'success', 0], // Monday 00:00 Berlin: last week
    ['2026-12-01T10:00:00Z', 'support-bot', 'failure', 0],
    ['2026-12-01T11:00:00Z', 'costly-bot', 'success', 500],
    ['2026-12-01T12:00:00Z', 'costly-bot', 'success', 500],
  ] as const;
  for (const [occurred_at, agent_id, outcome, agent_cost] of events) {
    const res = await http('/v1/track', { agent_id, task_type: 'email_classification', outcome, occurred_at, agent_cost });
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await a?.close();
  if (b !== a) await b?.close();
  await receiver?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe('weekly digest', () => {
  it('is not sent before Monday 09:00 in the org’s zone', async () => {
    setTime(at('2026-12-07T07:59:59Z')); // 08:59:59 Berlin
    await tickBoth();
    expect(ofType('weekly.digest')).toHaveLength(0);
  });

  it('is sent once (across two server instances on PostgreSQL) at Monday 09:00, with the numbers of the summary report', async () => {
    setTime(at('2026-12-07T08:00:00Z'));
    await tickBoth();
    await tickBoth();
    await receiver.waitFor(1);
    const digests = ofType('weekly.digest');
    expect(digests).toHaveLength(1);
    const data = digests[0].body.data;
    expect(data.range).toEqual({ from: '2026-11-29T23:00:00.000Z', to: '2026-12-06T23:00:00.000Z' });
    const summary = await a.http
      .get('/v1/reports/summary')
      .query({ from: data.range.from, to: data.range.to, tz: 'Europe/Berlin' })
      .set(bearer(key));
    expect(data.totals).toEqual(summary.body.totals);
    expect(data.totals.events).toBe(4);
    expect(data.previous_totals.events).toBe(2);
    expect(data.change.events).toBe(1);
    expect(data.top_agents.map((e: any) => e.key).sort()).toEqual(['costly-bot', 'support-bot']);
    expect(data.top_task_types.map((e: any) => e.key)).toEqual(['email_classification']);
    const rows = await a.db.all("select count(*) as n from webhook_deliveries where event_type = 'weekly.digest'");
    expect(Number(rows[0].n)).toBe(1);
  });

  it('emails the digest recipients once, as HTML and text, through the SMTP server', async () => {
    await tickBoth();
    const weekly = mails.filter((m) => /Weekly HumanHours digest/.test(m.raw));
    expect(weekly).toHaveLength(1);
    expect(weekly[0].to).toEqual(['ops@example.com']);
    expect(weekly[0].raw).toContain('Content-Type: text/plain');
    expect(weekly[0].raw).toContain('Content-Type: text/html');
  });

  it('catches up after downtime: a digest missed on Monday goes out at the next tick', async () => {
    setTime(at('2026-12-16T12:00:00Z')); // Wednesday of the week after next: the latest due is week 12-07
    await tickBoth();
    const weeks = ofType('weekly.digest').map((r) => r.body.data.range.from);
    expect(weeks).toEqual(['2026-11-29T23:00:00.000Z', '2026-12-06T23:00:00.000Z']);
  });
});

describe('usage thresholds', () => {
  const track = () =>
    a.http
      .post('/v1/track')
      .set(bearer(key))
      .send({ agent_id: 'filler', task_type: 'email_classification', outcome: 'success', occurred_at: '2026-11-20T10:00:00Z' });

  it('sends usage.threshold at 80 % and at 100 % of the included events, once each per month', async () => {
    setTime(at('2026-12-16T13:00:00Z'));
    await tickBoth();
    expect(ofType('usage.threshold')).toHaveLength(0); // 6 of 10
    await track();
    await track();
    await tickBoth();
    await tickBoth();
    expect(ofType('usage.threshold').map((r) => r.body.data)).toEqual([
      { month: '2026-12', threshold_percent: 80, events: 8, included_events: 10 },
    ]);
    await track();
    await track();
    await track();
    await tickBoth();
    await tickBoth();
    expect(ofType('usage.threshold').map((r) => r.body.data.threshold_percent)).toEqual([80, 100]);
  });
});

describe('alert rules', () => {
  const api = (method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: object) =>
    a.http[method](path).set(bearer(key)).send(body);
  const rules: Record<string, string> = {};

  it('creates, lists and validates rules', async () => {
    const net = await api('post', '/v1/alerts', { kind: 'net_saved_below' });
    expect(net.status).toBe(201);
    expect(net).toMatchApiSpec();
    expect(net.body).toMatchObject({ kind: 'net_saved_below', threshold: 0, window_days: 7, agent_id: null, breaching: [] });
    rules.net = net.body.id;
    const share = await api('post', '/v1/alerts', { kind: 'failure_share_above', threshold: 20 });
    expect(share.status).toBe(201);
    rules.share = share.body.id;
    const cost = await api('post', '/v1/alerts', { kind: 'cost_per_hour_saved_above', agent_id: 'support-bot', threshold: 1 });
    expect(cost.status).toBe(201);
    rules.cost = cost.body.id;
    const bad = await api('post', '/v1/alerts', { kind: 'failure_share_above', threshold: 150 });
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe('threshold');
    const missing = await api('post', '/v1/alerts', { kind: 'failure_share_above' });
    expect(missing.status).toBe(422);
    const list = await api('get', '/v1/alerts');
    expect(list).toMatchApiSpec();
    expect(list.body.data).toHaveLength(3);
  });

  it('sends alert.triggered once per breach at the hourly evaluation', async () => {
    setTime(at('2026-12-08T10:00:00Z')); // window 12-01 10:00 … 12-08 10:00
    await tickBoth();
    await tickBoth();
    const triggered = ofType('alert.triggered');
    expect(triggered.map((r) => [r.body.data.rule.id, r.body.data.subject]).sort()).toEqual(
      [
        [rules.net, 'costly-bot'],
        [rules.share, '*'],
      ].sort(),
    );
    const share = triggered.find((r) => r.body.data.subject === '*')!.body.data;
    expect(share.value).toBe(33.33);
    expect(share.threshold).toBe(20);
    setTime(at('2026-12-08T11:00:00Z'));
    await tickBoth();
    expect(ofType('alert.triggered')).toHaveLength(2);
    const got = await api('get', `/v1/alerts/${rules.net}`);
    expect(got).toMatchApiSpec();
    expect(got.body.breaching).toEqual(['costly-bot']);
    expect(got.body.last_evaluated_at).toBe('2026-12-08T11:00:00.000Z');
  });

  it('sends alert.resolved when the breach clears', async () => {
    const patched = await api('patch', `/v1/alerts/${rules.net}`, { threshold: -100000 });
    expect(patched.status).toBe(200);
    expect(patched).toMatchApiSpec();
    setTime(at('2026-12-08T12:00:00Z'));
    await tickBoth();
    const resolved = ofType('alert.resolved');
    // The net rule's threshold moved; the failure share cleared as the window slid past the failed event (12-01 10:00).
    expect(resolved.map((r) => [r.body.data.rule.id, r.body.data.subject]).sort()).toEqual(
      [
        [rules.net, 'costly-bot'],
        [rules.share, '*'],
      ].sort(),
    );
    expect((await api('get', `/v1/alerts/${rules.net}`)).body.breaching).toEqual([]);
    const removed = await api('delete', `/v1/alerts/${rules.cost}`);
    expect(removed.status).toBe(200);
    expect((await api('get', `/v1/alerts/${rules.cost}`)).status).toBe(404);
  });
});

describe('monthly digest', () => {
  it('is sent on the 1st at 09:00 for the calendar month', async () => {
    setTime(at('2027-01-01T07:59:00Z'));
    await tickBoth();
    expect(ofType('monthly.digest').filter((r) => r.body.data.range.from.startsWith('2026-11-30'))).toHaveLength(0);
    setTime(at('2027-01-01T08:00:00Z'));
    await tickBoth();
    await tickBoth();
    const december = ofType('monthly.digest').filter((r) => r.body.data.range.from === '2026-11-30T23:00:00.000Z');
    expect(december).toHaveLength(1);
    expect(december[0].body.data.range.to).toBe('2026-12-31T23:00:00.000Z');
    expect(december[0].body.data.totals.events).toBe(3);
  });
});
