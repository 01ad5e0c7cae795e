import { type DynamicModule, type ExecutionContext, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { AdminController } from './admin/admin.controller.js';
import { AgentsModule } from './agents/agents.module.js';
import { ApiKeyService } from './api-keys/api-key.service.js';
import { ApiKeysController } from './api-keys/api-keys.controller.js';
import { KeyCache } from './api-keys/key-cache.js';
import { AuditModule } from './audit/audit.module.js';
import { AccessGuard } from './auth/access.guard.js';
import { AdminAttempts } from './auth/admin-attempts.js';
import { AuthGuard } from './auth/auth.guard.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import type { Database } from './db/database.js';
import { DatabaseModule } from './db/database.module.js';
import { DocsController } from './docs/docs.controller.js';
import { EventsModule } from './events/events.module.js';
import { HealthController } from './health/health.controller.js';
import { StartupState } from './health/startup-state.js';
import { ApiExceptionFilter } from './http/exception.filter.js';
import { SpecValidationInterceptor } from './http/spec-validation.interceptor.js';
import { McpModule } from './mcp/mcp.module.js';
import { OrgController } from './orgs/org.controller.js';
import { OrgsModule } from './orgs/orgs.module.js';
import { PlansModule } from './plans/plans.module.js';
import { PricingModule } from './pricing/pricing.module.js';
import { ApiKeyRateLimitGuard } from './rate-limit/rate-limit.guard.js';
import type { RateLimitStorage } from './rate-limit/storage.js';
import { ReportsModule } from './reports/reports.module.js';
import { RetentionModule } from './retention/retention.module.js';
import { SchedulesModule } from './schedules/schedules.module.js';
import { ShareLinkService } from './share-links/share-link.service.js';
import { ShareLinksController } from './share-links/share-links.controller.js';
import { SharedController } from './share-links/shared.controller.js';
import { TaskTypesModule } from './task-types/task-types.module.js';
import { TrackingModule } from './tracking/tracking.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { WorkspaceService } from './workspaces/workspace.service.js';
import { WorkspaceDirectoryModule } from './workspaces/workspace-directory.module.js';
import { WorkspacesController } from './workspaces/workspaces.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: Database, rateLimitStorage: RateLimitStorage): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        OrgsModule,
        PricingModule,
        ThrottlerModule.forRoot({
          storage: rateLimitStorage,
          throttlers: [
            {
              name: 'default',
              ttl: 1000,
              limit: (ctx: ExecutionContext) =>
                config.plans.plans[ctx.switchToHttp().getRequest<FastifyRequest>().auth!.org.plan].ratePerSecond,
            },
          ],
        }),
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
        SchedulesModule,
        McpModule.forRoot(config),
      ],
      controllers: [
        HealthController,
        DocsController,
        ApiKeysController,
        OrgController,
        AdminController,
        WorkspacesController,
        ShareLinksController,
        SharedController,
      ],
      providers: [
        // Order matters: who is calling (401), how often (429), what they may do (403), then what they sent (422).
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: ApiKeyRateLimitGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: SpecValidationInterceptor },
        KeyCache,
        { provide: AdminAttempts, useValue: new AdminAttempts() },
        StartupState,
        ApiKeyService,
        WorkspaceService,
        ShareLinkService,
      ],
    };
  }
}
