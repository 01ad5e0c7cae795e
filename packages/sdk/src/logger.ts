import { runtimeGlobals } from './globals.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Any object with these four methods: `console`, pino, winston, a test spy. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const noop = () => {};

/** The logger filtered to `level`: the SDK never logs keys, tokens or event bodies, only counts and reasons. */
export function leveled(logger: Logger | undefined, level: LogLevel = 'warn'): Logger {
  const target = logger ?? runtimeGlobals.console;
  const pick = (name: keyof Logger) =>
    target && RANK[name] <= RANK[level] ? (message: string, ...rest: unknown[]) => target[name](`[humanhours] ${message}`, ...rest) : noop;
  return { error: pick('error'), warn: pick('warn'), info: pick('info'), debug: pick('debug') };
}
