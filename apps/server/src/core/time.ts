import { canonicalZone } from '@humanhours/time';
import { ApiError } from './api-error.js';

/**
 * The canonical name of a zone from a request or a stored setting, in any letter case (`europe/BERLIN` →
 * `Europe/Berlin`), else 422 `validation_error` on `field`. Offsets like "+01:00" are not zone names.
 */
export function timeZoneOrThrow(name: string, field: string): string {
  const canonical = canonicalZone(name);
  if (canonical === undefined)
    throw ApiError.validation(field, `"${name}" is not an IANA time zone`, 'For example Europe/Berlin, America/New_York or UTC');
  return canonical;
}

/** An instant as ISO 8601; null stays null (so a column that is never null gives a `string`). */
export function iso(ms: number): string;
export function iso(ms: number | null | undefined): string | null;
export function iso(ms: number | null | undefined): string | null {
  return ms == null ? null : new Date(ms).toISOString();
}
