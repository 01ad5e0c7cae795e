import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';
import snapshot from '../../src/pricing/price-book.snapshot.json' with { type: 'json' };

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
    expect(res.body.as_of).toBe('2026-09-23T10:11:04.000Z');
    const ids = res.body.data.map((m: { id: string }) => m.id);
    expect(ids).toEqual(snapshot.data.map((m) => m.id).sort());
    expect(res.body.data.find((m: { id: string }) => m.id === 'anthropic/claude-opus-4.8')).toEqual({
      id: 'anthropic/claude-opus-4.8',
      name: 'anthropic/claude-opus-4.8', // the package names only some models; the id stands in
      input_usd_per_million_tokens: 5,
      output_usd_per_million_tokens: 25,
      context_length: 1_000_000,
    });
    expect(res.body.data.find((m: { id: string }) => m.id === 'openai/gpt-4o-mini')).toEqual({
      id: 'openai/gpt-4o-mini',
      name: 'GPT-4o-mini',
      input_usd_per_million_tokens: 0.15,
      output_usd_per_million_tokens: 0.6,
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
    expect(all.body.data).toHaveLength(Math.min(100, snapshot.data.length));
    const res = await server.http.get('/v1/models?limit=5').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.data.map((m: { id: string }) => m.id)).toEqual(all.body.data.slice(0, 5).map((m: { id: string }) => m.id));
  });

  it('filters with a case-insensitive substring of id or name', async () => {
    const byId = await server.http.get('/v1/models?search=GPT-4O').set(bearer(key));
    expect(byId.status).toBe(200);
    expect(byId).toMatchApiSpec();
    expect(byId.body.data.map((m: { id: string }) => m.id)).toEqual(
      snapshot.data
        .filter((m) => `${m.id} ${'name' in m ? m.name : ''}`.toLowerCase().includes('gpt-4o'))
        .map((m) => m.id)
        .sort(),
    );
    const byName = await server.http.get(`/v1/models?search=${encodeURIComponent('Claude Opus 4.')}&limit=2`).set(bearer(key));
    expect(byName.body.data.map((m: { id: string }) => m.id)).toEqual(['anthropic/claude-opus-4.6-fast', 'anthropic/claude-opus-4.7-fast']);
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
