// Written by create-migration: every migration of this driver, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121223501_initial } from './Migration20261121223501_initial.js';
import { Migration20261121224347_tracking } from './Migration20261121224347_tracking.js';
import { Migration20261121224726_usage } from './Migration20261121224726_usage.js';
import { Migration20261121230214_rollup } from './Migration20261121230214_rollup.js';
import { Migration20261201164910_webhooks } from './Migration20261201164910_webhooks.js';
import { Migration20261201165240_workspaces } from './Migration20261201165240_workspaces.js';
import { Migration20261201170000_event_partitions } from './Migration20261201170000_event_partitions.js';
import { Migration20261201170416_daily_client_model } from './Migration20261201170416_daily_client_model.js';
import { Migration20261201170418_review } from './Migration20261201170418_review.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261121223501_initial', class: Migration20261121223501_initial },
  { name: 'Migration20261121224347_tracking', class: Migration20261121224347_tracking },
  { name: 'Migration20261121224726_usage', class: Migration20261121224726_usage },
  { name: 'Migration20261121230214_rollup', class: Migration20261121230214_rollup },
  { name: 'Migration20261201164910_webhooks', class: Migration20261201164910_webhooks },
  { name: 'Migration20261201165240_workspaces', class: Migration20261201165240_workspaces },
  { name: 'Migration20261201170000_event_partitions', class: Migration20261201170000_event_partitions },
  { name: 'Migration20261201170416_daily_client_model', class: Migration20261201170416_daily_client_model },
  { name: 'Migration20261201170418_review', class: Migration20261201170418_review },
];
