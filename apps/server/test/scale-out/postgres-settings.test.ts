import { startServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

describe.runIf(process.env.HUMANHOURS_TEST_DATABASE === 'postgresql')('PostgreSQL connection settings from the environment', () => {
  it('applies the statement timeout and the pool size', async () => {
    const server = await startServer({ HUMANHOURS_DB_STATEMENT_TIMEOUT_MS: '1500', HUMANHOURS_DB_POOL_MAX: '3' });
    try {
      const row = await server.db.get<{ statement_timeout: string }>('show statement_timeout');
      expect(row?.statement_timeout).toBe('1500ms');
      const pool = (await server.db.orm.em.getConnection().getNativeClient()) as { options: { max: number } };
      expect(pool.options.max).toBe(3);
      const slow = await server.db.get('select pg_sleep(3)').catch((err: Error) => err);
      expect(String(slow)).toMatch(/statement timeout/);
    } finally {
      await server.close();
    }
  });
});
