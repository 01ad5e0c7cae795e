// Start-up and shutdown of the built server as an operator runs it (its own process).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startServerProcess } from '../helpers/process-server.js';

const MAIN = join(import.meta.dirname, '../../dist/main.js');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const dir = tempDir();
  dirs.push(dir);
  return testDatabaseUrl(dir);
}

describe('start-up', () => {
  it('a busy port never consumes the once-shown default key: the next start shows it', { timeout: 60_000 }, async () => {
    const databaseUrl = await freshDatabase();
    const port = await freePort();
    const squatter = createServer().listen(port, '127.0.0.1');
    await once(squatter, 'listening');
    let output = '';
    try {
      const child = spawn(process.execPath, [MAIN], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', HUMANHOURS_DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d) => {
        output += d;
      });
      child.stderr!.on('data', (d) => {
        output += d;
      });
      const [code] = await once(child, 'exit');
      expect(code, output).not.toBe(0);
      expect(output).toContain('EADDRINUSE');
      expect(output).not.toMatch(/hh_live_/);
    } finally {
      squatter.close();
    }

    const server = await startServerProcess({ HUMANHOURS_DATABASE_URL: databaseUrl });
    try {
      const key = server.output().match(/hh_live_[A-Za-z0-9]{8}_[A-Za-z0-9]{48}/)?.[0];
      expect(key, server.output()).toBeDefined();
      expect((await fetch(`${server.url}/v1/org`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('SIGTERM drains, logs the shutdown and exits 0', { timeout: 60_000 }, async () => {
    const server = await startServerProcess({ HUMANHOURS_DATABASE_URL: await freshDatabase(), LOG_LEVEL: 'info' });
    await server.stop('SIGTERM');
    expect(server.child.exitCode, server.output()).toBe(0);
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(lines.find((l) => l.msg === 'shutting down')).toMatchObject({ level: 30, signal: 'SIGTERM' });
    expect(lines.some((l) => l.msg === 'shut down cleanly')).toBe(true);
  });
});
