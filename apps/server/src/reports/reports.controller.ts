import type { QueryParams } from '@humanhours/contract';
import { Controller, Inject, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { WorkspaceDirectory } from '../workspaces/workspace-directory.js';
import { exportFilename, type ReportParams, ReportsService } from './reports.service.js';

const CSV = 'text/csv; charset=utf-8';

@Controller()
export class ReportsController {
  constructor(
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(WorkspaceDirectory) private readonly workspaces: WorkspaceDirectory,
  ) {}

  /** The pool's orgs a report covers when `workspace` is given (pool owners only). */
  private members(auth: AuthContext, q: ReportParams) {
    return q.workspace === undefined ? undefined : this.workspaces.reportMembers(auth.org, q.workspace);
  }

  private async grouped(auth: AuthContext, q: ReportParams, sort: 'hours_saved' | 'cost_saved') {
    return this.reports.grouped(auth.org, q, sort, await this.members(auth, q));
  }

  @Operation('getTimeSavedReport')
  async timeSaved(
    @Auth() auth: AuthContext,
    @Query() q: QueryParams<'getTimeSavedReport'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.grouped(auth, q, 'hours_saved');
    return q.format === 'csv' ? reply.type(CSV).send(this.reports.groupedCsv(report)) : report;
  }

  @Operation('getCostSavedReport')
  async costSaved(
    @Auth() auth: AuthContext,
    @Query() q: QueryParams<'getCostSavedReport'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.grouped(auth, q, 'cost_saved');
    return q.format === 'csv' ? reply.type(CSV).send(this.reports.groupedCsv(report)) : report;
  }

  /** The time-saved report as a download, for "send the CFO the spreadsheet". */
  @Operation('exportReport')
  async export(@Auth() auth: AuthContext, @Query() q: QueryParams<'exportReport'>, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.grouped(auth, q, 'hours_saved');
    const range = { period: report.meta.period, from: Date.parse(report.meta.range.from), to: Date.parse(report.meta.range.to) };
    reply.header('content-disposition', `attachment; filename="${exportFilename(range, report.meta.tz)}"`);
    return reply.type(CSV).send(this.reports.groupedCsv(report));
  }

  @Operation('getLeaderboard')
  async leaderboard(@Auth() auth: AuthContext, @Query() q: QueryParams<'getLeaderboard'>, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.reports.leaderboard(auth.org, q, await this.members(auth, q));
    return q.format === 'csv' ? reply.type(CSV).send(this.reports.leaderboardCsv(report)) : report;
  }

  @Operation('getSummary')
  async summary(@Auth() auth: AuthContext, @Query() q: QueryParams<'getSummary'>, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.reports.summary(auth.org, q, await this.members(auth, q));
    return q.format === 'csv' ? reply.type(CSV).send(this.reports.summaryCsv(report)) : report;
  }
}
