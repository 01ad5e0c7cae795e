import type { PathParams, QueryParams, RequestBody } from '@humanhours/contract';
import { Body, Controller, HttpCode, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { WebhookService, webhookResponse } from './webhook.service.js';

@Controller()
export class WebhooksController {
  constructor(@Inject(WebhookService) private readonly webhooks: WebhookService) {}

  @Operation('listWebhooks')
  list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listWebhooks'>) {
    return this.webhooks.list(auth.org.id, q);
  }

  @Operation('createWebhook')
  create(@Auth() auth: AuthContext, @Body() body: RequestBody<'createWebhook'>) {
    return this.webhooks.create(auth.org.id, body);
  }

  @Operation('getWebhook')
  async get(@Auth() auth: AuthContext, @Param('id') id: PathParams<'getWebhook'>['id']) {
    return webhookResponse(await this.webhooks.find(auth.org.id, id));
  }

  @Operation('updateWebhook')
  update(@Auth() auth: AuthContext, @Param('id') id: PathParams<'updateWebhook'>['id'], @Body() body: RequestBody<'updateWebhook'>) {
    return this.webhooks.update(auth.org.id, id, body);
  }

  @Operation('deleteWebhook')
  remove(@Auth() auth: AuthContext, @Param('id') id: PathParams<'deleteWebhook'>['id']) {
    return this.webhooks.remove(auth.org.id, id);
  }

  @Operation('testWebhook')
  @HttpCode(202)
  test(@Auth() auth: AuthContext, @Param('id') id: PathParams<'testWebhook'>['id']) {
    return this.webhooks.ping(auth.org.id, id);
  }

  @Operation('listWebhookDeliveries')
  deliveries(
    @Auth() auth: AuthContext,
    @Param('id') id: PathParams<'listWebhookDeliveries'>['id'],
    @Query() q: QueryParams<'listWebhookDeliveries'>,
  ) {
    return this.webhooks.deliveries(auth.org.id, id, q);
  }

  @Operation('redeliverWebhookDelivery')
  @HttpCode(202)
  redeliver(
    @Auth() auth: AuthContext,
    @Param('id') id: PathParams<'redeliverWebhookDelivery'>['id'],
    @Param('delivery_id') deliveryId: PathParams<'redeliverWebhookDelivery'>['delivery_id'],
  ) {
    return this.webhooks.redeliver(auth.org.id, id, deliveryId);
  }
}
