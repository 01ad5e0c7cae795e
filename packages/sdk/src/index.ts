import { HumanHours } from './client.js';

export type { BatchStats, ErrorHandler, FlushResult, ShutdownResult } from './batcher.js';
export { type ClientOptions, HumanHours } from './client.js';
export { DEFAULT_BASE_URL, type TransportOptions } from './config.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ClientClosedError,
  ConflictError,
  FeatureLockedError,
  HumanHoursError,
  InternalServerError,
  InvalidEventError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  QueueFullError,
  QuotaExceededError,
  RateLimitError,
  ShutdownTimeoutError,
  ValidationError,
} from './errors.js';
export type { AbortSignalLike, Fetch, FetchInit, FetchResponse, HeadersLike } from './globals.js';
export { APIPromise, type RequestOptions, type ResponseInfo, type WithResponse, type WriteOptions } from './http.js';
export type { Logger, LogLevel } from './logger.js';
export { type ListPage, PagePromise } from './pagination.js';
export type { Agents, ApiKeys, Models, OrgSettings, Reports, ServerInfo, TaskTypes } from './resources.js';
export type * from './types.js';
export { VERSION } from './version.js';
export { type VerifyWebhookOptions, verifyWebhook } from './webhooks.js';

export default HumanHours;
