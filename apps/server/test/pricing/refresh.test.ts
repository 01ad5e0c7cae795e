import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PriceBook } from '../../src/pricing/price-book.js';
import { bearer, startServer, type TestServer } from '../helpers/server.js';

type Mode = { kind: 'json'; body: unknown } | { kind: 'status'; status: number } | { kind: 'text'; text: string } | { kind: 'hang' };

/** A stand-in for OpenRouter's GET /api/v1/models, answering whatever `mode` says. */
class FakeOpenRouter {
  mode: Mode;
  requests = 0;
  private server: Server;
  url = '';

  constructor(mode: Mode) {
    this.mode = mode;
    this.server = createServer((_req, res) => {
      this.requests++;
      const mode = this.mode;
      if (mode.kind === 'hang') return; // never answers
      if (mode.kind === 'status') {
        res.writeHead(mode.status, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
        return;
      }
      const text = mode.kind === 'json' ? JSON.stringify(mode.body) : mode.text;
      res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v1/models`;
    return this.url;
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const model = (id: string, prompt: string, completion: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Test: ${id}`,
  context_length: 64000,
  pricing: { prompt, completion },
  ...extra,
});

const FIRST = { data: [model('openai/gpt-4o', '0.000003', '0.000012'), model('acme/first', '0.000001', '0.000002')] };
const SECOND = {
  data: [
    model('openai/gpt-4o', '0.0000021', '0.0000084'),
    model('acme/second', '0.0000003', '0.0000007', { context_length: null }),
    model('openrouter/auto', '-1', '-1'),
  ],
};

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('refreshing from HUMANHOURS_PRICE_BOOK_URL', () => {
  let fake: FakeOpenRouter;
  let server: TestServer;
  let book: PriceBook;
  let key: string;

  beforeAll(async () => {
    fake = new FakeOpenRouter({ kind: 'json', body: FIRST });
    const started = Date.now();
    server = await startServer({ HUMANHOURS_PRICE_BOOK_URL: await fake.start() });
    expect(Date.now() - started).toBeLessThan(PriceBook.FIRST_REFRESH_DELAY_MS + 5000);
    key = server.firstKey!;
    book = server.app.get(PriceBook);
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  const warnings = () => server.logs.filter((l) => l.level === 40 && l.context === 'PriceBook').map((l) => String(l.msg));

  it('starts on the bundled book and refreshes shortly after start, in the background', async () => {
    expect(book.lookup('acme/first')).toBeNull();
    await until(() => book.source === 'remote');
    expect(fake.requests).toBe(1);
    expect(book.lookup('acme/first')).toMatchObject({ inputUsdPerToken: 0.000001, outputUsdPerToken: 0.000002 });
    // Replaced, not merged: a bundled-only model is gone.
    expect(book.lookup('anthropic/claude-3-haiku')).toBeNull();
  });

  it('serves the new prices after refresh(), as source remote, dated at the fetch', async () => {
    fake.mode = { kind: 'json', body: SECOND };
    const before = Date.now();
    expect(await book.refresh()).toBe(true);
    expect(book.source).toBe('remote');
    expect(book.asOf).toBeGreaterThanOrEqual(before);
    expect(book.asOf).toBeLessThanOrEqual(Date.now());
    expect(book.lookup('openai/gpt-4o')).toEqual({
      id: 'openai/gpt-4o',
      inputUsdPerToken: 0.0000021,
      outputUsdPerToken: 0.0000084,
      asOf: book.asOf,
    });
    expect(book.lookup('acme/first')).toBeNull();
    expect(book.lookup('openrouter/auto')).toBeNull(); // negative prices are skipped

    const res = await server.http.get('/v1/models').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toEqual({
      as_of: new Date(book.asOf).toISOString(),
      source: 'remote',
      data: [
        {
          id: 'acme/second',
          name: 'Test: acme/second',
          input_usd_per_million_tokens: 0.3,
          output_usd_per_million_tokens: 0.7,
          context_length: null,
        },
        {
          id: 'openai/gpt-4o',
          name: 'Test: openai/gpt-4o',
          input_usd_per_million_tokens: 2.1,
          output_usd_per_million_tokens: 8.4,
          context_length: 64000,
        },
      ],
    });
  });

  const failures: Array<[string, Mode, RegExp]> = [
    ['a 500', { kind: 'status', status: 500 }, /HTTP status 500/],
    ['invalid JSON', { kind: 'text', text: '{"data": [' }, /not valid JSON/],
    [
      'no usable model',
      { kind: 'json', body: { data: [model('openrouter/auto', '-1', '-1'), { id: 'x/y' }] } },
      /no model with usable prices/,
    ],
    ['an empty list', { kind: 'json', body: { data: [] } }, /no model with usable prices/],
    ['a different shape', { kind: 'json', body: { models: SECOND.data } }, /no model with usable prices/],
    ['a hang past the timeout', { kind: 'hang' }, /timed out after 200 ms/],
  ];

  for (const [what, mode, reason] of failures) {
    it(`keeps the last good book and warns on ${what}`, async () => {
      const asOf = book.asOf;
      const seen = warnings().length;
      fake.mode = mode;
      book.timeoutMs = 200;
      const started = Date.now();
      expect(await book.refresh()).toBe(false);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(book.source).toBe('remote');
      expect(book.asOf).toBe(asOf);
      expect(book.lookup('openai/gpt-4o')).toMatchObject({ inputUsdPerToken: 0.0000021, outputUsdPerToken: 0.0000084 });
      const fresh = warnings().slice(seen);
      expect(fresh).toHaveLength(1);
      expect(fresh[0]).toMatch(reason);
      expect(fresh[0]).toMatch(/keeping the remote book/);
      const res = await server.http.get('/v1/models?search=acme').set(bearer(key));
      expect(res).toMatchApiSpec();
      expect(res.body.data.map((m: { id: string }) => m.id)).toEqual(['acme/second']);
    });
  }

  it('recovers on the next good answer', async () => {
    fake.mode = { kind: 'json', body: FIRST };
    expect(await book.refresh()).toBe(true);
    expect(book.lookup('acme/first')).not.toBeNull();
  });
});

describe('an unreachable HUMANHOURS_PRICE_BOOK_URL', () => {
  let server: TestServer;
  afterAll(async () => server?.close());

  it('neither delays nor fails start-up, keeps the bundled book and warns', async () => {
    const fake = new FakeOpenRouter({ kind: 'hang' });
    const url = await fake.start();
    await fake.close(); // nothing listens there any more
    server = await startServer({ HUMANHOURS_PRICE_BOOK_URL: url });
    const book = server.app.get(PriceBook);
    expect(book.source).toBe('bundled');
    await until(() => server.logs.some((l) => l.level === 40 && l.context === 'PriceBook'));
    const warning = server.logs.find((l) => l.level === 40 && l.context === 'PriceBook')!;
    expect(warning.msg).toMatch(/request failed/);
    expect(warning.msg).toMatch(/keeping the bundled book of 2026-04-18T03:12:33.000Z/);
    expect(book.source).toBe('bundled');
    expect(book.lookup('openai/gpt-4o')).toMatchObject({ inputUsdPerToken: 0.0000025 });
  });
});
