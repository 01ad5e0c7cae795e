import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createPool } from '../workspaces/pool-helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
});
afterAll(async () => server.close());

describe('the audit log', () => {
  it('records workspace, share-link and task-type changes with the key, the action and when, newest first', async () => {
    const pool = await createPool(server, ['EUR']);
    const key = pool.parent.key;
    const keyId = key.split('_')[2];
    const child = pool.children[0].id;
    await server.http.patch(`/v1/workspaces/${child}`).set(bearer(key)).send({ name: 'Renamed' });
    const link = (await server.http.post('/v1/share-links').set(bearer(key)).send({ view: 'overview' })).body;
    await server.http.delete(`/v1/share-links/${link.id}`).set(bearer(key));
    await server.http
      .post('/v1/task-types/email_classification/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 5, reason: 'measured' });
    await server.http.delete(`/v1/workspaces/${child}`).set(bearer(key));

    const res = await server.http.get('/v1/audit-log').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.data.map((e: { action: string }) => e.action)).toEqual([
      'workspace.closed',
      'task_type.override_set',
      'share_link.revoked',
      'share_link.created',
      'workspace.updated',
      'workspace.created',
    ]);
    expect(res.body.data.every((e: { actor_key_id: string }) => e.actor_key_id === keyId)).toBe(true);
    expect(res.body.data[4]).toMatchObject({ target_type: 'workspace', target_id: child, details: { name: 'Renamed' } });

    // Cursor pages: every entry once, in the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await server.http.get(`/v1/audit-log?limit=2${cursor ? `&cursor=${cursor}` : ''}`).set(bearer(key));
      expect(page).toMatchApiSpec();
      paged.push(...page.body.data.map((e: { id: string }) => e.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(paged).toEqual(res.body.data.map((e: { id: string }) => e.id));

    // Admin scope only.
    const reader = (
      await server.http
        .post('/v1/api-keys')
        .set(bearer(key))
        .send({ name: 'r', scopes: ['read:reports'] })
    ).body.secret;
    expect((await server.http.get('/v1/audit-log').set(bearer(reader))).status).toBe(403);
  });
});
