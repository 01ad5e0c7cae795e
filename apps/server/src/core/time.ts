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

export const iso = (ms: number | null | undefined): string | null => (ms == null ? null : new Date(ms).toISOString());
