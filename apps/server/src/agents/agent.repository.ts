// The agents table's SQL: the ORM calls of its endpoints and the statements other domains run (the ingest path's
// count of an agent's events, the reports' display names).
import type { EntityManager } from '@mikro-orm/core';
import type { Database } from '../db/database.js';
import { type Agent, AgentSchema } from './agent.entity.js';

/**
 * How an agent row counts its events: `excluded` holds the new events' count and the earliest and latest time they
 * were received (one event: 1 and its time twice; a flush: the pre-aggregated figures).
 */
export const AGENT_SEEN = `on conflict (org_id, agent_id) do update set
    event_count = agents.event_count + excluded.event_count,
    first_seen_at = coalesce(agents.first_seen_at, excluded.first_seen_at),
    last_seen_at = case when agents.last_seen_at is null or excluded.last_seen_at > agents.last_seen_at
      then excluded.last_seen_at else agents.last_seen_at end`;
export const COUNT_AGENT = `insert into agents (org_id, agent_id, display_name, hourly_rate_override_minor, event_count, first_seen_at, last_seen_at)
  values (?, ?, null, null, 1, ?, ?) ${AGENT_SEEN}`;
export const AGENT_EVENT_COUNT = 'select event_count from agents where org_id = ? and agent_id = ?';

/**
 * The org's rate overrides with the currency they are stored in, in one statement (so rates read before a currency
 * change, which converts them in the same transaction, never pair with the new currency): one row even without any.
 */
export function agentRatesWithCurrency(db: Database, orgId: string) {
  return db.all<{ agent_id: string | null; rate: number | null; currency: string }>(
    `select a.agent_id, a.hourly_rate_override_minor as rate, o.currency from orgs o
        left join agents a on a.org_id = o.id and a.hourly_rate_override_minor is not null where o.id = ?`,
    [orgId],
  );
}

/** The display names of those of the org's agents that have one. */
export async function agentDisplayNames(db: Database, orgId: string, agentIds: string[]): Promise<Map<string, string>> {
  const rows = await db.all<{ agent_id: string; display_name: string | null }>(
    `select agent_id, display_name from agents where org_id = ? and agent_id in (${agentIds.map(() => '?').join(', ')})`,
    [orgId, ...agentIds],
  );
  return new Map(rows.filter((r) => r.display_name).map((r) => [r.agent_id, r.display_name!]));
}

/** The agents of the org with a rate override (inside the caller's transaction). */
export function agentsWithRateOverride(em: EntityManager, orgId: string): Promise<Agent[]> {
  return em.find(AgentSchema, { orgId, hourlyRateOverrideMinor: { $ne: null } });
}

/** One page of the org's agents by id, after `afterId`, optionally matching `search` in id or display name. */
export function findAgents(db: Database, orgId: string, opts: { limit: number; afterId?: string; search?: string }): Promise<Agent[]> {
  const where: Record<string, unknown> = { orgId };
  if (opts.afterId !== undefined) where.agentId = { $gt: opts.afterId };
  // A substring match on id or display name (% and _ act as LIKE wildcards, which is harmless here).
  if (opts.search) where.$or = [{ agentId: { $like: `%${opts.search}%` } }, { displayName: { $like: `%${opts.search}%` } }];
  return db.em().find(AgentSchema, where, { orderBy: { agentId: 'asc' }, limit: opts.limit });
}

/** The agent, or a new one (not seen yet, so a rate can precede its first event) for `em` to insert on flush. */
export async function findOrNewAgent(em: EntityManager, orgId: string, agentId: string): Promise<Agent> {
  const agent = await em.findOne(AgentSchema, { orgId, agentId });
  if (agent) return agent;
  return em.create(AgentSchema, {
    orgId,
    agentId,
    displayName: null,
    hourlyRateOverrideMinor: null,
    eventCount: 0,
    firstSeenAt: null,
    lastSeenAt: null,
  });
}
