import type { PathParams, QueryParams } from '@humanhours/contract';
import { Body, Controller, HttpCode, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { ApiKeyService, apiKeyResponse, type NewKey } from './api-key.service.js';

@Controller()
export class ApiKeysController {
  constructor(@Inject(ApiKeyService) private readonly keys: ApiKeyService) {}

  @Operation('listApiKeys')
  async list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listApiKeys'>) {
    const page = await this.keys.list(auth.org.id, { limit: q.limit, cursor: q.cursor, includeRevoked: q.include_revoked });
    return { data: page.data.map(apiKeyResponse), next_cursor: page.next_cursor };
  }

  @Operation('createApiKey')
  @HttpCode(201)
  async create(@Auth() auth: AuthContext, @Body() body: NewKey) {
    const { key, secret } = await this.keys.create(auth.org.id, body);
    return { ...apiKeyResponse(key), secret };
  }

  @Operation('revokeApiKey')
  async revoke(@Auth() auth: AuthContext, @Param('id') id: PathParams<'revokeApiKey'>['id']) {
    return apiKeyResponse(await this.keys.revoke(auth.org.id, id));
  }
}
