import { ApiError } from '../http/api-error.js';

/** Opaque pagination cursors: the sort key of the last row returned, base64url-encoded JSON. */
export function encodeCursor(position: unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): unknown[] | null {
  if (cursor === undefined) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value)) return value;
  } catch {}
  throw ApiError.validation('cursor', 'is not a cursor this API returned', 'Pass next_cursor from the previous page unchanged');
}
