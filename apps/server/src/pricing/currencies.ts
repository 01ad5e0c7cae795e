import fxTable from './fx-rates.json' with { type: 'json' };

interface CurrencyInfo {
  minor_units: number;
  per_usd: number;
}

const currencies = fxTable.currencies as Record<string, CurrencyInfo>;

/** The bundled FX table's date: what `fx_as_of` says when no org override is set. */
export const FX_AS_OF: string = fxTable.as_of;

/** The currencies an org may use: those whose minor units and USD rate we know. */
export const SUPPORTED_CURRENCIES = Object.keys(currencies).sort();

export function isSupportedCurrency(code: string): boolean {
  return Object.hasOwn(currencies, code);
}

/** ISO 4217 minor units: 2 for EUR, 0 for JPY. Money is stored as integers of 10^-minorUnits. */
export function minorUnits(currency: string): number {
  const info = currencies[currency];
  if (!info) throw new RangeError(`unsupported currency ${currency}`);
  return info.minor_units;
}

/** Units of `currency` per 1 USD from the bundled table. */
export function bundledUsdRate(currency: string): number {
  const info = currencies[currency];
  if (!info) throw new RangeError(`unsupported currency ${currency}`);
  return info.per_usd;
}
