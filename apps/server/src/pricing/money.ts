import { toScaledInteger } from '../core/rounding.js';
import { minorUnits } from './currencies.js';

/** 12.34 EUR → 1234; 1500 JPY → 1500. Rounds half away from zero. */
export function toMinor(amount: number, currency: string): number {
  return toScaledInteger(amount, minorUnits(currency));
}

/** 1234 EUR minor units → 12.34. */
export function fromMinor(minor: number, currency: string): number {
  return minor / 10 ** minorUnits(currency);
}
