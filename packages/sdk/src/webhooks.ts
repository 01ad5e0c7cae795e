// Verifies a HumanHours webhook delivery (docs/webhooks.md): `X-Humanhours-Signature: t=<unix>,v1=<hex>[,v1=<hex>]`,
// each v1 an HMAC-SHA256 of "{t}.{raw body}" with an endpoint secret. Web Crypto, so it runs in Node 18+, Deno, Bun,
// edge runtimes and browsers alike.

export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received (before any JSON parsing). */
  payload: string | Uint8Array;
  /** The `X-Humanhours-Signature` header. */
  signature: string | null | undefined;
  /** The endpoint's signing secret (`whsec_…`); during a rotation either the old or the new one verifies. */
  secret: string;
  /** The replay window: a signature older (or newer) than this is refused. Default 300 s. */
  toleranceSeconds?: number;
  /** Now, in Unix seconds (for tests). */
  now?: number;
}

const encoder = new TextEncoder();

/** True when a `v1` signature matches and `t` is within the replay window; compare in constant time. */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<boolean> {
  const { payload, signature, secret, toleranceSeconds = 300, now = Math.floor(Date.now() / 1000) } = options;
  if (!signature) return false;
  const parts = signature.split(',').map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
  });
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(now - t) > toleranceSeconds) return false;
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const signed = new Uint8Array(encoder.encode(`${t}.`).length + body.length);
  signed.set(encoder.encode(`${t}.`));
  signed.set(body, signed.length - body.length);
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
  return parts.filter(([k]) => k === 'v1').some(([, hex]) => equalHex(hex, expected));
}

function equalHex(hex: string, expected: Uint8Array): boolean {
  if (hex.length !== expected.length * 2 || !/^[0-9a-f]+$/i.test(hex)) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) ^ expected[i];
  return diff === 0;
}
