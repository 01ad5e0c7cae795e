import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Scope } from '../core/key-format.js';
import type { OrgSettings } from '../core/org-settings.js';

/** Who is calling: set by the AuthGuard on every authenticated request. */
export interface AuthContext {
  org: OrgSettings;
  /**
   * Whose quota the org's events count against: its pool owner when it is a child workspace, else the org
   * itself (see workspaces/).
   */
  poolOwner: OrgSettings;
  keyId: string;
  scopes: Set<Scope>;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

/** The caller's AuthContext, in a handler of an authenticated operation. */
export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = ctx.switchToHttp().getRequest().auth;
  if (!auth) throw new Error('Auth() used on an operation without authentication');
  return auth;
});
