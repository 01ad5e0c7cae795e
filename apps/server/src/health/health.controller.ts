import { Controller, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Database } from '../db/database.js';
import { Operation } from '../http/operation.decorator.js';
import { StartupState } from './startup-state.js';

@Controller()
export class HealthController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(StartupState) private readonly startup: StartupState,
  ) {}

  /** The process is up and serving. */
  @Operation('getHealth')
  health() {
    return { status: 'ok' } as const;
  }

  /** The database answers: a load balancer may route traffic here. */
  @Operation('getReadiness')
  async readiness(@Res({ passthrough: true }) reply: FastifyReply) {
    const database = (await this.db.ping()) ? ('ok' as const) : ('error' as const);
    if (database === 'ok' && this.startup.ready) return { status: 'ok' as const, checks: { database } };
    reply.status(503);
    return { status: 'unavailable' as const, checks: { database } };
  }
}
