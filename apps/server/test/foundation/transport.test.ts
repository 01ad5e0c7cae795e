// Slow and vanishing clients on loopback, against short limits: nothing a client does holds a connection forever.
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: TestServer;
let port: number;
beforeAll(async () => {
  server = await startServer({
    HUMANHOURS_HTTP_HEADERS_TIMEOUT_MS: '600',
    HUMANHOURS_HTTP_REQUEST_TIMEOUT_MS: '1000',
    HUMANHOURS_HTTP_KEEP_ALIVE_TIMEOUT_MS: '500',
    HUMANHOURS_HTTP_MAX_CONNECTIONS: '40',
  });
  port = Number(new URL(server.url).port);
});
afterAll(async () => server.close());

/** A raw connection that records what it received and when it closed. */
async function open(): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  let text = '';
  socket.on('data', (d) => {
    text += d;
  });
  const closed = once(socket, 'close').then(() => Date.now());
  await once(socket, 'connect');
  return { socket, received: () => text, closed };
}

const trackHead = (extra = '') =>
  `POST /v1/track HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.firstKey}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n${extra}\r\n`;

/** Resolves with the close time, or fails once `ms` passed (the limit was not enforced). */
function closedWithin<T>(closed: Promise<T>, ms: number): Promise<T> {
  return Promise.race([closed, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms))]);
}

describe('transport limits', () => {
  it('cuts off bodies that trickle in one byte at a time: 408 request_timeout in the envelope', { timeout: 20_000 }, async () => {
    const started = Date.now();
    const clients = await Promise.all(Array.from({ length: 20 }, open));
    const timers = clients.map(({ socket }) => {
      socket.write(trackHead());
      return setInterval(() => socket.writable && socket.write('{'), 50);
    });
    try {
      const closedAt = await Promise.all(clients.map((c) => closedWithin(c.closed, 10_000)));
      for (const [i, c] of clients.entries()) {
        expect(closedAt[i] - started).toBeGreaterThanOrEqual(900);
        expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
        expect(JSON.parse(c.received().split('\r\n\r\n')[1]).error.code).toBe('request_timeout');
      }
    } finally {
      for (const t of timers) clearInterval(t);
    }
  });

  it('cuts off headers that trickle in', { timeout: 20_000 }, async () => {
    const client = await open();
    const head = trackHead();
    let i = 0;
    const timer = setInterval(() => client.socket.writable && i < head.length && client.socket.write(head[i++]), 50);
    try {
      await closedWithin(client.closed, 10_000);
      expect(i).toBeLessThan(head.length);
    } finally {
      clearInterval(timer);
    }
  });

  it('closes an idle keep-alive connection', { timeout: 20_000 }, async () => {
    const client = await open();
    client.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await closedWithin(client.closed, 10_000);
    expect(client.received()).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('refuses connections over the cap at once, and serves again below it', { timeout: 20_000 }, async () => {
    const held = await Promise.all(Array.from({ length: 40 }, open));
    try {
      // Keep them busy (headers arriving), so none is closed as idle while the extra one knocks.
      for (const { socket } of held) socket.write('GET /healthz HTTP/1.1\r\n');
      const extra = await open();
      await closedWithin(extra.closed, 5_000);
      expect(extra.received()).toBe('');
    } finally {
      for (const { socket } of held) socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await server.http.get('/healthz')).status).toBe(200);
  });

  it('logs a client that disconnects mid-body as one info line, without a stack', { timeout: 20_000 }, async () => {
    const client = await open();
    client.socket.write(trackHead('X-Request-Id: abort-mid-body-1\r\n'));
    client.socket.write('{"agent_id":');
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.socket.destroy();
    const deadline = Date.now() + 5_000;
    let lines: Array<Record<string, any>> = [];
    while (Date.now() < deadline) {
      lines = server.logs.filter((l) => l.reqId === 'abort-mid-body-1');
      if (lines.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    lines = server.logs.filter((l) => l.reqId === 'abort-mid-body-1');
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe(30);
    expect(JSON.stringify(lines[0])).not.toMatch(/stack/);
  });
});

describe('X-Request-Id', () => {
  it('replaces a non-conforming value by a generated id, never a 422 (on /healthz or anywhere)', async () => {
    for (const given of ['has a space', 'x'.repeat(201), 'caf\u00e9', '']) {
      for (const path of ['/healthz', '/v1/org']) {
        const res = await server.http.get(path).set('x-request-id', given).set('authorization', `Bearer ${server.firstKey}`);
        expect(res.status, `${path} ${JSON.stringify(given)}`).toBe(200);
        expect(res.headers['x-request-id']).toMatch(/^[!-~]{1,200}$/);
        expect(res.headers['x-request-id']).not.toBe(given);
        expect(res).toMatchApiSpec();
      }
    }
    const kept = await server.http.get('/healthz').set('x-request-id', 'trace-42');
    expect(kept.headers['x-request-id']).toBe('trace-42');
  });
});
