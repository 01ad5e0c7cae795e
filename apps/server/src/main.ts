import 'reflect-metadata';
import { type AppConfig, ConfigError, loadConfig } from './config/config.js';
import { createApp } from './create-app.js';

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
  await app.listen({ port: config.port, host: config.host });
  const log = app.getHttpAdapter().getInstance().log;
  log.info({ url: await app.getUrl(), database: config.database.kind }, 'HumanHours is listening');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
