import type { RequestBody } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import { generateApiKey, hashApiKey, type KeyMode, keyPrefix, parseApiKey, SCOPES, type Scope } from '../core/key-format.js';
import { iso } from '../core/time.js';
import { Database } from '../db/database.js';
import { type ApiKey, ApiKeySchema } from './api-key.entity.js';
import { KeyCache } from './key-cache.js';

export type NewKey = RequestBody<'createApiKey'>;

// Newest first, then by id.
const KEY_CURSOR = ['time', 'id'] as const;

@Injectable()
export class ApiKeyService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(KeyCache) private readonly cache: KeyCache,
  ) {}

  /** Creates a key; the returned secret exists only in this return value. */
  async create(orgId: string, input: NewKey, now = Date.now()): Promise<{ key: ApiKey; secret: string }> {
    const { key: secret, id, hash } = generateApiKey(input.mode ?? 'live');
    return { key: await this.insert(orgId, input, id, hash, now), secret };
  }

  /** Registers a key whose secret the operator chose (HUMANHOURS_INIT_API_KEY). */
  async import(orgId: string, name: string, secret: string, now = Date.now()): Promise<ApiKey> {
    const parsed = parseApiKey(secret);
    if (!parsed) throw new Error('not an API key');
    return this.insert(orgId, { name, mode: parsed.mode }, parsed.id, hashApiKey(secret), now);
  }

  private async insert(orgId: string, input: NewKey, id: string, hash: string, now: number): Promise<ApiKey> {
    const em = this.db.em();
    const key = em.create(ApiKeySchema, {
      id,
      orgId,
      name: input.name,
      mode: input.mode ?? 'live',
      secretHash: hash,
      scopes: [...new Set(input.scopes ?? SCOPES)].join(' '),
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    });
    await em.flush();
    return key;
  }

  async find(id: string): Promise<ApiKey | null> {
    return this.db.em().findOne(ApiKeySchema, { id });
  }

  async list(orgId: string, opts: { limit: number; cursor?: string; includeRevoked: boolean }) {
    const after = decodeCursor(opts.cursor, KEY_CURSOR);
    const where: Record<string, unknown> = { orgId };
    if (!opts.includeRevoked) where.revokedAt = null;
    if (after) where.$or = [{ createdAt: { $lt: after[0] } }, { createdAt: after[0], id: { $gt: after[1] } }];
    const rows = await this.db.em().find(ApiKeySchema, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: opts.limit + 1 });
    const page = keysetPage(rows, opts.limit, KEY_CURSOR, (key) => [Number(key.createdAt), key.id]);
    return { data: page.rows, next_cursor: page.next_cursor };
  }

  /** The org's keys not revoked. */
  async active(orgId: string): Promise<ApiKey[]> {
    return this.db.em().find(ApiKeySchema, { orgId, revokedAt: null });
  }

  /** Revokes for good; revoking twice answers the same revoked key. The cache forgets it at once. */
  async revoke(orgId: string, id: string, now = Date.now()): Promise<ApiKey> {
    const em = this.db.em();
    const key = await em.findOne(ApiKeySchema, { id, orgId });
    if (!key) throw new ApiError('not_found', `No API key ${id} in this org`);
    if (key.revokedAt == null) {
      key.revokedAt = now;
      await em.flush();
    }
    await this.cache.forget(id);
    return key;
  }
}

/** The ApiKey resource as the API shows it: never the secret, never the hash. */
export function apiKeyResponse(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    prefix: keyPrefix(key.mode as KeyMode, key.id),
    mode: key.mode as KeyMode,
    scopes: key.scopes.split(' ') as Scope[],
    created_at: iso(Number(key.createdAt))!,
    last_used_at: iso(key.lastUsedAt == null ? null : Number(key.lastUsedAt)),
    revoked_at: iso(key.revokedAt == null ? null : Number(key.revokedAt)),
  };
}
