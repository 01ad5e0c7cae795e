import { bearer, startWithTwoOrgs, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: TestServer;
let keyA: string;
let keyB: string;

beforeAll(async () => {
  ({ server, keyA, keyB } = await startWithTwoOrgs());
});
afterAll(async () => server.close());

describe('tenant isolation', () => {
  it('org B never sees org A’s keys and cannot revoke them', async () => {
    const aKeys = (await server.http.get('/v1/api-keys').set(bearer(keyA))).body.data.map((k: { id: string }) => k.id);
    const bKeys = (await server.http.get('/v1/api-keys').set(bearer(keyB))).body.data.map((k: { id: string }) => k.id);
    expect(aKeys.filter((id: string) => bKeys.includes(id))).toEqual([]);
    const res = await server.http.delete(`/v1/api-keys/${aKeys[0]}`).set(bearer(keyB));
    expect(res.status).toBe(404);
    expect((await server.http.get('/v1/org').set(bearer(keyA))).status).toBe(200);
  });

  it('org B never sees org A’s agents, even with the same agent id', async () => {
    await server.http.patch('/v1/agents/shared-name').set(bearer(keyA)).send({ hourly_rate_override: 99 });
    const b = await server.http.get('/v1/agents').set(bearer(keyB));
    expect(b.body.data).toEqual([]);
    const bPatch = await server.http.patch('/v1/agents/shared-name').set(bearer(keyB)).send({ display_name: 'B' });
    expect(bPatch.body.hourly_rate_override).toBeNull();
    const a = await server.http.get('/v1/agents').set(bearer(keyA));
    expect(a.body.data[0]).toMatchObject({ agent_id: 'shared-name', hourly_rate_override: 99, display_name: null });
  });

  it('org settings are per org', async () => {
    await server.http.patch('/v1/org').set(bearer(keyB)).send({ timezone: 'Asia/Tokyo' });
    expect((await server.http.get('/v1/org').set(bearer(keyA))).body.timezone).toBe('UTC');
  });
});
