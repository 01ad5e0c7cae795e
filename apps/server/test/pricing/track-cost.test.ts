import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

const example = { agent_id: 'support-classifier', task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 };

describe("the seeds' example model on the bundled book", () => {
  it('computes the run cost of anthropic/claude-opus-4.8 from its tokens', async () => {
    const res = await server.http
      .post('/v1/track')
      .set(bearer(key))
      .send({ ...example, model: 'anthropic/claude-opus-4.8', tokens_in: 120_000, tokens_out: 35_000 });
    expect(res.status).toBe(201);
    expect(res).toMatchApiSpec();
    // 120,000 × 5 + 35,000 × 25 USD per million = 1.475 USD; × 0.868282 EUR per USD (the bundled FX table) = 1.28 EUR.
    expect(res.body).toMatchObject({
      model: 'anthropic/claude-opus-4.8',
      currency: 'EUR',
      cost_saved: 2.97,
      resolved_cost_source: 'computed',
      agent_cost: 1.28,
      net_saved: 1.69,
      resolved_pricing: {
        model: 'anthropic/claude-opus-4.8',
        input_usd_per_million_tokens: 5,
        output_usd_per_million_tokens: 25,
        price_book_as_of: '2026-09-23T10:11:04.000Z',
        fx_rate: 0.868282,
      },
    });
  });

  it('lists it in GET /v1/models', async () => {
    const res = await server.http.get('/v1/models?search=anthropic/claude-opus-4.8').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.data.map((m: { id: string }) => m.id)).toEqual([
      'anthropic/claude-opus-4.8',
      'anthropic/claude-opus-4.8-fast',
      'anthropic/claude-opus-4.8:beta',
    ]);
    expect(res.body.data[0]).toMatchObject({ input_usd_per_million_tokens: 5, output_usd_per_million_tokens: 25 });
  });
});
