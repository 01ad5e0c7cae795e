import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import snapshot from './price-book.snapshot.json' with { type: 'json' };

/** What the ingest path needs to compute a run's cost: USD per token, and the book's date. */
export interface ModelPrice {
  id: string;
  inputUsdPerToken: number;
  outputUsdPerToken: number;
  /** Epoch ms of the book the price comes from. */
  asOf: number;
}

/** One model of the book, as `GET /v1/models` shows it. */
export interface PriceBookModel {
  id: string;
  name: string;
  inputUsdPerMillionTokens: number;
  outputUsdPerMillionTokens: number;
  contextLength: number | null;
}

export type PriceBookSource = 'bundled' | 'remote';

interface Book {
  source: PriceBookSource;
  asOf: number;
  /** Ordered by id. */
  models: PriceBookModel[];
  prices: Map<string, ModelPrice>;
}

interface ParsedModel {
  model: PriceBookModel;
  inputUsdPerToken: number;
  outputUsdPerToken: number;
}

// The spec's bounds: ids of 1–200 characters, names of 1–300, prices up to 1,000,000 USD per million tokens.
const MAX_ID = 200;
const MAX_NAME = 300;
const MAX_USD_PER_MILLION = 1_000_000;
const MAX_CONTEXT_LENGTH = 1_000_000_000;
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const DECIMAL = /^\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * A USD-per-token price times 10^6 without float noise: "0.0000025" → 2.5, not 2.4999999999999996.
 * A plain decimal string is shifted by moving its decimal point; anything else (e.g. 1e-7) is
 * multiplied and rounded to 10 significant digits.
 */
export function perMillion(perToken: string | number): number {
  const text = typeof perToken === 'string' ? perToken.trim() : String(perToken);
  const m = PLAIN_DECIMAL.exec(text);
  if (!m) return Number((Number(text) * 1e6).toPrecision(10));
  const frac = (m[2] ?? '').padEnd(6, '0');
  return Number(`${m[1]}${frac.slice(0, 6)}.${frac.slice(6) || '0'}`);
}

/** A price field: a non-negative decimal string (or number), or null when missing, negative or not a number. */
function parsePrice(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string' || !DECIMAL.test(raw.trim())) return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function parseEntry(entry: unknown): ParsedModel | null {
  if (!entry || typeof entry !== 'object') return null;
  const { id, name, context_length, pricing } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID) return null;
  if (!pricing || typeof pricing !== 'object') return null;
  const { prompt, completion } = pricing as Record<string, unknown>;
  const input = parsePrice(prompt);
  const output = parsePrice(completion);
  if (input === null || output === null) return null;
  const inputPerMillion = perMillion(prompt as string | number);
  const outputPerMillion = perMillion(completion as string | number);
  if (!(inputPerMillion <= MAX_USD_PER_MILLION && outputPerMillion <= MAX_USD_PER_MILLION)) return null;
  const contextLength =
    typeof context_length === 'number' && Number.isInteger(context_length) && context_length >= 0 && context_length <= MAX_CONTEXT_LENGTH
      ? context_length
      : null;
  return {
    model: {
      id,
      name: typeof name === 'string' && name.trim() !== '' && name.length <= MAX_NAME ? name : id,
      inputUsdPerMillionTokens: inputPerMillion,
      outputUsdPerMillionTokens: outputPerMillion,
      contextLength,
    },
    inputUsdPerToken: input,
    outputUsdPerToken: output,
  };
}

/**
 * Reads OpenRouter's `GET /api/v1/models` format (`{ data: [{ id, name, context_length, pricing: { prompt, completion } }] }`).
 * Entries without usable prices are skipped; the first entry of an id wins. Null when no model is usable.
 */
export function parseOpenRouterModels(body: unknown, source: PriceBookSource, asOf: number): Book | null {
  if (!body || typeof body !== 'object') return null;
  const data = (body as { data?: unknown }).data;
  if (!Array.isArray(data)) return null;
  const prices = new Map<string, ModelPrice>();
  const models: PriceBookModel[] = [];
  for (const entry of data) {
    const parsed = parseEntry(entry);
    if (!parsed || prices.has(parsed.model.id)) continue;
    prices.set(parsed.model.id, {
      id: parsed.model.id,
      inputUsdPerToken: parsed.inputUsdPerToken,
      outputUsdPerToken: parsed.outputUsdPerToken,
      asOf,
    });
    models.push(parsed.model);
  }
  if (models.length === 0) return null;
  models.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { source, asOf, models, prices };
}

function bundledBook(): Book {
  const asOf = Date.parse(snapshot.as_of);
  const book = parseOpenRouterModels(snapshot, 'bundled', asOf);
  if (!book || Number.isNaN(asOf)) throw new Error('price-book.snapshot.json: no usable model or no valid as_of');
  return book;
}

/** The failure of one refresh, with the reason the warning gives. */
class RefreshFailure extends Error {}

/**
 * The model price book: USD per token keyed by exact OpenRouter model id. Starts from the bundled
 * snapshot; when HUMANHOURS_PRICE_BOOK_URL is set, refreshes from it shortly after start and then
 * every HUMANHOURS_PRICE_BOOK_REFRESH_HOURS (24 by default). A failed refresh keeps the last good book.
 */
@Injectable()
export class PriceBook implements OnModuleInit, OnModuleDestroy {
  /** How long one refresh may take (request and body), in ms. Tests shorten it. */
  timeoutMs = 10_000;
  /** Delay of the first refresh after start, in ms. */
  static readonly FIRST_REFRESH_DELAY_MS = 1_000;

  private readonly logger = new Logger(PriceBook.name);
  private readonly url: string | null;
  private readonly refreshMs: number;
  private book: Book = bundledBook();
  private timers: NodeJS.Timeout[] = [];
  private inFlight: Promise<boolean> | null = null;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'priceBook'>) {
    this.url = config.priceBook.url;
    this.refreshMs = config.priceBook.refreshHours * 3_600_000;
  }

  onModuleInit() {
    if (!this.url) return;
    // Never in the way of start-up: the first refresh runs in the background, a moment later.
    const first = setTimeout(() => void this.refresh(), PriceBook.FIRST_REFRESH_DELAY_MS);
    const every = setInterval(() => void this.refresh(), this.refreshMs);
    first.unref();
    every.unref();
    this.timers.push(first, every);
  }

  onModuleDestroy() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** Exact-match lookup (case matters) by OpenRouter model id: the ingest hot path, a Map lookup. */
  lookup(modelId: string): ModelPrice | null {
    return this.book.prices.get(modelId) ?? null;
  }

  /** The book's models ordered by id; `search` matches a case-insensitive substring of id or name. */
  list(opts: { search?: string; limit: number }): PriceBookModel[] {
    const { models } = this.book;
    const limit = Math.max(0, opts.limit);
    if (!opts.search) return models.slice(0, limit);
    const needle = opts.search.toLowerCase();
    const found: PriceBookModel[] = [];
    for (const m of models) {
      if (found.length >= limit) break;
      if (m.id.toLowerCase().includes(needle) || m.name.toLowerCase().includes(needle)) found.push(m);
    }
    return found;
  }

  /** Epoch ms: when the book was fetched, or the bundled snapshot's date. */
  get asOf(): number {
    return this.book.asOf;
  }

  get source(): PriceBookSource {
    return this.book.source;
  }

  get size(): number {
    return this.book.models.length;
  }

  /**
   * Fetches HUMANHOURS_PRICE_BOOK_URL once and, if it gives at least one usable model, replaces the
   * book. Never throws: a failure keeps the last good book, logs a warning and resolves false.
   * Calls made while one is running wait for it, then run their own.
   */
  refresh(): Promise<boolean> {
    const run = (this.inFlight ?? Promise.resolve(true)).then(() => this.refreshOnce());
    const tracked = run.finally(() => {
      if (this.inFlight === tracked) this.inFlight = null;
    });
    this.inFlight = tracked;
    return tracked;
  }

  private async refreshOnce(): Promise<boolean> {
    if (!this.url) return false;
    try {
      const book = await this.fetchBook(this.url);
      this.book = book; // one assignment: a lookup sees either the old book or the new one
      this.logger.log(`Price book refreshed from ${describeUrl(this.url)}: ${book.models.length} models`);
      return true;
    } catch (err) {
      const reason = err instanceof RefreshFailure ? err.message : `request failed (${errorMessage(err)})`;
      this.logger.warn(
        `Price book refresh from ${describeUrl(this.url)} failed: ${reason}; keeping the ${this.book.source} book of ${new Date(this.book.asOf).toISOString()}`,
      );
      return false;
    }
  }

  private async fetchBook(url: string): Promise<Book> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let text: string;
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        throw new RefreshFailure(`HTTP status ${res.status}`);
      }
      text = await res.text();
    } catch (err) {
      if (err instanceof RefreshFailure) throw err;
      if (signal.aborted) throw new RefreshFailure(`timed out after ${this.timeoutMs} ms`);
      throw err;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new RefreshFailure('the response is not valid JSON');
    }
    const book = parseOpenRouterModels(body, 'remote', Date.now());
    if (!book) throw new RefreshFailure('the response holds no model with usable prices');
    return book;
  }
}

/** The URL without credentials, query or fragment: it may carry a token. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return 'HUMANHOURS_PRICE_BOOK_URL';
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause;
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}
