import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseApiKey } from '../core/key-format.js';
import { DEFAULT_PLAN_CATALOGUE, mergePlanCatalogue, PLANS, type Plan, type PlanCatalogue } from '../core/plan-catalogue.js';

export type DatabaseConfig = { kind: 'sqlite'; path: string; url: string } | { kind: 'postgresql'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** HUMANHOURS_ADMIN_TOKEN: enables /v1/admin/* for the operator. Null: those routes do not exist. */
  adminToken: string | null;
  /** HUMANHOURS_INIT_API_KEY (+ _PLAN, _ORG_NAME): start-up ensures an org holding exactly this key. */
  init: { apiKey: string | null; plan: Plan; orgName: string };
  /** What each plan includes and allows: the defaults, or HUMANHOURS_PLANS_FILE merged over them. */
  plans: PlanCatalogue;
  /** HUMANHOURS_REDIS_URL: rate-limit counters shared by several server processes. Null: in memory. */
  redisUrl: string | null;
  /**
   * HUMANHOURS_PRICE_BOOK_URL (OpenRouter `/api/v1/models` format; null: bundled snapshot only), its refresh
   * interval, and the most bytes a refresh reads and models it accepts (see src/pricing/README.md).
   */
  priceBook: { url: string | null; refreshHours: number; maxBytes: number; maxModels: number };
  /** HUMANHOURS_CACHE_TTL_MS: how long a cached key, org, task type, agent rate or webhook endpoint is trusted without a notice. */
  cacheTtlMs: number;
  /** PostgreSQL pool size and statement timeout (ms, 0: none) per process. */
  pool: { max: number; statementTimeoutMs: number };
  /** HUMANHOURS_MCP: serve the MCP endpoint (/mcp) and its protected-resource metadata. */
  mcp: boolean;
  /** Webhooks: private targets allowed (HUMANHOURS_WEBHOOK_ALLOW_PRIVATE), and the key their secrets are sealed with. */
  webhooks: { allowPrivate: boolean; secretKey: string | null };
  /** HUMANHOURS_SMTP_URL (null: no digest emails) and the From address. */
  smtp: { url: string | null; from: string };
  /** HUMANHOURS_RETENTION_MONTHS: raw events kept this many whole months before the current one. Null: forever. */
  retentionMonths: number | null;
  /** Report queries: each one's deadline (ms) and how many run at once per process (SQLite: worker threads). */
  reports: { timeoutMs: number; concurrency: number };
  /** How long a client may take to send a request, how long an idle connection stays open, and how many are open. */
  http: HttpLimits;
}

export interface HttpLimits {
  /** The request line and headers must arrive within this (ms). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (ms): a trickling upload is cut off. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (ms). */
  keepAliveTimeoutMs: number;
  /** Open connections at most; more are refused at once. */
  maxConnections: number;
}

/** What a variable's parser answers when the value will not do: the problems, each naming the variable. */
class Invalid {
  constructor(readonly problems: string[]) {}
}

/** What a parser gets besides the value: the variable's name (for its messages) and the directory paths are relative to. */
interface ParseContext {
  name: string;
  cwd: string;
  /** The value will not do: these problems (never echoing a secret), after `NAME: `. */
  invalid(...problems: string[]): Invalid;
}

/** One environment variable: its default (what unset or empty means), its meaning for the docs, and how it is read. */
interface Setting<T> {
  default: string;
  description: string;
  parse(value: string, ctx: ParseContext): T | Invalid;
}

const setting = <T>(defaultValue: string, description: string, parse: Setting<T>['parse']): Setting<T> => ({
  default: defaultValue,
  description,
  parse,
});

// The parsers every kind of setting shares. Each reads the value as given, or the declared default when it is unset.
const text = (value: string) => value;
const wholeNumber =
  (min: number) =>
  (value: string, ctx: ParseContext): number | Invalid => {
    const n = Number(value);
    return Number.isSafeInteger(n) && n >= min ? n : ctx.invalid(`expected a whole number ≥ ${min}, got "${value}"`);
  };
const oneOf =
  <const T extends string>(choices: readonly T[], expected = `one of ${choices.join(', ')}`) =>
  (value: string, ctx: ParseContext): T | Invalid =>
    choices.includes(value as T) ? (value as T) : ctx.invalid(`expected ${expected}, got "${value}"`);
/** Null when empty; else the value when it matches `pattern`, or `problem` (which never echoes the value: it may hold a secret). */
const optionalMatching =
  (pattern: RegExp, problem: string) =>
  (value: string, ctx: ParseContext): string | null | Invalid =>
    !value ? null : pattern.test(value) ? value : ctx.invalid(problem);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
// setInterval takes at most 2^31-1 ms (about 596 h); a longer delay would fire at once.
const MAX_REFRESH_HOURS = 596;
// The API accepts events up to 90 days old: a shorter retention would drop months that still receive events.
const MIN_RETENTION_MONTHS = 3;

export const DEFAULT_DATABASE_URL = 'sqlite:./data/humanhours.db';

/**
 * Every environment variable the server reads, each declared once: its default, its meaning and its parser. The
 * operator docs (docs/self-hosting.md) are checked against this list in the tests, and `loadConfig` reads nothing
 * else, so the three cannot drift apart.
 */
export const ENV_VARIABLES = {
  PORT: setting('3000', 'HTTP port', (value, ctx) => {
    const port = Number(value);
    return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : ctx.invalid(`expected an integer from 0 to 65535, got "${value}"`);
  }),
  HOST: setting('0.0.0.0', 'Interface to bind', text),
  HUMANHOURS_DATABASE_URL: setting(DEFAULT_DATABASE_URL, '`sqlite:<path>` or `postgres://user:pass@host:5432/db`', (value, ctx) => {
    const db = parseDatabaseUrl(value, ctx.cwd);
    return typeof db === 'string' ? new Invalid([db]) : db;
  }),
  HUMANHOURS_DB_POOL_MAX: setting('10', 'PostgreSQL: connections in the pool per process', wholeNumber(1)),
  HUMANHOURS_DB_STATEMENT_TIMEOUT_MS: setting('30000', 'PostgreSQL: abort a statement after this long (0: never)', wholeNumber(0)),
  HUMANHOURS_REPORT_TIMEOUT_MS: setting('30000', 'Deadline of each report query (past it: 503 `report_timeout`)', wholeNumber(1)),
  HUMANHOURS_REPORT_CONCURRENCY: setting('2', 'Report queries at once per process (SQLite: worker threads)', wholeNumber(1)),
  HUMANHOURS_CACHE_TTL_MS: setting('5000', 'A cached key, org, task type, rate or endpoint is trusted this long (ms)', wholeNumber(0)),
  LOG_LEVEL: setting('info', '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`', oneOf(LOG_LEVELS)),
  HUMANHOURS_ADMIN_TOKEN: setting('', 'Enables the operator API `/v1/admin/*` (24+ characters, 8+ distinct)', (value, ctx) => {
    const weakness = value ? adminTokenWeakness(value) : null;
    return weakness ? ctx.invalid(`${weakness} (generate one, e.g. \`openssl rand -hex 24\`)`) : value || null;
  }),
  HUMANHOURS_INIT_API_KEY: setting('', 'Start-up ensures an org holding exactly this key', (value, ctx) =>
    !value || parseApiKey(value)
      ? value || null
      : ctx.invalid('expected hh_live_ (or hh_test_) + 8 letters/digits + _ + 48 letters/digits'),
  ),
  HUMANHOURS_INIT_PLAN: setting('pro', 'Plan of the org created for the init key or the default org', oneOf<Plan>(PLANS)),
  HUMANHOURS_INIT_ORG_NAME: setting('Default', 'Name of that org', (value, ctx) =>
    value.length > 200 ? ctx.invalid('at most 200 characters') : value,
  ),
  HUMANHOURS_PLANS_FILE: setting('', 'JSON plan catalogue merged over the defaults', (value, ctx) => loadPlans(value, ctx)),
  HUMANHOURS_REDIS_URL: setting(
    '',
    'Rate-limit counters shared by several processes',
    optionalMatching(/^rediss?:\/\/[^\s]+$/, 'expected redis://host:port (or rediss://)'),
  ),
  HUMANHOURS_PRICE_BOOK_URL: setting('', 'OpenRouter-format model list to refresh the price book from', (value, ctx) => {
    if (!value) return null;
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {}
    // The value may hold a token, so the message never echoes it.
    return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname
      ? value
      : ctx.invalid('expected an http(s) URL, e.g. https://openrouter.ai/api/v1/models');
  }),
  HUMANHOURS_PRICE_BOOK_REFRESH_HOURS: setting('24', 'How often to refresh it', (value, ctx) => {
    const hours = Number(value);
    return value.trim() !== '' && Number.isFinite(hours) && hours > 0 && hours <= MAX_REFRESH_HOURS
      ? hours
      : ctx.invalid(`expected a positive number of hours up to ${MAX_REFRESH_HOURS}, got "${value}"`);
  }),
  HUMANHOURS_PRICE_BOOK_MAX_BYTES: setting('16777216', 'A refresh reading more bytes than this (16 MiB) fails', wholeNumber(1024)),
  HUMANHOURS_PRICE_BOOK_MAX_MODELS: setting('10000', 'A refresh listing more models fails; the book never holds more', wholeNumber(1)),
  HUMANHOURS_MCP: setting('on', '`off` removes the MCP endpoint `/mcp` (see docs/mcp.md)', (value, ctx) => {
    const mcp = oneOf(['on', 'off'], 'on or off')(value, ctx);
    return mcp instanceof Invalid ? mcp : mcp === 'on';
  }),
  HUMANHOURS_RETENTION_MONTHS: setting(
    '',
    'Drop raw events older than this many whole months (at least 3); rollups keep totals. Empty: keep forever',
    (value, ctx) => {
      if (!value) return null;
      const n = Number(value);
      return Number.isSafeInteger(n) && n >= MIN_RETENTION_MONTHS && n <= 1200
        ? n
        : ctx.invalid(`expected whole months from ${MIN_RETENTION_MONTHS} to 1200 (or empty: keep forever), got "${value}"`);
    },
  ),
  HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS: setting('10000', 'The request line and headers must arrive within this', wholeNumber(1)),
  HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS: setting(
    '30000',
    'The whole request, body included, must arrive within this (else 408)',
    wholeNumber(1),
  ),
  HUMANHOURS_HTTP_KEEP_ALIVE_TIMEOUT_MS: setting('72000', 'Close an idle keep-alive connection after this', wholeNumber(1)),
  HUMANHOURS_HTTP_MAX_CONNECTIONS: setting('1000', 'Open connections at most per process; more are refused', wholeNumber(1)),
  HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: setting(
    'false',
    '`true` allows `http://` webhook URLs and private, loopback and link-local targets (see docs/webhooks.md)',
    (value, ctx) => {
      const allow = oneOf(['true', 'false'], 'true or false')(value, ctx);
      return allow instanceof Invalid ? allow : allow === 'true';
    },
  ),
  HUMANHOURS_SECRET_KEY: setting(
    '',
    'Seals webhook signing secrets at rest (at least 32 characters; see docs/webhooks.md)',
    (value, ctx) => (value && value.length < 32 ? ctx.invalid('use at least 32 characters (e.g. `openssl rand -hex 32`)') : value || null),
  ),
  HUMANHOURS_SMTP_URL: setting(
    '',
    '`smtp://user:pass@host:587` (or `smtps://`): sends the digest emails',
    // The URL may hold a password, so the message never echoes it.
    optionalMatching(/^smtps?:\/\/[^\s]+$/, 'expected smtp://host:port or smtps://…'),
  ),
  HUMANHOURS_SMTP_FROM: setting('HumanHours <digest@humanhours.invalid>', 'From address of the digest emails', text),
};

export type EnvVariable = keyof typeof ENV_VARIABLES;
type Settings = { [N in EnvVariable]: Exclude<ReturnType<(typeof ENV_VARIABLES)[N]['parse']>, Invalid> };

/** Thrown at start-up with every problem found, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseConfig | string {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) return 'HUMANHOURS_DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/humanhours.db';
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(cwd, path), url };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      return 'HUMANHOURS_DATABASE_URL: not a valid postgres:// URL';
    }
    return { kind: 'postgresql', url };
  }
  return `HUMANHOURS_DATABASE_URL: expected sqlite:<path> or postgres://…, got "${url.split(':')[0]}:…"`;
}

export const ADMIN_TOKEN_MIN_LENGTH = 24;
export const ADMIN_TOKEN_MIN_DISTINCT = 8;

/**
 * Why an operator token is obviously guessable, or null. A random token of 24+ characters from any usual alphabet
 * (hex, base64) has far more than 8 distinct characters; `aaaa…`, `abababab…` or `000000000000000000000001` do not.
 * The token is never echoed.
 */
export function adminTokenWeakness(token: string): string | null {
  if (token.length < ADMIN_TOKEN_MIN_LENGTH) return `use at least ${ADMIN_TOKEN_MIN_LENGTH} characters`;
  if (/\s/.test(token)) return 'must not contain spaces';
  const distinct = new Set(token).size;
  if (distinct === 1) return 'is one character repeated';
  if (distinct < ADMIN_TOKEN_MIN_DISTINCT) return `has only ${distinct} distinct characters (at least ${ADMIN_TOKEN_MIN_DISTINCT})`;
  return null;
}

/**
 * Every variable of ENV_VARIABLES through its parser, in the order declared: the value given, or the default when it
 * is unset or empty. A value that will not do adds its problems and stands in as the default.
 */
function readSettings(env: NodeJS.ProcessEnv, cwd: string, problems: string[]): Settings {
  const settings: Partial<Record<EnvVariable, unknown>> = {};
  for (const [name, declared] of Object.entries(ENV_VARIABLES) as Array<[EnvVariable, Setting<unknown>]>) {
    const ctx: ParseContext = { name, cwd, invalid: (...found) => new Invalid(found.map((p) => `${name}: ${p}`)) };
    const value = declared.parse(env[name] || declared.default, ctx);
    if (value instanceof Invalid) {
      problems.push(...value.problems);
      settings[name] = declared.parse(declared.default, ctx);
    } else settings[name] = value;
  }
  return settings as Settings;
}

/** Reads and validates the environment. Pure: give it any env object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const s = readSettings(env, cwd, problems);
  const http: HttpLimits = {
    headersTimeoutMs: s.HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: s.HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: s.HUMANHOURS_HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: s.HUMANHOURS_HTTP_MAX_CONNECTIONS,
  };
  // Node refuses a headers timeout longer than the request's (the headers are part of the request).
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    problems.push('HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS: must not exceed HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS');
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    port: s.PORT,
    host: s.HOST,
    database: s.HUMANHOURS_DATABASE_URL,
    logLevel: s.LOG_LEVEL,
    adminToken: s.HUMANHOURS_ADMIN_TOKEN,
    init: { apiKey: s.HUMANHOURS_INIT_API_KEY, plan: s.HUMANHOURS_INIT_PLAN, orgName: s.HUMANHOURS_INIT_ORG_NAME },
    plans: s.HUMANHOURS_PLANS_FILE,
    redisUrl: s.HUMANHOURS_REDIS_URL,
    priceBook: {
      url: s.HUMANHOURS_PRICE_BOOK_URL,
      refreshHours: s.HUMANHOURS_PRICE_BOOK_REFRESH_HOURS,
      maxBytes: s.HUMANHOURS_PRICE_BOOK_MAX_BYTES,
      maxModels: s.HUMANHOURS_PRICE_BOOK_MAX_MODELS,
    },
    cacheTtlMs: s.HUMANHOURS_CACHE_TTL_MS,
    pool: { max: s.HUMANHOURS_DB_POOL_MAX, statementTimeoutMs: s.HUMANHOURS_DB_STATEMENT_TIMEOUT_MS },
    mcp: s.HUMANHOURS_MCP,
    webhooks: { allowPrivate: s.HUMANHOURS_WEBHOOK_ALLOW_PRIVATE, secretKey: s.HUMANHOURS_SECRET_KEY },
    smtp: { url: s.HUMANHOURS_SMTP_URL, from: s.HUMANHOURS_SMTP_FROM },
    retentionMonths: s.HUMANHOURS_RETENTION_MONTHS,
    reports: { timeoutMs: s.HUMANHOURS_REPORT_TIMEOUT_MS, concurrency: s.HUMANHOURS_REPORT_CONCURRENCY },
    http,
  };
}

function loadPlans(file: string, ctx: ParseContext): PlanCatalogue | Invalid {
  if (!file) return DEFAULT_PLAN_CATALOGUE;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(ctx.cwd, file), 'utf8'));
  } catch (err) {
    return ctx.invalid(`cannot read ${file} as JSON (${(err as Error).message})`);
  }
  const merged = mergePlanCatalogue(raw);
  return Array.isArray(merged) ? ctx.invalid(...merged) : merged;
}
