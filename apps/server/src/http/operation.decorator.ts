import type { OperationId, SuccessContent } from '@humanhours/contract';
import { applyDecorators, RequestMapping, RequestMethod, SetMetadata } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { operationIndex } from './spec-registry.js';

export const OPERATION_ID = 'humanhours:operation-id';

declare const jsonOf: unique symbol;
/** A body already serialized (a replayed response, the spec document), typed by what it holds. */
export type JsonText<T> = string & { readonly [jsonOf]: T };

/**
 * What a handler of operation `Id` may return: the body of one of its success responses (as a value or as
 * `JsonText`), or the reply it sent itself (a CSV download: the `FastifyReply`; a hijacked stream: nothing).
 * Anything else (a renamed or missing field, a value outside an enum) fails to compile.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler that wrote the reply itself (`@Res()`, hijacked) returns nothing.
export type OperationResult<Id extends OperationId> = SuccessContent<Id> | JsonText<SuccessContent<Id>> | FastifyReply | void;
type Handler<Id extends OperationId> = (...args: any[]) => OperationResult<Id> | Promise<OperationResult<Id>>;

/**
 * Binds a handler to an operation of openapi.yaml: the route (method and path) comes from the spec,
 * the request is validated against the spec's schemas before the handler runs, and the handler's return type
 * is checked against the operation's responses at compile time.
 */
export function Operation<Id extends OperationId>(
  operationId: Id,
): <H extends Handler<Id>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>) => void {
  const op = operationIndex.get(operationId);
  const method = RequestMethod[op.method.toUpperCase() as keyof typeof RequestMethod];
  const path = op.path.replace(/\{([^}]+)\}/g, ':$1');
  return applyDecorators(SetMetadata(OPERATION_ID, operationId), RequestMapping({ path, method }));
}
