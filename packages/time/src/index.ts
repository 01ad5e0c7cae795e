export * from './calendar.js';
export * from './zone-names.js';
