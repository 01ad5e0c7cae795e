import { AgentSchema } from '../agents/agent.entity.js';
import { ApiKeySchema } from '../api-keys/api-key.entity.js';
import { OrgSchema } from '../orgs/org.entity.js';
import { OrgUsageSchema } from '../plans/org-usage.entity.js';
import { EventRollupDailyClientModelSchema, EventRollupDailySchema, EventRollupSchema } from '../reports/rollup.entity.js';
import { CustomTaskTypeSchema, TaskTypeHistorySchema, TaskTypeOverrideSchema } from '../task-types/task-type.entity.js';
import { EventSchema, IdempotencyRecordSchema } from '../tracking/event.entity.js';

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
];
