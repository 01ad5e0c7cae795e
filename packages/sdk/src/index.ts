import { HumanHours } from './client.js';

export { type BatchStats, type ErrorHandler, QueueFullError, ShutdownTimeoutError } from './batcher.js';
export { type ClientOptions, DEFAULT_BASE_URL, HumanHours, type TrackOptions } from './client.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  FeatureLockedError,
  HumanHoursError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  QuotaExceededError,
  RateLimitError,
  ValidationError,
} from './errors.js';
export type { Agents, ApiKeys, Models, OrgSettings, Reports, TaskTypes } from './resources.js';
export type * from './types.js';
export { type VerifyWebhookOptions, verifyWebhook } from './webhooks.js';

export default HumanHours;
