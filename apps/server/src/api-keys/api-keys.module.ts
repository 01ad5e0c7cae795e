import { Module } from '@nestjs/common';
import { ApiKeyService } from './api-key.service.js';
import { ApiKeysController } from './api-keys.controller.js';
import { KeyCache } from './key-cache.js';

@Module({ controllers: [ApiKeysController], providers: [ApiKeyService, KeyCache], exports: [ApiKeyService, KeyCache] })
export class ApiKeysModule {}
