import { Global, Module } from '@nestjs/common';
import { OrgController } from './org.controller.js';
import { OrgService } from './org.service.js';

/** The orgs' settings, for every module: authentication reads them, tracking re-reads them when they changed. */
@Global()
@Module({ controllers: [OrgController], providers: [OrgService], exports: [OrgService] })
export class OrgsModule {}
