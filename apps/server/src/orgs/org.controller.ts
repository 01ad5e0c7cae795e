import type { RequestBody } from '@humanhours/contract';
import { Body, Controller, Inject } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { OrgService, orgResponse } from './org.service.js';

@Controller()
export class OrgController {
  constructor(@Inject(OrgService) private readonly orgs: OrgService) {}

  @Operation('getOrg')
  get(@Auth() auth: AuthContext) {
    return orgResponse(auth.org);
  }

  @Operation('updateOrg')
  async update(@Auth() auth: AuthContext, @Body() patch: RequestBody<'updateOrg'>) {
    return orgResponse(await this.orgs.update(auth.org.id, patch));
  }
}
