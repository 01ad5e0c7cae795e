// What makes a string storable on every database we support: PostgreSQL refuses U+0000 (text and jsonb) and a lone
// UTF-16 surrogate (jsonb's \ud800 escape), so neither may enter, whatever the database in use.

// ES2024's String.prototype.isWellFormed (Node ≥ 20), not yet in the TypeScript lib this project targets.
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** Why a string cannot be stored, or null. */
export function unstorable(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (!wellFormed(s)) return 'must be valid Unicode (no lone UTF-16 surrogate)';
  return null;
}
