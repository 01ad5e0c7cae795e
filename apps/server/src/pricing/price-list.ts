import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

// Reads a model list in OpenRouter's `GET /api/v1/models` format
// (`{ data: [{ id, name, context_length, pricing: { prompt, completion } }] }`, USD per token) into
// validated prices. The same file is the worker that parses a refreshed list off the event loop, so it
// imports nothing but node builtins: the worker loads it as it is (compiled .js, or .ts under the tests).

/** One usable model of a list. */
export interface PriceListEntry {
  id: string;
  name: string;
  contextLength: number | null;
  inputUsdPerToken: number;
  outputUsdPerToken: number;
  inputUsdPerMillionTokens: number;
  outputUsdPerMillionTokens: number;
}

export interface ParsedPriceList {
  /** Usable entries, first of each id, in list order. */
  entries: PriceListEntry[];
  /** Entries without a usable id or prices (e.g. OpenRouter's `-1` for its auto router). */
  unusable: number;
  /** Ids priced above MAX_USD_PER_TOKEN, skipped (at most a few, for the log). */
  overCap: { count: number; examples: string[] };
}

/** A refused list, with the reason the warning gives. */
export interface PriceListFailure {
  failure: string;
}

// The spec's bounds (openapi.yaml, Model): ids of 1–200 characters, names of 1–300.
const MAX_ID = 200;
const MAX_NAME = 300;
const MAX_CONTEXT_LENGTH = 1_000_000_000;
/**
 * Sanity cap on a per-token price: USD 0.01 per token (10,000 per million tokens), about 16× the
 * dearest model listed today (600 per million). A price above it is a unit mix-up or an attack, and
 * only that entry is skipped.
 */
export const MAX_USD_PER_TOKEN = 0.01;
/** A price string: plain decimal digits, no sign, exponent, hex, spaces or padding. */
const PRICE_TEXT = /^(\d{1,15})(?:\.(\d{1,30}))?$/;

/**
 * A USD-per-token price times 10^6 without float noise: "0.0000025" → 2.5, not 2.4999999999999996.
 * A decimal string moves its decimal point; a number (e.g. 1e-7) is scaled and rounded to 10 significant digits.
 */
export function perMillion(perToken: string | number): number {
  const m = typeof perToken === 'string' ? PRICE_TEXT.exec(perToken) : null;
  if (!m) return Number((Number(perToken) * 1e6).toPrecision(10));
  const frac = (m[2] ?? '').padEnd(6, '0');
  return Number(`${m[1]}${frac.slice(0, 6)}.${frac.slice(6) || '0'}`);
}

/** A price field: a plain decimal string or a finite JSON number, not negative; null otherwise. */
function parsePrice(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== 'string' || !PRICE_TEXT.test(raw)) return null;
  return Number(raw);
}

type EntryResult = PriceListEntry | 'unusable' | 'over-cap';

function parseEntry(entry: unknown): EntryResult {
  if (!entry || typeof entry !== 'object') return 'unusable';
  const { id, name, context_length, pricing } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID) return 'unusable';
  if (!pricing || typeof pricing !== 'object') return 'unusable';
  const { prompt, completion } = pricing as Record<string, unknown>;
  const input = parsePrice(prompt);
  const output = parsePrice(completion);
  if (input === null || output === null) return 'unusable';
  if (input > MAX_USD_PER_TOKEN || output > MAX_USD_PER_TOKEN) return 'over-cap';
  const contextLength =
    typeof context_length === 'number' && Number.isInteger(context_length) && context_length >= 0 && context_length <= MAX_CONTEXT_LENGTH
      ? context_length
      : null;
  return {
    id,
    name: typeof name === 'string' && name.trim() !== '' && name.length <= MAX_NAME ? name : id,
    contextLength,
    inputUsdPerToken: input,
    outputUsdPerToken: output,
    inputUsdPerMillionTokens: perMillion(prompt as string | number),
    outputUsdPerMillionTokens: perMillion(completion as string | number),
  };
}

/** Validates a parsed list. Refused whole only when its shape is wrong or it holds more than `maxModels` entries. */
export function readPriceList(body: unknown, maxModels: number): ParsedPriceList | PriceListFailure {
  const data = body && typeof body === 'object' ? (body as { data?: unknown }).data : undefined;
  if (!Array.isArray(data)) return { failure: 'the response has no `data` list of models' };
  if (data.length > maxModels) return { failure: `the response lists ${data.length} models, more than the cap of ${maxModels}` };
  const seen = new Set<string>();
  const result: ParsedPriceList = { entries: [], unusable: 0, overCap: { count: 0, examples: [] } };
  for (const item of data) {
    const parsed = parseEntry(item);
    if (parsed === 'unusable') result.unusable++;
    else if (parsed === 'over-cap') {
      result.overCap.count++;
      const id = (item as { id: string }).id;
      if (result.overCap.examples.length < 3) result.overCap.examples.push(id);
    } else if (!seen.has(parsed.id)) {
      seen.add(parsed.id);
      result.entries.push(parsed);
    }
  }
  if (result.entries.length === 0) return { failure: 'the response holds no model with usable prices' };
  return result;
}

/** Decodes and validates a list from raw bytes: what the worker runs. */
export function parsePriceListBytes(bytes: Uint8Array, maxModels: number): ParsedPriceList | PriceListFailure {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { failure: 'the response is not valid JSON' };
  }
  return readPriceList(body, maxModels);
}

interface WorkerInput {
  priceListWorker: true;
  maxModels: number;
  /** Tests only: [0] is set to 1 to release the worker, which sets [1] to 1 once it waits (after parsing). */
  latch: SharedArrayBuffer | null;
}

/**
 * Parses `bytes` in a worker thread (the bytes are moved there, not copied), so a large list never
 * blocks ingest. The worker's heap is bounded; `signal` (the refresh deadline) terminates it.
 */
export function parsePriceListInWorker(
  bytes: Uint8Array,
  opts: { maxModels: number; heapMb: number; signal: AbortSignal; latch?: SharedArrayBuffer | null },
): Promise<ParsedPriceList | PriceListFailure> {
  return new Promise((resolve, reject) => {
    const input: WorkerInput = { priceListWorker: true, maxModels: opts.maxModels, latch: opts.latch ?? null };
    const worker = new Worker(new URL(import.meta.url), { workerData: input, resourceLimits: { maxOldGenerationSizeMb: opts.heapMb } });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal.removeEventListener('abort', abort);
      finish();
      void worker.terminate();
    };
    const abort = () => settle(() => reject(opts.signal.reason));
    if (opts.signal.aborted) return abort();
    opts.signal.addEventListener('abort', abort, { once: true });
    worker.once('message', (result: ParsedPriceList | PriceListFailure) => settle(() => resolve(result)));
    worker.once('error', (err: Error & { code?: string }) => {
      const failure =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `parsing needed more than ${opts.heapMb} MB` : `parsing failed (${err.message})`;
      settle(() => resolve({ failure }));
    });
    worker.once('exit', (code) => settle(() => resolve({ failure: `the parser stopped (exit code ${code})` })));
    // `bytes` must own its whole buffer (never a pooled Buffer's slice): moving it detaches that buffer here.
    worker.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
  });
}

if (!isMainThread && parentPort && (workerData as Partial<WorkerInput> | null)?.priceListWorker) {
  const { maxModels, latch } = workerData as WorkerInput;
  const port = parentPort;
  port.once('message', (bytes: Uint8Array) => {
    const result = parsePriceListBytes(bytes, maxModels);
    if (latch) {
      const flags = new Int32Array(latch);
      Atomics.store(flags, 1, 1);
      Atomics.notify(flags, 1);
      Atomics.wait(flags, 0, 0);
    }
    port.postMessage(result);
  });
}
