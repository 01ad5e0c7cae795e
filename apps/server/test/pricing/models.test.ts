import { describe, expect, it } from 'vitest';
import snapshot from '../../src/pricing/price-book.snapshot.json' with { type: 'json' };
import { bearer, type TestServer, useServer } from '../helpers/server.js';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

describe('GET /v1/models', () => {
  it('lists the bundled book by id, per million tokens', async () => {
    const res = await server.http.get('/v1/models?limit=1000').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.source).toBe('bundled');
    expect(res.body.as_of).toBe('2026-04-18T03:12:33.000Z');
    const ids = res.body.data.map((m: { id: string }) => m.id);
    expect(ids).toEqual(snapshot.data.map((m) => m.id).sort());
    expect(res.body.data.find((m: { id: string }) => m.id === 'openai/gpt-4o')).toEqual({
      id: 'openai/gpt-4o',
      name: 'OpenAI: GPT-4o',
      input_usd_per_million_tokens: 2.5,
      output_usd_per_million_tokens: 10,
      context_length: 128000,
    });
    expect(res.body.data.find((m: { id: string }) => m.id === 'anthropic/claude-3-haiku')).toMatchObject({
      input_usd_per_million_tokens: 0.25,
      output_usd_per_million_tokens: 1.25,
    });
  });

  it('defaults to 100 and honours limit', async () => {
    const all = await server.http.get('/v1/models').set(bearer(key));
    expect(all.status).toBe(200);
    expect(all.body.data).toHaveLength(snapshot.data.length);
    const res = await server.http.get('/v1/models?limit=5').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.data.map((m: { id: string }) => m.id)).toEqual(all.body.data.slice(0, 5).map((m: { id: string }) => m.id));
  });

  it('filters with a case-insensitive substring of id or name', async () => {
    const byId = await server.http.get('/v1/models?search=GPT-4O').set(bearer(key));
    expect(byId.status).toBe(200);
    expect(byId).toMatchApiSpec();
    expect(byId.body.data.map((m: { id: string }) => m.id)).toEqual(['openai/gpt-4o', 'openai/gpt-4o-mini']);
    const byName = await server.http.get(`/v1/models?search=${encodeURIComponent('Anthropic: Claude Opus')}&limit=2`).set(bearer(key));
    expect(byName.body.data.map((m: { id: string }) => m.id)).toEqual(['anthropic/claude-opus-4.1', 'anthropic/claude-opus-4.5']);
    const none = await server.http.get('/v1/models?search=no-such-model').set(bearer(key));
    expect(none.status).toBe(200);
    expect(none).toMatchApiSpec();
    expect(none.body.data).toEqual([]);
  });

  it('validates the query and needs a key', async () => {
    for (const q of ['limit=0', 'limit=1001', 'limit=abc', 'search=']) {
      const res = await server.http.get(`/v1/models?${q}`).set(bearer(key));
      expect(res.status).toBe(422);
      expect(res).toMatchApiSpec();
    }
    const anon = await server.http.get('/v1/models');
    expect(anon.status).toBe(401);
    expect(anon).toMatchApiSpec();
  });
});
