import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { KeyCache } from '../api-keys/key-cache.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../core/api-error.js';
import { keyMatchesHash, parseApiKey } from '../core/key-format.js';
import type { AuthContext } from '../http/auth-context.js';
import { OPERATION_ID } from '../http/operation.decorator.js';
import { operationIndex } from '../http/spec-registry.js';
import { OrgService } from '../orgs/org.service.js';
import { AdminAttempts } from './admin-attempts.js';

function bearer(req: FastifyRequest): string {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  if (!match) {
    throw new ApiError('missing_authorization', 'Send your API key as "Authorization: Bearer hh_live_…"', {
      hint: header ? 'The Authorization header must use the Bearer scheme' : 'No Authorization header was sent',
    });
  }
  return match[1];
}

/**
 * Authenticates every operation the spec secures, with the scheme the spec names (API key or the operator's
 * admin token). Operations with `security: []` pass untouched. Scopes and plans are the AccessGuard's, after
 * the rate limit.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(KeyCache) private readonly keys: KeyCache,
    @Inject(OrgService) private readonly orgs: OrgService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AdminAttempts) private readonly adminAttempts: AdminAttempts,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const id = this.reflector.get<string | undefined>(OPERATION_ID, context.getHandler());
    if (!id) return true;
    const op = operationIndex.get(id);
    if (!op.security) return true;
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (op.security.scheme === 'adminToken') {
      this.checkAdminToken(req);
      return true;
    }
    req.auth = await this.authenticate(req);
    return true;
  }

  private async authenticate(req: FastifyRequest): Promise<AuthContext> {
    const token = bearer(req);
    const parsed = parseApiKey(token);
    if (!parsed) {
      throw new ApiError('invalid_api_key', 'The API key is not in the hh_live_… format', {
        hint: 'Keys look like hh_live_ + 8 characters + _ + 48 characters',
      });
    }
    const key = await this.keys.get(parsed.id);
    if (!key || !keyMatchesHash(parsed.key, key.secretHash)) {
      throw new ApiError('invalid_api_key', 'The API key is not recognised');
    }
    if (key.revoked) throw new ApiError('key_revoked', 'This API key was revoked', { hint: 'Create a new key' });
    const org = await this.orgs.settings(key.orgId);
    if (!org) throw new ApiError('invalid_api_key', 'The API key is not recognised');
    // A child workspace counts against its pool: the owner's settings come from the same cache.
    const poolOwner = (org.parentOrgId && (await this.orgs.settings(org.parentOrgId))) || org;
    this.keys.touch(key);
    return { org, poolOwner, keyId: key.id, scopes: key.scopes };
  }

  private checkAdminToken(req: FastifyRequest): void {
    const expected = this.config.adminToken;
    // Without an operator token the admin API does not exist at all.
    if (!expected) throw new ApiError('not_found', `No route ${req.method} ${req.url.split('?')[0]}`);
    this.adminAttempts.check(req.ip);
    let given: string;
    try {
      given = bearer(req);
    } catch {
      this.adminAttempts.recordFailure(req.ip);
      throw new ApiError('admin_token_invalid', 'The admin API needs "Authorization: Bearer <HUMANHOURS_ADMIN_TOKEN>"');
    }
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      this.adminAttempts.recordFailure(req.ip);
      throw new ApiError('admin_token_invalid', 'The admin token is not valid', { hint: 'Org API keys never reach the admin API' });
    }
  }
}
