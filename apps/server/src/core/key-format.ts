import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiKeyScopeValues, type Schema } from '@humanhours/contract';

export type KeyMode = Schema<'ApiKeyMode'>;
export const SCOPES = apiKeyScopeValues;
export type Scope = Schema<'ApiKeyScope'>;

/** A key's effective scopes: an admin key may also review (keys created before review:write existed included). */
export function effectiveScopes(stored: string): Set<Scope> {
  const scopes = new Set(stored.split(' ') as Scope[]);
  if (scopes.has('admin')) scopes.add('review:write');
  return scopes;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const KEY_PATTERN = /^hh_(live|test)_([A-Za-z0-9]{8})_([A-Za-z0-9]{48})$/;

/** `length` characters over [A-Za-z0-9] from the CSPRNG, without modulo bias (bytes ≥ 248 are redrawn). */
export function randomAlphanumeric(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248) out += ALPHABET[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

export interface ParsedKey {
  mode: KeyMode;
  id: string;
  key: string;
}

/** Splits `hh_live_<id>_<secret>`; null when the string is not a key of this format. */
export function parseApiKey(raw: string): ParsedKey | null {
  const m = KEY_PATTERN.exec(raw);
  return m ? { mode: m[1] as KeyMode, id: m[2], key: raw } : null;
}

/** SHA-256 is enough here: the secret has 48 random characters (~285 bits), far beyond brute force. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function keyMatchesHash(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function generateApiKey(mode: KeyMode = 'live'): { key: string; id: string; hash: string } {
  const id = randomAlphanumeric(8);
  const key = `hh_${mode}_${id}_${randomAlphanumeric(48)}`;
  return { key, id, hash: hashApiKey(key) };
}

/** What a list shows instead of the key: enough to recognise it, nothing to use. */
export function keyPrefix(mode: KeyMode, id: string): string {
  return `hh_${mode}_${id}`;
}
