import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PriceBook } from '../../src/pricing/price-book.js';

type Mode =
  | { kind: 'json'; body: unknown }
  | { kind: 'status'; status: number }
  | { kind: 'text'; text: string }
  | { kind: 'hang' }
  /** A redirect from /api/v1/models; `body` answers at any other path. */
  | { kind: 'redirect'; location: string; body?: unknown }
  | { kind: 'declared-length'; bytes: number }
  /** `bytes` of a valid-looking model list, written in 64 KiB chunks without a Content-Length. */
  | { kind: 'stream'; bytes: number };

/** A stand-in for OpenRouter's GET /api/v1/models, answering whatever `mode` says. */
class FakeOpenRouter {
  mode: Mode;
  requests: string[] = [];
  /** Bytes of the last streamed body actually written before the client went away. */
  streamed = 0;
  private server: Server;
  origin = '';
  url = '';

  constructor(mode: Mode) {
    this.mode = mode;
    this.server = createServer((req, res) => {
      this.requests.push(req.url ?? '');
      const mode = this.mode;
      if (mode.kind === 'hang') return; // never answers
      if (mode.kind === 'status') {
        res.writeHead(mode.status, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
        return;
      }
      if (mode.kind === 'redirect' && mode.body && req.url !== '/api/v1/models') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mode.body));
        return;
      }
      if (mode.kind === 'redirect') {
        res.writeHead(302, { location: mode.location }).end();
        return;
      }
      if (mode.kind === 'declared-length') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': mode.bytes });
        res.write('{"data":['); // and never the rest: the client must refuse on the header alone
        return;
      }
      if (mode.kind === 'stream') {
        this.streamed = 0;
        res.writeHead(200, { 'content-type': 'application/json' });
        const entry = Buffer.from(`${JSON.stringify(model('acme/stream', '0.000001', '0.000002'))},`.repeat(400));
        const pump = () => {
          while (this.streamed < mode.bytes && !res.destroyed) {
            this.streamed += entry.length;
            if (!res.write(entry)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end(']}');
        };
        res.on('close', () => res.destroy());
        res.write('{"data":[');
        pump();
        return;
      }
      const text = mode.kind === 'json' ? JSON.stringify(mode.body) : mode.text;
      res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.url = `${this.origin}/api/v1/models`;
    return this.url;
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

function model(id: string, prompt: string, completion: string, extra: Record<string, unknown> = {}) {
  return { id, name: `Test: ${id}`, context_length: 64000, pricing: { prompt, completion }, ...extra };
}

const FIRST = { data: [model('openai/gpt-4o', '0.000003', '0.000012'), model('acme/first', '0.000001', '0.000002')] };
const SECOND = {
  data: [
    model('openai/gpt-4o', '0.0000021', '0.0000084'),
    model('acme/second', '0.0000003', '0.0000007', { context_length: null }),
    model('openrouter/auto', '-1', '-1'),
  ],
};

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const MAX_BYTES = 4 * 2 ** 20;

describe('refreshing from HUMANHOURS_PRICE_BOOK_URL', () => {
  let fake: FakeOpenRouter;
  let server: TestServer;
  let book: PriceBook;
  let key: string;
  let firstRefreshAt: number;
  /** Another origin a hostile answer redirects to: never to be asked. */
  let other: FakeOpenRouter;

  beforeAll(async () => {
    other = new FakeOpenRouter({ kind: 'json', body: { data: [model('evil/redirected', '0', '0')] } });
    await other.start();
    fake = new FakeOpenRouter({ kind: 'json', body: FIRST });
    const started = Date.now();
    server = await startServer({ HUMANHOURS_PRICE_BOOK_URL: await fake.start(), HUMANHOURS_PRICE_BOOK_MAX_BYTES: String(MAX_BYTES) });
    expect(Date.now() - started).toBeLessThan(PriceBook.FIRST_REFRESH_DELAY_MS + 5000);
    key = server.firstKey!;
    book = server.app.get(PriceBook);
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    await other?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    book.timeoutMs = 30_000;
  });

  const warnings = () => server.logs.filter((l) => l.level === 40 && l.context === 'PriceBook').map((l) => String(l.msg));
  const track = (body: object, headers: Record<string, string> = {}) =>
    server.http
      .post('/v1/track')
      .set(bearer(key))
      .set(headers)
      .send({ agent_id: 'a', task_type: 'email_classification', outcome: 'success', ...body });

  it('starts on the bundled book and, shortly after start, merges the list over it in the background', async () => {
    expect(book.lookup('acme/first')).toBeNull();
    const bundledOpus = book.lookup('anthropic/claude-opus-4.8')!;
    await until(() => book.source === 'remote');
    firstRefreshAt = book.asOf;
    expect(fake.requests).toHaveLength(1);
    expect(book.lookup('acme/first')).toMatchObject({ inputUsdPerToken: 0.000001, outputUsdPerToken: 0.000002, asOf: firstRefreshAt });
    expect(book.lookup('openai/gpt-4o')).toMatchObject({ inputUsdPerToken: 0.000003, asOf: firstRefreshAt });
    // Not listed upstream: keeps its bundled price and date.
    expect(book.lookup('anthropic/claude-opus-4.8')).toEqual(bundledOpus);
  });

  it('updates changed prices, adds new models, keeps missing ones, and never rewrites a stored event', async () => {
    const before = await track({ model: 'openai/gpt-4o', tokens_in: 1_000_000, tokens_out: 0 }, { 'idempotency-key': 'frozen-1' });
    expect(before.status).toBe(201);
    expect(before.body.resolved_pricing).toMatchObject({ input_usd_per_million_tokens: 3 });

    fake.mode = { kind: 'json', body: SECOND };
    const started = Date.now();
    expect(await book.refresh()).toBe(true);
    expect(book.source).toBe('remote');
    expect(book.asOf).toBeGreaterThanOrEqual(started);
    expect(book.lookup('openai/gpt-4o')).toEqual({
      id: 'openai/gpt-4o',
      inputUsdPerToken: 0.0000021,
      outputUsdPerToken: 0.0000084,
      asOf: book.asOf,
    });
    expect(book.lookup('acme/second')).toMatchObject({ inputUsdPerToken: 0.0000003 });
    expect(book.lookup('acme/first')).toMatchObject({ inputUsdPerToken: 0.000001, asOf: firstRefreshAt }); // missing upstream: kept
    expect(book.lookup('openrouter/auto')).toBeNull(); // negative prices are skipped

    const res = await server.http.get('/v1/models?search=acme').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toEqual({
      as_of: new Date(book.asOf).toISOString(),
      source: 'remote',
      data: [
        {
          id: 'acme/first',
          name: 'Test: acme/first',
          input_usd_per_million_tokens: 1,
          output_usd_per_million_tokens: 2,
          context_length: 64000,
        },
        {
          id: 'acme/second',
          name: 'Test: acme/second',
          input_usd_per_million_tokens: 0.3,
          output_usd_per_million_tokens: 0.7,
          context_length: null,
        },
      ],
    });

    // A kept model still prices new events, dated by the book it came from.
    const kept = await track({ model: 'acme/first', tokens_in: 1_000_000, tokens_out: 0 });
    expect(kept.body).toMatchObject({ resolved_cost_source: 'computed' });
    expect(kept.body.resolved_pricing).toMatchObject({
      input_usd_per_million_tokens: 1,
      price_book_as_of: new Date(firstRefreshAt).toISOString(),
    });
    const now = await track({ model: 'openai/gpt-4o', tokens_in: 1_000_000, tokens_out: 0 });
    expect(now.body.resolved_pricing).toMatchObject({ input_usd_per_million_tokens: 2.1 });
    // The event tracked before the refresh replays with the prices frozen on it.
    const replay = await track({ model: 'openai/gpt-4o', tokens_in: 1_000_000, tokens_out: 0 }, { 'idempotency-key': 'frozen-1' });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(before.body);
  });

  it('follows a redirect within the same origin', async () => {
    fake.mode = { kind: 'redirect', location: '/moved/models', body: SECOND };
    const asked = fake.requests.length;
    expect(await book.refresh()).toBe(true);
    expect(fake.requests.slice(asked)).toEqual(['/api/v1/models', '/moved/models']);
  });

  it('skips a model priced above USD 0.01 per token or with a non-decimal price, not the whole list', async () => {
    const seen = warnings().length;
    fake.mode = {
      kind: 'text',
      text: `{"data":[${[
        JSON.stringify(model('openai/gpt-4o', '0.0000021', '0.0000084')),
        JSON.stringify(model('evil/dollar', '1', '1')),
        JSON.stringify(model('evil/hex', '0x1', '0x1')),
        JSON.stringify(model('evil/exponent', '1e999', '0')),
        '{"id":"evil/number","pricing":{"prompt":1e999,"completion":0}}',
        JSON.stringify(model('evil/negative', '-0.000001', '0')),
        JSON.stringify(model('acme/fine', '0.000002', '0.000004')),
      ].join(',')}]}`,
    };
    expect(await book.refresh()).toBe(true);
    for (const id of ['evil/dollar', 'evil/hex', 'evil/exponent', 'evil/number', 'evil/negative']) expect(book.lookup(id)).toBeNull();
    expect(book.lookup('acme/fine')).toMatchObject({ inputUsdPerToken: 0.000002 });
    expect(warnings().slice(seen)).toEqual([
      expect.stringMatching(/skipped 1 models priced above USD 0.01 per token \(e.g. evil\/dollar\)/),
    ]);
    const res = await track({ model: 'evil/dollar', tokens_in: 1000, tokens_out: 1000 });
    expect(res.body).toMatchObject({ resolved_cost_source: 'none', agent_cost: null });
  });

  const lotsOfModels = `{"data":[${'0,'.repeat(999_999)}0]}`; // 1,000,000 entries in 2 MB
  const failures: Array<[string, () => Mode, RegExp]> = [
    ['a 500', () => ({ kind: 'status', status: 500 }), /HTTP status 500/],
    ['invalid JSON', () => ({ kind: 'text', text: '{"data": [' }), /not valid JSON/],
    [
      'no usable model',
      () => ({ kind: 'json', body: { data: [model('openrouter/auto', '-1', '-1'), { id: 'x/y' }, model('evil/hex', '0x10', '0')] } }),
      /no model with usable prices/,
    ],
    ['an empty list', () => ({ kind: 'json', body: { data: [] } }), /no model with usable prices/],
    ['a different shape', () => ({ kind: 'json', body: { models: SECOND.data } }), /no `data` list of models/],
    ['a hang past the timeout', () => ({ kind: 'hang' }), /timed out after 300 ms/],
    [
      'a redirect to another origin',
      () => ({ kind: 'redirect', location: `${other.url}?stolen=1` }),
      /redirected to another origin \(http:\/\/127\.0\.0\.1:\d+\); not followed/,
    ],
    [
      'a redirect to another host name',
      () => ({ kind: 'redirect', location: fake.url.replace('127.0.0.1', 'localhost') }),
      /redirected to another origin/,
    ],
    ['a redirect loop', () => ({ kind: 'redirect', location: '/api/v1/models' }), /more than 3 redirects/],
    ['a declared Content-Length over the cap', () => ({ kind: 'declared-length', bytes: MAX_BYTES + 1 }), /larger than 4194304 bytes/],
    ['a 128 MB body', () => ({ kind: 'stream', bytes: 128 * 2 ** 20 }), /larger than 4194304 bytes/],
    ['1,000,000 models', () => ({ kind: 'text', text: lotsOfModels }), /lists 1000000 models, more than the cap of 10000/],
  ];

  for (const [what, mode, reason] of failures) {
    it(`keeps the last good book and warns on ${what}`, async () => {
      const asOf = book.asOf;
      const seen = warnings().length;
      fake.mode = mode();
      book.timeoutMs = what.includes('timeout') ? 300 : 10_000;
      expect(await book.refresh()).toBe(false);
      expect(book.source).toBe('remote');
      expect(book.asOf).toBe(asOf);
      expect(book.lookup('openai/gpt-4o')).toMatchObject({ inputUsdPerToken: 0.0000021, outputUsdPerToken: 0.0000084 });
      const fresh = warnings().slice(seen);
      expect(fresh).toHaveLength(1);
      expect(fresh[0]).toMatch(reason);
      expect(fresh[0]).toMatch(/keeping the remote book/);
      expect(fresh[0]).not.toMatch(/stolen/);
      const res = await server.http.get('/v1/models?search=acme').set(bearer(key));
      expect(res).toMatchApiSpec();
      expect(res.body.data.map((m: { id: string }) => m.id)).toEqual(['acme/fine', 'acme/first', 'acme/second']);
    });
  }

  it('never asked the other origin, and stopped reading the 128 MB body at the cap', () => {
    expect(other.requests).toEqual([]);
    expect(fake.streamed).toBeLessThan(4 * MAX_BYTES);
  });

  it('parses off the event loop: tracks complete while a big list is being parsed', async () => {
    const big = {
      data: Array.from({ length: 9000 }, (_, i) => model(`bulk/model-${i}`, '0.000001', '0.000002', { name: 'x'.repeat(300) })),
    };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(3_000_000);
    fake.mode = { kind: 'text', text };
    const parse = vi.spyOn(JSON, 'parse');
    // The parser worker holds after parsing until released: were it on this thread, nothing below could run.
    const latch = new SharedArrayBuffer(8);
    const flags = new Int32Array(latch);
    book.parseLatch = latch;
    let settled = false;
    const refreshing = book.refresh().finally(() => {
      settled = true;
    });
    try {
      await until(() => Atomics.load(flags, 1) === 1);
      const tracks = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          track({ agent_id: `during-${i}`, model: 'anthropic/claude-opus-4.8', tokens_in: 1000, tokens_out: 100 }),
        ),
      );
      expect(tracks.map((t) => t.status)).toEqual(Array(20).fill(201));
      expect(tracks.every((t) => t.body.resolved_cost_source === 'computed')).toBe(true);
      expect(settled).toBe(false);
      expect(book.lookup('bulk/model-0')).toBeNull();
    } finally {
      Atomics.store(flags, 0, 1);
      Atomics.notify(flags, 0);
      book.parseLatch = null;
    }
    expect(await refreshing).toBe(true);
    expect(book.lookup('bulk/model-8999')).toMatchObject({ inputUsdPerToken: 0.000001 });
    // Nothing of that size was parsed on this thread.
    expect(parse.mock.calls.filter(([arg]) => typeof arg === 'string' && arg.length > 100_000)).toEqual([]);
  });

  it('holds at most HUMANHOURS_PRICE_BOOK_MAX_MODELS after merging, listed models first', async () => {
    const capped = new PriceBook({ priceBook: { ...server.config.priceBook, maxModels: 3 } });
    fake.mode = { kind: 'json', body: { data: [model('z/one', '0', '0'), model('z/two', '0', '0')] } };
    expect(await capped.refresh()).toBe(true);
    expect(capped.size).toBe(3);
    expect(capped.lookup('z/one')).not.toBeNull();
    expect(capped.lookup('z/two')).not.toBeNull();
  });

  it('recovers on the next good answer', async () => {
    fake.mode = { kind: 'json', body: FIRST };
    expect(await book.refresh()).toBe(true);
    expect(book.lookup('acme/first')).toMatchObject({ asOf: book.asOf });
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
    expect(warning.msg).toMatch(/keeping the bundled book of 2026-09-23T10:11:04.000Z/);
    expect(book.source).toBe('bundled');
    expect(book.lookup('anthropic/claude-opus-4.8')).toMatchObject({ inputUsdPerToken: 0.000005, outputUsdPerToken: 0.000025 });
  });
});
