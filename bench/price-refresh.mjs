// Ingest latency while the price book refreshes from a large list: POST /v1/track p99 with the server
// re-reading, every ~2 s, a ~15 MB list of 10,000 models (OpenRouter-like, just under the default 16 MiB cap)
// or a hostile 16 MiB list of 316,000 tiny entries (about 100 ms of JSON.parse each time, refused by the model
// cap afterwards), against the same load with no refresh. Lists are parsed in a worker thread, so the ratios
// should stay near 1.
import { createServer } from 'node:http';
import autocannon from 'autocannon';
import { BENCH_KEY, keep, printTable, startServer } from './lib.mjs';

const body = JSON.stringify({
  agent_id: 'bench',
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
  model: 'anthropic/claude-opus-4.8',
  tokens_in: 1200,
  tokens_out: 350,
});

/** A list shaped like OpenRouter's answer: 10,000 models, each with a long description the parser ignores. */
function bigList() {
  const description = 'A model of the benchmark list. '.repeat(45);
  const data = Array.from({ length: 10_000 }, (_, i) => ({
    id: `bench/model-${i}`,
    name: `Bench: model ${i}`,
    description,
    context_length: 128000,
    pricing: { prompt: '0.000003', completion: '0.000015', request: '0', image: '0' },
  }));
  return Buffer.from(JSON.stringify({ data }));
}

/** As many tiny entries as fit in 16 MiB: the most parsing work a body under the default cap can ask for. */
function hostileList() {
  const entry = JSON.stringify({ id: 'm', pricing: { prompt: '0', completion: '0' } });
  const count = Math.floor((16 * 2 ** 20 - 20) / (entry.length + 1));
  return Buffer.from(`{"data":[${Array(count).fill(entry).join(',')}]}`);
}

async function serveList(bytes) {
  let served = 0;
  const server = createServer((_req, res) => {
    served++;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/api/v1/models`,
    served: () => served,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function measure(env, seconds, connections) {
  const server = await startServer(env);
  const headers = { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' };
  try {
    await autocannon({ url: `${server.url}/v1/track`, method: 'POST', body, headers, connections: 10, duration: 3 });
    const run = await autocannon({ url: `${server.url}/v1/track`, method: 'POST', body, headers, connections, duration: seconds });
    return {
      requestsPerSecond: Math.round(run.requests.average),
      p50ms: run.latency.p50,
      p99ms: run.latency.p99,
      maxms: run.latency.max,
      errors: run.errors + run.non2xx,
    };
  } finally {
    await server.stop();
  }
}

export async function priceRefresh({ seconds = Number(process.env.BENCH_SECONDS ?? 15), connections = 20 } = {}) {
  const quiet = await measure({}, seconds, connections);
  const rows = [{ scenario: 'no refresh', ...quiet }];
  const figures = { quiet };
  for (const [name, bytes] of [
    ['openrouter-like', bigList()],
    ['hostile', hostileList()],
  ]) {
    const list = await serveList(bytes);
    try {
      // 0.0005 h = 1.8 s between refreshes: far more often than anyone would configure, to overlap the load.
      const env = { HUMANHOURS_PRICE_BOOK_URL: list.url, HUMANHOURS_PRICE_BOOK_REFRESH_HOURS: '0.0005' };
      const refreshing = await measure(env, seconds, connections);
      const p99Ratio = Number((refreshing.p99ms / Math.max(quiet.p99ms, 1)).toFixed(2));
      figures[name] = { listBytes: bytes.length, refreshes: list.served(), ...refreshing, p99Ratio };
      rows.push({ scenario: `${name} list, ${bytes.length} bytes, ${list.served()} refreshes`, ...refreshing, p99Ratio });
    } finally {
      await list.close();
    }
  }
  printTable(`price-refresh: POST /v1/track, ${connections} connections, ${seconds} s each, SQLite`, rows);
  keep('price-refresh', figures);
  return figures;
}
