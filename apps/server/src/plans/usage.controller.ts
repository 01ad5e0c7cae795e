import { Controller, Inject } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { UsageService } from './usage.service.js';

@Controller()
export class UsageController {
  constructor(@Inject(UsageService) private readonly usage: UsageService) {}

  /** Open to every plan: the org's own quota state (its pool's, for a workspace of one). */
  @Operation('getUsage')
  report(@Auth() auth: AuthContext) {
    return this.usage.report(auth.org, auth.poolOwner);
  }
}
