import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Database } from './database.js';

/** Makes the already-opened Database injectable everywhere (opened before Nest so migrations run first). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database): DynamicModule {
    return { module: DatabaseModule, providers: [{ provide: Database, useValue: database }], exports: [Database] };
  }
}
