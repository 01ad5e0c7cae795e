// Webhook signing secrets must be readable again (we sign with them), so they are sealed, not hashed: AES-256-GCM
// under a key derived from HUMANHOURS_SECRET_KEY. Without that variable the key is derived from a fixed label, which
// keeps secrets out of plain sight in dumps and logs but is no protection against someone holding the database and
// this source: operators set HUMANHOURS_SECRET_KEY (docs/webhooks.md).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretBox {
  private readonly key: Buffer;

  constructor(serverKey: string | null) {
    this.key = createHash('sha256')
      .update(`humanhours-webhook-secrets:${serverKey ?? 'unset'}`)
      .digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION) throw new Error('unknown sealed-secret version');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/** A new signing secret: `whsec_` + 32 random bytes, base64url. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;
