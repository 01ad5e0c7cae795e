import type { Schema } from '@humanhours/contract';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import snapshot from './price-book.snapshot.json' with { type: 'json' };
import { type PriceListEntry, parsePriceListInWorker, readPriceList } from './price-list.js';

export { perMillion } from './price-list.js';

/** What the ingest path needs to compute a run's cost: USD per token, and the date of that price. */
export interface ModelPrice {
  id: string;
  inputUsdPerToken: number;
  outputUsdPerToken: number;
  /** Epoch ms of the book the price comes from (a model missing upstream keeps its older date). */
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

export type PriceBookSource = Schema<'ModelList'>['source'];

interface Book {
  source: PriceBookSource;
  /** When the book was last refreshed, or the bundled snapshot's date. */
  asOf: number;
  /** Ordered by id. */
  models: PriceBookModel[];
  prices: Map<string, ModelPrice>;
}

interface BookEntry {
  model: PriceBookModel;
  price: ModelPrice;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toBookEntry(e: PriceListEntry, asOf: number): BookEntry {
  return {
    model: {
      id: e.id,
      name: e.name,
      inputUsdPerMillionTokens: e.inputUsdPerMillionTokens,
      outputUsdPerMillionTokens: e.outputUsdPerMillionTokens,
      contextLength: e.contextLength,
    },
    price: { id: e.id, inputUsdPerToken: e.inputUsdPerToken, outputUsdPerToken: e.outputUsdPerToken, asOf },
  };
}

function bookOf(source: PriceBookSource, asOf: number, entries: BookEntry[]): Book {
  const models = entries.map((e) => e.model).sort(byId);
  return { source, asOf, models, prices: new Map(entries.map((e) => [e.price.id, e.price])) };
}

/**
 * A refreshed list laid over the last good book: listed models take the new prices (dated `asOf`),
 * new ones are added, and a model missing upstream keeps its last price and date. At most `maxModels`:
 * every listed model, then the kept ones most recently priced first.
 */
function mergeOverBook(last: Book, fresh: PriceListEntry[], asOf: number, maxModels: number): Book {
  const entries = fresh.map((e) => toBookEntry(e, asOf));
  const listed = new Set(fresh.map((e) => e.id));
  const kept = last.models
    .filter((m) => !listed.has(m.id))
    .map((model) => ({ model, price: last.prices.get(model.id)! }))
    .sort((a, b) => b.price.asOf - a.price.asOf || byId(a.model, b.model));
  entries.push(...kept.slice(0, Math.max(0, maxModels - entries.length)));
  return bookOf('remote', asOf, entries);
}

function bundledBook(): Book {
  const asOf = Date.parse(snapshot.as_of);
  const list = readPriceList(snapshot, Number.MAX_SAFE_INTEGER);
  if ('failure' in list || Number.isNaN(asOf)) throw new Error('price-book.snapshot.json: no usable model or no valid as_of');
  return bookOf(
    'bundled',
    asOf,
    list.entries.map((e) => toBookEntry(e, asOf)),
  );
}

/** The failure of one refresh, with the reason the warning gives. */
class RefreshFailure extends Error {}

/** Redirects followed within the URL's own origin (scheme, host and port); one to another origin fails the refresh. */
export const MAX_REDIRECTS = 3;

/**
 * The model price book: USD per token keyed by exact OpenRouter model id. Starts from the bundled
 * snapshot; when HUMANHOURS_PRICE_BOOK_URL is set, refreshes from it shortly after start and then
 * every HUMANHOURS_PRICE_BOOK_REFRESH_HOURS, merging each good answer over the last good book.
 * A refresh streams at most HUMANHOURS_PRICE_BOOK_MAX_BYTES and parses them in a worker thread.
 */
@Injectable()
export class PriceBook implements OnModuleInit, OnModuleDestroy {
  /** How long one refresh may take (request, body and parsing), in ms. Tests shorten it. */
  timeoutMs = 30_000;
  /** Tests only: handed to the parser worker to hold it after parsing (see price-list.ts). */
  parseLatch: SharedArrayBuffer | null = null;
  /** Delay of the first refresh after start, in ms. */
  static readonly FIRST_REFRESH_DELAY_MS = 1_000;

  private readonly logger = new Logger(PriceBook.name);
  private readonly url: string | null;
  private readonly refreshMs: number;
  private readonly maxBytes: number;
  private readonly maxModels: number;
  private book: Book = bundledBook();
  private timers: NodeJS.Timeout[] = [];
  private inFlight: Promise<boolean> | null = null;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'priceBook'>) {
    this.url = config.priceBook.url;
    this.refreshMs = config.priceBook.refreshHours * 3_600_000;
    this.maxBytes = config.priceBook.maxBytes;
    this.maxModels = config.priceBook.maxModels;
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

  /** Epoch ms: when the book was last refreshed, or the bundled snapshot's date. */
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
   * Fetches HUMANHOURS_PRICE_BOOK_URL once and, if it gives at least one usable model, merges it over
   * the book. Never throws: a failure keeps the last good book, logs a warning and resolves false.
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
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const bytes = await this.download(this.url, signal);
      const list = await parsePriceListInWorker(bytes, {
        maxModels: this.maxModels,
        // JSON of many small objects takes several times its size as heap.
        heapMb: Math.max(256, Math.ceil((this.maxBytes / 2 ** 20) * 16)),
        signal,
        latch: this.parseLatch,
      });
      if ('failure' in list) throw new RefreshFailure(list.failure);
      const previous = this.book;
      this.book = mergeOverBook(previous, list.entries, Date.now(), this.maxModels); // one assignment: a lookup sees one book
      const kept = this.book.models.length - list.entries.length;
      this.logger.log(
        `Price book refreshed from ${describeUrl(this.url)}: ${list.entries.length} models listed, ${kept} kept from the last book`,
      );
      if (list.overCap.count > 0) {
        this.logger.warn(
          `Price book refresh skipped ${list.overCap.count} models priced above USD 0.01 per token (e.g. ${list.overCap.examples.join(', ')})`,
        );
      }
      return true;
    } catch (err) {
      const reason =
        err instanceof RefreshFailure
          ? err.message
          : signal.aborted
            ? `timed out after ${this.timeoutMs} ms`
            : `request failed (${errorMessage(err)})`;
      this.logger.warn(
        `Price book refresh from ${describeUrl(this.url)} failed: ${reason}; keeping the ${this.book.source} book of ${new Date(this.book.asOf).toISOString()}`,
      );
      return false;
    }
  }

  /** The response body, following same-origin redirects only and streaming at most maxBytes. */
  private async download(url: string, signal: AbortSignal): Promise<Uint8Array> {
    let target = new URL(url);
    for (let hops = 0; ; hops++) {
      const res = await fetch(target, { signal, redirect: 'manual', headers: { accept: 'application/json' } });
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel().catch(() => {});
        const next = new URL(res.headers.get('location')!, target);
        if (next.origin !== target.origin) throw new RefreshFailure(`redirected to another origin (${next.origin}); not followed`);
        if (hops >= MAX_REDIRECTS) throw new RefreshFailure(`more than ${MAX_REDIRECTS} redirects`);
        target = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        throw new RefreshFailure(`HTTP status ${res.status}`);
      }
      return this.readCapped(res);
    }
  }

  private async readCapped(res: Response): Promise<Uint8Array> {
    const tooLarge = () => new RefreshFailure(`the response is larger than ${this.maxBytes} bytes`);
    const declared = Number(res.headers.get('content-length'));
    if (declared > this.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = res.body?.getReader();
    for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
      total += read.value.byteLength;
      if (total > this.maxBytes) {
        await reader!.cancel().catch(() => {}); // stops the download here
        throw tooLarge();
      }
      chunks.push(read.value);
    }
    // One buffer of its own (not pooled): it is moved to the parser worker.
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return bytes;
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
