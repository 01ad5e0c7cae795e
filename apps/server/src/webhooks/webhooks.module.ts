import { Global, Module } from '@nestjs/common';
import { CLOCK, SettableClock } from '../core/clock.js';
import { DeliveryWorker } from './delivery-worker.js';
import { WebhookSubscriptions } from './subscriptions.js';
import { WebhookService } from './webhook.service.js';
import { WebhookSecrets } from './webhook-secrets.js';
import { WebhooksController } from './webhooks.controller.js';

/** Global: the ingest path asks WebhookSubscriptions, the schedules write to the same outbox. */
@Global()
@Module({
  controllers: [WebhooksController],
  providers: [{ provide: CLOCK, useValue: new SettableClock() }, WebhookSubscriptions, WebhookSecrets, WebhookService, DeliveryWorker],
  exports: [CLOCK, WebhookSubscriptions, DeliveryWorker],
})
export class WebhooksModule {}
