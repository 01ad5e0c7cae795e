import type pg from 'pg';
import { CACHE_CHANNEL, type SharedCaches } from './shared-caches.js';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;

/**
 * LISTENs for cache notices on a dedicated connection (a pooled one would be handed to other queries), from the same
 * URL as the pool. When it drops it reconnects with exponential backoff (0.25 s doubling to 30 s, with jitter);
 * meanwhile the caches fall back to their TTL, and on reconnecting they are cleared, as notices may have been missed.
 */
export class CacheListener {
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly caches: SharedCaches,
    private readonly log: { warn(message: string): void; log(message: string): void },
  ) {}

  /** Resolves after the first attempt (listening, or a retry scheduled): start-up never fails on it. */
  async start(): Promise<void> {
    await this.connect();
  }

  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    this.retry = null;
    if (this.stopped) return;
    const { default: pgModule } = await import('pg');
    const client = new pgModule.Client({ connectionString: this.url, application_name: 'humanhours-cache' });
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => {});
      if (this.stopped) return;
      this.log.warn(`cache notifications lost (${err?.message ?? 'connection ended'}); caches expire after their TTL meanwhile`);
      this.schedule();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (msg) => {
      if (msg.channel === CACHE_CHANNEL && msg.payload) this.caches.receive(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${CACHE_CHANNEL}`);
    } catch (err) {
      onLost(err as Error);
      return;
    }
    if (lost) return;
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    if (this.failures > 0) this.log.log('cache notifications listening again');
    this.failures = 0;
    this.client = client;
    // Whatever changed while nobody listened is unknown: start from the database again.
    this.caches.clear();
  }

  private schedule(): void {
    if (this.retry || this.stopped) return;
    const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures++);
    this.retry = setTimeout(() => void this.connect(), base / 2 + Math.random() * (base / 2));
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
