import { Global, Module } from '@nestjs/common';
import { OrgService } from './org.service.js';

/** The orgs' settings, for every module: authentication reads them, tracking re-reads them when they changed. */
@Global()
@Module({ providers: [OrgService], exports: [OrgService] })
export class OrgsModule {}
