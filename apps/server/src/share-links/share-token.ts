import { createHash, randomBytes } from 'node:crypto';

/** `hhs_` + 43 base64url characters: 256 random bits, unguessable. */
export function newShareToken(): string {
  return `hhs_${randomBytes(32).toString('base64url')}`;
}

/** Only this hash is stored: a database dump never holds a working link. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
