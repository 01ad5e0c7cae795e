import 'reflect-metadata';
import { type AppConfig, ConfigError, loadConfig } from './config/config.js';
import { createApp, listenAndBootstrap } from './create-app.js';

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApp(config);
  const log = app.getHttpAdapter().getInstance().log;
  // A graceful stop is a normal exit: drain, close the database, exit 0 (a second signal stops at once).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      process.once(signal, () => process.exit(1));
      app.close().then(
        () => {
          log.info('shut down cleanly');
          process.exit(0);
        },
        (err) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  await listenAndBootstrap(app, config);
  log.info({ url: await app.getUrl(), database: config.database.kind }, 'HumanHours is listening');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
