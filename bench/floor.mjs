// The floor: the least a server can do to ingest an event as HumanHours does, with nothing else in the way — bare
// node:http and better-sqlite3, no framework, no ORM, no spec-driven validation, no rate limiter. It
//   - authenticates the Bearer key (format check, SHA-256, lookup of the hash in api_keys),
//   - validates the body with hand-written checks of the same fields and limits,
//   - values the event (built-in baseline, hours, money, net) as HumanHours does,
//   - deduplicates the Idempotency-Key with a unique insert (replay 200 / reuse 409), in the insert's transaction,
//   - inserts the same `events` row, upserts the same rollup rows (hourly; daily by agent × task type and by client ×
//     model), counts the month in `org_usage` and the agent in `agents`, all in one transaction per request,
//   - answers 201 with the stored event as JSON (POST /v1/track), or 207 with one result per event (POST /v1/track/batch).
// Run on its own: `node bench/floor.mjs` (PORT, HOST, FLOOR_DATABASE, FLOOR_KEY); bench/compare.mjs spawns it.
// Its HTTP side (`floorServer`) is bench/floor-pg.mjs's too: the two floors differ only in how they write.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, spawnServer } from './lib.mjs';

const require = createRequire(join(root, 'apps/server/package.json'));
const BODY_LIMIT = 1024 * 1024;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
export const KEY_PATTERN = /^hh_(live|test)_([A-Za-z0-9]{8})_([A-Za-z0-9]{48})$/;
const OUTCOME_CREDIT = { success: 1, needs_review: 0.5, failure: 0 };
// The two built-ins the benchmarks send (HumanHours holds 50; a Map lookup costs the same).
const BUILTINS = new Map([
  ['email_classification', 4],
  ['summarize_document', 15],
]);
const FIELDS = new Set([
  'agent_id',
  'task_type',
  'outcome',
  'agent_duration_seconds',
  'agent_cost',
  'model',
  'tokens_in',
  'tokens_out',
  'human_baseline_minutes',
  'metadata',
  'audit_sample',
  'occurred_at',
]);

// The tables HumanHours's SQLite migrations create for these paths, column for column.
const SCHEMA = `
create table if not exists orgs (id text not null primary key, name text not null, plan text not null, currency text not null,
  default_hourly_rate_minor bigint not null, timezone text not null, needs_review_credit double not null,
  fallback_baseline_minutes double null, usd_fx_rate_override double null, included_events bigint null, created_at bigint not null);
create table if not exists api_keys (id text not null primary key, org_id text not null, name text not null, mode text not null,
  secret_hash text not null, scopes text not null, created_at bigint not null, last_used_at bigint null, revoked_at bigint null);
create index if not exists api_keys_secret_hash_index on api_keys (secret_hash);
create table if not exists agents (org_id text not null, agent_id text not null, display_name text null,
  hourly_rate_override_minor bigint null, event_count bigint not null default '0', first_seen_at bigint null,
  last_seen_at bigint null, primary key (org_id, agent_id));
create table if not exists events (event_id text not null primary key, org_id text not null, agent_id text not null,
  task_type text not null, outcome text not null, client text null, model text null, occurred_at bigint not null,
  received_at bigint not null, agent_duration_ms bigint null, baseline_minutes double not null, baseline_source text not null,
  hourly_rate_minor bigint not null, currency text not null, hours_saved_milli bigint not null, cost_saved_minor bigint not null,
  agent_cost_minor bigint null, cost_source text not null, net_saved_minor bigint not null, tokens_in bigint null,
  tokens_out bigint null, input_usd_per_mtok double null, output_usd_per_mtok double null, price_book_as_of bigint null,
  fx_rate double null, fx_as_of text null, metadata json null, audit_sample json null);
create index if not exists events_org_id_occurred_at_index on events (org_id, occurred_at);
create table if not exists idempotency_keys (org_id text not null, key text not null, request_hash text not null,
  event_id text not null, response text not null, created_at bigint not null, primary key (org_id, key));
create index if not exists idempotency_keys_created_at_index on idempotency_keys (created_at);
create table if not exists org_usage (org_id text not null, month text not null, events bigint not null, primary key (org_id, month));
create table if not exists event_rollup (org_id text not null, hour bigint not null, agent_id text not null, task_type text not null,
  client text not null, model text not null, outcome text not null, events bigint not null, hours_saved_milli bigint not null,
  cost_saved_minor bigint not null, agent_cost_minor bigint not null, net_saved_minor bigint not null, tokens_in bigint not null,
  tokens_out bigint not null, duration_ms bigint not null, duration_count bigint not null,
  primary key (org_id, hour, agent_id, task_type, client, model, outcome)) without rowid;
create table if not exists event_rollup_daily (org_id text not null, day bigint not null, agent_id text not null,
  task_type text not null, outcome text not null, events bigint not null, hours_saved_milli bigint not null,
  cost_saved_minor bigint not null, agent_cost_minor bigint not null, net_saved_minor bigint not null, tokens_in bigint not null,
  tokens_out bigint not null, duration_ms bigint not null, duration_count bigint not null,
  primary key (org_id, day, agent_id, task_type, outcome)) without rowid;
create table if not exists event_rollup_daily_client_model (org_id text not null, day bigint not null, client text not null,
  model text not null, outcome text not null, events bigint not null, hours_saved_milli bigint not null,
  cost_saved_minor bigint not null, agent_cost_minor bigint not null, net_saved_minor bigint not null, tokens_in bigint not null,
  tokens_out bigint not null, duration_ms bigint not null, duration_count bigint not null,
  primary key (org_id, day, client, model, outcome)) without rowid;
`;

export const EVENT_COLUMNS = [
  'event_id',
  'org_id',
  'agent_id',
  'task_type',
  'outcome',
  'client',
  'model',
  'occurred_at',
  'received_at',
  'agent_duration_ms',
  'baseline_minutes',
  'baseline_source',
  'hourly_rate_minor',
  'currency',
  'hours_saved_milli',
  'cost_saved_minor',
  'agent_cost_minor',
  'cost_source',
  'net_saved_minor',
  'tokens_in',
  'tokens_out',
  'input_usd_per_mtok',
  'output_usd_per_mtok',
  'price_book_as_of',
  'fx_rate',
  'fx_as_of',
  'metadata',
  'audit_sample',
];
export const HOUR = HOUR_MS;
export const DAY = DAY_MS;
export const SUMS =
  'events, hours_saved_milli, cost_saved_minor, agent_cost_minor, net_saved_minor, tokens_in, tokens_out, duration_ms, duration_count';
const addSums = (table) =>
  SUMS.split(', ')
    .map((c) => `${c} = ${table}.${c} + excluded.${c}`)
    .join(', ');

export class Invalid extends Error {
  constructor(field, message, code = 'validation_error') {
    super(message);
    this.field = field;
    this.code = code;
  }
}

const isString = (v, max = 200) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const isNumber = (v, min, max) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** The same fields and limits as the spec's TrackFields, checked by hand. Returns the valued row's inputs. */
function validate(body, now) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Invalid('body', 'must be an object');
  for (const k of Object.keys(body)) if (!FIELDS.has(k)) throw new Invalid(k, 'is not a recognised field');
  if (!isString(body.agent_id)) throw new Invalid('agent_id', 'must be 1–200 characters');
  if (!isString(body.task_type)) throw new Invalid('task_type', 'must be 1–200 characters');
  if (!(body.outcome in OUTCOME_CREDIT)) throw new Invalid('outcome', 'must be success, failure or needs_review');
  if (body.agent_duration_seconds !== undefined && !isNumber(body.agent_duration_seconds, 0, 31_536_000))
    throw new Invalid('agent_duration_seconds', 'out of range');
  if (body.agent_cost !== undefined && !isNumber(body.agent_cost, 0, 1e9)) throw new Invalid('agent_cost', 'out of range');
  if (body.model !== undefined && !isString(body.model)) throw new Invalid('model', 'must be 1–200 characters');
  for (const f of ['tokens_in', 'tokens_out'])
    if (body[f] !== undefined && !(Number.isInteger(body[f]) && body[f] >= 0 && body[f] <= 1e12)) throw new Invalid(f, 'out of range');
  if (body.human_baseline_minutes !== undefined && !(isNumber(body.human_baseline_minutes, 0, 10_080) && body.human_baseline_minutes > 0))
    throw new Invalid('human_baseline_minutes', 'out of range');
  let metadataJson = null;
  if (body.metadata !== undefined) {
    if (body.metadata === null || typeof body.metadata !== 'object' || Array.isArray(body.metadata))
      throw new Invalid('metadata', 'must be an object');
    metadataJson = JSON.stringify(body.metadata);
    if (Buffer.byteLength(metadataJson) > 8192) throw new Invalid('metadata', 'must be at most 8 KB');
  }
  let auditJson = null;
  if (body.audit_sample !== undefined) {
    const a = body.audit_sample;
    if (a === null || typeof a !== 'object' || Array.isArray(a)) throw new Invalid('audit_sample', 'must be an object');
    for (const f of ['input_excerpt', 'output_excerpt'])
      if (a[f] !== undefined && !(typeof a[f] === 'string' && a[f].length <= 2000)) throw new Invalid(`audit_sample.${f}`, 'too long');
    auditJson = JSON.stringify(a);
  }
  let occurredAt = now;
  if (body.occurred_at !== undefined) {
    occurredAt = typeof body.occurred_at === 'string' ? Date.parse(body.occurred_at) : Number.NaN;
    if (Number.isNaN(occurredAt)) throw new Invalid('occurred_at', 'must be an ISO 8601 date-time');
    if (occurredAt < now - 90 * DAY_MS || occurredAt > now + DAY_MS)
      throw new Invalid('occurred_at', 'out of range', 'occurred_at_out_of_range');
  }
  return { metadataJson, auditJson, occurredAt };
}

const round = (x) => Math.sign(x) * Math.round(Math.abs(x));

/** Values the event and builds its row (the `events` columns, in order) and its response. */
export function prepare(orgId, body, now) {
  const { metadataJson, auditJson, occurredAt } = validate(body, now);
  const builtin = BUILTINS.get(body.task_type);
  const baseline = body.human_baseline_minutes ?? builtin;
  if (baseline === undefined) throw new Invalid('task_type', 'is not in the catalogue', 'unknown_task_type');
  const rateMinor = 4500;
  const durationSeconds = body.agent_duration_seconds ?? 0;
  const hoursMilli = round((OUTCOME_CREDIT[body.outcome] * Math.max(0, baseline - durationSeconds / 60) * 1000) / 60);
  const costMinor = round((hoursMilli * rateMinor) / 1000);
  const agentCostMinor = body.agent_cost === undefined ? null : round(body.agent_cost * 100);
  const netMinor = costMinor - (agentCostMinor ?? 0);
  const client = typeof body.metadata?.client === 'string' ? body.metadata.client : null;
  const eventId = `evt_${now.toString(32).toUpperCase().padStart(10, '0')}${randomBytes(10).toString('hex').slice(0, 16).toUpperCase()}`;
  const durationMs = body.agent_duration_seconds === undefined ? null : Math.round(durationSeconds * 1000);
  const row = [
    eventId,
    orgId,
    body.agent_id,
    body.task_type,
    body.outcome,
    client,
    body.model ?? null,
    occurredAt,
    now,
    durationMs,
    baseline,
    body.human_baseline_minutes === undefined ? 'builtin' : 'request',
    rateMinor,
    'EUR',
    hoursMilli,
    costMinor,
    agentCostMinor,
    agentCostMinor === null ? 'none' : 'provided',
    netMinor,
    body.tokens_in ?? null,
    body.tokens_out ?? null,
    null,
    null,
    null,
    null,
    null,
    metadataJson,
    auditJson,
  ];
  const sums = [
    1,
    hoursMilli,
    costMinor,
    agentCostMinor ?? 0,
    netMinor,
    body.tokens_in ?? 0,
    body.tokens_out ?? 0,
    durationMs ?? 0,
    durationMs === null ? 0 : 1,
  ];
  const response = JSON.stringify({
    event_id: eventId,
    agent_id: body.agent_id,
    task_type: body.task_type,
    outcome: body.outcome,
    resolved_baseline_minutes: baseline,
    resolved_baseline_source: row[11],
    resolved_hourly_rate: rateMinor / 100,
    currency: 'EUR',
    agent_duration_seconds: durationMs === null ? null : durationMs / 1000,
    hours_saved: hoursMilli / 1000,
    cost_saved: costMinor / 100,
    agent_cost: agentCostMinor === null ? null : agentCostMinor / 100,
    resolved_cost_source: row[17],
    net_saved: netMinor / 100,
    model: body.model ?? null,
    tokens_in: body.tokens_in ?? null,
    tokens_out: body.tokens_out ?? null,
    client,
    metadata: body.metadata ?? null,
    resolved_pricing: null,
    occurred_at: new Date(occurredAt).toISOString(),
    received_at: new Date(now).toISOString(),
  });
  return { row, sums, response, occurredAt, agentId: body.agent_id };
}

export function createFloor(databasePath, key) {
  const Database = require('better-sqlite3');
  const db = new Database(databasePath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const orgId = 'org_FLOOR00000000000000000000';
  const now0 = Date.now();
  db.prepare(`insert or ignore into orgs values (?, 'Floor', 'enterprise', 'EUR', 4500, 'UTC', 0.5, null, null, null, ?)`).run(orgId, now0);
  const parsed = KEY_PATTERN.exec(key);
  if (!parsed) throw new Error('floor: FLOOR_KEY is not a HumanHours key');
  db.prepare(`insert or ignore into api_keys values (?, ?, 'floor', ?, ?, 'track:write', ?, null, null)`).run(
    parsed[2],
    orgId,
    parsed[1],
    sha256(key),
    now0,
  );

  const findKey = db.prepare('select id, org_id, secret_hash, revoked_at from api_keys where secret_hash = ?');
  const claim = db.prepare(
    'insert into idempotency_keys (org_id, key, request_hash, event_id, response, created_at) values (?, ?, ?, ?, ?, ?) on conflict (org_id, key) do nothing',
  );
  const findClaim = db.prepare('select request_hash, response from idempotency_keys where org_id = ? and key = ?');
  const countMonth = db.prepare(
    'insert into org_usage (org_id, month, events) values (?, ?, 1) on conflict (org_id, month) do update set events = org_usage.events + 1',
  );
  const insertEvent = db.prepare(`insert into events (${EVENT_COLUMNS.join(', ')}) values (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
  const rollup = db.prepare(
    `insert into event_rollup (org_id, hour, agent_id, task_type, client, model, outcome, ${SUMS}) values (${'?, '.repeat(15)}?)
     on conflict (org_id, hour, agent_id, task_type, client, model, outcome) do update set ${addSums('event_rollup')}`,
  );
  const rollupDaily = db.prepare(
    `insert into event_rollup_daily (org_id, day, agent_id, task_type, outcome, ${SUMS}) values (${'?, '.repeat(13)}?)
     on conflict (org_id, day, agent_id, task_type, outcome) do update set ${addSums('event_rollup_daily')}`,
  );
  const rollupClientModel = db.prepare(
    `insert into event_rollup_daily_client_model (org_id, day, client, model, outcome, ${SUMS}) values (${'?, '.repeat(13)}?)
     on conflict (org_id, day, client, model, outcome) do update set ${addSums('event_rollup_daily_client_model')}`,
  );
  const countAgent = db.prepare(
    `insert into agents (org_id, agent_id, display_name, hourly_rate_override_minor, event_count, first_seen_at, last_seen_at)
     values (?, ?, null, null, 1, ?, ?) on conflict (org_id, agent_id) do update set event_count = agents.event_count + 1,
     last_seen_at = max(agents.last_seen_at, excluded.last_seen_at)`,
  );

  /** One event inside the caller's transaction: replay, conflict, or a new event counted everywhere. */
  function record(p, idempotencyKey, requestHash, now) {
    if (idempotencyKey !== null) {
      if (claim.run(orgId, idempotencyKey, requestHash, p.row[0], p.response, now).changes !== 1) {
        const existing = findClaim.get(orgId, idempotencyKey);
        return existing.request_hash === requestHash ? { status: 200, body: existing.response } : { status: 409 };
      }
    }
    countMonth.run(orgId, new Date(now).toISOString().slice(0, 7));
    insertEvent.run(...p.row);
    const [, , agentId, taskType, outcome, client, model] = p.row;
    rollup.run(orgId, p.occurredAt - (p.occurredAt % HOUR_MS), agentId, taskType, client ?? '', model ?? '', outcome, ...p.sums);
    rollupDaily.run(orgId, p.occurredAt - (p.occurredAt % DAY_MS), agentId, taskType, outcome, ...p.sums);
    rollupClientModel.run(orgId, p.occurredAt - (p.occurredAt % DAY_MS), client ?? '', model ?? '', outcome, ...p.sums);
    countAgent.run(orgId, agentId, now, now);
    return { status: 201, body: p.response };
  }
  const trackOne = db.transaction(record);
  const trackMany = db.transaction((items, now) => items.map((it) => (it.error ? it : record(it.prepared, it.key, it.hash, now))));

  const authenticate = (header) => {
    const token = bearerToken(header);
    if (!token) return null;
    const given = sha256(token);
    const row = findKey.get(given);
    if (!row || row.revoked_at !== null) return null;
    return timingSafeEqual(Buffer.from(row.secret_hash, 'hex'), Buffer.from(given, 'hex')) ? row : null;
  };
  return { server: floorServer({ orgId, authenticate, trackOne, trackMany }), db };
}

export const sha256 = (value) => createHash('sha256').update(value).digest('hex');

/** The Bearer token of an Authorization header when it has a key's format, else null. */
export function bearerToken(header) {
  const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
  return token && KEY_PATTERN.test(token) ? token : null;
}

/**
 * The HTTP side both floors share: routes, body parsing, key check, validation and valuation, answers. The store
 * side is given: `trackOne(prepared, key, hash, now)` and `trackMany(items, now)` (items are `{ prepared, key, hash }`
 * or `{ error }`), returning `{ status, body }` per event, synchronously or as a promise.
 */
export function floorServer({ orgId, authenticate, trackOne, trackMany }) {
  const send = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const error = (res, status, code, field) =>
    send(res, status, JSON.stringify({ error: { code, message: code, ...(field ? { field } : {}) } }));

  async function handle(req, res, raw) {
    const path = req.url.split('?')[0];
    if (req.method === 'GET' && (path === '/healthz' || path === '/readyz')) return send(res, 200, '{"status":"ok"}');
    if (req.method !== 'POST' || (path !== '/v1/track' && path !== '/v1/track/batch')) return error(res, 404, 'not_found');
    if (!(await authenticate(req.headers.authorization))) return error(res, 401, 'invalid_api_key');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return error(res, 415, 'unsupported_media_type');
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return error(res, 400, 'invalid_json');
    }
    const now = Date.now();
    const bodyHash = (v) => sha256(JSON.stringify(v));
    if (path === '/v1/track') {
      const key = req.headers['idempotency-key'] ?? null;
      if (key !== null && (key.length < 1 || key.length > 255)) return error(res, 422, 'validation_error', 'Idempotency-Key');
      let prepared;
      try {
        prepared = prepare(orgId, body, now);
      } catch (err) {
        if (err instanceof Invalid) return error(res, 422, err.code, err.field);
        throw err;
      }
      const out = await trackOne(prepared, key, bodyHash(body), now);
      if (out.status === 409) return error(res, 409, 'idempotency_key_reused', 'Idempotency-Key');
      if (out.status === 200) res.setHeader('idempotent-replayed', 'true');
      return send(res, out.status, out.body);
    }
    const events = body?.events;
    if (!Array.isArray(events) || events.length < 1 || events.length > 1000) return error(res, 422, 'validation_error', 'events');
    const items = events.map((event) => {
      try {
        const { idempotency_key: key = null, ...fields } = event ?? {};
        if (key !== null && !(typeof key === 'string' && key.length >= 1 && key.length <= 255)) throw new Invalid('idempotency_key', 'bad');
        return { prepared: prepare(orgId, fields, now), key, hash: bodyHash(fields) };
      } catch (err) {
        if (err instanceof Invalid) return { error: { status: 422, code: err.code, field: err.field } };
        throw err;
      }
    });
    const outcomes = await trackMany(items, now);
    const results = outcomes.map((o, index) => {
      if (o.error)
        return { index, status: 422, replayed: false, error: { code: o.error.code, message: o.error.code, field: o.error.field } };
      if (o.status === 409)
        return {
          index,
          status: 409,
          replayed: false,
          error: { code: 'idempotency_key_reused', message: 'reused', field: 'idempotency_key' },
        };
      return { index, status: o.status, replayed: o.status === 200, event: JSON.parse(o.body) };
    });
    const count = (s) => results.filter((r) => r.status === s).length;
    const summary = { accepted: count(201), replayed: count(200), failed: results.length - count(201) - count(200) };
    return send(res, 207, JSON.stringify({ results, summary }));
  }

  const server = createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > BODY_LIMIT) return error(res, 413, 'payload_too_large');
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err) => {
        console.error(err);
        error(res, 500, 'internal');
      });
    });
  });
  server.keepAliveTimeout = 72_000;
  return server;
}

/** Spawns the floor as a child process on a fresh SQLite file; resolves once it answers. Same shape as lib's startServer. */
export async function startFloor(key) {
  const server = await spawnServer(fileURLToPath(import.meta.url), (dir) => ({ FLOOR_DATABASE: join(dir, 'floor.db'), FLOOR_KEY: key }));
  return { ...server, databasePath: join(server.dir, 'floor.db') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, db } = createFloor(process.env.FLOOR_DATABASE ?? join(root, 'data/floor.db'), process.env.FLOOR_KEY);
  server.listen(Number(process.env.PORT ?? 3100), process.env.HOST ?? '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    db.close();
    process.exit(0);
  });
}
