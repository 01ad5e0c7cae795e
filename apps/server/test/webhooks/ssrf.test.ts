// Without HUMANHOURS_WEBHOOK_ALLOW_PRIVATE, no webhook reaches loopback, private, link-local or metadata addresses:
// refused at creation where the URL says so, and at send time where only the resolved address does.
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { bearer, startReceiver, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/webhooks/address-guard.js';
import { DeliveryWorker } from '../../src/webhooks/delivery-worker.js';

let server: TestServer;
let key: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  server = await startServer({ LOG_LEVEL: 'silent' });
  key = server.firstKey!;
  receiver = await startReceiver();
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

const create = (url: string) =>
  server.http
    .post('/v1/webhooks')
    .set(bearer(key))
    .send({ url, event_types: ['event.created'] });

describe('SSRF guard', () => {
  it.each([
    'http://example.com/hook', // plain http
    'https://127.0.0.1/hook',
    'https://localhost/hook',
    'https://10.1.2.3/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[fe80::1]/hook',
    'https://user:pass@example.com/hook',
  ])('refuses %s at creation', async (url) => {
    const res = await create(url);
    expect(res.status).toBe(422);
    expect(res).toMatchApiSpec();
    expect(res.body.error.field).toBe('url');
  });

  it('refuses the receiver’s http:// loopback URL', async () => {
    expect((await create(receiver.url)).status).toBe(422);
  });

  it('checks the resolved address at send time: a name that resolves to loopback is never contacted', async () => {
    // The machine's own name passes the URL check (a name, not an address) and resolves (/etc/hosts) to a private one.
    const name = hostname().toLowerCase();
    expect(isPrivateAddress((await lookup(name)).address)).toBe(true);
    const { port } = new URL(receiver.url);
    const res = await create(`https://${name}:${port}/hook`);
    expect(res.status).toBe(201);
    const ping = await server.http.post(`/v1/webhooks/${res.body.id}/test`).set(bearer(key));
    await server.app.get(DeliveryWorker).runOnce();
    const deliveries = await server.http.get(`/v1/webhooks/${res.body.id}/deliveries`).set(bearer(key));
    const d = deliveries.body.data.find((x: any) => x.id === ping.body.id);
    expect(d.last_error).toMatch(/^blocked: /);
    expect(d.last_status_code).toBeNull();
    expect(receiver.received).toHaveLength(0);
  });

  it('classifies addresses, IPv6 and mapped forms included', () => {
    for (const a of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'fd00:ec2::254',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
      'not-an-ip',
    ])
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });
});
