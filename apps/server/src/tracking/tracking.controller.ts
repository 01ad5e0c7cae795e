import type { RequestBody, Schema } from '@humanhours/contract';
import { Body, Controller, Headers, HttpCode, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { type JsonText, Operation } from '../http/operation.decorator.js';
import { TrackingService } from './tracking.service.js';

// The items are checked one by one (x-item-validation, in TrackingService.trackBatch): until then they are unknown.
type BatchBody = Omit<RequestBody<'trackBatch'>, 'events'> & { events: unknown[] };

@Controller()
export class TrackingController {
  constructor(@Inject(TrackingService) private readonly tracking: TrackingService) {}

  /** 201 with the new event; a replay answers 200 with the original body, byte for byte. */
  @Operation('trackEvent')
  async track(
    @Auth() auth: AuthContext,
    @Body() body: RequestBody<'trackEvent'>,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.tracking.track(auth, body, idempotencyKey ?? null);
    if ('error' in result) throw result.error;
    reply.status(result.status).type('application/json; charset=utf-8');
    if (result.status === 200) reply.header('idempotent-replayed', 'true');
    // The stored JSON of trackedEvent() (typed there), replayed byte for byte.
    return result.response as JsonText<Schema<'TrackedEvent'>>;
  }

  @Operation('trackBatch')
  @HttpCode(207)
  async trackBatch(@Auth() auth: AuthContext, @Body() body: BatchBody) {
    const results = await this.tracking.trackBatch(auth, body.events);
    const count = (statuses: number[]) => results.filter((r) => statuses.includes(r.status)).length;
    return { results, summary: { accepted: count([201]), replayed: count([200]), failed: count([409, 422, 429]) } };
  }
}
