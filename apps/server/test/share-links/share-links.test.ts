import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
const tokens: string[] = [];

const event = (i: number, agent: string) => ({
  agent_id: agent,
  task_type: i % 2 ? 'email_classification' : 'invoice_processing',
  outcome: 'success',
  agent_duration_seconds: 5,
});

async function createLink(body: Record<string, unknown>, as = key) {
  const res = await server.http.post('/v1/share-links').set(bearer(as)).send(body);
  if (res.status === 201) tokens.push(res.body.token);
  return res;
}
const open = (token: string | undefined, path = '/v1/shared/overview') => {
  const req = server.http.get(path);
  return token === undefined ? req : req.set('x-share-token', token);
};

beforeAll(async () => {
  server = await startServer({});
  key = server.firstKey!;
  await server.http
    .post('/v1/track/batch')
    .set(bearer(key))
    .send({
      events: [
        ...Array.from({ length: 6 }, (_, i) => event(i, 'shown-bot')),
        ...Array.from({ length: 4 }, (_, i) => event(i, 'hidden-bot')),
      ],
    });
});
afterAll(async () => server.close());

describe('share links', () => {
  it('creates a link whose token is shown once and stored only as a hash', async () => {
    const res = await createLink({ view: 'overview', period: '7d', name: 'For the CFO' });
    expect(res.status).toBe(201);
    expect(res).toMatchApiSpec();
    expect(res.body.token).toMatch(/^hhs_[A-Za-z0-9_-]{43}$/);
    expect(res.body.url).toBe(`/share#${res.body.token}`);
    const list = await server.http.get('/v1/share-links').set(bearer(key));
    expect(list).toMatchApiSpec();
    expect(JSON.stringify(list.body)).not.toContain(res.body.token);
    const stored = await server.db.all('select * from share_links');
    expect(JSON.stringify(stored)).not.toContain(res.body.token);
  });

  it('answers exactly the link’s view, period and filters, with noindex and no-referrer', async () => {
    const link = await createLink({ view: 'overview', period: '7d', filters: { agent_id: 'shown-bot' } });
    const res = await open(link.body.token);
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    const own = await server.http.get('/v1/reports/summary?period=7d&agent_id=shown-bot').set(bearer(key));
    expect(res.body.summary).toEqual(own.body);
    expect(res.body.summary.totals.events).toBe(6);
    expect(JSON.stringify(res.body)).not.toContain('hidden-bot');
    // Query parameters cannot widen it.
    const widened = await open(link.body.token, '/v1/shared/overview?agent_id=hidden-bot&period=all');
    expect(widened.status === 422 || JSON.stringify(widened.body.summary) === JSON.stringify(res.body.summary)).toBe(true);
    const csv = await open(link.body.token, '/v1/shared/export');
    expect(csv.status).toBe(200);
    expect(csv).toMatchApiSpec();
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="humanhours-time-saved-/);
    expect(csv.text.split('\n')[0]).toMatch(/^day,events,/);
    expect(csv.text).not.toContain('hidden-bot');
  });

  it('compares with the range just before, filters kept, and names the agents and task types', async () => {
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const earlier = [0, 1, 2].map((i) => ({ ...event(i, 'shown-bot'), occurred_at: tenDaysAgo }));
    await server.http
      .post('/v1/track/batch')
      .set(bearer(key))
      .send({ events: [...earlier, { ...event(0, 'hidden-bot'), occurred_at: tenDaysAgo }] });
    await server.http.patch('/v1/agents/shown-bot').set(bearer(key)).send({ display_name: 'Shown Bot' });
    const link = await createLink({ view: 'overview', period: '7d', filters: { agent_id: 'shown-bot' } });
    const res = await open(link.body.token);
    expect(res).toMatchApiSpec();
    const { from, to } = res.body.summary.meta.range;
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    const before = new Date(Date.parse(from) - days * 86_400_000).toISOString();
    const own = await server.http.get(`/v1/reports/summary?from=${before}&to=${from}&agent_id=shown-bot`).set(bearer(key));
    expect(res.body.previous_totals).toEqual(own.body.totals);
    expect(res.body.previous_totals.events).toBe(3);
    expect(res.body.display_names).toEqual({
      agents: { 'shown-bot': 'Shown Bot' },
      task_types: { email_classification: 'Email classification', invoice_processing: 'Invoice processing (AP data entry and coding)' },
    });
    // All time has nothing before it.
    const all = await open((await createLink({ view: 'overview', period: 'all' })).body.token);
    expect(all).toMatchApiSpec();
    expect(all.body.previous_totals).toBeNull();
  });

  it('counts accesses without storing who', async () => {
    const link = await createLink({ view: 'overview' });
    for (let i = 0; i < 3; i++) await open(link.body.token);
    const listed = (await server.http.get('/v1/share-links').set(bearer(key))).body.data.find((l: { id: string }) => l.id === link.body.id);
    expect(listed.access_count).toBe(3);
    expect(listed.last_opened_at).not.toBeNull();
    const columns = Object.keys((await server.db.get('select * from share_links limit 1'))!);
    expect(columns.some((c) => /ip|addr|agent/i.test(c))).toBe(false);
  });

  it('a revoked link answers 404 on its very next request', async () => {
    const link = await createLink({ view: 'overview' });
    expect((await open(link.body.token)).status).toBe(200);
    const revoked = await server.http.delete(`/v1/share-links/${link.body.id}`).set(bearer(key));
    expect(revoked.status).toBe(200);
    expect(revoked).toMatchApiSpec();
    expect(revoked.body.revoked_at).not.toBeNull();
    for (const path of ['/v1/shared/overview', '/v1/shared/export']) {
      const res = await open(link.body.token, path);
      expect(res.status).toBe(404);
      expect(res).toMatchApiSpec();
    }
  });

  it('an expired link answers 404 at once; a past expiry is refused', async () => {
    const link = await createLink({ view: 'overview', expires_at: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await open(link.body.token)).status).toBe(200);
    await server.db.run('update share_links set expires_at = ? where id = ?', [Date.now() - 1, link.body.id]);
    expect((await open(link.body.token)).status).toBe(404);
    const past = await server.http
      .post('/v1/share-links')
      .set(bearer(key))
      .send({ view: 'overview', expires_at: new Date(Date.now() - 1000).toISOString() });
    expect(past.status).toBe(422);
    expect(past.body.error.field).toBe('expires_at');
  });

  it('grants nothing but its view: no token, a wrong one, an API key, or the token as a key all fail', async () => {
    expect((await open(undefined)).status).toBe(404);
    expect((await open('hhs_not-a-real-token')).status).toBe(404);
    expect((await server.http.get('/v1/shared/overview').set(bearer(key))).status).toBe(404);
    const token = tokens[0];
    for (const path of ['/v1/org', '/v1/reports/summary', '/v1/api-keys', '/v1/share-links']) {
      const res = await server.http.get(path).set(bearer(token)).set('x-share-token', token);
      expect(res.status, path).toBe(401);
    }
    const other = (
      await server.http
        .post('/v1/api-keys')
        .set(bearer(key))
        .send({ name: 'reports only', scopes: ['read:reports'] })
    ).body.secret;
    const denied = await server.http.post('/v1/share-links').set(bearer(other)).send({ view: 'overview' });
    expect(denied.status).toBe(403);
  });

  it('never writes a token to the logs', async () => {
    expect(tokens.length).toBeGreaterThan(3);
    const logs = server.rawLogs.join('\n');
    expect(logs).toContain('/v1/shared/overview');
    for (const token of tokens) expect(logs).not.toContain(token);
  });
});
