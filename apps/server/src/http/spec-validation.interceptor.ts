import type { RequestValidators } from '@humanhours/contract';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { unstorable } from '../core/text.js';
import { ApiError } from './api-error.js';
import { OPERATION_ID } from './operation.decorator.js';
import { requestValidators } from './spec-registry.js';

/** How deep request JSON may nest (the deepest the API needs is a batch item's metadata: 8 levels). */
export const MAX_REQUEST_DEPTH = 32;
const MAX_FIELD_LENGTH = 300;

/** A dotted field path of at most 300 characters (whole segments), as the error envelope allows. */
function fieldOf(segments: string[]): string {
  let field = '';
  for (const segment of segments) {
    const next = field ? `${field}.${segment}` : segment;
    if (next.length > MAX_FIELD_LENGTH) break;
    field = next;
  }
  return field || segments[0]?.slice(0, MAX_FIELD_LENGTH) || 'body';
}

/**
 * One walk over a part of the request (path, query or body), iterative so that no nesting can exhaust the stack:
 * refuses JSON nested deeper than MAX_REQUEST_DEPTH, and strings or keys that no database could store (U+0000,
 * lone surrogates), naming the field. Every later walk (validators, metadata checks, hashing) then sees bounded
 * depth.
 */
function checkRequestPart(root: unknown, rootSegments: string[]): void {
  const stack: Array<{ value: unknown; segments: string[] }> = [{ value: root, segments: rootSegments }];
  while (stack.length) {
    const { value, segments } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = unstorable(value);
      if (problem) throw ApiError.validation(fieldOf(segments), problem);
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (segments.length - rootSegments.length >= MAX_REQUEST_DEPTH) {
      throw ApiError.validation(fieldOf(segments), `nests deeper than ${MAX_REQUEST_DEPTH} levels`);
    }
    for (const [key, child] of Object.entries(value)) {
      const problem = unstorable(key);
      if (problem) throw ApiError.validation(fieldOf(segments), `keys ${problem}`);
      stack.push({ value: child, segments: [...segments, key] });
    }
  }
}

/** What validation reads of a request: an HTTP request, or an MCP tool call's arguments laid out the same way. */
export type SpecCheckedRequest = Pick<FastifyRequest, 'params' | 'query' | 'headers' | 'body'>;

function checkRequestJson(req: SpecCheckedRequest): void {
  for (const part of [req.params, req.query, req.body]) checkRequestPart(part, []);
}

/** Checks path, headers, query and body against the operation's schemas; replaces the query with its coerced form. */
export function validateRequest(req: SpecCheckedRequest, v: RequestValidators): void {
  checkRequestJson(req);
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
