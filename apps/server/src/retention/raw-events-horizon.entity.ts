import { defineEntity, p } from '@mikro-orm/core';

/**
 * How far back raw events are still kept: retention removed every event that happened before `keptFrom`. Reports
 * that need raw events (metadata, ranges off whole hours) over earlier time are refused instead of answering short.
 * One row, `scope = 'all'`; none while nothing was ever dropped.
 */
export const RawEventsHorizonSchema = defineEntity({
  name: 'RawEventsHorizon',
  tableName: 'raw_events_horizon',
  properties: {
    scope: p.string().length(16).primary(),
    keptFrom: p.bigint('number'),
  },
});
