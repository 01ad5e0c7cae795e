import { defineEntity, p } from '@mikro-orm/core';

/** An org's own task type; archived ones stay for the events that used them. */
export const CustomTaskTypeSchema = defineEntity({
  name: 'CustomTaskType',
  tableName: 'custom_task_types',
  properties: {
    orgId: p.string().length(40).primary(),
    key: p.string().length(64).primary(),
    displayName: p.string().length(200),
    category: p.string().length(20),
    defaultBaselineMinutes: p.double(),
    baselineSource: p.text(),
    sourceUrl: p.string().length(2000).nullable(),
    createdAt: p.bigint('number'),
    createdBy: p.string().length(8),
    archivedAt: p.bigint('number').nullable(),
  },
});

/** An org's own baseline for a task type; the original stays visible beside it. */
export const TaskTypeOverrideSchema = defineEntity({
  name: 'TaskTypeOverride',
  tableName: 'task_type_overrides',
  properties: {
    orgId: p.string().length(40).primary(),
    key: p.string().length(200).primary(),
    baselineMinutes: p.double(),
    reason: p.text(),
    createdAt: p.bigint('number'),
    createdBy: p.string().length(8),
  },
});

/** The audit trail of task-type changes: who, when, old and new value, why. */
export const TaskTypeHistorySchema = defineEntity({
  name: 'TaskTypeHistory',
  tableName: 'task_type_history',
  properties: {
    /** A ULID: unique and in time order (no autoincrement, which SQLite and PostgreSQL type differently). */
    id: p.string().length(26).primary(),
    orgId: p.string().length(40),
    key: p.string().length(200),
    action: p.string().length(20),
    oldBaselineMinutes: p.double().nullable(),
    newBaselineMinutes: p.double().nullable(),
    reason: p.text().nullable(),
    actor: p.string().length(8),
    at: p.bigint('number'),
  },
  indexes: [{ properties: ['orgId', 'key', 'at'] }],
});
