import { type Schema, taskTypeCategoryValues } from '@humanhours/contract';
import catalogue from './builtin-task-types.json' with { type: 'json' };

export const TASK_TYPE_CATEGORIES = taskTypeCategoryValues;
export type TaskTypeCategory = Schema<'TaskTypeCategory'>;

/** A task type shipped with HumanHours: its default baseline and the public source it is cited from. */
export interface BuiltinTaskType {
  readonly key: string;
  readonly display_name: string;
  readonly category: TaskTypeCategory;
  readonly default_baseline_minutes: number;
  readonly baseline_source: string;
  readonly source_url: string | null;
}

/** The catalogue's version date, as in builtin-task-types.json. */
export const BUILTIN_CATALOGUE_VERSION: string = catalogue.version;

/** Every built-in task type, in the file's order. */
export const BUILTIN_TASK_TYPES: readonly BuiltinTaskType[] = Object.freeze(
  catalogue.task_types.map((t) => Object.freeze({ ...t, category: t.category as TaskTypeCategory, source_url: t.source_url ?? null })),
);

const byKey: ReadonlyMap<string, BuiltinTaskType> = new Map(BUILTIN_TASK_TYPES.map((t) => [t.key, t]));

/** The built-in with this key, or undefined. */
export function builtinTaskType(key: string): BuiltinTaskType | undefined {
  return byKey.get(key);
}

export function isBuiltinTaskType(key: string): boolean {
  return byKey.has(key);
}
