import type { QueryParams } from '@humanhours/contract';
import { Controller, Inject, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { AuditService } from './audit.service.js';

@Controller()
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Operation('listAuditLog')
  list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listAuditLog'>) {
    return this.audit.list(auth.org.id, q.limit, q.cursor);
  }
}
