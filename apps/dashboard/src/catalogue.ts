import { useMemo } from 'preact/hooks';
import type { Schemas } from './api';
import { useApi } from './hooks';

// Names and pick lists shared by the views, all from the API: the display names of task types and agents, and
// the clients and models that occur in the reports.

export interface Option {
  value: string;
  label: string;
}

/** Task-type keys to their display names (archived ones too: old events still carry them). */
export function useTaskTypeNames(enabled = true): Map<string, string> {
  const list = useApi<Schemas['TaskTypeList']>(enabled ? '/v1/task-types' : null, { include_archived: true });
  return useMemo(() => new Map((list.data?.data ?? []).map((t) => [t.key, t.display_name])), [list.data]);
}

/** Agent ids to their display names (agents without one left out). */
export function useAgentNames(): Map<string, string> {
  const list = useApi<Schemas['AgentList']>('/v1/agents', { limit: 1000 });
  return useMemo(
    () => new Map((list.data?.data ?? []).filter((a) => a.display_name).map((a) => [a.agent_id, a.display_name!])),
    [list.data],
  );
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** The values one group of a report takes over all time (`group_by=client|model`), the unassigned group left out. */
function useGroupValues(dimension: 'client' | 'model'): Option[] | null {
  const report = useApi<Schemas['ReportResponse']>('/v1/reports/time-saved', { period: 'all', group_by: dimension, top: 1000 });
  return useMemo(() => {
    if (!report.data) return null;
    const values = report.data.rows.map((row) => row.group[dimension]).filter((v): v is string => typeof v === 'string');
    return values.map((value) => ({ value, label: value })).sort(byLabel);
  }, [report.data]);
}

export type PickListName = 'agent_id' | 'task_type' | 'client' | 'model';

/** The pick lists of the report filters; a list is null while loading or when the API refused it (free text then). */
export function useFilterOptions(): Record<PickListName, Option[] | null> {
  const agents = useApi<Schemas['AgentList']>('/v1/agents', { limit: 1000 });
  const types = useApi<Schemas['TaskTypeList']>('/v1/task-types', { include_archived: true });
  const client = useGroupValues('client');
  const model = useGroupValues('model');
  const agent_id = useMemo(
    () =>
      agents.data?.data
        .map((a) => ({ value: a.agent_id, label: a.display_name ? `${a.display_name} (${a.agent_id})` : a.agent_id }))
        .sort(byLabel) ?? null,
    [agents.data],
  );
  const task_type = useMemo(
    () => types.data?.data.map((t) => ({ value: t.key, label: `${t.display_name} (${t.key})` })).sort(byLabel) ?? null,
    [types.data],
  );
  return { agent_id, task_type, client, model };
}
