import { AgentSchema } from './agents/agent.entity.js';
import { AlertBreachSchema, AlertRuleSchema } from './alerts/alert.entity.js';
import { ApiKeySchema } from './api-keys/api-key.entity.js';
import { AuditEntrySchema } from './audit/audit-entry.entity.js';
import { EventSchema, IdempotencyRecordSchema } from './event-store/event.entity.js';
import { OrgSchema } from './orgs/org.entity.js';
import { OrgUsageSchema } from './plans/org-usage.entity.js';
import { EventRollupDailyClientModelSchema, EventRollupDailySchema, EventRollupSchema } from './reports/rollup.entity.js';
import { RawEventsHorizonSchema } from './retention/raw-events-horizon.entity.js';
import { ScheduledRunSchema } from './schedules/scheduled-run.entity.js';
import { ShareLinkSchema } from './share-links/share-link.entity.js';
import { CustomTaskTypeSchema, TaskTypeHistorySchema, TaskTypeOverrideSchema } from './task-types/task-type.entity.js';
import { WebhookDeliverySchema, WebhookEndpointSchema } from './webhooks/webhook.entity.js';

/** Every table the ORM maps; migrations are generated from these. */
export const entities = [
  OrgSchema,
  ApiKeySchema,
  AgentSchema,
  EventSchema,
  IdempotencyRecordSchema,
  CustomTaskTypeSchema,
  TaskTypeOverrideSchema,
  TaskTypeHistorySchema,
  OrgUsageSchema,
  EventRollupSchema,
  EventRollupDailySchema,
  EventRollupDailyClientModelSchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
  ScheduledRunSchema,
  AlertRuleSchema,
  AlertBreachSchema,
  ShareLinkSchema,
  AuditEntrySchema,
  RawEventsHorizonSchema,
];
