// Every request and response type comes from openapi.yaml: `pnpm gen` writes the types of the operations an org API
// key reaches to src/generated/api.ts (the operator's admin operations are in admin-api.ts, for the admin entry).
import type { components, operations } from './generated/api.js';

type Schemas = components['schemas'];
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The query parameters of an operation. */
export type Query<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;
/** The JSON request body of an operation. */
export type Body<K extends keyof operations> = JsonOf<operations[K]['requestBody']>;
/** The JSON body of an operation's success responses (2xx). */
export type Ok<K extends keyof operations> = {
  [S in keyof operations[K]['responses']]: S extends 200 | 201 | 207 ? JsonOf<operations[K]['responses'][S]> : never;
}[keyof operations[K]['responses']];

/** The reports' `metadata.<key>=<value>` filters (an `x-dynamic-query` extension the generated types cannot express). */
export type MetadataFilters = { [key: `metadata.${string}`]: string };

export type TrackRequest = Schemas['TrackRequest'];
export type TrackedEvent = Schemas['TrackedEvent'];
export type TrackBatchItem = Schemas['TrackBatchItem'];
export type TrackBatchResult = Schemas['TrackBatchResult'];
export type TrackBatchResponse = Schemas['TrackBatchResponse'];
export type ErrorCode = Schemas['ErrorCode'];
export type ErrorDetail = Schemas['ErrorDetail'];
export type ReportResponse = Schemas['ReportResponse'];
export type LeaderboardResponse = Schemas['LeaderboardResponse'];
export type SummaryResponse = Schemas['SummaryResponse'];
export type UsageReport = Schemas['UsageReport'];
export type TaskType = Schemas['TaskType'];
export type TaskTypeDetail = Schemas['TaskTypeDetail'];
export type Agent = Schemas['Agent'];
export type Model = Schemas['Model'];
export type ApiKey = Schemas['ApiKey'];
export type CreatedApiKey = Schemas['CreatedApiKey'];
export type ApiKeyCreate = Schemas['ApiKeyCreate'];
export type Org = Schemas['Org'];
export type TrackBatchRequest = Schemas['TrackBatchRequest'];
export type HealthStatus = Schemas['HealthStatus'];
export type ReadinessStatus = Schemas['ReadinessStatus'];

export type TimeSavedParams = Query<'getTimeSavedReport'> & MetadataFilters;
export type CostSavedParams = Query<'getCostSavedReport'> & MetadataFilters;
export type LeaderboardParams = Query<'getLeaderboard'> & MetadataFilters;
export type SummaryParams = Query<'getSummary'> & MetadataFilters;
export type ExportParams = Query<'exportReport'> & MetadataFilters;
