import { Body, Controller, Inject } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { type OrgPatch, OrgService, orgResponse } from './org.service.js';

@Controller()
export class OrgController {
  constructor(@Inject(OrgService) private readonly orgs: OrgService) {}

  @Operation('getOrg')
  get(@Auth() auth: AuthContext) {
    return orgResponse(auth.org);
  }

  @Operation('updateOrg')
  async update(@Auth() auth: AuthContext, @Body() patch: Omit<OrgPatch, 'plan' | 'included_events'>) {
    return orgResponse(await this.orgs.update(auth.org.id, patch));
  }
}
