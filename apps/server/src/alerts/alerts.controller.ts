import type { PathParams, QueryParams, RequestBody } from '@humanhours/contract';
import { Body, Controller, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { AlertService } from './alert.service.js';

@Controller()
export class AlertsController {
  constructor(@Inject(AlertService) private readonly alerts: AlertService) {}

  @Operation('listAlertRules')
  list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listAlertRules'>) {
    return this.alerts.list(auth.org, q);
  }

  @Operation('createAlertRule')
  create(@Auth() auth: AuthContext, @Body() body: RequestBody<'createAlertRule'>) {
    return this.alerts.create(auth.org, body);
  }

  @Operation('getAlertRule')
  get(@Auth() auth: AuthContext, @Param('id') id: PathParams<'getAlertRule'>['id']) {
    return this.alerts.get(auth.org, id);
  }

  @Operation('updateAlertRule')
  update(@Auth() auth: AuthContext, @Param('id') id: PathParams<'updateAlertRule'>['id'], @Body() body: RequestBody<'updateAlertRule'>) {
    return this.alerts.update(auth.org, id, body);
  }

  @Operation('deleteAlertRule')
  remove(@Auth() auth: AuthContext, @Param('id') id: PathParams<'deleteAlertRule'>['id']) {
    return this.alerts.remove(auth.org, id);
  }
}
