import { HumanHoursError } from './errors.js';
import { type Fetch, runtimeGlobals } from './globals.js';
import { Http } from './http.js';
import { type Logger, type LogLevel, leveled } from './logger.js';

/** HumanHours is self-hosted: the server listens on port 3000 by default. */
export const DEFAULT_BASE_URL = 'http://localhost:3000';
export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_RETRIES = 2;

/** What both clients take. */
export interface TransportOptions {
  /** Your server's URL. Default: `HUMANHOURS_BASE_URL` from the environment, else `http://localhost:3000`. */
  baseUrl?: string;
  /** Per attempt, from sending the request to the last byte of the answer, in ms. Default 10,000. */
  timeout?: number;
  /** Retries after the first attempt (network errors, timeouts, 408, 429, 5xx). Default 2. */
  maxRetries?: number;
  /** A fetch implementation. Default: the global `fetch`. */
  fetch?: Fetch;
  /** Where diagnostics go. Default: `console`. */
  logger?: Logger;
  /** Default `warn`: retried delivery failures (once per episode), a full queue (once per episode), unsent events at shutdown. */
  logLevel?: LogLevel;
}

/**
 * An environment variable, read only when the option is missing: Deno asks for `--allow-env` on any read, so a
 * client given its options never touches the environment.
 */
export function fromEnv(name: string): string | undefined {
  try {
    return runtimeGlobals.process?.env?.[name];
  } catch {
    return undefined;
  }
}

export function transport(options: TransportOptions, credential: string | undefined, missing: string): Http {
  if (!credential) throw new HumanHoursError(missing);
  const fetchImpl: Fetch =
    options.fetch ??
    ((url, init) => {
      // looked up per call (not bound at construction): unbound global fetch fails on some runtimes
      if (!runtimeGlobals.fetch) throw new HumanHoursError('No global fetch: pass one as the `fetch` option');
      return runtimeGlobals.fetch(url, init);
    });
  return new Http({
    credential,
    baseUrl: (options.baseUrl ?? fromEnv('HUMANHOURS_BASE_URL') ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    fetch: fetchImpl,
    logger: leveled(options.logger, options.logLevel),
  });
}
