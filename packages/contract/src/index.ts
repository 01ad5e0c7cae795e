export * from './generated/openapi.js';
export type { QueryDefaults } from './generated/query-defaults.js';
export type * from './handler-types.js';
export * from './operations.js';
export * from './spec.js';
export * from './validators.js';
