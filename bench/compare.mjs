// HumanHours against the floor on each database (bench/floor.mjs: bare node:http + better-sqlite3; bench/floor-pg.mjs:
// the same on PostgreSQL through `pg`, with group commit and one statement per flush), under the same load, run alternately so a noisy machine hits both alike; the figures are medians over the rounds and the
// result is a ratio (HumanHours / floor) that survives the machine.
//   single: POST /v1/track, one event per request, a fresh Idempotency-Key per request
//   batch:  POST /v1/track/batch, 100 events per request, a fresh idempotency_key per event
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startFloor } from './floor.mjs';
import { startPgFloor } from './floor-pg.mjs';
import { BENCH_KEY, benchServices, freshPgDatabase, keep, printTable, root, startServer } from './lib.mjs';

const require = createRequire(join(root, 'apps/server/package.json'));
const Sqlite = require('better-sqlite3');

const event = {
  agent_id: 'bench',
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
  metadata: { client: 'acme' },
};
const BATCH = 100;
const single = JSON.stringify(event);
// One template, a placeholder per item's key: building each request's body is one replaceAll, not 100 stringify.
const batchTemplate = JSON.stringify({ events: Array.from({ length: BATCH }, (_, i) => ({ ...event, idempotency_key: `@@-${i}` })) });
const headers = { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function countEvents(databasePath) {
  const db = new Sqlite(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select count(*) as n from events').get().n;
  } finally {
    db.close();
  }
}

let tagCounter = 0;
export function load(url, { path, connections, duration, batch }) {
  const tag = `${process.pid}-${Date.now()}-${tagCounter++}`;
  let n = 0;
  return autocannon({
    url: `${url}${path}`,
    method: 'POST',
    headers,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: batch
          ? (req) => ({ ...req, body: batchTemplate.replaceAll('@@', `${tag}-${n++}`) })
          : (req) => ({ ...req, body: single, headers: { ...headers, 'idempotency-key': `${tag}-${n++}` } }),
      },
    ],
  });
}

/** One target, fresh database: warm up, then single-event load, then batch load; checks every answer was stored. */
async function measure(name, start, { seconds, connections }) {
  const target = await start();
  try {
    // Warm up at full load: the first seconds of a fresh process and database (code not yet optimised, the
    // statements' plans, the caches) run at half speed or less, for HumanHours and the floor alike.
    await load(target.url, { path: '/v1/track', connections, duration: 5 });
    const before = await target.countEvents();
    const one = await load(target.url, { path: '/v1/track', connections, duration: seconds });
    const many = await load(target.url, { path: '/v1/track/batch', connections, duration: seconds, batch: true });
    const afterBatch = await target.countEvents();
    const stored = afterBatch - before;
    const answered = one['2xx'] + many['2xx'] * BATCH;
    const figures = {
      target: name,
      singleRps: Math.round(one.requests.average),
      singleP50ms: one.latency.p50,
      singleP99ms: one.latency.p99,
      batchEventsPerSecond: Math.round(many.requests.average * BATCH),
      batchP50ms: many.latency.p50,
      batchP99ms: many.latency.p99,
      errors: one.errors + one.non2xx + many.errors + many.non2xx,
      // Every event answered 2xx is in `events`; beyond them, at most what was in flight when a load stopped (autocannon
      // stops counting at its deadline, the server still finishes those requests).
      stored,
      storedMatches: stored >= answered && stored <= answered + connections * (BATCH + 1),
      ...(target.delivered && { webhooksDelivered: target.delivered() }),
    };
    if (!figures.storedMatches) console.warn(`${name}: ${stored} events stored, ${answered} answered 2xx`);
    return figures;
  } finally {
    await target.stop();
  }
}

/** Counts `events` in a SQLite target's file. */
const sqliteTarget = (target) => ({ ...target, countEvents: async () => countEvents(target.databasePath) });

/** Starts `spawn(url)` on a fresh migrated PostgreSQL database, dropped again when the target stops. */
async function pgTarget(base, spawn) {
  const db = await freshPgDatabase(base);
  const target = await spawn(db.url);
  return {
    ...target,
    countEvents: () => db.count('events'),
    async stop() {
      await target.stop();
      await db.drop();
    },
  };
}

/**
 * BENCH_WEBHOOK=1 adds HumanHours with one webhook endpoint subscribed to `event.created` (a sink on loopback that
 * answers 200 at once): the ingest cost of writing the outbox row in each event's transaction, while the delivery
 * worker sends them.
 */
const WEBHOOK = process.env.BENCH_WEBHOOK === '1';
const PRIVATE = { HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: 'true' };

async function withWebhook(target) {
  let delivered = 0;
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      delivered++;
      res.end('ok');
    });
  }).listen(0, '127.0.0.1');
  await once(sink, 'listening');
  const res = await fetch(`${target.url}/v1/webhooks`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ url: `http://127.0.0.1:${sink.address().port}/hook`, event_types: ['event.created'] }),
  });
  if (res.status !== 201) throw new Error(`compare: creating the webhook endpoint answered ${res.status}`);
  return {
    ...target,
    delivered: () => delivered,
    async stop() {
      await target.stop();
      sink.closeAllConnections();
      sink.close();
    },
  };
}

/** The targets of each database: HumanHours and its floor (and, with BENCH_WEBHOOK=1, HumanHours with a webhook). */
function targetsOf(database, services) {
  if (database === 'sqlite') {
    return {
      'sqlite:humanhours': () => startServer().then(sqliteTarget),
      'sqlite:floor': () => startFloor(BENCH_KEY).then(sqliteTarget),
      ...(WEBHOOK && { 'sqlite:humanhours+webhook': () => startServer(PRIVATE).then(sqliteTarget).then(withWebhook) }),
    };
  }
  return {
    ...(WEBHOOK && {
      'postgresql:humanhours+webhook': () =>
        pgTarget(services.pg, (url) => startServer({ HUMANHOURS_DATABASE_URL: url, ...PRIVATE })).then(withWebhook),
    }),
    // One process, so no Redis: the rate limit counts in memory, as a single PostgreSQL-backed process is set up
    // (bench/scale.mjs measures several processes, with Redis).
    'postgresql:humanhours': () => pgTarget(services.pg, (url) => startServer({ HUMANHOURS_DATABASE_URL: url })),
    'postgresql:floor': () => pgTarget(services.pg, (url) => startPgFloor(BENCH_KEY, url)),
  };
}

const TARGETS = {
  single: 0.7,
  singleP99: { sqlite: 50, postgresql: 100 },
  batch: 0.5,
};

export async function compare({
  seconds = Number(process.env.BENCH_SECONDS ?? 10),
  connections = 50,
  rounds = Number(process.env.BENCH_ROUNDS ?? 3),
  databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(','),
} = {}) {
  const services = benchServices();
  if (databases.includes('postgresql') && !services) {
    console.warn('compare: no BENCH_PG_URL (or HUMANHOURS_TEST_PG_URL): PostgreSQL skipped');
    databases = databases.filter((d) => d !== 'postgresql');
  }
  const targets = Object.assign({}, ...databases.map((d) => targetsOf(d, services)));
  const names = Object.keys(targets);
  const runs = [];
  for (let round = 1; round <= rounds; round++) {
    // Alternate the order, so no target always runs on a warmer (or more tired) machine.
    const order = round % 2 ? names : [...names].reverse();
    for (const name of order) {
      const figures = await measure(name, targets[name], { seconds, connections });
      runs.push({ round, ...figures });
      console.log(
        `round ${round}/${rounds} ${name}: ${figures.singleRps} req/s (p99 ${figures.singleP99ms} ms), ${figures.batchEventsPerSecond} events/s in batches`,
      );
    }
  }
  const med = (name, key) => median(runs.filter((r) => r.target === name).map((r) => r[key]));
  const figures = { seconds, connections, rounds, batchSize: BATCH, allStored: runs.every((r) => r.storedMatches && r.errors === 0) };
  const summary = [];
  for (const database of databases) {
    const hh = (key) => med(`${database}:humanhours`, key);
    const fl = (key) => med(`${database}:floor`, key);
    const ratio = (key) => Math.round((hh(key) / fl(key)) * 100) / 100;
    figures[database] = {
      single: {
        humanhoursRps: hh('singleRps'),
        floorRps: fl('singleRps'),
        ratio: ratio('singleRps'),
        humanhoursP99ms: hh('singleP99ms'),
        floorP99ms: fl('singleP99ms'),
      },
      batch: {
        humanhoursEventsPerSecond: hh('batchEventsPerSecond'),
        floorEventsPerSecond: fl('batchEventsPerSecond'),
        ratio: ratio('batchEventsPerSecond'),
        humanhoursP99ms: hh('batchP99ms'),
        floorP99ms: fl('batchP99ms'),
      },
    };
    const f = figures[database];
    const row = (metric, load, key, target, met) => ({
      database,
      metric,
      humanhours: f[load][`humanhours${key}`],
      floor: f[load][`floor${key}`],
      ratio: key.endsWith('ms') ? null : f[load].ratio,
      target,
      met,
    });
    summary.push(
      row('single-event requests/s', 'single', 'Rps', `≥ ${TARGETS.single}×`, f.single.ratio >= TARGETS.single),
      row(
        'single-event p99 (ms)',
        'single',
        'P99ms',
        `≤ ${TARGETS.singleP99[database]} ms`,
        f.single.humanhoursP99ms <= TARGETS.singleP99[database],
      ),
      row(`batch (${BATCH}) events/s`, 'batch', 'EventsPerSecond', `≥ ${TARGETS.batch}×`, f.batch.ratio >= TARGETS.batch),
      row(`batch (${BATCH}) p99 (ms)`, 'batch', 'P99ms', '—', null),
    );
    if (WEBHOOK) {
      const wh = (key) => med(`${database}:humanhours+webhook`, key);
      const vs = (key) => Math.round((wh(key) / fl(key)) * 100) / 100;
      figures[database].webhook = {
        singleRps: wh('singleRps'),
        singleRatio: vs('singleRps'),
        singleP99ms: wh('singleP99ms'),
        batchEventsPerSecond: wh('batchEventsPerSecond'),
        batchRatio: vs('batchEventsPerSecond'),
      };
      const w = figures[database].webhook;
      summary.push(
        {
          database,
          metric: 'single-event requests/s, 1 webhook',
          humanhours: w.singleRps,
          floor: fl('singleRps'),
          ratio: w.singleRatio,
          target: '—',
          met: null,
        },
        {
          database,
          metric: 'single-event p99 (ms), 1 webhook',
          humanhours: w.singleP99ms,
          floor: fl('singleP99ms'),
          ratio: null,
          target: '—',
          met: null,
        },
        {
          database,
          metric: `batch (${BATCH}) events/s, 1 webhook`,
          humanhours: w.batchEventsPerSecond,
          floor: fl('batchEventsPerSecond'),
          ratio: w.batchRatio,
          target: '—',
          met: null,
        },
      );
    }
  }
  figures.runs = runs;
  printTable(`compare: every round (${connections} connections, ${seconds} s per load)`, runs);
  printTable(`compare: HumanHours / floor, medians of ${rounds} rounds`, summary);
  if (!figures.allStored) console.warn('compare: some answers were errors or did not match the rows stored (see the rounds table)');
  keep('compare', figures);
  return figures;
}
