import { previousRange } from '@humanhours/time';
import { Controller, Headers, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../core/api-error.js';
import type { OrgSettings } from '../core/org-settings.js';
import { iso } from '../core/time.js';
import { Operation } from '../http/operation.decorator.js';
import { OrgService } from '../orgs/org.service.js';
import type { Period } from '../reports/calendar.js';
import { exportFilename, type ReportParams, ReportsService } from '../reports/reports.service.js';
import { TaskTypeService } from '../task-types/task-type.service.js';
import type { ShareLink } from './share-link.entity.js';
import { ShareLinkService } from './share-link.service.js';

// A shared view is nobody's to index or to leak onwards, and never cached by a proxy (revocation is immediate).
const PUBLIC_HEADERS = { 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };

/**
 * The public side of share links: the token (header X-Share-Token, never in a URL, so never in a log line) names
 * one link, and the answer is built from that link's stored view, period and filters only. The request carries
 * no other parameter, and no API key is looked at: a token grants that view and nothing else.
 */
@Controller()
export class SharedController {
  constructor(
    @Inject(ShareLinkService) private readonly links: ShareLinkService,
    @Inject(OrgService) private readonly orgs: OrgService,
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(TaskTypeService) private readonly taskTypes: TaskTypeService,
  ) {}

  private async resolve(token: string | undefined): Promise<{ link: ShareLink; org: OrgSettings; params: ReportParams }> {
    const link = await this.links.open(token);
    const org = await this.orgs.settings(link.orgId);
    if (!org || org.closedAt !== null) throw new ApiError('not_found', 'This share link does not exist, was revoked or has expired');
    const range =
      link.fromMs == null ? { period: link.period as Period } : { from: iso(Number(link.fromMs))!, to: iso(Number(link.toMs))! };
    return { link, org, params: { ...range, ...link.filters } };
  }

  @Operation('getSharedOverview')
  async overview(@Headers('x-share-token') token: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { link, org, params } = await this.resolve(token);
    reply.headers(PUBLIC_HEADERS);
    const summary = await this.reports.summary(org, params);
    const keys = (top: Array<{ key: string | null }>) => top.map((t) => t.key).filter((k): k is string => k !== null);
    const taskTypes = new Set(keys(summary.top.task_types));
    const [previous, agentNames, catalogue] = await Promise.all([
      this.previousTotals(org, params, summary.meta),
      this.reports.displayNames(org.id, keys(summary.top.agents)),
      taskTypes.size ? this.taskTypes.list(org.id, { includeArchived: true }) : [],
    ]);
    return {
      link: {
        name: link.name ?? null,
        view: link.view as 'overview',
        filters: link.filters,
        expires_at: iso(link.expiresAt == null ? null : Number(link.expiresAt)),
      },
      org_name: org.name,
      summary,
      previous_totals: previous,
      display_names: {
        agents: Object.fromEntries(agentNames),
        task_types: Object.fromEntries(catalogue.filter((t) => taskTypes.has(t.key)).map((t) => [t.key, t.displayName])),
      },
    };
  }

  /**
   * The totals of the range just before the link's, of equal length and with its filters (what the cards compare
   * with, as the dashboard does); none before "all time".
   */
  private async previousTotals(
    org: OrgSettings,
    params: ReportParams,
    meta: { period: string; range: { from: string; to: string }; tz: string },
  ) {
    if (meta.period === 'all') return null;
    const [from, to] = previousRange(Date.parse(meta.range.from), Date.parse(meta.range.to), meta.tz, meta.period !== '24h');
    const { period: _period, from: _from, to: _to, ...filters } = params;
    return (await this.reports.summary(org, { ...filters, from: iso(from)!, to: iso(to)!, tz: meta.tz })).totals;
  }

  @Operation('exportShared')
  async export(@Headers('x-share-token') token: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { org, params } = await this.resolve(token);
    const summary = await this.reports.summary(org, params);
    const range = { period: summary.meta.period, from: Date.parse(summary.meta.range.from), to: Date.parse(summary.meta.range.to) };
    reply.headers(PUBLIC_HEADERS).header('content-disposition', `attachment; filename="${exportFilename(range, summary.meta.tz)}"`);
    return reply.type('text/csv; charset=utf-8').send(this.reports.summaryCsv(summary));
  }
}
