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
  /** HUMANHOURS_CACHE_TTL_MS: how long a cached key, org, task type or agent rate is trusted without a notice. */
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

/**
 * Every environment variable the server reads, with its default and meaning: the single list the operator
 * docs (docs/self-hosting.md) are checked against in the tests, so the two cannot drift apart.
 */
export const ENV_VARIABLES = {
  PORT: { default: '3000', description: 'HTTP port' },
  HOST: { default: '0.0.0.0', description: 'Interface to bind' },
  HUMANHOURS_DATABASE_URL: {
    default: 'sqlite:./data/humanhours.db',
    description: '`sqlite:<path>` or `postgres://user:pass@host:5432/db`',
  },
  HUMANHOURS_DB_POOL_MAX: { default: '10', description: 'PostgreSQL: connections in the pool per process' },
  HUMANHOURS_DB_STATEMENT_TIMEOUT_MS: { default: '30000', description: 'PostgreSQL: abort a statement after this long (0: never)' },
  HUMANHOURS_REPORT_TIMEOUT_MS: {
    default: '30000',
    description: 'Deadline of each report query (past it: 503 `report_timeout`)',
  },
  HUMANHOURS_REPORT_CONCURRENCY: {
    default: '2',
    description: 'Report queries at once per process (SQLite: worker threads)',
  },
  HUMANHOURS_CACHE_TTL_MS: {
    default: '5000',
    description: 'A cached key, org, task type or rate is trusted this long (ms)',
  },
  LOG_LEVEL: { default: 'info', description: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`' },
  HUMANHOURS_ADMIN_TOKEN: { default: '', description: 'Enables the operator API `/v1/admin/*` (24+ characters, 8+ distinct)' },
  HUMANHOURS_INIT_API_KEY: { default: '', description: 'Start-up ensures an org holding exactly this key' },
  HUMANHOURS_INIT_PLAN: { default: 'pro', description: 'Plan of the org created for the init key or the default org' },
  HUMANHOURS_INIT_ORG_NAME: { default: 'Default', description: 'Name of that org' },
  HUMANHOURS_PLANS_FILE: { default: '', description: 'JSON plan catalogue merged over the defaults' },
  HUMANHOURS_REDIS_URL: { default: '', description: 'Rate-limit counters shared by several processes' },
  HUMANHOURS_PRICE_BOOK_URL: { default: '', description: 'OpenRouter-format model list to refresh the price book from' },
  HUMANHOURS_PRICE_BOOK_REFRESH_HOURS: { default: '24', description: 'How often to refresh it' },
  HUMANHOURS_PRICE_BOOK_MAX_BYTES: { default: '16777216', description: 'A refresh reading more bytes than this (16 MiB) fails' },
  HUMANHOURS_PRICE_BOOK_MAX_MODELS: { default: '10000', description: 'A refresh listing more models fails; the book never holds more' },
  HUMANHOURS_MCP: { default: 'on', description: '`off` removes the MCP endpoint `/mcp` (see docs/mcp.md)' },
  HUMANHOURS_RETENTION_MONTHS: {
    default: '',
    description: 'Drop raw events older than this many whole months (at least 3); rollups keep totals. Empty: keep forever',
  },
  HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS: { default: '10000', description: 'The request line and headers must arrive within this' },
  HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS: {
    default: '30000',
    description: 'The whole request, body included, must arrive within this (else 408)',
  },
  HUMANHOURS_HTTP_KEEP_ALIVE_TIMEOUT_MS: { default: '72000', description: 'Close an idle keep-alive connection after this' },
  HUMANHOURS_HTTP_MAX_CONNECTIONS: { default: '1000', description: 'Open connections at most per process; more are refused' },
  HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: {
    default: 'false',
    description: '`true` allows `http://` webhook URLs and private, loopback and link-local targets (see docs/webhooks.md)',
  },
  HUMANHOURS_SECRET_KEY: {
    default: '',
    description: 'Seals webhook signing secrets at rest (at least 32 characters; see docs/webhooks.md)',
  },
  HUMANHOURS_SMTP_URL: { default: '', description: '`smtp://user:pass@host:587` (or `smtps://`): sends the digest emails' },
  HUMANHOURS_SMTP_FROM: { default: 'HumanHours <digest@humanhours.invalid>', description: 'From address of the digest emails' },
} as const;

export type EnvVariable = keyof typeof ENV_VARIABLES;

/** Thrown at start-up with every problem found, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const DEFAULT_DATABASE_URL = 'sqlite:./data/humanhours.db';

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

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT: expected an integer from 0 to 65535, got "${raw}"`);
    return 3000;
  }
  return port;
}

// setInterval takes at most 2^31-1 ms (about 596 h); a longer delay would fire at once.
const MAX_REFRESH_HOURS = 596;

function parsePriceBook(env: Partial<Record<EnvVariable, string>>, problems: string[]): AppConfig['priceBook'] {
  const raw = env.HUMANHOURS_PRICE_BOOK_URL || null;
  let url: string | null = null;
  if (raw !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(raw);
    } catch {}
    // The value may hold a token, so the message never echoes it.
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname) url = raw;
    else problems.push('HUMANHOURS_PRICE_BOOK_URL: expected an http(s) URL, e.g. https://openrouter.ai/api/v1/models');
  }
  const rawHours = env.HUMANHOURS_PRICE_BOOK_REFRESH_HOURS;
  let refreshHours = 24;
  if (rawHours !== undefined && rawHours !== '') {
    const hours = Number(rawHours);
    if (rawHours.trim() === '' || !Number.isFinite(hours) || hours <= 0 || hours > MAX_REFRESH_HOURS) {
      problems.push(
        `HUMANHOURS_PRICE_BOOK_REFRESH_HOURS: expected a positive number of hours up to ${MAX_REFRESH_HOURS}, got "${rawHours}"`,
      );
    } else refreshHours = hours;
  }
  return {
    url,
    refreshHours,
    maxBytes: parseCount(env.HUMANHOURS_PRICE_BOOK_MAX_BYTES, 'HUMANHOURS_PRICE_BOOK_MAX_BYTES', 1024, problems),
    maxModels: parseCount(env.HUMANHOURS_PRICE_BOOK_MAX_MODELS, 'HUMANHOURS_PRICE_BOOK_MAX_MODELS', 1, problems),
  };
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

function parseCount(raw: string | undefined, name: EnvVariable, min: number, problems: string[]): number {
  const fallback = Number(ENV_VARIABLES[name].default);
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) {
    problems.push(`${name}: expected a whole number ≥ ${min}, got "${raw}"`);
    return fallback;
  }
  return n;
}

// The API accepts events up to 90 days old: a shorter retention would drop months that still receive events.
const MIN_RETENTION_MONTHS = 3;

function parseRetentionMonths(raw: string | undefined, problems: string[]): number | null {
  if (raw === undefined || raw === '') return null;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < MIN_RETENTION_MONTHS || n > 1200) {
    problems.push(
      `HUMANHOURS_RETENTION_MONTHS: expected whole months from ${MIN_RETENTION_MONTHS} to 1200 (or empty: keep forever), got "${raw}"`,
    );
    return null;
  }
  return n;
}

function parseHttpLimits(env: Partial<Record<EnvVariable, string>>, problems: string[]): HttpLimits {
  const limits = {
    headersTimeoutMs: parseCount(env.HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS, 'HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS', 1, problems),
    requestTimeoutMs: parseCount(env.HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS, 'HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS', 1, problems),
    keepAliveTimeoutMs: parseCount(env.HUMANHOURS_HTTP_KEEP_ALIVE_TIMEOUT_MS, 'HUMANHOURS_HTTP_KEEP_ALIVE_TIMEOUT_MS', 1, problems),
    maxConnections: parseCount(env.HUMANHOURS_HTTP_MAX_CONNECTIONS, 'HUMANHOURS_HTTP_MAX_CONNECTIONS', 1, problems),
  };
  // Node refuses a headers timeout longer than the request's (the headers are part of the request).
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    problems.push('HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS: must not exceed HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS');
  }
  return limits;
}

/** Reads and validates the environment. Pure: give it any env object. */
export function loadConfig(rawEnv: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  // Only the variables of ENV_VARIABLES can be read: a new one has to be documented there first.
  const env = rawEnv as Partial<Record<EnvVariable, string>>;
  const problems: string[] = [];
  const port = parsePort(env.PORT, problems);
  const host = env.HOST || '0.0.0.0';
  const db = parseDatabaseUrl(env.HUMANHOURS_DATABASE_URL || DEFAULT_DATABASE_URL, cwd);
  if (typeof db === 'string') problems.push(db);
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);

  const adminToken = env.HUMANHOURS_ADMIN_TOKEN || null;
  const weakness = adminToken === null ? null : adminTokenWeakness(adminToken);
  if (weakness) problems.push(`HUMANHOURS_ADMIN_TOKEN: ${weakness} (generate one, e.g. \`openssl rand -hex 24\`)`);
  const initApiKey = env.HUMANHOURS_INIT_API_KEY || null;
  if (initApiKey !== null && !parseApiKey(initApiKey)) {
    problems.push('HUMANHOURS_INIT_API_KEY: expected hh_live_ (or hh_test_) + 8 letters/digits + _ + 48 letters/digits');
  }
  const initPlan = (env.HUMANHOURS_INIT_PLAN || 'pro') as Plan;
  if (!PLANS.includes(initPlan))
    problems.push(`HUMANHOURS_INIT_PLAN: expected one of ${PLANS.join(', ')}, got "${env.HUMANHOURS_INIT_PLAN}"`);
  const initOrgName = env.HUMANHOURS_INIT_ORG_NAME || 'Default';
  if (initOrgName.length > 200) problems.push('HUMANHOURS_INIT_ORG_NAME: at most 200 characters');
  const priceBook = parsePriceBook(env, problems);

  const plans = loadPlans(env.HUMANHOURS_PLANS_FILE, cwd, problems);

  const redisUrl = env.HUMANHOURS_REDIS_URL || null;
  if (redisUrl !== null && !/^rediss?:\/\/[^\s]+$/.test(redisUrl))
    problems.push('HUMANHOURS_REDIS_URL: expected redis://host:port (or rediss://)');

  const pool = {
    max: parseCount(env.HUMANHOURS_DB_POOL_MAX, 'HUMANHOURS_DB_POOL_MAX', 1, problems),
    statementTimeoutMs: parseCount(env.HUMANHOURS_DB_STATEMENT_TIMEOUT_MS, 'HUMANHOURS_DB_STATEMENT_TIMEOUT_MS', 0, problems),
  };

  const mcp = env.HUMANHOURS_MCP || 'on';
  if (mcp !== 'on' && mcp !== 'off') problems.push(`HUMANHOURS_MCP: expected on or off, got "${env.HUMANHOURS_MCP}"`);
  const reports = {
    timeoutMs: parseCount(env.HUMANHOURS_REPORT_TIMEOUT_MS, 'HUMANHOURS_REPORT_TIMEOUT_MS', 1, problems),
    concurrency: parseCount(env.HUMANHOURS_REPORT_CONCURRENCY, 'HUMANHOURS_REPORT_CONCURRENCY', 1, problems),
  };
  const http = parseHttpLimits(env, problems);
  const cacheTtlMs = parseCount(env.HUMANHOURS_CACHE_TTL_MS, 'HUMANHOURS_CACHE_TTL_MS', 0, problems);

  const allowPrivate = env.HUMANHOURS_WEBHOOK_ALLOW_PRIVATE || 'false';
  if (allowPrivate !== 'true' && allowPrivate !== 'false')
    problems.push(`HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: expected true or false, got "${allowPrivate}"`);
  const secretKey = env.HUMANHOURS_SECRET_KEY || null;
  if (secretKey !== null && secretKey.length < 32)
    problems.push('HUMANHOURS_SECRET_KEY: use at least 32 characters (e.g. `openssl rand -hex 32`)');
  const smtpUrl = env.HUMANHOURS_SMTP_URL || null;
  // The URL may hold a password, so the message never echoes it.
  if (smtpUrl !== null && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl))
    problems.push('HUMANHOURS_SMTP_URL: expected smtp://host:port or smtps://…');
  const retentionMonths = parseRetentionMonths(env.HUMANHOURS_RETENTION_MONTHS, problems);

  if (problems.length) throw new ConfigError(problems);
  return {
    retentionMonths,
    http,
    pool,
    cacheTtlMs,
    reports,
    port,
    host,
    database: db as DatabaseConfig,
    logLevel,
    adminToken,
    init: { apiKey: initApiKey, plan: initPlan, orgName: initOrgName },
    plans,
    redisUrl,
    priceBook,
    mcp: mcp === 'on',
    webhooks: { allowPrivate: allowPrivate === 'true', secretKey },
    smtp: { url: smtpUrl, from: env.HUMANHOURS_SMTP_FROM || ENV_VARIABLES.HUMANHOURS_SMTP_FROM.default },
  };
}

function loadPlans(file: string | undefined, cwd: string, problems: string[]): PlanCatalogue {
  if (!file) return DEFAULT_PLAN_CATALOGUE;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (err) {
    problems.push(`HUMANHOURS_PLANS_FILE: cannot read ${file} as JSON (${(err as Error).message})`);
    return DEFAULT_PLAN_CATALOGUE;
  }
  const merged = mergePlanCatalogue(raw);
  if (Array.isArray(merged)) {
    problems.push(...merged.map((p) => `HUMANHOURS_PLANS_FILE: ${p}`));
    return DEFAULT_PLAN_CATALOGUE;
  }
  return merged;
}
