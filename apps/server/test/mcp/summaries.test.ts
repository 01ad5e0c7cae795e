import { listOperations, spec } from '@humanhours/contract';
import { describe, expect, it } from 'vitest';
import { inlineSchema, pickProperties, queryInputSchema } from '../../src/mcp/spec-schemas.js';
import { estimateText, hours, summaryText, usageText } from '../../src/mcp/summaries.js';

const meta = { period: '30d', range: { from: '2026-11-02T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z' } };
const totals = { events: 1204, hours_saved: 135.9, cost_saved: 6115.8, agent_cost: 13.5, net_saved: 6102.3 };

describe('the tools’ sentences', () => {
  it('say what the summary says, in the org currency', () => {
    expect(summaryText({ meta, currency: 'EUR', totals, rates: { success_rate: 0.914 } })).toBe(
      'Saved 135.9 h and €6,115.80 in the last 30 days, net €6,102.30 after €13.50 agent cost (1,204 events, 91% successful).',
    );
    expect(
      summaryText({
        meta: { ...meta, period: 'custom' },
        currency: 'JPY',
        totals: { ...totals, events: 1, agent_cost: 0 },
        rates: { success_rate: 1 },
      }),
    ).toBe('Saved 135.9 h and ¥6,116 from 2026-11-02T00:00:00.000Z to 2026-12-02T00:00:00.000Z, net ¥6,102 (1 event, 100% successful).');
    expect(summaryText({ meta, currency: 'EUR', totals: { ...totals, events: 0 }, rates: { success_rate: null } })).toBe(
      'No events in the last 30 days.',
    );
  });

  it('keep small figures readable', () => {
    expect([hours(0.066), hours(4.25), hours(1234.56)]).toEqual(['0.066 h', '4.25 h', '1,234.6 h']);
  });

  it('tell a hard cap from billed overage', () => {
    const usage = {
      plan: 'pro',
      events_this_month: 12_500,
      events_included_in_plan: 10_000,
      overage_events: 2_500,
      projected_overage_eur: 31.25,
      hard_cap: false,
    };
    expect(usageText(usage)).toBe(
      '12,500 of 10,000 included events used this month on the pro plan; 2,500 over, projected overage €31.25.',
    );
    expect(
      usageText({
        ...usage,
        plan: 'free',
        events_this_month: 500,
        events_included_in_plan: 500,
        overage_events: 0,
        projected_overage_eur: null,
        hard_cap: true,
      }),
    ).toBe('500 of 500 included events used this month on the free plan; events beyond them are refused until the next month.');
  });

  it('say an estimate stores nothing, and when no agent cost is known', () => {
    const e = {
      task_type: 'code_review',
      currency: 'USD',
      hours_saved: 0.25,
      cost_saved: 11.25,
      agent_cost: null,
      net_saved: 11.25,
      resolved_baseline_minutes: 16,
      resolved_baseline_source: 'builtin',
      resolved_hourly_rate: 45,
    };
    expect(estimateText(e)).toBe(
      'A successful code_review run would save 0.25 h and $11.25, net $11.25 (no agent cost known); baseline 16 min (builtin) at $45.00/h. Nothing was stored.',
    );
  });
});

describe('schemas from openapi.yaml', () => {
  const op = (id: string) => listOperations(spec).find((o) => o.id === id)!;

  it('inline every $ref, keep siblings over the referenced schema, drop OpenAPI-only keywords', () => {
    const period = inlineSchema({ $ref: '#/components/schemas/Period', default: '30d', example: '7d', 'x-note': 1 });
    expect(period).toEqual({ ...spec.components.schemas.Period, default: '30d' });
    expect(JSON.stringify(inlineSchema(spec.components.schemas.SummaryResponse))).not.toMatch(/\$ref|"example"/);
  });

  it('flatten allOf + unevaluatedProperties into one closed object', () => {
    const track = inlineSchema(spec.components.schemas.TrackRequest);
    expect(track.allOf).toBeUndefined();
    expect(track).toMatchObject({ type: 'object', additionalProperties: false, required: ['agent_id', 'task_type', 'outcome'] });
    expect(Object.keys(track.properties)).toEqual(Object.keys(spec.components.schemas.TrackFields.properties));
  });

  it('turn query parameters into arguments, with their descriptions and the metadata.<key> pattern', () => {
    const schema = queryInputSchema(op('getSummary'), ['format']);
    expect(schema.properties.format).toBeUndefined();
    expect(schema.properties.tz.description).toMatch(/IANA time zone/);
    expect(Object.keys(schema.patternProperties)).toEqual([op('getSummary').dynamicQuery!.pattern]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('pick properties and keep only their own requirements', () => {
    const picked = pickProperties(inlineSchema(spec.components.schemas.TrackRequest), ['task_type', 'model']);
    expect(picked).toMatchObject({ required: ['task_type'] });
    expect(Object.keys(picked.properties)).toEqual(['task_type', 'model']);
    expect(() => pickProperties(picked, ['nope'])).toThrow(/no properties nope/);
  });
});
