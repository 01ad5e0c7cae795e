// The HumanHours test kit: the real server in this process on a random loopback port, on a fresh SQLite file or
// (HUMANHOURS_TEST_DATABASE=postgresql, the `server-pg` project) a fresh PostgreSQL database, with its seeded org
// and first key; and a webhook receiver. The server's, the dashboard's and the SDK's tests use it.
export {
  bearer,
  floodUntilLimited,
  freshPostgresUrl,
  startServer,
  startWithTwoOrgs,
  type TestServer,
  tempDir,
  testDatabaseUrl,
  useServer,
} from './server.js';
export { type Received, startReceiver, verifySignature } from './webhook-receiver.js';
