import { applyDecorators, RequestMapping, RequestMethod, SetMetadata } from '@nestjs/common';
import { operationIndex } from './spec-registry.js';

export const OPERATION_ID = 'humanhours:operation-id';

/**
 * Binds a handler to an operation of openapi.yaml: the route (method and path) comes from the spec,
 * and the request is validated against the spec's schemas before the handler runs.
 */
export function Operation(operationId: string): MethodDecorator {
  const op = operationIndex.get(operationId);
  const method = RequestMethod[op.method.toUpperCase() as keyof typeof RequestMethod];
  const path = op.path.replace(/\{([^}]+)\}/g, ':$1');
  return applyDecorators(SetMetadata(OPERATION_ID, operationId), RequestMapping({ path, method }));
}
