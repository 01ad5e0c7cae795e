import type { components, operations } from './generated/openapi.js';
import type { QueryDefaults } from './generated/query-defaults.js';

/**
 * What a server handler receives and returns, read off the generated types: a handler typed with these stops
 * compiling when openapi.yaml changes under it (a renamed field, a new required one, a narrowed enum).
 */
export type OperationId = keyof operations;

/** A named schema of the spec (`Schema<'Webhook'>`), for the functions that build a response body. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type AnyContent<T> = T extends { content: infer Content } ? Content[keyof Content] : never;
// The validator fills a defaulted query parameter in, so by the time a handler runs it is there.
type WithDefaults<Query, Filled extends PropertyKey> = Omit<Query, Filled & keyof Query> & {
  [K in Filled & keyof Query]-?: Exclude<Query[K], undefined>;
};

/** The JSON body an operation accepts (`never` when it takes none). */
export type RequestBody<Id extends OperationId> = JsonContent<NonNullable<operations[Id]['requestBody']>>;

/** The query an operation's handler sees: validated, coerced, its defaults filled in. */
export type QueryParams<Id extends OperationId> = WithDefaults<
  NonNullable<operations[Id]['parameters']['query']>,
  Id extends keyof QueryDefaults ? QueryDefaults[Id] : never
>;

/** The path parameters of an operation (`{id}` in the template → `id`). */
export type PathParams<Id extends OperationId> = NonNullable<operations[Id]['parameters']['path']>;

/** The statuses an operation succeeds with (2xx, and the 3xx a redirect answers). */
export type SuccessStatus<Id extends OperationId> = Extract<keyof operations[Id]['responses'], 200 | 201 | 202 | 204 | 207 | 302>;

/** The JSON body of one response (by default: of any success response). */
export type ResponseBody<Id extends OperationId, Status extends keyof operations[Id]['responses'] = SuccessStatus<Id>> = JsonContent<
  operations[Id]['responses'][Status]
>;

/** What a handler may answer with: the body of a success response, whatever its content type (JSON, CSV, YAML). */
export type SuccessContent<Id extends OperationId> = AnyContent<operations[Id]['responses'][SuccessStatus<Id>]>;
