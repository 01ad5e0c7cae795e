import type { ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../core/api-error.js';

/**
 * @nestjs/throttler, keyed by API key (never by IP), with the limit of the key's plan. Requests the AuthGuard
 * did not authenticate (health, spec, admin) are not metered.
 */
export class ApiKeyRateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !context.switchToHttp().getRequest<FastifyRequest>().auth;
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    return (req as FastifyRequest).auth!.keyId;
  }

  /** One budget per key across every route (the default would give each handler its own, hashed per request). */
  protected override generateKey(_context: ExecutionContext, tracker: string): string {
    return tracker;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    reply.header('x-ratelimit-limit', detail.limit).header('x-ratelimit-remaining', 0).header('x-ratelimit-reset', retryAfter);
    throw new ApiError('rate_limited', `More than ${detail.limit} requests in one second with this API key`, {
      hint: `Retry after ${retryAfter} s; the limit follows the org's plan`,
      headers: { 'retry-after': String(retryAfter) },
    });
  }
}
