import { type DynamicModule, Module } from '@nestjs/common';
import { AdminModule } from './admin/admin.module.js';
import { AgentsModule } from './agents/agents.module.js';
import { AlertsModule } from './alerts/alerts.module.js';
import { ApiKeysModule } from './api-keys/api-keys.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import type { Database } from './db/database.js';
import { DatabaseModule } from './db/database.module.js';
import { DocsModule } from './docs/docs.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { HttpModule } from './http/http.module.js';
import { McpModule } from './mcp/mcp.module.js';
import { OrgsModule } from './orgs/orgs.module.js';
import { PlansModule } from './plans/plans.module.js';
import { PricingModule } from './pricing/pricing.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import type { RateLimitStorage } from './rate-limit/storage.js';
import { ReportsModule } from './reports/reports.module.js';
import { RetentionModule } from './retention/retention.module.js';
import { SchedulesModule } from './schedules/schedules.module.js';
import { ShareLinksModule } from './share-links/share-links.module.js';
import { TaskTypesModule } from './task-types/task-types.module.js';
import { TrackingModule } from './tracking/tracking.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { WorkspaceDirectoryModule } from './workspaces/workspace-directory.module.js';
import { WorkspacesModule } from './workspaces/workspaces.module.js';

/** The app: modules only, one per domain folder (each lists its own controllers and providers). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: Database, rateLimitStorage: RateLimitStorage): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        HttpModule,
        RateLimitModule.forRoot(config, rateLimitStorage),
        AuthModule,
        OrgsModule,
        PricingModule,
        WebhooksModule,
        TaskTypesModule,
        AgentsModule,
        TrackingModule,
        PlansModule,
        ReportsModule,
        AuditModule,
        WorkspaceDirectoryModule,
        RetentionModule,
        EventsModule,
        DashboardModule,
        AlertsModule,
        SchedulesModule,
        McpModule.forRoot(config),
        HealthModule,
        DocsModule,
        ApiKeysModule,
        AdminModule,
        WorkspacesModule,
        ShareLinksModule,
      ],
    };
  }
}
