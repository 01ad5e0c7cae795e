import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { ApiKeyRateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { AccessGuard } from './access.guard.js';
import { AdminAttempts } from './admin-attempts.js';
import { AuthGuard } from './auth.guard.js';

/** The global guards, all here because their order matters (Nest runs them in the order they are provided). */
@Module({
  imports: [ApiKeysModule],
  providers: [
    // Who is calling (401), how often (429), what they may do (403); the spec validation (422) runs after them.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: ApiKeyRateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    // One per app (a factory, not a value: every app of a process counts its own attempts).
    { provide: AdminAttempts, useFactory: () => new AdminAttempts() },
  ],
})
export class AuthModule {}
