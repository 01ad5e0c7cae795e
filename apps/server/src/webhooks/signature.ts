import { createHmac } from 'node:crypto';

/**
 * `X-Humanhours-Signature`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "{t}.{raw body}">`, one `v1` per secret that
 * signs (two during a rotation's grace period). The recipe receivers follow is in docs/webhooks.md and the SDK's
 * verifyWebhook().
 */
export function signatureHeader(body: string, secrets: string[], unixSeconds: number): string {
  const signed = `${unixSeconds}.${body}`;
  return [`t=${unixSeconds}`, ...secrets.map((s) => `v1=${createHmac('sha256', s).update(signed).digest('hex')}`)].join(',');
}
