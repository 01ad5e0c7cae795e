// Time zone names as the runtime's tz database knows them: one canonical spelling per zone.
import { createLRU } from 'lru.min';

/** The spec's `TimeZone` pattern, narrowed: a name, never an offset (`+01:00` is not a zone). */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
const MAX_NAME_LENGTH = 64;

/**
 * Spelling → canonical name (`false`: no such zone). An LRU, because anyone can send any spelling: it stays at this
 * many entries however many arrive. Everything cached per zone further down is keyed by the canonical name only, a
 * set as small as the tz database.
 */
export const ZONE_NAME_CACHE_MAX = 1_000;
const canonicalNames = createLRU<string, string | false>({ max: ZONE_NAME_CACHE_MAX });

/** How many spellings are remembered now (for tests of the bound). */
export const zoneNameCacheSize = (): number => canonicalNames.size;

/**
 * The canonical name of a time zone in any letter case (`europe/BERLIN` → `Europe/Berlin`, `utc` → `UTC`), as the
 * runtime's tz database spells it; `undefined` for anything that is not a zone name.
 */
export function canonicalZone(name: string): string | undefined {
  let known = canonicalNames.get(name);
  if (known === undefined) {
    known = resolve(name);
    canonicalNames.set(name, known);
  }
  return known || undefined;
}

function resolve(name: string): string | false {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH || !ZONE_NAME.test(name)) return false;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
}

/** The canonical name, or a RangeError: for callers that validated the name at their edge already. */
export function zone(name: string): string {
  const canonical = canonicalZone(name);
  if (canonical === undefined) throw new RangeError(`"${name}" is not an IANA time zone`);
  return canonical;
}
