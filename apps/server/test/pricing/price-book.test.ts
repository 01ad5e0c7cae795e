import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { PriceBook } from '../../src/pricing/price-book.js';
import snapshot from '../../src/pricing/price-book.snapshot.json' with { type: 'json' };
import { MAX_USD_PER_TOKEN, perMillion, readPriceList } from '../../src/pricing/price-list.js';

const bundled = () => new PriceBook(loadConfig({}));

describe('the bundled price book', () => {
  it('answers a snapshot id with the snapshot prices and date', () => {
    const book = bundled();
    expect(book.source).toBe('bundled');
    expect(book.asOf).toBe(Date.parse('2026-09-23T10:11:04Z'));
    expect(book.lookup('openai/gpt-4o')).toEqual({
      id: 'openai/gpt-4o',
      inputUsdPerToken: 0.0000025,
      outputUsdPerToken: 0.00001,
      asOf: Date.parse('2026-09-23T10:11:04Z'),
    });
    expect(book.lookup('anthropic/claude-3-haiku')).toMatchObject({ inputUsdPerToken: 0.00000025, outputUsdPerToken: 0.00000125 });
  });

  it('holds every model of the snapshot, exactly as priced there', () => {
    const book = bundled();
    expect(book.size).toBe(snapshot.data.length);
    for (const m of snapshot.data) {
      expect(book.lookup(m.id)).toMatchObject({
        inputUsdPerToken: Number(m.pricing.prompt),
        outputUsdPerToken: Number(m.pricing.completion),
      });
    }
  });

  it('answers null for an unknown id and matches ids exactly', () => {
    const book = bundled();
    expect(book.lookup('openai/gpt-unknown')).toBeNull();
    expect(book.lookup('')).toBeNull();
    expect(book.lookup('OpenAI/GPT-4o')).toBeNull();
    expect(book.lookup('gpt-4o')).toBeNull();
    expect(book.lookup('openai/gpt-4o ')).toBeNull();
    expect(book.lookup('toString')).toBeNull();
  });

  it('lists by id, filters case-insensitively on id or name, and limits', () => {
    const book = bundled();
    const all = book.list({ limit: 10_000 });
    expect(all.map((m) => m.id)).toEqual(snapshot.data.map((m) => m.id).sort());
    expect(book.list({ limit: 3 })).toEqual(all.slice(0, 3));
    const byName = book.list({ search: 'claude opus 4.8', limit: 100 }).map((m) => m.id);
    expect(byName).toEqual(['anthropic/claude-opus-4.8-fast']);
    const claude = book.list({ search: 'CLAUDE', limit: 100 });
    expect(claude.length).toBeGreaterThan(10);
    expect(claude.every((m) => `${m.id} ${m.name}`.toLowerCase().includes('claude'))).toBe(true);
    expect(book.list({ search: 'no-such-model', limit: 100 })).toEqual([]);
  });
});

describe('the refresh schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is off without a URL', async () => {
    const book = bundled();
    const refresh = vi.spyOn(book, 'refresh');
    vi.useFakeTimers();
    book.onModuleInit();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(refresh).not.toHaveBeenCalled();
    expect(await book.refresh()).toBe(false);
  });

  it('refreshes shortly after start, then every refreshHours, on unref()ed timers cleared on destroy', async () => {
    vi.useFakeTimers();
    const book = new PriceBook({ priceBook: { ...loadConfig({}).priceBook, url: 'http://127.0.0.1:9/models', refreshHours: 6 } });
    const refresh = vi.spyOn(book, 'refresh').mockResolvedValue(true);
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    book.onModuleInit();
    expect(refresh).not.toHaveBeenCalled();
    expect(setIntervalSpy.mock.results[0]?.value.hasRef()).toBe(false);
    await vi.advanceTimersByTimeAsync(PriceBook.FIRST_REFRESH_DELAY_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(6 * 3_600_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(6 * 3_600_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    book.onModuleDestroy();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(refresh).toHaveBeenCalledTimes(3);
  });
});

describe('perMillion', () => {
  it('scales a decimal string by 10^6 without float noise', () => {
    expect(perMillion('0.0000025')).toBe(2.5);
    expect(perMillion('0.00000025')).toBe(0.25);
    expect(perMillion('0.000015')).toBe(15);
    expect(perMillion('0.0000003')).toBe(0.3);
    expect(perMillion('0.000000075')).toBe(0.075);
    expect(perMillion('0')).toBe(0);
    expect(perMillion('2')).toBe(2_000_000);
    expect(perMillion(1.1e-7)).toBe(0.11);
    expect(perMillion(0.0000007)).toBe(0.7);
  });

  it('gives every snapshot price as its exact per-million decimal', () => {
    for (const m of snapshot.data) {
      for (const price of [m.pricing.prompt, m.pricing.completion]) {
        const scaled = perMillion(price);
        expect(scaled).toBe(Number((Number(price) * 1e6).toPrecision(10)));
        expect(String(scaled)).not.toMatch(/\d{9}/); // no 2.4999999999 or 0.30000000000000004
      }
    }
  });
});

describe('readPriceList', () => {
  const priced = (id: string, prompt: unknown, completion: unknown) => ({ id, pricing: { prompt, completion } });

  it('skips entries with missing, negative or non-numeric prices', () => {
    const list = readPriceList(
      {
        data: [
          { id: 'ok/one', name: 'One', context_length: 1000, pricing: { prompt: '0.000001', completion: '0.000002' } },
          { id: 'bad/negative', name: 'Router', pricing: { prompt: '-1', completion: '-1' } },
          { id: 'bad/text', name: 'Text', pricing: { prompt: 'free', completion: '0' } },
          { id: 'bad/missing', name: 'Missing', pricing: { prompt: '0.000001' } },
          { id: 'bad/no-pricing', name: 'None' },
          { name: 'no id', pricing: { prompt: '0', completion: '0' } },
          null,
          'nonsense',
          { id: 'ok/free', pricing: { prompt: '0', completion: '0' }, context_length: 'big' },
          { id: 'ok/one', pricing: { prompt: '0.5', completion: '0.5' } },
        ],
      },
      100,
    );
    if ('failure' in list) throw new Error(list.failure);
    expect(list.entries.map((m) => m.id)).toEqual(['ok/one', 'ok/free']); // the first of an id wins
    expect(list.entries[1]).toMatchObject({ name: 'ok/free', contextLength: null });
    expect(list.unusable).toBe(7);
  });

  it('takes only plain decimal strings and finite non-negative numbers', () => {
    const bad = [
      '0x10',
      '1e-7',
      '1E-7',
      '1e999',
      '-0',
      '+0.000001',
      ' 0.000001',
      '0.000001 ',
      '.5',
      '5.',
      'Infinity',
      'NaN',
      '0,000001',
      '١',
    ];
    const list = readPriceList(
      {
        data: [
          ...bad.map((text, i) => priced(`bad/${i}`, text, '0')),
          priced('bad/neg-number', -0.000001, 0),
          priced('bad/bool', true, 0),
          priced('ok/string', '0.0000025', '0.00001'),
          priced('ok/number', 0.0000025, 1e-5),
          priced('ok/long', '0.000000000000000000000000000001', '0'),
        ],
      },
      100,
    );
    if ('failure' in list) throw new Error(list.failure);
    expect(list.entries.map((m) => m.id)).toEqual(['ok/string', 'ok/number', 'ok/long']);
    expect(list.unusable).toBe(bad.length + 2);
    for (const m of list.entries.slice(0, 2)) expect(m).toMatchObject({ inputUsdPerMillionTokens: 2.5, outputUsdPerMillionTokens: 10 });
  });

  it('skips a model priced above the per-token sanity cap, and only that model', () => {
    expect(MAX_USD_PER_TOKEN).toBe(0.01);
    const list = readPriceList(
      {
        data: [
          priced('ok/at-cap', '0.01', '0.01'),
          priced('bad/dollar', '1', '0'),
          priced('bad/output', '0', '0.0100001'),
          priced('ok/cheap', '0.000001', '0.000002'),
        ],
      },
      100,
    );
    if ('failure' in list) throw new Error(list.failure);
    expect(list.entries.map((m) => m.id)).toEqual(['ok/at-cap', 'ok/cheap']);
    expect(list.entries[0]).toMatchObject({ inputUsdPerMillionTokens: 10_000 });
    expect(list.overCap).toEqual({ count: 2, examples: ['bad/dollar', 'bad/output'] });
  });

  it('refuses a list longer than the cap, a wrong shape, or nothing usable', () => {
    const three = { data: [priced('a/a', '0', '0'), priced('b/b', '0', '0'), priced('c/c', '0', '0')] };
    expect(readPriceList(three, 3)).not.toHaveProperty('failure');
    expect(readPriceList(three, 2)).toEqual({ failure: 'the response lists 3 models, more than the cap of 2' });
    for (const body of [{ models: three.data }, [], null, 'x', { data: {} }]) {
      expect(readPriceList(body, 100)).toEqual({ failure: 'the response has no `data` list of models' });
    }
    expect(readPriceList({ data: [] }, 100)).toEqual({ failure: 'the response holds no model with usable prices' });
    expect(readPriceList({ data: [priced('x/y', '-1', '-1')] }, 100)).toEqual({
      failure: 'the response holds no model with usable prices',
    });
  });
});

describe('price book configuration', () => {
  it('is off by default and refreshes every 24 h', () => {
    expect(loadConfig({}).priceBook).toEqual({ url: null, refreshHours: 24, maxBytes: 16 * 2 ** 20, maxModels: 10_000 });
  });

  it('accepts an http(s) URL and a positive interval', () => {
    expect(
      loadConfig({ HUMANHOURS_PRICE_BOOK_URL: 'https://openrouter.ai/api/v1/models', HUMANHOURS_PRICE_BOOK_REFRESH_HOURS: '6.5' })
        .priceBook,
    ).toMatchObject({ url: 'https://openrouter.ai/api/v1/models', refreshHours: 6.5 });
  });

  it('rejects a value that is not an http(s) URL, naming the variable', () => {
    for (const bad of ['not a url', 'openrouter.ai/api/v1/models', 'ftp://example.com/models', 'file:///etc/passwd']) {
      try {
        loadConfig({ HUMANHOURS_PRICE_BOOK_URL: bad });
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).problems).toHaveLength(1);
        expect((err as ConfigError).problems[0]).toMatch(/^HUMANHOURS_PRICE_BOOK_URL:/);
      }
    }
  });

  it('rejects a refresh interval that is not a positive number', () => {
    for (const bad of ['0', '-1', 'daily', '100000']) {
      try {
        loadConfig({ HUMANHOURS_PRICE_BOOK_REFRESH_HOURS: bad });
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).problems[0]).toMatch(/^HUMANHOURS_PRICE_BOOK_REFRESH_HOURS:/);
      }
    }
  });

  it('takes byte and model caps as whole numbers and rejects others, naming the variable', () => {
    expect(loadConfig({ HUMANHOURS_PRICE_BOOK_MAX_BYTES: '1048576', HUMANHOURS_PRICE_BOOK_MAX_MODELS: '500' }).priceBook).toMatchObject({
      maxBytes: 1_048_576,
      maxModels: 500,
    });
    for (const [name, bad] of [
      ['HUMANHOURS_PRICE_BOOK_MAX_BYTES', '100'],
      ['HUMANHOURS_PRICE_BOOK_MAX_BYTES', '16MB'],
      ['HUMANHOURS_PRICE_BOOK_MAX_MODELS', '0'],
      ['HUMANHOURS_PRICE_BOOK_MAX_MODELS', '1.5'],
    ]) {
      try {
        loadConfig({ [name]: bad });
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).problems).toEqual([
          `${name}: expected a whole number ≥ ${name.endsWith('BYTES') ? 1024 : 1}, got "${bad}"`,
        ]);
      }
    }
  });
});
