// What the server answers (and logs) when HTTP itself goes wrong, before or beside any route: malformed requests,
// oversized headers, requests that take too long to arrive, clients that vanish mid-body.
import type { ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { HttpLimits } from '../config/config.js';

/** Node's HTTP server options for the limits: timeouts are checked this often (Node's default is every 30 s). */
export function httpServerOptions(limits: HttpLimits): { requestTimeout: number; keepAliveTimeout: number; http: ServerOptions } {
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(
        10,
        Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)),
      ),
    },
  };
}

const CLIENT_ERRORS: Record<string, { status: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: '431 Request Header Fields Too Large',
    code: 'bad_request',
    message: 'The request line and headers exceed 16 KB',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: '408 Request Timeout',
    code: 'request_timeout',
    message: 'The request did not arrive in time (headers or body too slow)',
  },
};
const NOT_HTTP = { status: '400 Bad Request', code: 'bad_request', message: 'The request is not valid HTTP' };

/** Refuses what Node's parser or timers refused, in the envelope, then closes the connection. */
export function answerClientError(err: Error, socket: Socket): void {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  // A reset connection has no one left to answer.
  if (code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, ...error } = Object.hasOwn(CLIENT_ERRORS, code) ? CLIENT_ERRORS[code] : NOT_HTTP;
  const body = JSON.stringify({ error });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Whether reading the request failed because its client went away mid-body (closed or reset the connection, or the
 * request timeout cut it off): nothing to answer and nothing wrong with the server. A server error that merely
 * happens after a client left is still a server error.
 */
export function clientWentAway(exception: unknown): boolean {
  const code = (exception as { code?: string } | null)?.code;
  return code === 'ECONNRESET' || code === 'ECONNABORTED';
}
