// Money of one workspace in another's currency, through USD at each side's rate (its override, else the bundled
// table): plain functions. Net stays cost − agent cost exactly, because both are converted and net derived.

import type { OrgSettings } from '../core/org-settings.js';
import { toScaledInteger } from '../core/rounding.js';
import { bundledUsdRate, minorUnits } from '../pricing/currencies.js';
import { fromMinor } from '../pricing/money.js';
import type { Sums } from './metrics.js';

type Side = Pick<OrgSettings, 'currency' | 'usdFxRateOverride'>;
const usdRate = (org: Side) => org.usdFxRateOverride ?? bundledUsdRate(org.currency);

export function convertMinor(minor: number, from: Side, to: Side): number {
  if (from.currency === to.currency) return minor;
  return toScaledInteger((fromMinor(minor, from.currency) / usdRate(from)) * usdRate(to), minorUnits(to.currency));
}

/** The sums with their money in `to`'s currency. */
export function convertSums(sums: Sums, from: Side, to: Side): Sums {
  if (from.currency === to.currency) return { ...sums };
  const costMinor = convertMinor(sums.costMinor, from, to);
  const agentCostMinor = convertMinor(sums.agentCostMinor, from, to);
  return { ...sums, costMinor, agentCostMinor, netMinor: costMinor - agentCostMinor };
}
