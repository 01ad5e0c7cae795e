#!/usr/bin/env node
// Regenerates apps/server/src/pricing/price-book.snapshot.json (the bundled price book) from the pinned
// devDependency @pydantic/genai-prices: its `openrouter` provider, whose model ids are OpenRouter ids.
//
//   pnpm prices:update   write the snapshot (asks the npm registry once for the package's release date)
//   pnpm prices:check    exit 1 when the committed snapshot is not what the installed package gives
//
// The output is deterministic: entries sorted by id, prices as exact decimal strings, fixed key order.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@pydantic/genai-prices';
const PROVIDER = 'openrouter';
const SNAPSHOT = fileURLToPath(new URL('../apps/server/src/pricing/price-book.snapshot.json', import.meta.url));

/** Every `equals` of a match tree: the exact ids the package prices with this model (regex/prefix rules can't be listed). */
function exactIds(match) {
  if (typeof match.equals === 'string') return [match.equals];
  if (Array.isArray(match.or)) return match.or.flatMap(exactIds);
  return [];
}

/** The prices in effect at `asOf`: the last unconstrained or already started entry (time-of-day discounts are not a base price). */
function pricesAt(prices, asOf) {
  if (!Array.isArray(prices)) return prices;
  let found = null;
  for (const p of prices) {
    if (!p.constraint || (p.constraint.type === 'start_date' && Date.parse(p.constraint.start_date) <= Date.parse(asOf))) found = p.prices;
  }
  return found;
}

/** A tiered price's base rate (below the first threshold); the bundled book carries one rate per direction. */
const baseRate = (price) => (typeof price === 'object' && price !== null ? price.base : price);

/**
 * USD per million tokens (a JS number from the package) → USD per token as an exact decimal string:
 * the number's shortest digits with the decimal point moved six places, never a float product.
 */
export function perTokenDecimal(perMillion) {
  if (!Number.isFinite(perMillion) || perMillion < 0) throw new Error(`not a price: ${perMillion}`);
  if (perMillion === 0) return '0';
  const [mantissa, exponent] = perMillion.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const point = 1 + Number(exponent) - 6; // digits before the decimal point
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The installed (pinned) version of the package. */
const installedVersion = () => JSON.parse(readFileSync(findPackageJSON(PACKAGE, import.meta.url), 'utf8')).version;

/** The snapshot the installed package gives, dated `asOf` (the release date of that version). */
export async function buildSnapshot(asOf) {
  const version = installedVersion();
  const { calcPrice, findProvider } = await import(PACKAGE);
  const provider = findProvider({ providerId: PROVIDER });
  if (!provider) throw new Error(`${PACKAGE}@${version} has no ${PROVIDER} provider`);
  const timestamp = new Date(asOf);
  const entries = new Map();
  for (const model of provider.models) {
    const prices = pricesAt(model.prices, asOf);
    if (!prices) continue;
    const input = baseRate(prices.input_mtok);
    const output = baseRate(prices.output_mtok);
    // No token price at all: unknown, not free, unless OpenRouter's `:free` variant (which the package prices at 0).
    if (input === undefined && output === undefined && !model.id.endsWith(':free')) continue;
    for (const id of exactIds(model.match)) {
      if (entries.has(id)) continue;
      // The package's own lookup must land on this model (its first match wins), or we'd misattribute a price.
      if (calcPrice({ input_tokens: 0 }, id, { providerId: PROVIDER, timestamp })?.model.id !== model.id) continue;
      const entry = { id };
      if (id === model.id && model.name) entry.name = model.name;
      entry.context_length = model.context_window ?? null;
      entry.pricing = { prompt: perTokenDecimal(input ?? 0), completion: perTokenDecimal(output ?? 0) };
      entries.set(id, entry);
    }
  }
  const data = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { as_of: asOf, source: `${PACKAGE}@${version} (provider ${PROVIDER})`, data };
}

export const render = (snapshot) => `${JSON.stringify(snapshot, null, 2)}\n`;

function releaseDate(version) {
  const times = JSON.parse(execFileSync('npm', ['view', `${PACKAGE}@${version}`, 'time', '--json'], { encoding: 'utf8' }));
  const at = times[version];
  if (!at) throw new Error(`the registry gave no release date for ${PACKAGE}@${version}`);
  return `${new Date(at).toISOString().slice(0, 19)}Z`;
}

async function main() {
  const check = process.argv.includes('--check');
  const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
  const version = installedVersion();
  if (check) {
    // The release date is the one fact not in the package: keep the committed one while the version matches.
    const expected = render(await buildSnapshot(committed.as_of));
    if (readFileSync(SNAPSHOT, 'utf8') !== expected) {
      console.error(`${SNAPSHOT} is not what ${PACKAGE}@${version} gives: run \`pnpm prices:update\` and commit the result.`);
      process.exit(1);
    }
    console.log(`price book snapshot matches ${PACKAGE}@${version}`);
    return;
  }
  const snapshot = await buildSnapshot(releaseDate(version));
  writeFileSync(SNAPSHOT, render(snapshot));
  console.log(`wrote ${snapshot.data.length} models from ${snapshot.source}, as of ${snapshot.as_of}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
