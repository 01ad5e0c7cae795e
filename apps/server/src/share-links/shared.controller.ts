import { Controller, Headers, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../core/api-error.js';
import type { OrgSettings } from '../core/org-settings.js';
import { iso } from '../core/time.js';
import { Operation } from '../http/operation.decorator.js';
import { OrgService } from '../orgs/org.service.js';
import type { Period } from '../reports/calendar.js';
import { exportFilename, type ReportParams, ReportsService } from '../reports/reports.service.js';
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
    return {
      link: {
        name: link.name ?? null,
        view: link.view as 'overview',
        filters: link.filters,
        expires_at: iso(link.expiresAt == null ? null : Number(link.expiresAt)),
      },
      org_name: org.name,
      summary: await this.reports.summary(org, params),
    };
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
