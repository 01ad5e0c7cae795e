import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/index.js';

const secret = 'whsec_test_secret';
const body = '{"id":"msg_1","type":"ping","data":{"webhook_id":"wh_1"}}';
const sign = (t: number, s = secret, raw = body) => createHmac('sha256', s).update(`${t}.${raw}`).digest('hex');

describe('verifyWebhook', () => {
  const t = 1_800_000_000;
  it('accepts a signature of the raw body within the replay window', async () => {
    expect(await verifyWebhook({ payload: body, signature: `t=${t},v1=${sign(t)}`, secret, now: t + 299 })).toBe(true);
    expect(await verifyWebhook({ payload: new TextEncoder().encode(body), signature: `t=${t},v1=${sign(t)}`, secret, now: t })).toBe(true);
  });

  it('accepts either signature during a secret rotation', async () => {
    const header = `t=${t},v1=${sign(t, 'whsec_new')},v1=${sign(t)}`;
    expect(await verifyWebhook({ payload: body, signature: header, secret, now: t })).toBe(true);
    expect(await verifyWebhook({ payload: body, signature: header, secret: 'whsec_new', now: t })).toBe(true);
  });

  it('refuses a replay, a changed body, another secret and garbage', async () => {
    const header = `t=${t},v1=${sign(t)}`;
    expect(await verifyWebhook({ payload: body, signature: header, secret, now: t + 301 })).toBe(false);
    expect(await verifyWebhook({ payload: `${body} `, signature: header, secret, now: t })).toBe(false);
    expect(await verifyWebhook({ payload: body, signature: header, secret: 'whsec_other', now: t })).toBe(false);
    for (const bad of [undefined, '', 'v1=abc', `t=${t}`, `t=x,v1=${sign(t)}`, `t=${t},v1=zz`])
      expect(await verifyWebhook({ payload: body, signature: bad, secret, now: t })).toBe(false);
  });
});
