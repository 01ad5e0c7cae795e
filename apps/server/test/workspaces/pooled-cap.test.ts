import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, startServer, type TestServer, tempDir } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createPool, event, type Pool } from './pool-helpers.js';

// A hard-capped agency plan with a small pool, so concurrent tracks from five workspaces race for its last events.
const CAP = 40;
let server: TestServer;
let pool: Pool;

beforeAll(async () => {
  const plans = join(tempDir(), 'plans.json');
  writeFileSync(plans, JSON.stringify({ plans: { agency: { included_events: CAP, hard_cap: true } } }));
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN, HUMANHOURS_PLANS_FILE: plans });
  pool = await createPool(server, ['EUR', 'USD', 'EUR', 'GBP']);
});
afterAll(async () => server.close());

describe('the pooled hard cap', () => {
  it('five workspaces tracking at once never exceed it together', async () => {
    const members = [pool.parent, ...pool.children];
    // 5 × 16 = 80 requests for 40 places, all in flight together, singles and batches mixed.
    const responses = await Promise.all(
      members.flatMap((m, w) =>
        Array.from({ length: 16 }, (_, i) =>
          i % 4 === 0
            ? server.http
                .post('/v1/track/batch')
                .set(bearer(m.key))
                .send({ events: [event(i), event(i + 1)] })
            : server.http
                .post('/v1/track')
                .set(bearer(m.key))
                .send(event(i + w)),
        ),
      ),
    );
    let accepted = 0;
    for (const res of responses) {
      if (res.status === 201) accepted += 1;
      else if (res.status === 429) expect(res.body.error.code).toBe('quota_exceeded');
      else if (res.status === 207 || res.status === 200) {
        for (const r of res.body.results) {
          if (r.status === 201) accepted += 1;
          else expect(r.error.code).toBe('quota_exceeded');
        }
      } else throw new Error(`unexpected ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(accepted).toBe(CAP);
    const stored = await server.db.get<{ n: number }>(
      `select count(*) as n from events where org_id in (${members.map(() => '?').join(', ')})`,
      members.map((m) => m.id),
    );
    expect(Number(stored!.n)).toBe(CAP);

    const usage = await server.http.get('/v1/reports/usage').set(bearer(pool.parent.key));
    expect(usage).toMatchApiSpec();
    expect(usage.body).toMatchObject({ events_this_month: CAP, hard_cap: true, events_included_in_plan: CAP });
    const shares = usage.body.pool.workspaces.reduce((s: number, w: { events_this_month: number }) => s + w.events_this_month, 0);
    expect(shares).toBe(CAP);
    // Every child is refused now, whatever it tracked itself.
    for (const child of pool.children) {
      const res = await server.http.post('/v1/track').set(bearer(child.key)).send(event(0));
      expect(res.status).toBe(429);
      expect(res).toMatchApiSpec();
    }
  });
});
