import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type RealServer, startServer } from './real-server.js';

/** What the proxy does with one request; requests beyond the planned faults pass through. */
export type Fault =
  /** Answer this status without asking the server (`after: true`: ask the server first, then answer it anyway). */
  | { kind: 'status'; status: number; headers?: Record<string, string>; code?: string; after?: boolean }
  /** Answer this body as is, without asking the server: an HTML page, a JSON body cut short, a made-up batch answer. */
  | { kind: 'body'; status: number; contentType: string; body: string }
  /** Let the server process the request, then destroy the connection before answering: the answer is lost. */
  | { kind: 'drop-after' }
  /** Let the server process the request, then hold the answer back for `ms` (`headersFirst`: stall mid-body). */
  | { kind: 'delay-after'; ms: number; headersFirst?: boolean };

export interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The real server's status, when the request reached it. */
  upstream?: number;
}

/** An outage: `refuse` closes the port (connection refused), `hang` reads each request and never answers it. */
export type Outage = 'refuse' | 'hang';

export interface FaultProxy {
  url: string;
  seen: Seen[];
  /** Plans faults for the next requests, in arrival order. */
  plan(...faults: Fault[]): void;
  /** Starts an outage, or ends it (`null`: the port is listening and passing through again). */
  outage(kind: Outage | null): Promise<void>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/** A node:http proxy on 127.0.0.1:0 in front of `target` that injects the faults it is planned. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const seen: Seen[] = [];
  const faults: Fault[] = [];
  let current: Outage | null = null;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const record: Seen = { method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() };
    seen.push(record);
    if (current === 'hang') return; // read, never answered: the socket stays open until the client gives up
    const fault = faults.shift();
    if (fault?.kind === 'status' && !fault.after) return answerStatus(fault);
    if (fault?.kind === 'body') return void res.writeHead(fault.status, { 'content-type': fault.contentType }).end(fault.body);

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !HOP_BY_HOP.has(name) && name !== 'host') headers[name] = value;
    }
    const upstream = await fetch(target + req.url, { method: req.method, headers, body: record.body || undefined });
    const text = await upstream.text();
    record.upstream = upstream.status;
    if (fault?.kind === 'status') return answerStatus(fault);
    if (fault?.kind === 'drop-after') return void req.socket.destroy();

    const out: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) out[name] = value;
    });
    if (fault?.kind === 'delay-after') {
      if (fault.headersFirst) {
        res.writeHead(upstream.status, out);
        res.write(text.slice(0, 10));
        await sleep(fault.ms);
        if (!res.destroyed) res.end(text.slice(10));
        return;
      }
      await sleep(fault.ms);
      if (res.destroyed) return;
    }
    res.writeHead(upstream.status, out).end(text);

    function answerStatus(f: Extract<Fault, { kind: 'status' }>) {
      const code = f.code ?? (f.status === 429 ? 'rate_limited' : f.status >= 500 ? 'service_unavailable' : 'validation_error');
      res
        .writeHead(f.status, { 'content-type': 'application/json', 'x-request-id': `proxy-${seen.length}`, ...f.headers })
        .end(JSON.stringify({ error: { code, message: `Injected ${f.status} ${code}` } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const listening = () => server.listening;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    plan: (...planned) => void faults.push(...planned),
    async outage(kind) {
      current = kind;
      if (kind === 'refuse' && listening()) {
        server.closeAllConnections(); // kept-alive connections too: every new request meets a closed port
        await new Promise<void>((resolve) => server.close(() => resolve()));
      } else if (kind !== 'refuse' && !listening()) {
        await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        if (!listening()) return resolve();
        server.close(() => resolve());
      }),
  };
}

/**
 * The real server for the whole file with a fault proxy in front of it: one proxy for the file, or a fresh one for
 * each test (`each`: its `seen` and planned faults start empty). `ready` gets them as soon as they listen.
 */
export function useServerBehindProxy(proxyScope: 'file' | 'each', ready: (server: RealServer, proxy: FaultProxy) => void): void {
  let server: RealServer | undefined;
  let proxy: FaultProxy | undefined;
  const open = async () => {
    proxy = await startFaultProxy(server!.url);
    ready(server!, proxy);
  };
  beforeAll(async () => {
    server = await startServer();
    if (proxyScope === 'file') await open();
  });
  afterAll(async () => {
    if (proxyScope === 'file') await proxy?.close();
    await server?.close();
  });
  if (proxyScope === 'each') {
    beforeEach(open);
    afterEach(async () => proxy?.close());
  }
}
