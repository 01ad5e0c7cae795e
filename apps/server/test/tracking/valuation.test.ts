import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero, toScaledInteger } from '../../src/core/rounding.js';
import {
  costSavedMinor,
  hoursSavedMilli,
  resolveBaseline,
  resolveCost,
  resolveHourlyRateMinor,
  valueEvent,
} from '../../src/core/valuation.js';

const EUR = { rate: 0.868282, asOf: '2026-03-27', minorUnits: 2 };
const builtin = (minutes: number) => ({ builtinMinutes: minutes, customMinutes: null, overrideMinutes: null, archived: false });

describe('the documented example', () => {
  it('baseline 4.0 min, agent 4 s, rate 45 → 0.066 h, 2.97', () => {
    const v = valueEvent({
      outcome: 'success',
      baselineMinutes: 4,
      durationSeconds: 4,
      needsReviewCredit: 0.5,
      rateMinor: 4500,
      agentCostMinor: null,
    });
    expect(v).toEqual({ hoursSavedMilli: 66, costSavedMinor: 297, netSavedMinor: 297 });
  });
});

describe('rounding half away from zero, on the decimal written', () => {
  it('rounds ties up in magnitude where binary floating point would not', () => {
    expect(toScaledInteger(0.0655, 3)).toBe(66);
    expect(toScaledInteger(1.005, 2)).toBe(101);
    expect(toScaledInteger(2.675, 2)).toBe(268);
    expect(toScaledInteger(-1.005, 2)).toBe(-101);
    expect(roundHalfAwayFromZero(0.0005, 3)).toBe(0.001);
    expect(toScaledInteger(0.0004999, 3)).toBe(0);
  });

  it('computes cost from the rounded hours, in integers', () => {
    expect(costSavedMinor(66, 4500)).toBe(297);
    expect(costSavedMinor(1, 50)).toBe(0); // 0.05 minor → 0
    expect(costSavedMinor(10, 50)).toBe(1); // 0.5 minor → 1 (half away from zero)
    expect(costSavedMinor(168_000, 10_000_000)).toBe(1_680_000_000);
  });
});

describe('hours saved', () => {
  it('never goes negative when the agent is slower than a human', () => {
    expect(hoursSavedMilli(1, 3600, 1)).toBe(0);
  });

  it('credits outcomes: success 1, needs_review the org credit, failure 0', () => {
    const base = { baselineMinutes: 60, durationSeconds: 0, needsReviewCredit: 0.25, rateMinor: 4000, agentCostMinor: 150 };
    expect(valueEvent({ ...base, outcome: 'success' })).toEqual({ hoursSavedMilli: 1000, costSavedMinor: 4000, netSavedMinor: 3850 });
    expect(valueEvent({ ...base, outcome: 'needs_review' })).toEqual({ hoursSavedMilli: 250, costSavedMinor: 1000, netSavedMinor: 850 });
    expect(valueEvent({ ...base, outcome: 'failure' })).toEqual({ hoursSavedMilli: 0, costSavedMinor: 0, netSavedMinor: -150 });
  });
});

describe('baseline resolution: request → override → builtin → custom → fallback', () => {
  it('prefers an inline baseline over everything', () => {
    expect(resolveBaseline(7, { ...builtin(4), overrideMinutes: 5 }, 3)).toEqual({ minutes: 7, source: 'request' });
  });
  it('takes the override of a built-in, then the built-in', () => {
    expect(resolveBaseline(undefined, { ...builtin(4), overrideMinutes: 5 }, null)).toEqual({ minutes: 5, source: 'override' });
    expect(resolveBaseline(undefined, builtin(4), 3)).toEqual({ minutes: 4, source: 'builtin' });
  });
  it('takes a custom type, then the fallback, else nothing (unknown_task_type)', () => {
    const custom = { builtinMinutes: null, customMinutes: 12, overrideMinutes: null, archived: false };
    expect(resolveBaseline(undefined, custom, 3)).toEqual({ minutes: 12, source: 'custom' });
    expect(resolveBaseline(undefined, null, 3)).toEqual({ minutes: 3, source: 'fallback' });
    expect(resolveBaseline(undefined, null, null)).toBeNull();
  });
  it('treats an archived custom type as unknown, even with a fallback', () => {
    expect(resolveBaseline(undefined, { builtinMinutes: null, customMinutes: 12, overrideMinutes: null, archived: true }, 3)).toBeNull();
    expect(resolveBaseline(2, { builtinMinutes: null, customMinutes: 12, overrideMinutes: null, archived: true }, 3)?.source).toBe(
      'request',
    );
  });
});

describe('hourly rate: agent override → org default', () => {
  it('resolves', () => {
    expect(resolveHourlyRateMinor(6000, 4500)).toBe(6000);
    expect(resolveHourlyRateMinor(null, 4500)).toBe(4500);
  });
});

describe('agent cost: provided, computed or none', () => {
  const gpt = { model: 'openai/gpt-4o', inputUsdPerToken: 0.0000025, outputUsdPerToken: 0.00001, priceBookAsOf: 0 };

  it('uses the provided cost first, in the org currency', () => {
    expect(resolveCost({ agentCost: 0.125, model: 'openai/gpt-4o', tokensIn: 1000 }, gpt, EUR)).toEqual({
      source: 'provided',
      agentCostMinor: 13,
      pricing: null,
    });
  });
  it('computes from tokens and the price book, converted from USD', () => {
    // 1,000,000 × 2.5e-6 + 200,000 × 1e-5 = 4.5 USD → × 0.868282 = 3.907269 EUR → 391
    const cost = resolveCost({ model: 'openai/gpt-4o', tokensIn: 1_000_000, tokensOut: 200_000 }, gpt, EUR);
    expect(cost.source).toBe('computed');
    expect(cost.agentCostMinor).toBe(391);
    expect(cost.pricing).toMatchObject({ fxRate: 0.868282, fxAsOf: '2026-03-27', inputUsdPerToken: 0.0000025 });
  });
  it('invents nothing: unknown model, no tokens, or no model → none', () => {
    expect(resolveCost({ model: 'acme/secret-model', tokensIn: 10 }, null, EUR).source).toBe('none');
    expect(resolveCost({ model: 'openai/gpt-4o' }, gpt, EUR).source).toBe('none');
    expect(resolveCost({ tokensIn: 10 }, gpt, EUR).source).toBe('none');
  });
  it('respects currencies without minor units', () => {
    const jpy = { rate: 159.903, asOf: '2026-03-27', minorUnits: 0 };
    expect(resolveCost({ model: 'openai/gpt-4o', tokensIn: 1_000_000 }, gpt, jpy).agentCostMinor).toBe(400); // 2.5 USD → 399.76 → 400 JPY
  });
});
