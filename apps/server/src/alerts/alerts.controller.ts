import type { components } from '@humanhours/contract';
import { Body, Controller, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { AlertService } from './alert.service.js';

@Controller()
export class AlertsController {
  constructor(@Inject(AlertService) private readonly alerts: AlertService) {}

  @Operation('listAlertRules')
  list(@Auth() auth: AuthContext, @Query() q: { limit: number; cursor?: string }) {
    return this.alerts.list(auth.org, q);
  }

  @Operation('createAlertRule')
  create(@Auth() auth: AuthContext, @Body() body: components['schemas']['AlertRuleCreate']) {
    return this.alerts.create(auth.org, body);
  }

  @Operation('getAlertRule')
  get(@Auth() auth: AuthContext, @Param('id') id: string) {
    return this.alerts.get(auth.org, id);
  }

  @Operation('updateAlertRule')
  update(@Auth() auth: AuthContext, @Param('id') id: string, @Body() body: components['schemas']['AlertRuleUpdate']) {
    return this.alerts.update(auth.org, id, body);
  }

  @Operation('deleteAlertRule')
  remove(@Auth() auth: AuthContext, @Param('id') id: string) {
    return this.alerts.remove(auth.org, id);
  }
}
