import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FreshCache } from '../core/fresh-cache.js';
import { effectiveScopes, type Scope } from '../core/key-format.js';
import { Database } from '../db/database.js';
import { READ_KEY, TOUCH_KEY } from './api-key.repository.js';

export interface CachedKey {
  id: string;
  orgId: string;
  secretHash: string;
  scopes: Set<Scope>;
  revoked: boolean;
  lastUsedWritten: number;
}

// last_used_at is approximate: written at most once a minute per key, never on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

/** API keys by public id, so authenticating a request costs no query on the ingest hot path. */
@Injectable()
export class KeyCache {
  // A revocation is seen at once by every process sharing the database (forget() notifies them).
  private readonly keys: FreshCache<string, CachedKey | null>;
  private readonly logger = new Logger('KeyCache');

  constructor(@Inject(Database) private readonly db: Database) {
    this.keys = db.caches.create('api-keys');
  }

  get(id: string, now = Date.now()): Promise<CachedKey | null> {
    return this.keys.get(id, (previous) => this.load(id, previous), now);
  }

  private async load(id: string, previous: CachedKey | null | undefined): Promise<CachedKey | null> {
    const row = await this.db.get<Record<string, any>>(READ_KEY, [id]);
    if (!row) return null;
    return {
      id: row.id,
      orgId: row.org_id,
      secretHash: row.secret_hash,
      scopes: effectiveScopes(String(row.scopes)),
      revoked: row.revoked_at != null,
      lastUsedWritten: previous?.lastUsedWritten ?? row.last_used_at ?? 0,
    };
  }

  /** Drops the key here and in every other process on this database; call after the change committed. */
  forget(id: string): Promise<void> {
    return this.db.caches.invalidate('api-keys', id);
  }

  /** Records use of a key without a write per request; a failed write is logged and never fails the request. */
  touch(key: CachedKey, now = Date.now()): void {
    if (now - key.lastUsedWritten < LAST_USED_RESOLUTION_MS) return;
    key.lastUsedWritten = now;
    this.db.run(TOUCH_KEY, [now, key.id]).catch((err) => {
      this.logger.warn(`could not record last use of key ${key.id}: ${err.message}`);
    });
  }
}
