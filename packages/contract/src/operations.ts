import type { OpenApiDocument } from './spec.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ParameterObject {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema?: Record<string, unknown>;
}

export interface DynamicQuery {
  pattern: string;
  schema: Record<string, unknown>;
}

/** One operation of the spec, with what the server and the tests need to know about it. */
export interface Operation {
  id: string;
  method: HttpMethod;
  /** The spec's path template, e.g. `/v1/task-types/{key}`. */
  path: string;
  pathPattern: RegExp;
  /** Security scheme and the scopes it requires; null when the operation is public (`security: []`). */
  security: { scheme: string; scopes: string[] } | null;
  minPlan: string | null;
  parameters: ParameterObject[];
  dynamicQuery: DynamicQuery | null;
  /** `x-item-validation`: validate this array property's items one by one instead of with the request. */
  itemValidation: { property: string } | null;
  /** Pointer to the JSON request body schema, when the operation takes one. */
  requestBody: { pointer: string; required: boolean } | null;
  responses: Record<string, unknown>;
}

/** `#/a/b~c` → the value inside the document. */
export function resolvePointer(doc: unknown, pointer: string): any {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
  let node: any = doc;
  for (const raw of parts) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
    if (node === undefined) throw new Error(`openapi.yaml: nothing at ${pointer}`);
  }
  return node;
}

export function pointerTo(...segments: string[]): string {
  return `#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

function deref<T>(doc: OpenApiDocument, node: any): T {
  let current = node;
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    current = resolvePointer(doc, current.$ref);
  }
  return current as T;
}

function templateToRegex(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Reads every operation out of the spec. Throws on an operation the server could not serve. */
export function listOperations(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  const globalSecurity = (doc.security as Array<Record<string, string[]>> | undefined) ?? [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as Record<string, any> | undefined;
      if (!op) continue;
      if (!op.operationId) throw new Error(`openapi.yaml: ${method.toUpperCase()} ${path} has no operationId`);
      const parameters = [...shared, ...((op.parameters as unknown[]) ?? [])].map((p) => deref<ParameterObject>(doc, p));
      const securityList: Array<Record<string, string[]>> = op.security ?? globalSecurity;
      const first = securityList[0];
      const security =
        first && Object.keys(first).length > 0 ? { scheme: Object.keys(first)[0], scopes: Object.values(first)[0] ?? [] } : null;
      const body = op.requestBody ? deref<Record<string, any>>(doc, op.requestBody) : null;
      const hasJsonBody = Boolean(body?.content?.['application/json']?.schema);
      const bodyPointer = op.requestBody?.$ref
        ? `${op.requestBody.$ref}/content/application~1json/schema`
        : pointerTo('paths', path, method, 'requestBody', 'content', 'application/json', 'schema');
      operations.push({
        id: op.operationId,
        method,
        path,
        pathPattern: templateToRegex(path),
        security,
        minPlan: op['x-min-plan'] ?? null,
        parameters,
        dynamicQuery: op['x-dynamic-query'] ?? null,
        itemValidation: op['x-item-validation'] ?? null,
        requestBody: hasJsonBody ? { pointer: bodyPointer, required: Boolean(body?.required) } : null,
        responses: op.responses ?? {},
      });
    }
  }
  return operations;
}

/** Matches a concrete request path (no query string) to the spec's operations. */
export class OperationIndex {
  readonly byId = new Map<string, Operation>();

  constructor(readonly operations: Operation[]) {
    for (const op of operations) this.byId.set(op.id, op);
  }

  get(id: string): Operation {
    const op = this.byId.get(id);
    if (!op) throw new Error(`openapi.yaml has no operation "${id}"`);
    return op;
  }

  /** The operation for this method and path, or what methods the path allows when the method is wrong. */
  match(method: string, path: string): { operation: Operation } | { allowed: string[] } | null {
    const m = method.toLowerCase();
    const allowed: string[] = [];
    for (const op of this.operations) {
      if (!op.pathPattern.test(path)) continue;
      if (op.method === m) return { operation: op };
      allowed.push(op.method.toUpperCase());
    }
    return allowed.length ? { allowed } : null;
  }
}
