import { describe, expect, it } from 'vitest';
import { compileRequestValidators, listOperations, spec } from '../../src/index.js';

const validators = compileRequestValidators(spec);
const track = validators.get('trackEvent')!;
const timeSaved = validators.get('getTimeSavedReport')!;

const seedExample = {
  agent_id: 'support-classifier',
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
};

describe('request validators compiled from openapi.yaml', () => {
  it('exist for every operation of the spec', () => {
    expect([...validators.keys()].sort()).toEqual(
      listOperations(spec)
        .map((o) => o.id)
        .sort(),
    );
  });

  it('accept the documented track example', () => {
    expect(track.body!(seedExample)).toBeNull();
    expect(
      track.body!({ ...seedExample, model: 'openai/gpt-4o', tokens_in: 1200, tokens_out: 300, metadata: { client: 'acme' } }),
    ).toBeNull();
  });

  it('name the missing field', () => {
    const { agent_id: _, ...rest } = seedExample;
    expect(track.body!(rest)).toEqual({ field: 'agent_id', message: 'is required' });
  });

  it('name a nested field with a dotted path', () => {
    const issue = track.body!({ ...seedExample, audit_sample: { input_excerpt: 'x'.repeat(2001) } });
    expect(issue?.field).toBe('audit_sample.input_excerpt');
    expect(issue?.message).toMatch(/2000/);
  });

  it('reject unknown fields by name (a typo must not silently lose a value)', () => {
    expect(track.body!({ ...seedExample, agent_duration: 4 })).toEqual({ field: 'agent_duration', message: 'is not a recognised field' });
  });

  it('list the allowed values of an enum', () => {
    expect(track.body!({ ...seedExample, outcome: 'ok' })?.message).toBe('must be one of: success, failure, needs_review');
  });

  it('reject negative and non-finite numbers', () => {
    expect(track.body!({ ...seedExample, agent_duration_seconds: -1 })?.field).toBe('agent_duration_seconds');
    expect(track.body!({ ...seedExample, tokens_in: 1.5 })?.field).toBe('tokens_in');
    expect(track.body!({ ...seedExample, human_baseline_minutes: 0 })?.field).toBe('human_baseline_minutes');
  });

  it('check header parameters under their documented name', () => {
    expect(track.headers!({ 'idempotency-key': 'k'.repeat(256) })?.field).toBe('Idempotency-Key');
    expect(track.headers!({ 'idempotency-key': 'run-1' })).toBeNull();
  });

  it('coerce query strings and split comma lists', () => {
    const result = timeSaved.query({ period: '7d', group_by: 'agent,task_type', top: '20' });
    expect(result).toEqual({ value: expect.objectContaining({ period: '7d', group_by: ['agent', 'task_type'], top: 20 }) });
  });

  it('reject unknown query parameters and bad values, naming the parameter', () => {
    expect(timeSaved.query({ perod: '7d' })).toEqual({ issue: { field: 'perod', message: 'is not a recognised field' } });
    expect(timeSaved.query({ period: '2w' })).toEqual({ issue: expect.objectContaining({ field: 'period' }) });
    expect(timeSaved.query({ top: 'ten' })).toEqual({ issue: expect.objectContaining({ field: 'top' }) });
  });

  it('accept metadata.<key> filters on reports', () => {
    expect(timeSaved.query({ 'metadata.client': 'acme' })).toEqual({ value: expect.objectContaining({ 'metadata.client': 'acme' }) });
  });
});
