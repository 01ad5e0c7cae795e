import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

describe('/v1/agents', () => {
  it('lets an admin set a rate before the agent is first seen', async () => {
    const res = await server.http
      .patch('/v1/agents/support-bot')
      .set(bearer(key))
      .send({ hourly_rate_override: 60, display_name: 'Support bot' });
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({
      agent_id: 'support-bot',
      display_name: 'Support bot',
      hourly_rate_override: 60,
      effective_hourly_rate: 60,
      currency: 'EUR',
      events: 0,
      first_seen_at: null,
    });
  });

  it('falls back to the org rate when the override is cleared', async () => {
    const res = await server.http.patch('/v1/agents/support-bot').set(bearer(key)).send({ hourly_rate_override: null });
    expect(res.body).toMatchObject({ hourly_rate_override: null, effective_hourly_rate: 45, display_name: 'Support bot' });
  });

  it('lists agents for a key of any scope (the n8n credential check uses a track:write key on /api/v1/agents)', async () => {
    for (const scope of ['track:write', 'read:reports', 'admin']) {
      const created = await server.http
        .post('/v1/api-keys')
        .set(bearer(key))
        .send({ name: scope, scopes: [scope] });
      expect(created.status).toBe(201);
      const res = await server.http.get('/api/v1/agents').set(bearer(created.body.secret));
      expect(res.status, scope).toBe(200);
      expect(res).toMatchApiSpec();
    }
  });

  it('lists agents with paging and search', async () => {
    for (const id of ['alpha', 'beta', 'gamma'])
      await server.http.patch(`/v1/agents/${id}`).set(bearer(key)).send({ display_name: id.toUpperCase() });
    const first = await server.http.get('/v1/agents?limit=2').set(bearer(key));
    expect(first).toMatchApiSpec();
    expect(first.body.data.map((a: { agent_id: string }) => a.agent_id)).toEqual(['alpha', 'beta']);
    const second = await server.http.get(`/v1/agents?limit=2&cursor=${first.body.next_cursor}`).set(bearer(key));
    expect(second.body.data.map((a: { agent_id: string }) => a.agent_id)).toEqual(['gamma', 'support-bot']);
    expect(second.body.next_cursor).toBeNull();
    const found = await server.http.get('/v1/agents?search=amm').set(bearer(key));
    expect(found.body.data.map((a: { agent_id: string }) => a.agent_id)).toEqual(['gamma']);
  });

  it('rejects an empty patch and a negative rate', async () => {
    expect((await server.http.patch('/v1/agents/x').set(bearer(key)).send({})).status).toBe(422);
    const neg = await server.http.patch('/v1/agents/x').set(bearer(key)).send({ hourly_rate_override: -5 });
    expect(neg.body.error.field).toBe('hourly_rate_override');
  });
});
