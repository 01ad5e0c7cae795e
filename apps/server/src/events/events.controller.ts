import type { PathParams, QueryParams, RequestBody } from '@humanhours/contract';
import { Body, Controller, HttpCode, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { EventsService } from './events.service.js';
import { eventResponse } from './stored-event.js';

@Controller()
export class EventsController {
  constructor(@Inject(EventsService) private readonly events: EventsService) {}

  @Operation('listEvents')
  async list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listEvents'>, @Res({ passthrough: true }) reply: FastifyReply) {
    if (q.format !== 'csv') return this.events.list(auth.org, q);
    // The parameters are checked (and may be refused) before the answer becomes a CSV stream.
    const csv = await this.events.csv(auth.org, q);
    return reply.type('text/csv; charset=utf-8').send(csv);
  }

  @Operation('getEvent')
  get(@Auth() auth: AuthContext, @Param('event_id') eventId: PathParams<'getEvent'>['event_id']) {
    return this.events.get(auth.org, eventId);
  }

  @Operation('reviewEvent')
  @HttpCode(200)
  async review(
    @Auth() auth: AuthContext,
    @Param('event_id') eventId: PathParams<'reviewEvent'>['event_id'],
    @Body() body: RequestBody<'reviewEvent'>,
  ) {
    const result = await this.events.review(auth, eventId, body.decision, body.note ?? null);
    if (result.status !== 200) throw result.error;
    return eventResponse(result.event, auth.org);
  }

  @Operation('reviewEvents')
  @HttpCode(207)
  reviewMany(@Auth() auth: AuthContext, @Body() body: RequestBody<'reviewEvents'>) {
    return this.events.reviewMany(auth, body.event_ids, body.decision, body.note ?? null);
  }
}
