import specJson from './generated/openapi.json' with { type: 'json' };

/** The parts of an OpenAPI 3.1 document this project reads. Loose on purpose: the spec is data. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [k: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, any>>;
  [k: string]: unknown;
}

/** openapi.yaml, parsed once at build time by `pnpm gen`. */
export const spec = specJson as unknown as OpenApiDocument;
