import { Injectable } from '@nestjs/common';

/** Whether start-up finished (port bound, default org or init key in place): /readyz is 503 until then. */
@Injectable()
export class StartupState {
  ready = false;
}
