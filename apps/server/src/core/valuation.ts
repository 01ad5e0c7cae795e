// The valuation core: plain functions, no framework, no I/O. Everything the server answers about money and hours
// comes from here, in integers (milli-hours, minor currency units) so that reports add up exactly.
import type { Schema } from '@humanhours/contract';
import { toScaledInteger } from './rounding.js';

export type Outcome = Schema<'Outcome'>;
export type BaselineSource = Schema<'TrackedEvent'>['resolved_baseline_source'];
export type CostSource = Schema<'TrackedEvent'>['resolved_cost_source'];

/** What the org's catalogue knows of a task type (see TaskTypeService.catalogue). */
export interface TaskTypeBaselines {
  builtinMinutes: number | null;
  customMinutes: number | null;
  overrideMinutes: number | null;
  archived: boolean;
}

/**
 * The baseline resolution stack: inline `request` → the org's `override` → `builtin` → the org's `custom` type →
 * the org's `fallback`. Null means unknown_task_type. An archived custom type is unknown to new events (only an
 * inline baseline still values them), so archiving is never silently replaced by the fallback.
 */
export function resolveBaseline(
  requestMinutes: number | undefined,
  known: TaskTypeBaselines | null,
  fallbackMinutes: number | null,
): { minutes: number; source: BaselineSource } | null {
  if (requestMinutes !== undefined) return { minutes: requestMinutes, source: 'request' };
  if (known?.archived) return null;
  if (known?.overrideMinutes != null) return { minutes: known.overrideMinutes, source: 'override' };
  if (known?.builtinMinutes != null) return { minutes: known.builtinMinutes, source: 'builtin' };
  if (known?.customMinutes != null) return { minutes: known.customMinutes, source: 'custom' };
  if (fallbackMinutes != null) return { minutes: fallbackMinutes, source: 'fallback' };
  return null;
}

/** The hourly rate: the agent's override, else the org default (which itself defaults to 45). */
export function resolveHourlyRateMinor(agentOverrideMinor: number | null | undefined, orgDefaultMinor: number): number {
  return agentOverrideMinor ?? orgDefaultMinor;
}

/** Share of the saving an outcome earns: all of it, the org's needs_review credit, or nothing. */
export function outcomeCredit(outcome: Outcome, needsReviewCredit: number): number {
  if (outcome === 'success') return 1;
  if (outcome === 'needs_review') return needsReviewCredit;
  return 0;
}

/** hours_saved = round3(credit × max(0, baseline − duration/60) / 60), as milli-hours. */
export function hoursSavedMilli(baselineMinutes: number, durationSeconds: number, credit: number): number {
  return toScaledInteger((credit * Math.max(0, baselineMinutes - durationSeconds / 60)) / 60, 3);
}

/**
 * cost_saved = round2(hours_saved × rate) from the rounded hours — what makes the documented example answer
 * 0.066 h and 2.97 — computed in integers: milli-hours × minor units / 1000, half away from zero.
 */
export function costSavedMinor(hoursMilli: number, rateMinor: number): number {
  return Math.floor((hoursMilli * rateMinor + 500) / 1000);
}

export interface ModelPricing {
  model: string;
  inputUsdPerToken: number;
  outputUsdPerToken: number;
  priceBookAsOf: number;
}

export interface Fx {
  /** Units of the org currency per USD. */
  rate: number;
  asOf: string;
  minorUnits: number;
}

export interface CostInput {
  agentCost?: number;
  model?: string;
  tokensIn?: number;
  tokensOut?: number;
}

export interface ResolvedCost {
  source: CostSource;
  agentCostMinor: number | null;
  pricing: (ModelPricing & { fxRate: number; fxAsOf: string }) | null;
}

/**
 * `provided` when agent_cost is sent; `computed` from model + tokens when the model is in the price book
 * (tokens × USD price, converted to the org currency); otherwise `none`: never an invented cost.
 */
export function resolveCost(input: CostInput, price: ModelPricing | null, fx: Fx): ResolvedCost {
  if (input.agentCost !== undefined) {
    return { source: 'provided', agentCostMinor: toScaledInteger(input.agentCost, fx.minorUnits), pricing: null };
  }
  const hasTokens = input.tokensIn !== undefined || input.tokensOut !== undefined;
  if (input.model === undefined || !hasTokens || !price) return { source: 'none', agentCostMinor: null, pricing: null };
  const usd = (input.tokensIn ?? 0) * price.inputUsdPerToken + (input.tokensOut ?? 0) * price.outputUsdPerToken;
  return {
    source: 'computed',
    agentCostMinor: toScaledInteger(usd * fx.rate, fx.minorUnits),
    pricing: { ...price, fxRate: fx.rate, fxAsOf: fx.asOf },
  };
}

export interface ValuationInput {
  outcome: Outcome;
  baselineMinutes: number;
  durationSeconds: number;
  needsReviewCredit: number;
  rateMinor: number;
  agentCostMinor: number | null;
}

export interface Valuation {
  hoursSavedMilli: number;
  costSavedMinor: number;
  netSavedMinor: number;
}

/** The whole valuation of one event. net_saved = cost_saved − agent_cost (0 when there is no cost). */
export function valueEvent(v: ValuationInput): Valuation {
  const hours = hoursSavedMilli(v.baselineMinutes, v.durationSeconds, outcomeCredit(v.outcome, v.needsReviewCredit));
  const cost = costSavedMinor(hours, v.rateMinor);
  return { hoursSavedMilli: hours, costSavedMinor: cost, netSavedMinor: cost - (v.agentCostMinor ?? 0) };
}
