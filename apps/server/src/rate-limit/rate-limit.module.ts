import { type DynamicModule, type ExecutionContext, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.js';
import type { RateLimitStorage } from './storage.js';

/** @nestjs/throttler (a global module) with the window storage and each plan's limit; auth/ runs the guard. */
@Module({})
export class RateLimitModule {
  static forRoot(config: AppConfig, rateLimitStorage: RateLimitStorage): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [
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
      ],
    };
  }
}
