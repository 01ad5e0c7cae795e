import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
beforeAll(async () => {
  // Enterprise: the fuzzers send more than a pro key's 200 requests a second.
  server = await startServer({ HUMANHOURS_INIT_PLAN: 'enterprise' });
  key = server.firstKey!;
});
afterAll(async () => server.close());

const valid = { agent_id: 'fuzz', task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 };
const fields = [
  ...Object.keys(valid),
  'agent_cost',
  'model',
  'tokens_in',
  'tokens_out',
  'human_baseline_minutes',
  'metadata',
  'audit_sample',
  'occurred_at',
];

/** A valid body with one field replaced by anything, or extra junk, or nothing valid at all. */
const hostileBody = fc.oneof(
  fc
    .record({ field: fc.constantFrom(...fields), value: fc.jsonValue({ maxDepth: 6 }) })
    .map(({ field, value }) => ({ ...valid, [field]: value })),
  fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 3 })).map((junk) => ({ ...valid, ...junk })),
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ n: fc.oneof(fc.double(), fc.integer(), fc.constant(Number.MAX_VALUE), fc.constant(-0)) }).map(({ n }) => ({
    ...valid,
    agent_duration_seconds: n,
    human_baseline_minutes: n,
  })),
);

async function expectSpecCompliant(res: any) {
  expect(res.status, res.text).toBeLessThan(500);
  expect(res).toMatchApiSpec();
}

describe('hostile input never yields a 500, and every answer matches the spec', () => {
  it('POST /v1/track with generated bodies and idempotency keys', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.option(fc.string({ minLength: 0, maxLength: 300 })), async (body, idem) => {
        const req = server.http.post('/v1/track').set(bearer(key)).set('content-type', 'application/json');
        if (idem !== null && !/[\r\n]/.test(idem)) req.set('idempotency-key', idem);
        await expectSpecCompliant(await req.send(JSON.stringify(body)));
      }),
      { numRuns: 300 },
    );
  });

  it('POST /v1/track/batch with generated items', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(hostileBody, fc.constant(valid)), { maxLength: 20 }), async (events) => {
        await expectSpecCompliant(await server.http.post('/v1/track/batch').set(bearer(key)).send({ events }));
      }),
      { numRuns: 150 },
    );
  });

  it('raw bytes that are not JSON, under any content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('application/json', 'text/plain', 'application/xml', 'application/json; charset=latin1'),
        async (text, type) => {
          const res = await server.http.post('/v1/track').set(bearer(key)).set('content-type', type).send(text);
          expect(res.status).toBeLessThan(500);
          expect(res.body.error ?? res.body.event_id).toBeDefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
