import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyReply, type FastifyServerOptions, LogController } from 'fastify';
import { ApiKeyService } from './api-keys/api-key.service.js';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { type Database, openDatabase } from './db/database.js';
import { ApiError } from './http/api-error.js';
import { NestJsonLogger } from './http/logger.js';
import { requestValidators } from './http/spec-registry.js';
import { bootstrapOrgs, firstKeyBanner } from './orgs/bootstrap.js';
import { OrgService } from './orgs/org.service.js';
import { createRateLimitStorage } from './rate-limit/storage.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;
// The same rule as the spec's X-Request-Id parameter: 1–200 printable ASCII characters, no spaces.
const REQUEST_ID = /^[!-~]{1,200}$/;
const API_PREFIXED = /^\/api\/(?:v1\/|mcp(?:[/?]|$))/;

export interface CreateAppOptions {
  /** Where the one-time first-key banner goes (default stdout). */
  printBanner?: (text: string) => void;
  /** Where JSON log lines go (default stdout). Tests pass a stream to read them. */
  logStream?: Writable;
  /** An already-open database; otherwise one is opened from config and closed with the app. */
  database?: Database;
}

/** Builds the whole server (not yet listening). Shared by main.ts and the tests. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  requestValidators(); // compile the spec's validators now, not on the first request
  const database = options.database ?? (await openDatabase(config.database, { pool: config.pool }));

  const fastifyOptions: FastifyServerOptions = {
    bodyLimit: BODY_LIMIT_BYTES,
    // Path parameters (agent ids, task type keys) may be 200 characters, percent-encoded up to three times longer.
    routerOptions: { maxParamLength: 1000 },
    // Malformed HTTP and oversized headers (or URLs) are refused by Node before any route runs: in the envelope too.
    clientErrorHandler: (err, socket) => {
      if (!socket.writable) return;
      const tooLarge = (err as NodeJS.ErrnoException).code === 'HPE_HEADER_OVERFLOW';
      const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
      const body = JSON.stringify({
        error: { code: 'bad_request', message: tooLarge ? 'The request line and headers exceed 16 KB' : 'The request is not valid HTTP' },
      });
      socket.end(
        `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    // Errors the router raises before any route runs, in the same envelope as every other error.
    frameworkErrors: (error, req, reply) => {
      const apiError =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? new ApiError('bad_request', 'A path segment is longer than 1,000 characters')
          : new ApiError('bad_request', 'The URL path is not valid (malformed percent-encoding)', {
              hint: 'Percent-encode path segments as UTF-8, e.g. with encodeURIComponent',
            });
      (reply as FastifyReply).header('x-request-id', req.id).status(apiError.status).send(apiError.toBody());
    },
    // Every /v1 route (and /mcp) also answers under /api: the hosted service's n8n node calls /api/v1.
    rewriteUrl: (req) => (req.url && API_PREFIXED.test(req.url) ? req.url.slice(4) : (req.url ?? '/')),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // One line per request, written by the onResponse hook below (with the fields we choose), not Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    logger: {
      level: config.logLevel,
      stream: options.logStream,
      // Belt and braces: nothing logs headers today, but a key must never reach a log line.
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          'req.headers["x-share-token"]',
          'headers["x-share-token"]',
          '*.secret',
          '*.token',
        ],
        censor: '[redacted]',
      },
    },
  };
  const adapter = new FastifyAdapter(fastifyOptions);
  const fastify = adapter.getInstance();
  // Only JSON bodies: text/plain (Fastify's other default) answers 415.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    req.log.info(
      { method: req.method, path: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request',
    );
  });

  const rateLimitStorage = createRateLimitStorage(config.redisUrl);
  await rateLimitStorage.connect?.();
  fastify.addHook('onClose', async () => rateLimitStorage.close?.());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database, rateLimitStorage), adapter, {
    logger: new NestJsonLogger(fastify.log),
    abortOnError: false,
    // Fastify's own JSON parser only: Nest would add a form-urlencoded one, and the API takes JSON alone.
    bodyParser: false,
  });
  app.enableShutdownHooks();
  if (!options.database) fastify.addHook('onClose', async () => database.close());
  await app.init();
  const bootstrap = await bootstrapOrgs(config, app.get(OrgService), app.get(ApiKeyService));
  if (bootstrap.kind === 'default-org-created') {
    const print = options.printBanner ?? ((text: string) => process.stdout.write(`${text}\n`));
    print(firstKeyBanner(bootstrap, `http://localhost:${config.port}`));
  } else if (bootstrap.kind !== 'nothing-to-do') {
    fastify.log.info({ org: bootstrap.orgId, result: bootstrap.kind }, 'HUMANHOURS_INIT_API_KEY is in place');
  }
  return app;
}
