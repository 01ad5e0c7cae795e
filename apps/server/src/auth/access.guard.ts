import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../core/api-error.js';
import type { Scope } from '../core/key-format.js';
import { PLANS, type Plan } from '../core/plan-catalogue.js';
import type { AuthContext } from '../http/auth-context.js';
import { OPERATION_ID } from '../http/operation.decorator.js';
import { operationIndex } from '../http/spec-registry.js';

const planRank = (plan: string) => PLANS.indexOf(plan as Plan);

/**
 * Why a key may not run an operation that needs these scopes and this plan (scope first, then plan), or null.
 * Shared with the MCP tools, which answer the same codes as their REST twins.
 */
export function accessError(auth: AuthContext, scopes: readonly string[], minPlan: string | null): ApiError | null {
  for (const scope of scopes) {
    if (!auth.scopes.has(scope as Scope)) {
      return new ApiError('insufficient_scope', `This API key lacks the ${scope} scope`, {
        hint: `Use a key with the ${scope} scope (an admin key can create one with POST /v1/api-keys)`,
      });
    }
  }
  if (minPlan && planRank(auth.org.plan) < planRank(minPlan)) {
    return new ApiError('feature_locked', `This feature needs the ${minPlan} plan; the org is on ${auth.org.plan}`, {
      hint: `Upgrade the org to ${minPlan} or above to unlock it`,
    });
  }
  return null;
}

/** What an authenticated key may do: the scopes its operation requires and the spec's `x-min-plan`. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const auth = context.switchToHttp().getRequest<FastifyRequest>().auth;
    const id = this.reflector.get<string | undefined>(OPERATION_ID, context.getHandler());
    if (!auth || !id) return true;
    const op = operationIndex.get(id);
    const error = accessError(auth, op.security?.scopes ?? [], op.minPlan);
    if (error) throw error;
    return true;
  }
}
