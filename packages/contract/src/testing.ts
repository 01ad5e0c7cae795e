import type {} from 'vitest';
import { ResponseValidator } from './validators.js';

let shared: ResponseValidator | undefined;

/** What the matcher needs from a response: supertest's Response has all of it. */
export interface SpecCheckedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  text?: string;
  req?: { method: string; path: string };
}

/** Errors of a response against openapi.yaml (empty when it matches). */
export function specErrors(res: SpecCheckedResponse, request?: { method: string; url: string }): string[] {
  shared ??= new ResponseValidator();
  const method = request?.method ?? res.req?.method;
  const url = request?.url ?? res.req?.path;
  if (!method || !url) return ['cannot tell which request this response answers: pass { method, url }'];
  const contentType = String(res.headers['content-type'] ?? '');
  const body = contentType.startsWith('application/json') ? res.body : res.text;
  return shared.check({ method, url, status: res.status, headers: res.headers, body }).errors;
}

/** vitest matchers: `expect(res).toMatchApiSpec()`. Register with `expect.extend(apiSpecMatchers)`. */
export const apiSpecMatchers = {
  toMatchApiSpec(received: SpecCheckedResponse, request?: { method: string; url: string }) {
    const errors = specErrors(received, request);
    return {
      pass: errors.length === 0,
      message: () =>
        errors.length
          ? `response does not match openapi.yaml:\n  ${errors.join('\n  ')}\nbody: ${JSON.stringify(received.body ?? received.text)?.slice(0, 2000)}`
          : 'expected the response not to match openapi.yaml, but it does',
    };
  },
};

declare module 'vitest' {
  interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> {
    toMatchApiSpec(request?: { method: string; url: string }): R;
  }
}
