// What @humanhours/test-kit (packages/test-kit) starts the server with: the only way in from outside the server's
// folder, so tests of other packages never import the server's files by path.
export type { AppConfig } from './config/config.js';
export { loadConfig } from './config/config.js';
export { createApp, listenAndBootstrap } from './create-app.js';
export { Database } from './db/database.js';
