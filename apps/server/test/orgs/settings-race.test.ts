// "No currency change once events exist" holds against concurrent tracking: either the change is refused, or no
// event is stored in the old currency (the reports would read EUR cents as yen).

import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ADMIN = 'settings-race-operator-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
});
afterAll(async () => server.close());

async function freshOrg(): Promise<{ id: string; key: string }> {
  const res = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'race', plan: 'enterprise', currency: 'EUR' });
  expect(res.status).toBe(201);
  return { id: res.body.org.id, key: res.body.api_key.secret };
}

const event = (i: number) => ({ agent_id: `bot-${i % 2}`, task_type: 'email_classification', outcome: 'success', agent_cost: 0.5 });

describe('PATCH /v1/org currency racing POST /v1/track', () => {
  it('never leaves an event in the old currency (40 rounds; 409 settings_conflict or no EUR event)', { timeout: 120_000 }, async () => {
    const outcomes = { refused: 0, changed: 0 };
    for (let round = 0; round < 40; round++) {
      const org = await freshOrg();
      const tracks = Array.from({ length: 3 }, (_, i) =>
        i === 2 && round % 2
          ? server.http
              .post('/v1/track/batch')
              .set(bearer(org.key))
              .send({ events: [event(i), event(i + 1)] })
          : server.http.post('/v1/track').set(bearer(org.key)).send(event(i)),
      );
      const patch = new Promise((resolve) => setTimeout(resolve, round % 4)).then(() =>
        server.http.patch('/v1/org').set(bearer(org.key)).send({ currency: 'JPY' }),
      );
      const [changed, ...tracked] = await Promise.all([patch, ...tracks]);
      for (const res of tracked) expect([201, 207], res.text).toContain(res.status);

      const stored = await server.db.all<{ currency: string }>('select currency from events where org_id = ?', [org.id]);
      const now = (await server.http.get('/v1/org').set(bearer(org.key))).body.currency;
      if (changed.status === 200) {
        outcomes.changed++;
        expect(now).toBe('JPY');
      } else {
        outcomes.refused++;
        expect(changed.status, changed.text).toBe(409);
        expect(changed.body.error).toMatchObject({ code: 'settings_conflict', field: 'currency' });
        expect(changed).toMatchApiSpec();
        expect(now).toBe('EUR');
      }
      expect(
        stored.map((e) => e.currency),
        `round ${round}`,
      ).toEqual(stored.map(() => now));
      // Every tracked event answers in the currency it was stored in.
      for (const res of tracked) {
        const bodies = res.status === 207 ? res.body.results.map((r: any) => r.event) : [res.body];
        for (const body of bodies) expect(body.currency, `round ${round}`).toBe(now);
      }
    }
    // Both sides of the race were seen (a change before any event, a refusal after one).
    expect(outcomes.refused + outcomes.changed).toBe(40);
  });

  it('refuses the change once an event exists, with 409 settings_conflict', async () => {
    const org = await freshOrg();
    expect((await server.http.post('/v1/track').set(bearer(org.key)).send(event(0))).status).toBe(201);
    const res = await server.http.patch('/v1/org').set(bearer(org.key)).send({ currency: 'USD' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'settings_conflict', field: 'currency' });
    expect(res).toMatchApiSpec();
    // Other settings still change, the same currency is no change.
    const other = await server.http.patch('/v1/org').set(bearer(org.key)).send({ currency: 'EUR', timezone: 'Asia/Tokyo' });
    expect(other.status).toBe(200);
  });

  it('keeps the amounts of the default rate and the agents’ overrides, and clears the FX override, with the currency', async () => {
    const org = await freshOrg();
    await server.http.patch('/v1/org').set(bearer(org.key)).send({ default_hourly_rate: 45.5, usd_fx_rate_override: 0.9 });
    await server.http.patch('/v1/agents/bot-0').set(bearer(org.key)).send({ hourly_rate_override: 38.25 });
    const res = await server.http.patch('/v1/org').set(bearer(org.key)).send({ currency: 'JPY' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ currency: 'JPY', default_hourly_rate: 46, usd_fx_rate_override: null });
    const agents = await server.http.get('/v1/agents').set(bearer(org.key));
    expect(agents.body.data[0]).toMatchObject({ agent_id: 'bot-0', hourly_rate_override: 38, currency: 'JPY' });
    const tracked = await server.http
      .post('/v1/track')
      .set(bearer(org.key))
      .send({ ...event(0), agent_cost: undefined });
    expect(tracked.body).toMatchObject({ currency: 'JPY', resolved_hourly_rate: 38 });
  });
});
