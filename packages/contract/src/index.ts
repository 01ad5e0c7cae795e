export type { components, operations, paths } from './generated/openapi.js';
export * from './operations.js';
export * from './spec.js';
export * from './validators.js';
