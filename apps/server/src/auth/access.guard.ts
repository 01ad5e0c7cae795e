import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Scope } from '../api-keys/key-format.js';
import { ApiError } from '../http/api-error.js';
import { OPERATION_ID } from '../http/operation.decorator.js';
import { operationIndex } from '../http/spec-registry.js';
import { PLANS, type Plan } from '../orgs/org-settings.js';

const planRank = (plan: string) => PLANS.indexOf(plan as Plan);

/** What an authenticated key may do: the scopes its operation requires and the spec's `x-min-plan`. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const auth = context.switchToHttp().getRequest<FastifyRequest>().auth;
    const id = this.reflector.get<string | undefined>(OPERATION_ID, context.getHandler());
    if (!auth || !id) return true;
    const op = operationIndex.get(id);
    for (const scope of op.security?.scopes ?? []) {
      if (!auth.scopes.has(scope as Scope)) {
        throw new ApiError('insufficient_scope', `This API key lacks the ${scope} scope`, {
          hint: `Use a key with the ${scope} scope (an admin key can create one with POST /v1/api-keys)`,
        });
      }
    }
    if (op.minPlan && planRank(auth.org.plan) < planRank(op.minPlan)) {
      throw new ApiError('feature_locked', `This feature needs the ${op.minPlan} plan; the org is on ${auth.org.plan}`, {
        hint: `Upgrade the org to ${op.minPlan} or above to unlock it`,
      });
    }
    return true;
  }
}
