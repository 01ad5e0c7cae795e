import type { PathParams, QueryParams } from '@humanhours/contract';
import { Body, Controller, HttpCode, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { type NewShareLink, ShareLinkService } from './share-link.service.js';

@Controller()
export class ShareLinksController {
  constructor(@Inject(ShareLinkService) private readonly links: ShareLinkService) {}

  @Operation('listShareLinks')
  list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listShareLinks'>) {
    return this.links.list(auth.org.id, q.limit, q.cursor);
  }

  @Operation('createShareLink')
  @HttpCode(201)
  create(@Auth() auth: AuthContext, @Body() body: NewShareLink) {
    return this.links.create(auth, body);
  }

  @Operation('revokeShareLink')
  revoke(@Auth() auth: AuthContext, @Param('id') id: PathParams<'revokeShareLink'>['id']) {
    return this.links.revoke(auth, id);
  }
}
