// HumanHours against the floor (bench/floor.mjs: bare node:http + better-sqlite3 doing the same ingest work), under
// the same load, run alternately so a noisy machine hits both alike; the figures are medians over the rounds and the
// result is a ratio (HumanHours / floor) that survives the machine.
//   single: POST /v1/track, one event per request, a fresh Idempotency-Key per request
//   batch:  POST /v1/track/batch, 100 events per request, a fresh idempotency_key per event
import { createRequire } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startFloor } from './floor.mjs';
import { BENCH_KEY, keep, printTable, root, startServer } from './lib.mjs';

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
function load(url, { path, connections, duration, batch }) {
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
    await load(target.url, { path: '/v1/track', connections: 10, duration: 3 });
    const before = countEvents(target.databasePath);
    const one = await load(target.url, { path: '/v1/track', connections, duration: seconds });
    const many = await load(target.url, { path: '/v1/track/batch', connections, duration: seconds, batch: true });
    const afterBatch = countEvents(target.databasePath);
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
    };
    if (!figures.storedMatches) console.warn(`${name}: ${stored} events stored, ${answered} answered 2xx`);
    return figures;
  } finally {
    await target.stop();
  }
}

export async function compare({
  seconds = Number(process.env.BENCH_SECONDS ?? 10),
  connections = 50,
  rounds = Number(process.env.BENCH_ROUNDS ?? 3),
} = {}) {
  const targets = {
    humanhours: () => startServer(),
    floor: () => startFloor(BENCH_KEY),
  };
  const runs = [];
  for (let round = 1; round <= rounds; round++) {
    // Alternate who goes first, so neither always runs on a warmer (or more tired) machine.
    const order = round % 2 ? ['humanhours', 'floor'] : ['floor', 'humanhours'];
    for (const name of order) {
      const figures = await measure(name, targets[name], { seconds, connections });
      runs.push({ round, ...figures });
      console.log(
        `round ${round}/${rounds} ${name}: ${figures.singleRps} req/s (p99 ${figures.singleP99ms} ms), ${figures.batchEventsPerSecond} events/s in batches`,
      );
    }
  }
  const med = (name, key) => median(runs.filter((r) => r.target === name).map((r) => r[key]));
  const hh = (key) => med('humanhours', key);
  const fl = (key) => med('floor', key);
  const ratio = (key) => Math.round((hh(key) / fl(key)) * 100) / 100;
  const figures = {
    seconds,
    connections,
    rounds,
    batchSize: BATCH,
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
    allStored: runs.every((r) => r.storedMatches && r.errors === 0),
    runs,
  };
  printTable(`compare: every round (${connections} connections, ${seconds} s per load, SQLite)`, runs);
  printTable(`compare: HumanHours / floor, medians of ${rounds} rounds`, [
    {
      metric: 'single-event requests/s',
      humanhours: figures.single.humanhoursRps,
      floor: figures.single.floorRps,
      ratio: figures.single.ratio,
      target: '≥ 0.7×',
      met: figures.single.ratio >= 0.7,
    },
    {
      metric: 'single-event p99 (ms)',
      humanhours: figures.single.humanhoursP99ms,
      floor: figures.single.floorP99ms,
      ratio: null,
      target: '≤ 50 ms',
      met: figures.single.humanhoursP99ms <= 50,
    },
    {
      metric: `batch (${BATCH}) events/s`,
      humanhours: figures.batch.humanhoursEventsPerSecond,
      floor: figures.batch.floorEventsPerSecond,
      ratio: figures.batch.ratio,
      target: '≥ 0.5×',
      met: figures.batch.ratio >= 0.5,
    },
    {
      metric: `batch (${BATCH}) p99 (ms)`,
      humanhours: figures.batch.humanhoursP99ms,
      floor: figures.batch.floorP99ms,
      ratio: null,
      target: '—',
      met: null,
    },
  ]);
  if (!figures.allStored) console.warn('compare: some answers were errors or did not match the rows stored (see the rounds table)');
  keep('compare', figures);
  return figures;
}
