import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { listOperations, type Operation, OperationIndex, type ParameterObject, pointerTo, resolvePointer } from './operations.js';
import { spec as bundledSpec, type OpenApiDocument } from './spec.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

const SPEC_ID = 'humanhours-openapi';

/** A request that broke the spec: which field, and why, in words a caller can act on. */
export interface ValidationIssue {
  field: string;
  message: string;
  /** What to do instead, when the spec knows (e.g. `x-misplaced-fields` for a field sent in the wrong place). */
  hint?: string;
}

export type Validator = (data: unknown) => ValidationIssue | null;

/** Everything checkable about one operation's request, compiled once. */
export interface RequestValidators {
  operation: Operation;
  body: Validator | null;
  /** With `x-item-validation`: checks one item of the array; the body validator then leaves items alone. */
  item: Validator | null;
  /** Validates and coerces the query (strings → numbers/booleans, comma lists → arrays). Returns the coerced query. */
  query: (raw: Record<string, unknown>) => { value: Record<string, unknown> } | { issue: ValidationIssue };
  params: (raw: Record<string, unknown>) => { value: Record<string, unknown> } | { issue: ValidationIssue };
  headers: Validator | null;
}

function createAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false,
    allowUnionTypes: true,
    coerceTypes: coerce,
    useDefaults: coerce,
    // Errors carry the schema they failed in, so an unknown field can be looked up in its `x-misplaced-fields`.
    verbose: true,
  });
  addFormats(ajv);
  // OpenAPI annotations that may sit inside schema objects, and the document's own top-level keys (the whole
  // document is added as one schema so that refs resolve).
  const openApiKeywords = [
    'example',
    'discriminator',
    'xml',
    'externalDocs',
    'openapi',
    'info',
    'servers',
    'tags',
    'paths',
    'components',
    'security',
    'jsonSchemaDialect',
    'webhooks',
    'x-misplaced-fields',
  ];
  for (const keyword of openApiKeywords) ajv.addKeyword(keyword);
  return ajv;
}

/** Re-points `#/...` refs at the spec document so a sub-schema compiles on its own. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${SPEC_ID}${v}` : anchorRefs(v);
  }
  return out;
}

/** Follows `$ref`s until a schema with content. */
function derefSchema(doc: OpenApiDocument, node: any): any {
  while (node && typeof node.$ref === 'string') node = resolvePointer(doc, node.$ref);
  return node;
}

function joinPath(base: string, key: string | number): string {
  return base ? `${base}.${key}` : String(key);
}

/** Turns Ajv's first error into a field path (dotted, array indexes as segments) and a plain message. */
export function describeAjvError(error: ErrorObject, prefix = ''): ValidationIssue {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let field = segments.reduce(joinPath, prefix);
  const p = error.params as Record<string, any>;
  let message: string;
  switch (error.keyword) {
    case 'required':
      field = joinPath(field, p.missingProperty);
      message = 'is required';
      break;
    case 'additionalProperties':
      field = joinPath(field, p.additionalProperty);
      message = 'is not a recognised field';
      break;
    case 'unevaluatedProperties':
      field = joinPath(field, p.unevaluatedProperty);
      message = 'is not a recognised field';
      break;
    case 'enum':
      message = `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
      break;
    case 'const':
      message = `must be ${JSON.stringify(p.allowedValue)}`;
      break;
    case 'type':
      message = `must be of type ${Array.isArray(p.type) ? p.type.join(' or ') : p.type}`;
      break;
    case 'format':
      message = p.format === 'date-time' ? 'must be an ISO 8601 date-time, e.g. 2026-05-06T10:42:00Z' : `must be a valid ${p.format}`;
      break;
    default:
      message = error.message ?? 'is invalid';
  }
  return { field: field || prefix || 'body', message };
}

/**
 * The hint a schema gives for an unknown field, from its `x-misplaced-fields` (field → where it belongs) or that of
 * a schema it combines with allOf/anyOf/oneOf: e.g. a top-level `client` of a tracked event belongs in metadata.
 */
function misplacedFieldHint(doc: OpenApiDocument, schema: any, field: string, depth = 0): string | undefined {
  if (!schema || typeof schema !== 'object' || depth > 8) return undefined;
  const own = schema['x-misplaced-fields']?.[field];
  if (typeof own === 'string') return own;
  for (const member of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    const ref = typeof member?.$ref === 'string' ? member.$ref.replace(SPEC_ID, '') : null;
    const hint = misplacedFieldHint(doc, ref ? derefSchema(doc, { $ref: ref }) : member, field, depth + 1);
    if (hint) return hint;
  }
  return undefined;
}

function toValidator(fn: ValidateFunction, doc: OpenApiDocument, prefix = ''): Validator {
  return (data) => {
    if (fn(data)) return null;
    const error = fn.errors![0];
    const issue = describeAjvError(error, prefix);
    const unknown = (error.params as Record<string, any>).additionalProperty ?? (error.params as Record<string, any>).unevaluatedProperty;
    const hint = typeof unknown === 'string' ? misplacedFieldHint(doc, error.parentSchema, unknown) : undefined;
    return hint ? { ...issue, hint } : issue;
  };
}

/** Builds one object schema from a set of parameters, so Ajv checks and coerces them in one pass. */
function parametersSchema(params: ParameterObject[], closed: boolean, dynamic: Operation['dynamicQuery']) {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const p of params) {
    properties[p.name] = anchorRefs(p.schema ?? {});
    if (p.required) required.push(p.name);
  }
  const schema: Record<string, unknown> = { type: 'object', properties, required };
  if (closed) {
    if (dynamic) schema.patternProperties = { [dynamic.pattern]: anchorRefs(dynamic.schema) };
    schema.additionalProperties = false;
  }
  return schema;
}

function isArraySchema(schema: Record<string, unknown> | undefined): boolean {
  return schema?.type === 'array' || (Array.isArray(schema?.type) && (schema!.type as string[]).includes('array'));
}

/** Compiles request validators for every operation of the spec. */
export function compileRequestValidators(doc: OpenApiDocument = bundledSpec): Map<string, RequestValidators> {
  const strictAjv = createAjv(false);
  const coercingAjv = createAjv(true);
  strictAjv.addSchema(doc as object, SPEC_ID);
  coercingAjv.addSchema(doc as object, SPEC_ID);

  const result = new Map<string, RequestValidators>();
  for (const operation of listOperations(doc)) {
    const byLocation = (where: ParameterObject['in']) => operation.parameters.filter((p) => p.in === where);
    let body: Validator | null = null;
    let item: Validator | null = null;
    if (operation.requestBody && operation.itemValidation) {
      const { property } = operation.itemValidation;
      const schema = structuredClone(derefSchema(doc, resolvePointer(doc, operation.requestBody.pointer)));
      const arraySchema = schema.properties?.[property];
      if (!arraySchema?.items) throw new Error(`openapi.yaml: ${operation.id} x-item-validation names ${property}, which has no items`);
      item = toValidator(strictAjv.compile(anchorRefs(arraySchema.items) as object), doc);
      arraySchema.items = true; // any item: each is judged on its own
      body = toValidator(strictAjv.compile(anchorRefs(schema) as object), doc);
    } else if (operation.requestBody) {
      body = toValidator(strictAjv.compile({ $ref: `${SPEC_ID}${operation.requestBody.pointer}` }), doc);
    }

    const queryParams = byLocation('query');
    const queryFn = coercingAjv.compile(parametersSchema(queryParams, true, operation.dynamicQuery));
    // Comma lists (style: form, explode: false) arrive as one string; repeated params as an array.
    const commaLists = new Set(queryParams.filter((p) => isArraySchema(p.schema) && p.explode === false).map((p) => p.name));
    const query: RequestValidators['query'] = (raw) => {
      const value: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw)) {
        value[k] = commaLists.has(k) && typeof v === 'string' ? (v === '' ? [] : v.split(',')) : v;
      }
      return queryFn(value) ? { value } : { issue: describeAjvError(queryFn.errors![0]) };
    };

    const paramsFn = coercingAjv.compile(parametersSchema(byLocation('path'), false, null));
    const params: RequestValidators['params'] = (raw) => {
      const value = { ...raw };
      return paramsFn(value) ? { value } : { issue: describeAjvError(paramsFn.errors![0]) };
    };

    // Header names are case-insensitive: the server hands them over lower-cased.
    const headerParams = byLocation('header').map((p) => ({ ...p, name: p.name.toLowerCase() }));
    const headerFn = headerParams.length ? strictAjv.compile(parametersSchema(headerParams, false, null)) : null;
    const headers: Validator | null = headerFn
      ? (data) => {
          if (headerFn(data)) return null;
          const issue = describeAjvError(headerFn.errors![0]);
          // Report the header under its documented spelling (Idempotency-Key, not idempotency-key).
          const original = byLocation('header').find((p) => p.name.toLowerCase() === issue.field);
          return { ...issue, field: original?.name ?? issue.field };
        }
      : null;

    result.set(operation.id, { operation, body, item, query, params, headers });
  }
  return result;
}

export interface ResponseCheck {
  operation: Operation | null;
  errors: string[];
}

/** Checks a response against the spec: a documented status, a documented content type, a body of the right shape. */
export class ResponseValidator {
  private readonly ajv = createAjv(false);
  private readonly index: OperationIndex;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument = bundledSpec) {
    this.ajv.addSchema(doc as object, SPEC_ID);
    this.index = new OperationIndex(listOperations(doc));
  }

  check(res: {
    method: string;
    url: string;
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: unknown;
  }): ResponseCheck {
    const { method, url, status, headers, body } = res;
    const contentType = headers['content-type'] as string | undefined;
    const path = url.split('?')[0].replace(/^\/api\/v1\//, '/v1/');
    const match = this.index.match(method, path);
    if (!match || !('operation' in match)) {
      return { operation: null, errors: [`${method.toUpperCase()} ${path} is not an operation of openapi.yaml`] };
    }
    const op = match.operation;
    const statusKey = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in op.responses);
    if (!statusKey) {
      return {
        operation: op,
        errors: [`${op.id}: status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`],
      };
    }
    const responsePointer = (op.responses[statusKey] as any).$ref as string | undefined;
    const response = responsePointer ? resolvePointer(this.doc, responsePointer) : (op.responses[statusKey] as any);
    const missingHeaders = Object.entries((response.headers ?? {}) as Record<string, any>)
      .filter(([name, h]) => (h.$ref ? resolvePointer(this.doc, h.$ref) : h).required && headers[name.toLowerCase()] === undefined)
      .map(([name]) => `${op.id} ${status}: required header ${name} is missing`);
    if (missingHeaders.length) return { operation: op, errors: missingHeaders };
    const content: Record<string, unknown> = response.content ?? {};
    const mediaTypes = Object.keys(content);
    if (mediaTypes.length === 0) {
      return {
        operation: op,
        errors:
          body === undefined || body === '' || (typeof body === 'object' && body !== null && Object.keys(body).length === 0)
            ? []
            : [`${op.id} ${status}: no body is documented`],
      };
    }
    const actualType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!mediaTypes.includes(actualType)) {
      return { operation: op, errors: [`${op.id} ${status}: content type "${actualType}" is not documented (${mediaTypes.join(', ')})`] };
    }
    if (actualType !== 'application/json') return { operation: op, errors: [] };
    const schemaPointer = responsePointer
      ? `${responsePointer}/content/application~1json/schema`
      : pointerTo('paths', op.path, op.method, 'responses', statusKey, 'content', 'application/json', 'schema');
    let validate = this.cache.get(schemaPointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SPEC_ID}${schemaPointer}` });
      this.cache.set(schemaPointer, validate);
    }
    if (validate(body)) return { operation: op, errors: [] };
    return {
      operation: op,
      errors: (validate.errors ?? []).map((e) => {
        const issue = describeAjvError(e);
        return `${op.id} ${status}: ${issue.field} ${issue.message}`;
      }),
    };
  }
}
