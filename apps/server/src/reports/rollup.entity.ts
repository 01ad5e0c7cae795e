import { defineEntity, p } from '@mikro-orm/core';
import { ROLLED_UP } from './summed-metrics.js';

/** The integer sums a rollup row keeps of its events (the same in every rollup): a column per metric that has one. */
const sums = Object.fromEntries(
  ROLLED_UP.map((m) => [
    m.field,
    m.defaultZero ? p.bigint('number').fieldName(m.column).default(0) : p.bigint('number').fieldName(m.column),
  ]),
);

/**
 * Events summed per org × hour (of occurred_at, UTC) × agent × task type × client × model × outcome, in the same
 * transaction as each insert. Reports read it instead of the events whenever the question allows. A missing
 * client or model is '' here (a key column cannot be null); no real client or model is empty.
 */
export const EventRollupSchema = defineEntity({
  name: 'EventRollup',
  tableName: 'event_rollup',
  properties: {
    orgId: p.string().length(40).primary(),
    hour: p.bigint('number').primary(),
    agentId: p.string().length(200).primary(),
    taskType: p.string().length(200).primary(),
    client: p.string().length(200).primary(),
    model: p.string().length(200).primary(),
    outcome: p.string().length(12).primary(),
    ...sums,
  },
});

/**
 * The same sums per org × UTC day × agent × task type × outcome: no client or model, so a day of any volume is
 * a few hundred rows. Reports over whole days that need neither dimension read it, and the hourly rollup only
 * for the partial days at the edges of their range.
 */
export const EventRollupDailySchema = defineEntity({
  name: 'EventRollupDaily',
  tableName: 'event_rollup_daily',
  properties: {
    orgId: p.string().length(40).primary(),
    day: p.bigint('number').primary(),
    agentId: p.string().length(200).primary(),
    taskType: p.string().length(200).primary(),
    outcome: p.string().length(12).primary(),
    ...sums,
  },
});

/**
 * The same sums per org × UTC day × client × model × outcome: the summary's client and model lists over whole
 * days read a few hundred rows a day from it instead of every hourly row (the hourly rollup only for the edges).
 */
export const EventRollupDailyClientModelSchema = defineEntity({
  name: 'EventRollupDailyClientModel',
  tableName: 'event_rollup_daily_client_model',
  properties: {
    orgId: p.string().length(40).primary(),
    day: p.bigint('number').primary(),
    client: p.string().length(200).primary(),
    model: p.string().length(200).primary(),
    outcome: p.string().length(12).primary(),
    ...sums,
  },
});
