import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyReply, type FastifyServerOptions, LogController } from 'fastify';
import { ApiKeyService } from './api-keys/api-key.service.js';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { ApiError } from './core/api-error.js';
import { StartupState } from './health/startup-state.js';
import { NestJsonLogger } from './http/logger.js';
import { requestValidators } from './http/spec-registry.js';
import { answerClientError, httpServerOptions } from './http/transport.js';
import { openDatabase } from './open-database.js';
import { bootstrapOrgs, firstKeyBanner } from './orgs/bootstrap.js';
import { OrgService } from './orgs/org.service.js';
import { createRateLimitStorage } from './rate-limit/storage.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;
// The same rule as the spec's X-Request-Id parameter: 1–200 printable ASCII characters, no spaces.
const REQUEST_ID = /^[!-~]{1,200}$/;
const API_PREFIXED = /^\/api\/(?:v1\/|mcp(?:[/?]|$))/;

export interface CreateAppOptions {
  /** Where JSON log lines go (default stdout). Tests pass a stream to read them. */
  logStream?: Writable;
}

/** Builds the whole server (not yet listening). Shared by main.ts and the tests. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  requestValidators(); // compile the spec's validators now, not on the first request
  const database = await openDatabase(config.database, { pool: config.pool, cacheTtlMs: config.cacheTtlMs });
  // Other instances' changes (a revoked key, new org settings) drop this one's cached copies as they commit.
  if (config.database.kind === 'postgresql') await database.listenForCacheNotices(config.database.url);

  const fastifyOptions: FastifyServerOptions = {
    bodyLimit: BODY_LIMIT_BYTES,
    // Path parameters (agent ids, task type keys) may be 200 characters, percent-encoded up to three times longer.
    routerOptions: { maxParamLength: 1000 },
    // Malformed HTTP, oversized headers (or URLs) and too slow requests are refused by Node before any route runs:
    // in the envelope too.
    clientErrorHandler: answerClientError,
    ...httpServerOptions(config.http),
    // Errors the router raises before any route runs, in the same envelope as every other error.
    frameworkErrors: (error, req, reply) => {
      const apiError =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? new ApiError('bad_request', 'A path segment is longer than 1,000 characters')
          : new ApiError('bad_request', 'The URL path is not valid (malformed percent-encoding)', {
              hint: 'Percent-encode path segments as UTF-8, e.g. with encodeURIComponent',
            });
      (reply as FastifyReply)
        .headers({ 'x-request-id': req.id, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' })
        .status(apiError.status)
        .send(apiError.toBody());
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
  // Beyond the cap Node closes new connections at once: a flood of slow clients cannot exhaust file descriptors.
  fastify.server.maxConnections = config.http.maxConnections;
  // Only JSON bodies: text/plain (Fastify's other default) answers 415.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', async (req, reply) => {
    // A non-conforming X-Request-Id was replaced by a generated one (genReqId): the request carries that one on,
    // so no validator refuses the header (a health check must never 422 over a proxy's request id).
    if (req.headers['x-request-id'] !== undefined && req.headers['x-request-id'] !== req.id) req.headers['x-request-id'] = req.id;
    reply.header('x-request-id', req.id);
    // Every answer: browsers must not guess a type (a JSON error rendered as HTML). Every /v1 answer: no cache may
    // keep it (one carries a key's secret; reports are an org's private figures).
    reply.header('x-content-type-options', 'nosniff');
    if (req.url.startsWith('/v1/')) reply.header('cache-control', 'no-store');
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
  fastify.addHook('onClose', async () => database.close());
  await app.init();
  return app;
}

/**
 * Binds the port, then makes a fresh install usable (the default org and its once-shown key, or the init key): in
 * this order, so a start that cannot bind (port busy) never creates, and so never loses, the default key.
 */
export async function listenAndBootstrap(
  app: NestFastifyApplication,
  config: AppConfig,
  options: {
    /** Where the one-time first-key banner goes (default stdout). */
    printBanner?: (text: string) => void;
    /** Default: config.port and config.host. */
    port?: number;
    host?: string;
  } = {},
): Promise<void> {
  await app.listen({ port: options.port ?? config.port, host: options.host ?? config.host });
  const log = app.getHttpAdapter().getInstance().log;
  let bootstrap: Awaited<ReturnType<typeof bootstrapOrgs>>;
  try {
    bootstrap = await bootstrapOrgs(config, app.get(OrgService), app.get(ApiKeyService));
  } catch (err) {
    await app.close();
    throw err;
  }
  if (bootstrap.kind === 'default-org-created') {
    const print = options.printBanner ?? ((text: string) => process.stdout.write(`${text}\n`));
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    print(firstKeyBanner(bootstrap, `http://localhost:${port}`));
  } else if (bootstrap.kind !== 'nothing-to-do') {
    log.info({ org: bootstrap.orgId, result: bootstrap.kind }, 'HUMANHOURS_INIT_API_KEY is in place');
  }
  app.get(StartupState).ready = true;
}
