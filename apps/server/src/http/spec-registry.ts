import { compileRequestValidators, listOperations, OperationIndex, type RequestValidators, spec } from '@humanhours/contract';

/** The spec's operations, indexed once per process. */
export const operationIndex = new OperationIndex(listOperations(spec));

let validators: Map<string, RequestValidators> | undefined;

/** Request validators compiled from openapi.yaml; compiled at start-up (see createApp), not on the first request. */
export function requestValidators(): Map<string, RequestValidators> {
  validators ??= compileRequestValidators(spec);
  return validators;
}
