import { Module } from '@nestjs/common';
import { EventRetention } from './event-retention.js';

@Module({ providers: [EventRetention], exports: [EventRetention] })
export class RetentionModule {}
