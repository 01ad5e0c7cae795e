import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isPrivateAddress } from './address-guard.js';

export const ATTEMPT_TIMEOUT_MS = 10_000;
export const EXCERPT_CHARS = 512;

export interface SendResult {
  /** Null: no HTTP answer (refused, timed out, blocked). */
  status: number | null;
  error: string | null;
  excerpt: string | null;
}

/** Whether a URL may be a webhook target at all (scheme, and a literal private IP): checked on create and send. */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'must be an https:// URL';
  if (url.username || url.password) return 'must not carry credentials';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host))))
    return 'must not point at a loopback, private, link-local or metadata address';
  return null;
}

/**
 * POSTs one attempt: 10 s in all, redirects not followed (a 3xx is a failure), at most a short excerpt of the answer
 * read, and (unless private targets are allowed) the address checked as the connection is made.
 */
export function sendAttempt(url: string, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<SendResult> {
  const problem = urlProblem(url, allowPrivate);
  if (problem) return Promise.resolve({ status: null, error: `blocked: the URL ${problem}`, excerpt: null });
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(result);
    };
    const req = request(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'HumanHours-Webhooks/1',
          ...headers,
          'content-length': Buffer.byteLength(body),
        },
        ...(allowPrivate ? {} : { lookup: guardedLookup as never }),
      },
      (res) => {
        let excerpt = '';
        res.setEncoding('utf8');
        const done = () =>
          finish({
            status: res.statusCode ?? null,
            error: res.statusCode && res.statusCode >= 200 && res.statusCode < 300 ? null : `HTTP ${res.statusCode}`,
            excerpt: excerpt.slice(0, EXCERPT_CHARS) || null,
          });
        res.on('data', (chunk: string) => {
          excerpt += chunk;
          if (excerpt.length >= EXCERPT_CHARS) done();
        });
        res.on('end', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(
      () => finish({ status: null, error: `timed out after ${ATTEMPT_TIMEOUT_MS / 1000} s`, excerpt: null }),
      ATTEMPT_TIMEOUT_MS,
    );
    req.on('error', (err: NodeJS.ErrnoException) =>
      finish({ status: null, error: (err.code === 'EBLOCKEDADDRESS' ? 'blocked: ' : '') + err.message.slice(0, 400), excerpt: null }),
    );
    req.end(body);
  });
}
