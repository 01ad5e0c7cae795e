import type { RequestBody, Schema } from '@humanhours/contract';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import type { FreshCache } from '../core/fresh-cache.js';
import { ulid } from '../core/ids.js';
import { iso } from '../core/time.js';
import type { TaskTypeBaselines } from '../core/valuation.js';
import { Database } from '../db/database.js';
import { BUILTIN_TASK_TYPES, type BuiltinTaskType, builtinTaskType, type TaskTypeCategory } from './builtin-catalogue.js';
import { CustomTaskTypeSchema, TaskTypeHistorySchema, TaskTypeOverrideSchema } from './task-type.entity.js';

type CustomTaskType = InstanceType<typeof CustomTaskTypeSchema.class>;
type TaskTypeOverride = InstanceType<typeof TaskTypeOverrideSchema.class>;
type TaskTypeHistory = InstanceType<typeof TaskTypeHistorySchema.class>;
type HistoryAction = Schema<'TaskTypeHistoryEntry'>['action'];

export interface OrgTaskCatalogue {
  /** Null: the key is neither a built-in nor a custom type of the org. */
  lookup(key: string): TaskTypeBaselines | null;
}

export type NewTaskType = RequestBody<'createTaskType'>;

export type TaskTypeOverrideInput = RequestBody<'overrideTaskType'>;

/** A task type as the org sees it: a built-in or one of its customs, with its override. */
export interface TaskTypeView {
  key: string;
  displayName: string;
  category: TaskTypeCategory;
  kind: Schema<'TaskType'>['kind'];
  defaultBaselineMinutes: number;
  baselineSource: string;
  sourceUrl: string | null;
  override: { baselineMinutes: number; reason: string; createdAt: number; createdBy: string } | null;
  archivedAt: number | null;
}

export const HISTORY_LIMIT = 1_000;

// The baselines of a built-in the org did not override: the same frozen object for every org.
const PLAIN_BUILTINS: ReadonlyMap<string, TaskTypeBaselines> = new Map(
  BUILTIN_TASK_TYPES.map((t) => [
    t.key,
    Object.freeze({ builtinMinutes: t.default_baseline_minutes, customMinutes: null, overrideMinutes: null, archived: false }),
  ]),
);

@Injectable()
export class TaskTypeService {
  private readonly cache: FreshCache<string, OrgTaskCatalogue>;

  constructor(@Inject(Database) private readonly db: Database) {
    this.cache = db.caches.create('task-types');
  }

  /**
   * The org's task types reduced to what ingest needs, from memory when fresh: one query set per org, forgotten at
   * once when any process sharing the database changes the org's customs or overrides (db.caches notifies them).
   */
  catalogue(orgId: string): Promise<OrgTaskCatalogue> {
    return this.cache.get(orgId, () => this.loadCatalogue(orgId));
  }

  /** Forgets the org's cached catalogue, and any load begun before the change, here and in every other process. */
  private invalidate(orgId: string): Promise<void> {
    return this.db.caches.invalidate('task-types', orgId);
  }

  private async loadCatalogue(orgId: string): Promise<OrgTaskCatalogue> {
    const [customs, overrides] = await Promise.all([
      this.db.all<{ key: string; minutes: number; archived_at: number | null }>(
        'select "key" as "key", default_baseline_minutes as minutes, archived_at from custom_task_types where org_id = ?',
        [orgId],
      ),
      this.db.all<{ key: string; minutes: number }>(
        'select "key" as "key", baseline_minutes as minutes from task_type_overrides where org_id = ?',
        [orgId],
      ),
    ]);
    const overrideOf = new Map(overrides.map((o) => [o.key, o.minutes]));
    const own = new Map<string, TaskTypeBaselines>();
    for (const c of customs) {
      own.set(c.key, {
        builtinMinutes: builtinTaskType(c.key)?.default_baseline_minutes ?? null,
        customMinutes: c.minutes,
        overrideMinutes: overrideOf.get(c.key) ?? null,
        archived: c.archived_at != null,
      });
    }
    for (const [key, minutes] of overrideOf) {
      const builtin = builtinTaskType(key);
      if (builtin && !own.has(key))
        own.set(key, { builtinMinutes: builtin.default_baseline_minutes, customMinutes: null, overrideMinutes: minutes, archived: false });
    }
    return { lookup: (key) => own.get(key) ?? PLAIN_BUILTINS.get(key) ?? null };
  }

  /** The built-ins and the org's customs with their overrides, by category then key. */
  async list(orgId: string, opts: { category?: TaskTypeCategory; includeArchived: boolean }): Promise<TaskTypeView[]> {
    const em = this.db.em();
    const where: Record<string, unknown> = { orgId };
    if (opts.category) where.category = opts.category;
    if (!opts.includeArchived) where.archivedAt = null;
    const [customs, overrides] = await Promise.all([em.find(CustomTaskTypeSchema, where), em.find(TaskTypeOverrideSchema, { orgId })]);
    const overrideOf = new Map(overrides.map((o) => [o.key, o]));
    const ownKeys = new Set(customs.map((c) => c.key));
    const views = [
      ...BUILTIN_TASK_TYPES.filter((b) => (!opts.category || b.category === opts.category) && !ownKeys.has(b.key)).map((b) =>
        builtinView(b, overrideOf.get(b.key)),
      ),
      ...customs.map((c) => customView(c, overrideOf.get(c.key))),
    ];
    return views.sort((a, b) => compare(a.category, b.category) || compare(a.key, b.key));
  }

  /** One task type (archived included) with its history, newest first. */
  async get(orgId: string, key: string): Promise<TaskTypeView & { history: TaskTypeHistory[] }> {
    const em = this.db.em();
    const view = await this.resolve(em, orgId, key);
    const history = await em.find(TaskTypeHistorySchema, { orgId, key }, { orderBy: { at: 'desc', id: 'desc' }, limit: HISTORY_LIMIT });
    return { ...view, history };
  }

  async create(orgId: string, actor: string, input: NewTaskType, now = Date.now()): Promise<TaskTypeView> {
    if (builtinTaskType(input.key)) throw taken(input.key, 'a built-in task type');
    const em = this.db.em();
    if (await em.findOne(CustomTaskTypeSchema, { orgId, key: input.key })) throw taken(input.key, 'a custom task type of this org');
    const custom = em.create(CustomTaskTypeSchema, {
      orgId,
      key: input.key,
      displayName: input.display_name,
      category: input.category,
      defaultBaselineMinutes: input.default_baseline_minutes,
      baselineSource: input.baseline_source,
      sourceUrl: input.source_url ?? null,
      createdAt: now,
      createdBy: actor,
      archivedAt: null,
    });
    history(em, orgId, input.key, 'created', null, input.default_baseline_minutes, null, actor, now);
    try {
      await em.flush();
    } catch (err) {
      // Another request created the same key between the check and the insert.
      if (err instanceof UniqueConstraintViolationException) throw taken(input.key, 'a custom task type of this org');
      throw err;
    } finally {
      await this.invalidate(orgId);
    }
    return customView(custom, undefined);
  }

  /** Sets or replaces the org's baseline for a built-in or custom type; the default stays beside it. */
  async setOverride(orgId: string, actor: string, key: string, input: TaskTypeOverrideInput, now = Date.now()): Promise<TaskTypeView> {
    try {
      return await this.db.em().transactional(async (em) => {
        const view = await this.resolve(em, orgId, key);
        const before = effective(view);
        const existing = await em.findOne(TaskTypeOverrideSchema, { orgId, key });
        const fields = { baselineMinutes: input.baseline_minutes_override, reason: input.reason, createdAt: now, createdBy: actor };
        if (existing) Object.assign(existing, fields);
        else em.create(TaskTypeOverrideSchema, { orgId, key, ...fields });
        history(em, orgId, key, 'override_set', before, input.baseline_minutes_override, input.reason, actor, now);
        await em.flush();
        return { ...view, override: fields };
      });
    } finally {
      await this.invalidate(orgId);
    }
  }

  /** Removes the org's override; without one, the task type is answered unchanged (and nothing is logged). */
  async removeOverride(orgId: string, actor: string, key: string, now = Date.now()): Promise<TaskTypeView> {
    try {
      return await this.db.em().transactional(async (em) => {
        const view = await this.resolve(em, orgId, key);
        if (!view.override) return view;
        await em.nativeDelete(TaskTypeOverrideSchema, { orgId, key });
        history(em, orgId, key, 'override_removed', view.override.baselineMinutes, view.defaultBaselineMinutes, null, actor, now);
        await em.flush();
        return { ...view, override: null };
      });
    } finally {
      await this.invalidate(orgId);
    }
  }

  /** Archives a custom type (soft delete; the key stays taken). Archiving twice answers it unchanged. */
  async archive(orgId: string, actor: string, key: string, now = Date.now()): Promise<TaskTypeView> {
    try {
      return await this.db.em().transactional(async (em) => {
        const custom = await em.findOne(CustomTaskTypeSchema, { orgId, key });
        if (!custom) {
          if (builtinTaskType(key))
            throw new ApiError('validation_error', `key ${key} is a built-in task type, which cannot be archived`, {
              field: 'key',
              hint: 'Only custom task types can be archived; to change a built-in baseline, override it',
            });
          throw notFound(key);
        }
        const override = (await em.findOne(TaskTypeOverrideSchema, { orgId, key })) ?? undefined;
        if (custom.archivedAt == null) {
          custom.archivedAt = now;
          history(em, orgId, key, 'archived', effective(customView(custom, override)), null, null, actor, now);
          await em.flush();
        }
        return customView(custom, override);
      });
    } finally {
      await this.invalidate(orgId);
    }
  }

  /** The org's custom type with this key (archived included), else the built-in; 404 when neither. */
  private async resolve(em: EntityManager, orgId: string, key: string): Promise<TaskTypeView> {
    const [custom, override] = await Promise.all([
      em.findOne(CustomTaskTypeSchema, { orgId, key }),
      em.findOne(TaskTypeOverrideSchema, { orgId, key }),
    ]);
    if (custom) return customView(custom, override ?? undefined);
    const builtin = builtinTaskType(key);
    if (builtin) return builtinView(builtin, override ?? undefined);
    throw notFound(key);
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const effective = (view: TaskTypeView) => view.override?.baselineMinutes ?? view.defaultBaselineMinutes;

function overrideView(o: TaskTypeOverride | undefined): TaskTypeView['override'] {
  return o
    ? { baselineMinutes: Number(o.baselineMinutes), reason: o.reason, createdAt: Number(o.createdAt), createdBy: o.createdBy }
    : null;
}

function builtinView(b: BuiltinTaskType, override: TaskTypeOverride | undefined): TaskTypeView {
  return {
    key: b.key,
    displayName: b.display_name,
    category: b.category,
    kind: 'builtin',
    defaultBaselineMinutes: b.default_baseline_minutes,
    baselineSource: b.baseline_source,
    sourceUrl: b.source_url,
    override: overrideView(override),
    archivedAt: null,
  };
}

function customView(c: CustomTaskType, override: TaskTypeOverride | undefined): TaskTypeView {
  return {
    key: c.key,
    displayName: c.displayName,
    category: c.category as TaskTypeCategory,
    kind: 'custom',
    defaultBaselineMinutes: Number(c.defaultBaselineMinutes),
    baselineSource: c.baselineSource,
    sourceUrl: c.sourceUrl ?? null,
    override: overrideView(override),
    archivedAt: c.archivedAt == null ? null : Number(c.archivedAt),
  };
}

function history(
  em: EntityManager,
  orgId: string,
  key: string,
  action: HistoryAction,
  oldBaselineMinutes: number | null,
  newBaselineMinutes: number | null,
  reason: string | null,
  actor: string,
  at: number,
): void {
  em.create(TaskTypeHistorySchema, { id: ulid(at), orgId, key, action, oldBaselineMinutes, newBaselineMinutes, reason, actor, at });
}

function taken(key: string, what: string): ApiError {
  return new ApiError('validation_error', `key ${key} is already taken by ${what}`, {
    field: 'key',
    hint: 'Pick another key; archived custom types keep their key',
  });
}

function notFound(key: string): ApiError {
  return new ApiError('not_found', `No task type ${key}`, {
    hint: 'GET /v1/task-types lists the built-in task types and the org’s custom ones',
  });
}

/** The TaskType resource as the API shows it. */
export function taskTypeResponse(t: TaskTypeView): Schema<'TaskType'> {
  return {
    key: t.key,
    display_name: t.displayName,
    category: t.category,
    kind: t.kind,
    default_baseline_minutes: t.defaultBaselineMinutes,
    baseline_source: t.baselineSource,
    source_url: t.sourceUrl,
    override: t.override && {
      baseline_minutes: t.override.baselineMinutes,
      reason: t.override.reason,
      created_at: iso(t.override.createdAt)!,
      created_by: t.override.createdBy,
    },
    effective_baseline_minutes: effective(t),
    archived_at: iso(t.archivedAt),
  };
}

/** The TaskTypeDetail resource: the task type and its audit trail. */
export function taskTypeDetailResponse(t: TaskTypeView & { history: TaskTypeHistory[] }): Schema<'TaskTypeDetail'> {
  return {
    ...taskTypeResponse(t),
    history: t.history.map((h) => ({
      action: h.action as HistoryAction,
      old_baseline_minutes: h.oldBaselineMinutes == null ? null : Number(h.oldBaselineMinutes),
      new_baseline_minutes: h.newBaselineMinutes == null ? null : Number(h.newBaselineMinutes),
      reason: h.reason ?? null,
      actor: h.actor,
      at: iso(Number(h.at))!,
    })),
  };
}
