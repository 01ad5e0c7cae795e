import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';
import { hostedOnlyRoute } from './hosted-only-routes.js';
import { operationIndex } from './spec-registry.js';
import { clientWentAway } from './transport.js';

// Fastify's own errors (body parsing, limits) arrive wrapped in an HttpException with the FastifyError as cause.
const FASTIFY_ERRORS: Record<string, () => ApiError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new ApiError('invalid_json', 'The request body is not valid JSON', {
      hint: 'Check the body for a trailing comma, an unquoted key or a truncated payload',
    }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new ApiError('invalid_json', 'The request body is empty but Content-Type is application/json', {
      hint: 'Send a JSON object, or drop the Content-Type header',
    }),
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new ApiError('payload_too_large', 'The request body is larger than 1 MB', {
      hint: 'Split the events over several /v1/track/batch calls',
    }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new ApiError('unsupported_media_type', 'Only application/json request bodies are accepted', {
      hint: 'Send the body with Content-Type: application/json',
    }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new ApiError('bad_request', 'Content-Length does not match the body'),
};

/** Maps anything thrown while serving a request to the documented error envelope. */
export function toApiError(exception: unknown, req: Pick<FastifyRequest, 'method' | 'url'>): ApiError {
  if (exception instanceof ApiError) return exception;
  if (exception instanceof HttpException) {
    const code = (exception.cause as { code?: string } | undefined)?.code;
    if (code && Object.hasOwn(FASTIFY_ERRORS, code)) return FASTIFY_ERRORS[code]();
    const status = exception.getStatus();
    if (exception instanceof NotFoundException || status === 404) return routeNotFound(req);
    if (status === 413) return FASTIFY_ERRORS.FST_ERR_CTP_BODY_TOO_LARGE();
    if (status === 415) return FASTIFY_ERRORS.FST_ERR_CTP_INVALID_MEDIA_TYPE();
    if (status >= 400 && status < 500) return new ApiError('bad_request', exception.message);
  }
  return new ApiError('internal', 'Something went wrong on our side; the error was logged', {
    hint: 'Retry later; if it persists, report it with the X-Request-Id of this response',
  });
}

function routeNotFound(req: Pick<FastifyRequest, 'method' | 'url'>): ApiError {
  const path = req.url.split('?')[0];
  const match = operationIndex.match(req.method, path);
  if (match && 'allowed' in match) {
    return new ApiError('method_not_allowed', `${req.method} is not allowed on ${path}`, {
      hint: `Allowed: ${match.allowed.join(', ')}`,
      headers: { allow: match.allowed.join(', ') },
    });
  }
  const hostedOnly = hostedOnlyRoute(path);
  if (hostedOnly) return hostedOnly;
  return new ApiError('not_found', `No route ${req.method} ${path}`, { hint: 'See /docs for the API reference' });
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (clientWentAway(exception)) {
      // Routine on a public port (a flaky network, an impatient client): one line, no stack, no reply to no one.
      req.log.info({ method: req.method, path: req.url.split('?')[0] }, 'client closed the connection before the request was complete');
      return;
    }
    const error = toApiError(exception, req);
    if (error.status >= 500) req.log.error({ err: exception }, 'request failed');
    if (error.extra.headers) reply.headers(error.extra.headers);
    reply.status(error.status).send(error.toBody());
  }
}
