// PostgreSQL sends bigint (int8) and numeric values as text, since they may pass what a JavaScript number holds
// exactly. Every integer this server stores or sums is bounded at 2^53 − 1 (see openapi.yaml, *Number limits*), so
// they are parsed once, here, where rows come out of the driver: the code above reads numbers on both databases,
// as SQLite gives them. A value beyond 2^53 − 1, or a fraction, stays text, so nothing is silently rounded (a sum
// past the bound is refused by reports/metrics.ts' exactSum).
import type { Pool } from 'pg';

const INT8 = 20;
const NUMERIC = 1700;
const INTEGER = /^-?\d+$/;

/** An integer's text as a number when it is one exactly, else the text as is. */
export function exactInteger(text: string): number | string {
  if (!INTEGER.test(text)) return text;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
}

/** Every connection of the pool parses int8 and numeric with exactInteger (the pool's own; pg's global parsers stay). */
export function parseIntegers(pool: Pool): void {
  pool.on('connect', (client) => {
    client.setTypeParser(INT8, exactInteger);
    client.setTypeParser(NUMERIC, exactInteger);
  });
}
