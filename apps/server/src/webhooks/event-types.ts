import type { components } from '@humanhours/contract';

export type WebhookEventType = components['schemas']['WebhookEventType'];
export type DeliveryEventType = WebhookEventType | 'ping';
