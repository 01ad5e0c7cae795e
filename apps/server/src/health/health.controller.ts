import { Controller, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Database } from '../db/database.js';
import { Operation } from '../http/operation.decorator.js';

@Controller()
export class HealthController {
  constructor(@Inject(Database) private readonly db: Database) {}

  /** The process is up and serving. */
  @Operation('getHealth')
  health() {
    return { status: 'ok' };
  }

  /** The database answers: a load balancer may route traffic here. */
  @Operation('getReadiness')
  async readiness(@Res({ passthrough: true }) reply: FastifyReply) {
    if (await this.db.ping()) return { status: 'ok', checks: { database: 'ok' } };
    reply.status(503);
    return { status: 'unavailable', checks: { database: 'error' } };
  }
}
