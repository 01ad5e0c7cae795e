import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { Controller, Inject, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { toApiError } from '../http/exception.filter.js';
import { Operation } from '../http/operation.decorator.js';
import { McpServerFactory } from './mcp-server.factory.js';
import { BearerChallengeFilter, protectedResourceMetadata, requestOrigin } from './protected-resource.js';

@Controller()
export class McpController {
  constructor(@Inject(McpServerFactory) private readonly servers: McpServerFactory) {}

  /**
   * One MCP message over Streamable HTTP, stateless: a server and a transport for this request alone, so any process
   * answers any request. The guards have run (key, rate limit) and the body is parsed; from here the SDK's transport
   * writes the answer to the raw Node response.
   */
  @Operation('mcpMessage')
  @UseFilters(BearerChallengeFilter)
  async message(@Auth() auth: AuthContext, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    reply.hijack();
    // What Fastify holds so far (X-Request-Id, X-RateLimit-*) goes out with the transport's answer.
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
    const server = this.servers.create(auth, req.log);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    reply.raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req.raw, reply.raw, req.body);
    } catch (err) {
      // Hijacked: the exception filter can no longer answer, so the envelope is written here.
      const error = toApiError(err, req);
      req.log.error({ err }, 'mcp request failed');
      if (reply.raw.headersSent) return void reply.raw.end();
      reply.raw.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(error.toBody()));
    }
  }

  @Operation('getProtectedResourceMetadata')
  metadata(@Req() req: FastifyRequest) {
    return protectedResourceMetadata(requestOrigin(req));
  }
}
