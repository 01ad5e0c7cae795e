// pnpm bench [scenario…]: runs the benchmarks (all by default) against the built server and prints figures.
// Not part of `pnpm test`: these measure, they do not assert.
import { compare } from './compare.mjs';
import { events } from './events.mjs';
import { flood } from './flood.mjs';
import { ingest } from './ingest.mjs';
import { machine } from './lib.mjs';
import { noisyNeighbour } from './noisy-neighbour.mjs';
import { priceRefresh } from './price-refresh.mjs';
import { reports, seed } from './reports.mjs';
import { scale } from './scale.mjs';
import { sdk } from './sdk.mjs';
import { sizing } from './sizing.mjs';
import { start } from './start.mjs';

const scenarios = {
  ingest,
  compare,
  scale,
  flood,
  reports,
  events,
  'noisy-neighbour': noisyNeighbour,
  sdk,
  'price-refresh': priceRefresh,
  start,
  sizing,
  // Not a measurement: fills the kept databases (BENCH_KEEP) for `reports` and `events`; never run by default.
  seed,
};
const wanted = process.argv.slice(2).filter((a) => a !== '--');
const unknown = wanted.filter((w) => !(w in scenarios));
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
console.log('machine', machine());
for (const name of wanted.length ? wanted : Object.keys(scenarios).filter((s) => s !== 'seed')) await scenarios[name]();
