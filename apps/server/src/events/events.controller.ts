import { Body, Controller, HttpCode, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import type { ReviewDecision } from '../tracking/ingest-plan.js';
import { type EventListParams, EventsService } from './events.service.js';
import { eventResponse } from './stored-event.js';

interface ReviewBody {
  decision: ReviewDecision;
  note?: string;
}

@Controller()
export class EventsController {
  constructor(@Inject(EventsService) private readonly events: EventsService) {}

  @Operation('listEvents')
  async list(@Auth() auth: AuthContext, @Query() q: EventListParams, @Res({ passthrough: true }) reply: FastifyReply) {
    if (q.format !== 'csv') return this.events.list(auth.org, q);
    // The parameters are checked (and may be refused) before the answer becomes a CSV stream.
    const csv = await this.events.csv(auth.org, q);
    return reply.type('text/csv; charset=utf-8').send(csv);
  }

  @Operation('getEvent')
  get(@Auth() auth: AuthContext, @Param('event_id') eventId: string) {
    return this.events.get(auth.org, eventId);
  }

  @Operation('reviewEvent')
  @HttpCode(200)
  async review(@Auth() auth: AuthContext, @Param('event_id') eventId: string, @Body() body: ReviewBody) {
    const result = await this.events.review(auth, eventId, body.decision, body.note ?? null);
    if (result.status !== 200) throw result.error;
    return eventResponse(result.event, auth.org);
  }

  @Operation('reviewEvents')
  @HttpCode(207)
  reviewMany(@Auth() auth: AuthContext, @Body() body: ReviewBody & { event_ids: string[] }) {
    return this.events.reviewMany(auth, body.event_ids, body.decision, body.note ?? null);
  }
}
