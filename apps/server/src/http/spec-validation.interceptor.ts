import type { RequestValidators } from '@humanhours/contract';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';
import { OPERATION_ID } from './operation.decorator.js';
import { requestValidators } from './spec-registry.js';

/** The dotted path of the first string holding U+0000, or null. */
function nulAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (!value || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulAt(child, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Refuses U+0000 in any string of the request: PostgreSQL cannot store it (text or jsonb), so accepting it on
 * SQLite would make data that cannot move to PostgreSQL.
 */
function refuseNul(req: SpecCheckedRequest): void {
  for (const part of [req.params, req.query, req.body]) {
    const field = nulAt(part, '');
    if (field !== null) throw ApiError.validation(field || 'body', 'must not contain the NUL character (U+0000)');
  }
}

/** What validation reads of a request: an HTTP request, or an MCP tool call's arguments laid out the same way. */
export type SpecCheckedRequest = Pick<FastifyRequest, 'params' | 'query' | 'headers' | 'body'>;

/** Checks path, headers, query and body against the operation's schemas; replaces the query with its coerced form. */
export function validateRequest(req: SpecCheckedRequest, v: RequestValidators): void {
  refuseNul(req);
  const params = v.params((req.params ?? {}) as Record<string, unknown>);
  if ('issue' in params) throw ApiError.fromIssue(params.issue);
  req.params = params.value;

  const headerIssue = v.headers?.(req.headers);
  if (headerIssue) throw ApiError.fromIssue(headerIssue);

  const query = v.query({ ...(req.query as Record<string, unknown>) });
  if ('issue' in query) throw ApiError.fromIssue(query.issue);
  req.query = query.value;

  const body = v.operation.requestBody;
  if (!body || !v.body) return;
  if (req.body === undefined || req.body === null) {
    if (body.required) {
      throw new ApiError('validation_error', 'A JSON request body is required', {
        field: 'body',
        hint: 'Send the body with Content-Type: application/json',
      });
    }
    return;
  }
  const issue = v.body(req.body);
  if (issue) throw ApiError.fromIssue(issue);
}

@Injectable()
export class SpecValidationInterceptor implements NestInterceptor {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler) {
    const id = this.reflector.get<string | undefined>(OPERATION_ID, context.getHandler());
    if (id) validateRequest(context.switchToHttp().getRequest<FastifyRequest>(), requestValidators().get(id)!);
    return next.handle();
  }
}
