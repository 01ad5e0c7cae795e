import type { RequestBody } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../core/api-error.js';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import { ulid } from '../core/ids.js';
import { iso } from '../core/time.js';
import { Database } from '../db/database.js';
import type { AuthContext } from '../http/auth-context.js';
import { resolveRange } from '../reports/calendar.js';
import { type ShareLink, ShareLinkSchema } from './share-link.entity.js';
import { hashShareToken, newShareToken } from './share-token.js';

const SHARE_LINK_CURSOR = ['id'] as const;

export type NewShareLink = RequestBody<'createShareLink'>;

const notFound = () => new ApiError('not_found', 'This share link does not exist, was revoked or has expired');

/**
 * Share links: created and revoked by an admin key, opened by their token alone. Every lookup reads the database
 * (no cache), so a revoked or expired link answers 404 on its very next request.
 */
@Injectable()
export class ShareLinkService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async create(auth: AuthContext, input: NewShareLink, now = Date.now()) {
    // The same range rules as the reports, checked now rather than on the first visit.
    await resolveRange(input, auth.org.timezone, now, async () => null);
    const expiresAt = input.expires_at === undefined ? null : Date.parse(input.expires_at);
    if (expiresAt !== null && expiresAt <= now) throw ApiError.validation('expires_at', 'must be in the future');
    const token = newShareToken();
    const em = this.db.em();
    const explicit = input.from !== undefined;
    const link = em.create(ShareLinkSchema, {
      id: `shl_${ulid(now)}`,
      orgId: auth.org.id,
      tokenHash: hashShareToken(token),
      name: input.name ?? null,
      view: input.view,
      period: explicit ? null : (input.period ?? '30d'),
      fromMs: explicit ? Date.parse(input.from!) : null,
      toMs: explicit ? Date.parse(input.to!) : null,
      filters: input.filters ?? {},
      expiresAt,
      createdAt: now,
      createdBy: auth.keyId,
      revokedAt: null,
      accessCount: 0,
      lastOpenedAt: null,
    });
    await em.flush();
    await this.audit.record(
      {
        orgId: auth.org.id,
        actor: auth.keyId,
        action: 'share_link.created',
        targetType: 'share_link',
        targetId: link.id,
        details: { view: link.view, period: link.period, filters: link.filters },
      },
      now,
    );
    return { ...shareLinkResponse(link), token, url: `/share#${token}` };
  }

  async list(orgId: string, limit: number, cursor?: string) {
    const before = decodeCursor(cursor, SHARE_LINK_CURSOR)?.[0] ?? null;
    const rows = await this.db
      .em()
      .find(ShareLinkSchema, before ? { orgId, id: { $lt: before } } : { orgId }, { orderBy: { id: 'desc' }, limit: limit + 1 });
    const page = keysetPage(rows, limit, SHARE_LINK_CURSOR, (link) => [link.id]);
    return { data: page.rows.map(shareLinkResponse), next_cursor: page.next_cursor };
  }

  async revoke(auth: AuthContext, id: string, now = Date.now()) {
    const em = this.db.em();
    const link = await em.findOne(ShareLinkSchema, { id, orgId: auth.org.id });
    if (!link) throw new ApiError('not_found', `No share link ${id} in this org`);
    if (link.revokedAt == null) {
      link.revokedAt = now;
      await em.flush();
      await this.audit.record(
        { orgId: auth.org.id, actor: auth.keyId, action: 'share_link.revoked', targetType: 'share_link', targetId: id },
        now,
      );
    }
    return shareLinkResponse(link);
  }

  /** The live link a token names, counted as one access; 404 for anything else. */
  async open(token: string | undefined, now = Date.now()): Promise<ShareLink> {
    if (!token) throw notFound();
    const hash = hashShareToken(token);
    const link = await this.db.em().findOne(ShareLinkSchema, { tokenHash: hash });
    if (!link || link.revokedAt != null || (link.expiresAt != null && Number(link.expiresAt) <= now)) throw notFound();
    await this.db.run('update share_links set access_count = access_count + 1, last_opened_at = ? where id = ?', [now, link.id]);
    return link;
  }
}

/** The ShareLink resource: never the token or its hash. */
export function shareLinkResponse(link: ShareLink) {
  const ms = (v: unknown) => iso(v == null ? null : Number(v));
  return {
    id: link.id,
    name: link.name ?? null,
    view: link.view as 'overview',
    period: link.period ?? null,
    from: ms(link.fromMs),
    to: ms(link.toMs),
    filters: link.filters,
    expires_at: ms(link.expiresAt),
    created_at: ms(link.createdAt)!,
    created_by: link.createdBy,
    revoked_at: ms(link.revokedAt),
    access_count: Number(link.accessCount),
    last_opened_at: ms(link.lastOpenedAt),
  };
}
