import { ApiError } from './api-error.js';
import { unstorable } from './text.js';

/** What one position of a cursor holds: a sort key the API itself wrote. */
type Slot = 'id' | 'time';
type SlotValue<S extends Slot> = S extends 'id' ? string : number;
export type CursorShape = readonly Slot[];
type Decoded<T extends CursorShape> = { -readonly [K in keyof T]: T[K] extends Slot ? SlotValue<T[K]> : never };

/** Every id the API pages by (agent ids, org ids, key ids) is at most 200 characters (code points, as the spec counts). */
const MAX_ID_LENGTH = 200;
const codePoints = (s: string) => (s.length <= MAX_ID_LENGTH ? s.length : [...s].length);

const isSlot: Record<Slot, (v: unknown) => boolean> = {
  // A plain, storable string: no operator object, no NUL, no lone surrogate (what the API never issues).
  id: (v) => typeof v === 'string' && codePoints(v) <= MAX_ID_LENGTH && unstorable(v) === null,
  // Epoch milliseconds.
  time: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
};

/** Opaque pagination cursors: the sort key of the last row returned, base64url-encoded JSON. */
export function encodeCursor<T extends CursorShape>(_shape: T, position: Decoded<T>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * The position a cursor holds, only in the exact shape this endpoint issues (count and type of each slot): the
 * values go into queries, so anything else (an operator object, a NUL, another endpoint's cursor) is a 422.
 */
export function decodeCursor<T extends CursorShape>(cursor: string | undefined, shape: T): Decoded<T> | null {
  if (cursor === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {}
  if (Array.isArray(value) && value.length === shape.length && shape.every((slot, i) => isSlot[slot](value[i]))) {
    return value as Decoded<T>;
  }
  throw ApiError.validation('cursor', 'is not a cursor this API returned', 'Pass next_cursor from the previous page unchanged');
}

/**
 * One page of a keyset listing whose query read `limit + 1` rows: the first `limit` of them, and the cursor of the
 * last one when the extra row shows there is more (null on the last page). Every list endpoint pages this way.
 */
export function keysetPage<R, T extends CursorShape>(
  rows: readonly R[],
  limit: number,
  shape: T,
  position: (row: R) => Decoded<T>,
): { rows: R[]; next_cursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next_cursor: rows.length > limit && last !== undefined ? encodeCursor(shape, position(last)) : null };
}
