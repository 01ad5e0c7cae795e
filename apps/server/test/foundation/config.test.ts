import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('defaults to port 3000 and an SQLite file under ./data', () => {
    const config = loadConfig({}, '/srv/hh');
    expect(config.port).toBe(3000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.database).toEqual({ kind: 'sqlite', path: '/srv/hh/data/humanhours.db', url: 'sqlite:./data/humanhours.db' });
  });

  it('accepts sqlite:<path> and postgres:// URLs', () => {
    expect(loadConfig({ HUMANHOURS_DATABASE_URL: 'sqlite:/var/lib/hh.db' }).database).toMatchObject({
      kind: 'sqlite',
      path: '/var/lib/hh.db',
    });
    expect(loadConfig({ HUMANHOURS_DATABASE_URL: 'postgres://hh:pw@db:5432/hh' }).database).toEqual({
      kind: 'postgresql',
      url: 'postgres://hh:pw@db:5432/hh',
    });
    expect(loadConfig({ HUMANHOURS_DATABASE_URL: 'postgresql://db/hh' }).database.kind).toBe('postgresql');
  });

  it('reports every problem at once, naming the variable', () => {
    try {
      loadConfig({ PORT: '70000', HUMANHOURS_DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(/^PORT:/);
      expect(problems[1]).toMatch(/^HUMANHOURS_DATABASE_URL:/);
      expect(problems[2]).toMatch(/^LOG_LEVEL:/);
    }
  });

  it('gives report queries a deadline and a number of threads, both at least 1', () => {
    expect(loadConfig({}).reports).toEqual({ timeoutMs: 30_000, concurrency: 2 });
    expect(loadConfig({ HUMANHOURS_REPORT_TIMEOUT_MS: '1500', HUMANHOURS_REPORT_CONCURRENCY: '4' }).reports).toEqual({
      timeoutMs: 1500,
      concurrency: 4,
    });
    expect(() => loadConfig({ HUMANHOURS_REPORT_TIMEOUT_MS: '0', HUMANHOURS_REPORT_CONCURRENCY: '0' })).toThrow(
      /HUMANHOURS_REPORT_TIMEOUT_MS[\s\S]*HUMANHOURS_REPORT_CONCURRENCY/,
    );
  });

  it('refuses obviously weak admin tokens, without echoing them', () => {
    for (const [token, why] of [
      ['short-token', /at least 24 characters/],
      ['a'.repeat(40), /one character repeated/],
      ['abababababababababababab', /only 2 distinct characters/],
      ['000000000000000000000001', /only 2 distinct/],
      ['1234567123456712345671234567', /only 7 distinct/],
    ] as const) {
      try {
        loadConfig({ HUMANHOURS_ADMIN_TOKEN: token });
        expect.unreachable(token);
      } catch (err) {
        expect((err as ConfigError).problems, token).toEqual([expect.stringMatching(why)]);
        expect((err as Error).message).not.toContain(token);
      }
    }
    const strong = 'f3a9c1e07b5d42a8916e0c3b7d5f2a14e8c6b0d9';
    expect(loadConfig({ HUMANHOURS_ADMIN_TOKEN: strong }).adminToken).toBe(strong);
  });

  it('never echoes a database password in its messages', () => {
    try {
      loadConfig({ HUMANHOURS_DATABASE_URL: 'mysql://user:s3cret@host/db' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain('s3cret');
    }
  });
});
