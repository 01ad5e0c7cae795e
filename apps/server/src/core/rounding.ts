/**
 * Rounds half away from zero into an integer count of 10^-decimals units (milli-hours, cents), exactly for the
 * decimal the number was written as: 0.0655 h → 66 milli-hours (binary floating point alone would give 65).
 */
export function toScaledInteger(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const sign = value < 0 ? -1 : 1;
  // toPrecision(15) recovers the decimal the double stands for, so a tie is seen as a tie.
  const [mantissa, exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
  return sign * Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`)) || 0;
}

/** Rounds half away from zero to `decimals` places. */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  return toScaledInteger(value, decimals) / 10 ** decimals;
}
