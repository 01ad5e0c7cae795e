import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ResponseBody, spec } from '@humanhours/contract';
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiError } from '../core/api-error.js';
import { type JsonText, Operation } from '../http/operation.decorator.js';

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
// openapi.yaml sits at the repository root, three levels above src/docs and dist/docs.
const specYaml = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../openapi.yaml'), 'utf8');
const specJson = JSON.stringify(spec) as JsonText<ResponseBody<'getOpenApiJson'>>;

// The API reference is rendered from local files: these machines have no internet, so no CDN.
const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'application/javascript; charset=utf-8' },
  'favicon-32x32.png': { file: 'favicon-32x32.png', type: 'image/png' },
};
const assetCache = new Map<string, Buffer>();

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>HumanHours API reference</title>
  <link rel="icon" href="/docs/assets/favicon-32x32.png">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="reference"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`;

// Swagger UI runs from its local bundle and the init script (no inline script), fetches /openapi.json, styles
// through its stylesheet and the CSSOM, and draws its icons as data: SVG images: that is all this policy allows
// (checked in Chromium: no violation rendering and expanding the reference). It is never framed (clickjacking).
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#reference', deepLinking: true, tryItOutEnabled: false });\n`;

@Controller()
export class DocsController {
  @Operation('getOpenApiJson')
  json(@Res({ passthrough: true }) reply: FastifyReply) {
    reply.type('application/json; charset=utf-8');
    return specJson;
  }

  @Operation('getOpenApiYaml')
  yaml(@Res({ passthrough: true }) reply: FastifyReply) {
    reply.type('application/yaml; charset=utf-8');
    return specYaml;
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', DOCS_CONTENT_SECURITY_POLICY)
  @Header('x-frame-options', 'DENY')
  @Header('referrer-policy', 'no-referrer')
  page() {
    return DOCS_PAGE;
  }

  @Get('docs/init.js')
  @Header('content-type', 'application/javascript; charset=utf-8')
  init() {
    return INIT_SCRIPT;
  }

  @Get('docs/assets/:name')
  asset(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply) {
    // Own properties only: `constructor`, `__proto__` or `toString` are names like any other unknown one.
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new ApiError('not_found', `No asset ${name}`);
    let content = assetCache.get(name);
    if (!content) {
      content = readFileSync(join(swaggerDir, asset.file));
      assetCache.set(name, content);
    }
    reply.type(asset.type).header('cache-control', 'public, max-age=86400');
    return content;
  }
}
