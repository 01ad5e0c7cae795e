import type { RequestBody } from '@humanhours/contract';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import type { OrgSettings } from '../core/org-settings.js';
import { iso } from '../core/time.js';
import { Database } from '../db/database.js';
import { OrgService } from '../orgs/org.service.js';
import { fromMinor, toMinor } from '../pricing/money.js';
import type { Sums } from '../reports/metrics.js';
import { ReportsService } from '../reports/reports.service.js';
import type { Agent } from './agent.entity.js';
import { agentDisplayNames, agentsWithRateOverride, findAgents, findOrNewAgent } from './agent.repository.js';
import { AgentRateCache } from './agent-rates.js';

export type AgentPatch = RequestBody<'updateAgent'>;

const AGENT_CURSOR = ['id'] as const;

@Injectable()
export class AgentService implements OnModuleInit {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(AgentRateCache) private readonly rates: AgentRateCache,
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(OrgService) private readonly orgs: OrgService,
  ) {}

  /** An org's currency change converts the agents' rate overrides too, in the same transaction: they keep their value. */
  onModuleInit(): void {
    this.orgs.onCurrencyChange(async (em, orgId, convert) => {
      for (const agent of await agentsWithRateOverride(em, orgId)) {
        agent.hourlyRateOverrideMinor = convert(Number(agent.hourlyRateOverrideMinor));
      }
    });
    this.reports.nameAgentsWith((orgId, agentIds) => agentDisplayNames(this.db, orgId, agentIds));
  }

  /** GET /v1/agents (and the MCP list_agents tool): one page of agents, each with its last 30 days' savings. */
  async listResponse(org: OrgSettings, q: { limit: number; cursor?: string; search?: string }) {
    const [page, savings] = await Promise.all([this.list(org.id, q), this.reports.agentSavings30d(org)]);
    return { data: page.data.map((a) => agentResponse(a, org, savings.get(a.agentId))), next_cursor: page.next_cursor };
  }

  async list(orgId: string, opts: { limit: number; cursor?: string; search?: string }) {
    const after = decodeCursor(opts.cursor, AGENT_CURSOR);
    const rows = await findAgents(this.db, orgId, { limit: opts.limit + 1, afterId: after?.[0], search: opts.search });
    const page = keysetPage(rows, opts.limit, AGENT_CURSOR, (a) => [a.agentId]);
    return { data: page.rows, next_cursor: page.next_cursor };
  }

  /** Sets an agent's display name or rate; an agent not seen yet is created, so a rate can precede its first event. */
  async update(org: OrgSettings, agentId: string, patch: AgentPatch): Promise<Agent> {
    const em = this.db.em();
    const agent = await findOrNewAgent(em, org.id, agentId);
    if (patch.display_name !== undefined) agent.displayName = patch.display_name;
    if (patch.hourly_rate_override !== undefined) {
      agent.hourlyRateOverrideMinor = patch.hourly_rate_override === null ? null : toMinor(patch.hourly_rate_override, org.currency);
    }
    await em.flush();
    await this.rates.forget(org.id);
    return agent;
  }
}

/** The Agent resource as the API shows it. */
export function agentResponse(agent: Agent, org: OrgSettings, savings30d: Pick<Sums, 'hoursMilli' | 'costMinor' | 'netMinor'> | undefined) {
  const override = agent.hourlyRateOverrideMinor == null ? null : Number(agent.hourlyRateOverrideMinor);
  return {
    agent_id: agent.agentId,
    display_name: agent.displayName ?? null,
    hourly_rate_override: override === null ? null : fromMinor(override, org.currency),
    effective_hourly_rate: fromMinor(override ?? org.defaultHourlyRateMinor, org.currency),
    currency: org.currency,
    events: Number(agent.eventCount),
    first_seen_at: iso(agent.firstSeenAt == null ? null : Number(agent.firstSeenAt)),
    last_seen_at: iso(agent.lastSeenAt == null ? null : Number(agent.lastSeenAt)),
    hours_saved_30d: (savings30d?.hoursMilli ?? 0) / 1000,
    cost_saved_30d: fromMinor(savings30d?.costMinor ?? 0, org.currency),
    net_saved_30d: fromMinor(savings30d?.netMinor ?? 0, org.currency),
  };
}
