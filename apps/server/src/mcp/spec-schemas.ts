// The MCP tools' input and output schemas, read out of openapi.yaml: an operation's query parameters or request
// body become a tool's inputSchema, its success response the outputSchema. MCP clients get them self-contained
// (no $ref into a document they do not have), so they are inlined here, once, at start-up.
import { type Operation, resolvePointer, spec } from '@humanhours/contract';

export type JsonSchema = Record<string, any>;

// Annotations of OpenAPI documents, not JSON Schema: of no use to a client deciding what to send.
const DROPPED_KEYWORDS = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs']);
const MAX_DEPTH = 32;

/** A copy of the schema with every $ref inlined and OpenAPI-only keywords dropped. */
export function inlineSchema(node: unknown, depth = 0): any {
  if (depth > MAX_DEPTH) throw new Error('openapi.yaml: a schema nests too deep to inline (a recursive $ref?)');
  if (Array.isArray(node)) return node.map((child) => inlineSchema(child, depth + 1));
  if (!node || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  // A $ref with siblings (e.g. a default) is the referenced schema with the siblings laid over it.
  const base = typeof $ref === 'string' ? inlineSchema(resolvePointer(spec, $ref), depth + 1) : {};
  const out: JsonSchema = { ...base };
  for (const [key, value] of Object.entries(rest)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    out[key] = inlineSchema(value, depth + 1);
  }
  return flattenAllOf(out);
}

/**
 * `{allOf: [objects…], properties?, unevaluatedProperties: false}` (how the spec extends a shared set of fields)
 * as one plain object schema with `additionalProperties: false`: the same set of valid values, in the form every
 * JSON Schema draft (and every client) reads the same way.
 */
function flattenAllOf(schema: JsonSchema): JsonSchema {
  if (!Array.isArray(schema.allOf) || !schema.allOf.every((part: JsonSchema) => part.type === 'object' && !part.allOf)) return schema;
  const { allOf, unevaluatedProperties, ...own } = schema;
  const merged: JsonSchema = { ...own, type: 'object', properties: {}, required: [] };
  for (const part of [...allOf, own] as JsonSchema[]) {
    Object.assign(merged.properties, part.properties ?? {});
    merged.required.push(...(part.required ?? []));
  }
  merged.required = [...new Set(merged.required)];
  if (unevaluatedProperties === false) merged.additionalProperties = false;
  return merged;
}

/** The query parameters of an operation as one object schema (the tool's arguments), without those named in `omit`. */
export function queryInputSchema(op: Operation, omit: readonly string[] = []): JsonSchema {
  const params = op.parameters.filter((p) => p.in === 'query' && !omit.includes(p.name));
  const properties: JsonSchema = {};
  for (const p of params) {
    const description = (p as { description?: string }).description;
    properties[p.name] = { ...inlineSchema(p.schema ?? {}), ...(description ? { description } : {}) };
  }
  const schema: JsonSchema = { type: 'object', properties, additionalProperties: false };
  const required = params.filter((p) => p.required).map((p) => p.name);
  if (required.length) schema.required = required;
  if (op.dynamicQuery) schema.patternProperties = { [op.dynamicQuery.pattern]: inlineSchema(op.dynamicQuery.schema) };
  return schema;
}

/** The operation's JSON request body schema. */
export function bodyInputSchema(op: Operation): JsonSchema {
  if (!op.requestBody) throw new Error(`openapi.yaml: ${op.id} takes no JSON body`);
  return inlineSchema(resolvePointer(spec, op.requestBody.pointer));
}

/** The schema of the operation's JSON answer with this status. */
export function responseSchema(op: Operation, status: string): JsonSchema {
  let response = op.responses[status] as JsonSchema | undefined;
  if (!response) throw new Error(`openapi.yaml: ${op.id} documents no ${status} response`);
  if (typeof response.$ref === 'string') response = resolvePointer(spec, response.$ref) as JsonSchema;
  const schema = response.content?.['application/json']?.schema;
  if (!schema) throw new Error(`openapi.yaml: ${op.id} ${status} has no JSON body`);
  return inlineSchema(schema);
}

/** An object schema restricted to some of its properties (those it requires among them stay required). */
export function pickProperties(schema: JsonSchema, keys: readonly string[]): JsonSchema {
  const missing = keys.filter((k) => !(k in (schema.properties ?? {})));
  if (missing.length) throw new Error(`openapi.yaml: the schema has no properties ${missing.join(', ')}`);
  const { required: allRequired = [], ...rest } = schema;
  const required = allRequired.filter((k: string) => keys.includes(k));
  return { ...rest, properties: Object.fromEntries(keys.map((k) => [k, schema.properties[k]])), ...(required.length ? { required } : {}) };
}

/** An object schema with more properties. */
export function withProperties(schema: JsonSchema, properties: JsonSchema): JsonSchema {
  return { ...schema, properties: { ...schema.properties, ...properties } };
}
