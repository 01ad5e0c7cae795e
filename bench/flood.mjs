// Server memory over a 60 s flood of one API key on the free plan (60 requests/s): almost every request is
// refused by the rate limiter, the path that must not grow memory (no timer or closure kept per hit).
import autocannon from 'autocannon';
import { BENCH_KEY, keep, printTable, rssMiB, startServer } from './lib.mjs';

export async function flood({ seconds = Number(process.env.BENCH_FLOOD_SECONDS ?? 60) } = {}) {
  const server = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
  try {
    // Warm up (JIT, caches), then sample RSS every 5 s under load.
    await autocannon({
      url: `${server.url}/v1/reports/usage`,
      connections: 20,
      duration: 5,
      headers: { authorization: `Bearer ${BENCH_KEY}` },
    });
    const samples = [{ t: 0, rssMiB: rssMiB(server.pid) }];
    const start = Date.now();
    const timer = setInterval(() => samples.push({ t: Math.round((Date.now() - start) / 1000), rssMiB: rssMiB(server.pid) }), 5000);
    const result = await autocannon({
      url: `${server.url}/v1/reports/usage`,
      connections: 50,
      duration: seconds,
      headers: { authorization: `Bearer ${BENCH_KEY}` },
    });
    clearInterval(timer);
    samples.push({ t: seconds, rssMiB: rssMiB(server.pid) });
    const first = samples[1]?.rssMiB ?? samples[0].rssMiB;
    const last = samples.at(-1).rssMiB;
    const figures = {
      seconds,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      limited429: result.statusCodeStats?.['429']?.count ?? result.non2xx,
      rssStartMiB: Math.round(first * 10) / 10,
      rssEndMiB: Math.round(last * 10) / 10,
      rssPeakMiB: Math.round(Math.max(...samples.map((s) => s.rssMiB)) * 10) / 10,
      rssDriftPercent: Math.round(((last - first) / first) * 1000) / 10,
    };
    printTable('flood: one key over its rate limit', [figures]);
    printTable(
      'RSS samples (MiB)',
      samples.map((s) => ({ t: s.t, rssMiB: Math.round(s.rssMiB * 10) / 10 })),
    );
    keep('flood', { ...figures, samples });
    return figures;
  } finally {
    await server.stop();
  }
}
