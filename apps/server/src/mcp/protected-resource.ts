// OAuth 2.0 protected-resource metadata (RFC 9728) and the 401 challenge that points MCP clients at it. There is no
// authorization server yet: the metadata tells a client the resource takes a Bearer API key in the header.
import type { Schema } from '@humanhours/contract';
import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../core/api-error.js';
import { SCOPES } from '../core/key-format.js';
import { ApiExceptionFilter } from '../http/exception.filter.js';

export const METADATA_PATH = '/.well-known/oauth-protected-resource';

const PROTOCOLS = new Set(['http', 'https']);
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** The first value of a header a proxy may have set (several proxies append, comma-separated). */
function forwarded(value: string | string[] | undefined): string | undefined {
  const first = (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();
  return first || undefined;
}

/**
 * This server's origin as the client reached it: the Host header, or a proxy's X-Forwarded-Proto / -Host. A forged
 * value only changes the URL the forging client is told about; anything not shaped like a scheme or host is ignored.
 */
export function requestOrigin(req: Pick<FastifyRequest, 'headers' | 'protocol' | 'host'>): string {
  const proto = forwarded(req.headers['x-forwarded-proto'])?.toLowerCase();
  const host = forwarded(req.headers['x-forwarded-host']);
  return `${proto && PROTOCOLS.has(proto) ? proto : req.protocol}://${host && HOST.test(host) ? host : HOST.test(req.host) ? req.host : 'localhost'}`;
}

export function protectedResourceMetadata(origin: string): Schema<'ProtectedResourceMetadata'> {
  return {
    resource: origin,
    bearer_methods_supported: ['header'],
    scopes_supported: [...SCOPES],
    resource_name: 'HumanHours',
    resource_documentation: `${origin}/docs`,
  };
}

/** RFC 6750's challenge with RFC 9728's resource_metadata; `invalid_token` when a key was sent but not accepted. */
export function bearerChallenge(origin: string, invalidToken: boolean): string {
  return `Bearer resource_metadata="${origin}${METADATA_PATH}"${invalidToken ? ', error="invalid_token"' : ''}`;
}

/** Adds the challenge to the 401s of the MCP endpoint; the answer itself is the usual error envelope. */
@Catch(ApiError)
export class BearerChallengeFilter implements ExceptionFilter {
  private readonly envelope = new ApiExceptionFilter();

  catch(exception: ApiError, host: ArgumentsHost): void {
    if (exception.status === 401) {
      const http = host.switchToHttp();
      const challenge = bearerChallenge(requestOrigin(http.getRequest<FastifyRequest>()), exception.code !== 'missing_authorization');
      http.getResponse<FastifyReply>().header('www-authenticate', challenge);
    }
    this.envelope.catch(exception, host);
  }
}
