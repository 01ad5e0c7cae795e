// Turns one validated track request into the row to store and the response to give, or the error to answer.
// No I/O: everything it needs about the org arrives in the TrackContext, so it is unit tested as it is.
import { createHash } from 'node:crypto';
import { type Schema, spec } from '@humanhours/contract';
import { ApiError } from '../core/api-error.js';
import { newEventId } from '../core/ids.js';
import type { OrgSettings } from '../core/org-settings.js';
import {
  type ModelPricing,
  resolveBaseline,
  resolveCost,
  resolveHourlyRateMinor,
  type TaskTypeBaselines,
  valueEvent,
} from '../core/valuation.js';
import { perMillion } from '../pricing/price-book.js';
import type { EventRow } from './event-row.js';

/** The body of POST /v1/track (or one batch item), already checked against the spec. */
export type TrackInput = Schema<'TrackRequest'>;

export interface TrackContext {
  org: OrgSettings;
  receivedAt: number;
  taskType(key: string): TaskTypeBaselines | null;
  agentRateMinor(agentId: string): number | null;
  modelPrice(model: string): ModelPricing | null;
  fx: { rate: number; asOf: string; minorUnits: number };
}

/** What the ingest store needs to record one event exactly once. */
export interface PreparedEvent {
  row: EventRow;
  idempotencyKey: string | null;
  /** SHA-256 of the canonical request: a replay must carry the same. */
  requestHash: string;
}

/** The spec's maximum of agent_cost (major units of the org currency): a cost computed from tokens is held to it. */
export const AGENT_COST_MAX: number = (spec as any).components.schemas.TrackFields.properties.agent_cost.maximum;

export const METADATA_MAX_BYTES = 8 * 1024;
export const METADATA_MAX_DEPTH = 5;
const DAY_MS = 86_400_000;
export const OCCURRED_AT_MAX_AGE_MS = 90 * DAY_MS;
export const OCCURRED_AT_MAX_AHEAD_MS = DAY_MS;

/** Whether JSON nests deeper than `limit` levels: iterative, and it stops at the first node beyond the limit. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, level] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (level + 1 > limit) return true;
    for (const child of Object.values(node)) stack.push([child, level + 1]);
  }
  return false;
}

/** JSON with keys sorted at every level: two bodies that differ only in key order are the same run. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function requestHash(input: object): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

/** metadata.client, else metadata.client_id, when it is a 1–200 character string. */
export function clientOf(metadata: Record<string, unknown> | undefined): string | null {
  for (const key of ['client', 'client_id']) {
    const value = metadata?.[key];
    if (typeof value === 'string' && value.length >= 1 && value.length <= 200) return value;
  }
  return null;
}

function checkMetadata(metadata: Record<string, unknown> | undefined, field: string): void {
  if (metadata === undefined) return;
  // Depth first: serialising (and later hashing) walk the value, which must be shallow before they do.
  if (deeperThan(metadata, METADATA_MAX_DEPTH)) throw ApiError.validation(field, `must nest at most ${METADATA_MAX_DEPTH} levels deep`);
  if (Buffer.byteLength(JSON.stringify(metadata)) > METADATA_MAX_BYTES) {
    throw ApiError.validation(field, 'must be at most 8 KB as JSON', 'Keep large payloads out of metadata; store a reference instead');
  }
}

function occurredAt(raw: string | undefined, receivedAt: number): number {
  if (raw === undefined) return receivedAt;
  const at = Date.parse(raw);
  if (Number.isNaN(at)) throw ApiError.validation('occurred_at', 'must be an ISO 8601 date-time, e.g. 2026-05-06T10:42:00Z');
  if (at < receivedAt - OCCURRED_AT_MAX_AGE_MS || at > receivedAt + OCCURRED_AT_MAX_AHEAD_MS) {
    throw new ApiError('occurred_at_out_of_range', 'occurred_at must be within the last 90 days and at most 24 h ahead', {
      field: 'occurred_at',
      hint: 'Send the time the task happened; omit it to use the time of receipt',
    });
  }
  return at;
}

/** Values one event. Throws ApiError (validation_error, unknown_task_type, occurred_at_out_of_range). */
export function prepareEvent(input: TrackInput, idempotencyKey: string | null, ctx: TrackContext): PreparedEvent {
  const { org } = ctx;
  checkMetadata(input.metadata, 'metadata');
  const at = occurredAt(input.occurred_at, ctx.receivedAt);
  const baseline = resolveBaseline(input.human_baseline_minutes, ctx.taskType(input.task_type), org.fallbackBaselineMinutes);
  if (!baseline) {
    throw new ApiError('unknown_task_type', `task_type "${input.task_type}" is not in the catalogue`, {
      field: 'task_type',
      hint: 'Use a key from GET /v1/task-types, create a custom type, or send human_baseline_minutes',
    });
  }
  const rateMinor = resolveHourlyRateMinor(ctx.agentRateMinor(input.agent_id), org.defaultHourlyRateMinor);
  const cost = resolveCost(
    { agentCost: input.agent_cost, model: input.model, tokensIn: input.tokens_in, tokensOut: input.tokens_out },
    input.model === undefined ? null : ctx.modelPrice(input.model),
    ctx.fx,
  );
  if (cost.source === 'computed' && cost.agentCostMinor! > AGENT_COST_MAX * 10 ** ctx.fx.minorUnits) {
    throw new ApiError('value_out_of_range', `The cost computed from model and tokens exceeds ${AGENT_COST_MAX} in the org currency`, {
      field: 'tokens_in',
      hint: 'Check the token counts, or send the run’s agent_cost instead',
    });
  }
  const valuationInput = {
    outcome: input.outcome,
    baselineMinutes: baseline.minutes,
    durationSeconds: input.agent_duration_seconds ?? 0,
    needsReviewCredit: org.needsReviewCredit,
    rateMinor,
    agentCostMinor: cost.agentCostMinor,
  };
  const valuation = valueEvent(valuationInput);
  // What a review's approval values it at, frozen now like the rest (rejecting values it at zero).
  const full = input.outcome === 'needs_review' ? valueEvent({ ...valuationInput, outcome: 'success' }) : null;
  const row: EventRow = {
    eventId: newEventId(),
    orgId: org.id,
    agentId: input.agent_id,
    taskType: input.task_type,
    outcome: input.outcome,
    client: clientOf(input.metadata),
    model: input.model ?? null,
    occurredAt: at,
    receivedAt: ctx.receivedAt,
    agentDurationMs: input.agent_duration_seconds === undefined ? null : Math.round(input.agent_duration_seconds * 1000),
    baselineMinutes: baseline.minutes,
    baselineSource: baseline.source,
    hourlyRateMinor: rateMinor,
    currency: org.currency,
    ...valuation,
    agentCostMinor: cost.agentCostMinor,
    costSource: cost.source,
    tokensIn: input.tokens_in ?? null,
    tokensOut: input.tokens_out ?? null,
    inputUsdPerMtok: cost.pricing ? perMillion(cost.pricing.inputUsdPerToken) : null,
    outputUsdPerMtok: cost.pricing ? perMillion(cost.pricing.outputUsdPerToken) : null,
    priceBookAsOf: cost.pricing?.priceBookAsOf ?? null,
    fxRate: cost.pricing?.fxRate ?? null,
    fxAsOf: cost.pricing?.fxAsOf ?? null,
    metadata: input.metadata ?? null,
    auditSample: input.audit_sample ?? null,
    fullCreditHoursMilli: full?.hoursSavedMilli ?? null,
    fullCreditCostMinor: full?.costSavedMinor ?? null,
  };
  return { row, idempotencyKey, requestHash: requestHash(input) };
}
