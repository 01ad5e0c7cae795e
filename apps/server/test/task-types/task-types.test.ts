import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TaskTypeService } from '../../src/task-types/task-type.service.js';

const ADMIN = 'operator-token-0123456789abcdef';
const CATEGORIES = ['support', 'ops', 'sales', 'legal', 'content', 'research', 'data', 'dev'];

let server: TestServer;
let key: string;
let keyId: string;
let orgId: string;

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
  key = server.firstKey!;
  keyId = key.split('_')[2]!;
  orgId = (await server.http.get('/v1/org').set(bearer(key))).body.id;
});
afterAll(async () => server.close());

const custom = (k: string, extra: Record<string, unknown> = {}) => ({
  key: k,
  display_name: `Custom ${k}`,
  category: 'legal',
  default_baseline_minutes: 45,
  baseline_source: 'Internal time study of the legal ops team, Q1 2026 (40 contracts).',
  ...extra,
});

async function list(query = '', k = key) {
  const res = await server.http.get(`/v1/task-types${query}`).set(bearer(k));
  expect(res.status).toBe(200);
  expect(res).toMatchApiSpec();
  return res.body.data as Array<Record<string, any>>;
}

describe('GET /v1/task-types', () => {
  it('lists the 50 built-ins in 8 categories, ordered by category then key', async () => {
    const data = await list();
    const builtins = data.filter((t) => t.kind === 'builtin');
    expect(builtins).toHaveLength(50);
    expect(new Set(builtins.map((t) => t.category))).toEqual(new Set(CATEGORIES));
    const order = data.map((t) => `${t.category}/${t.key}`);
    expect(order).toEqual([...order].sort());
    for (const t of builtins) {
      expect(t.baseline_source.length).toBeGreaterThan(0);
      expect(t.archived_at).toBeNull();
    }
  });

  it('email_classification is 4.0 minutes with a cited source', async () => {
    const t = (await list()).find((x) => x.key === 'email_classification')!;
    expect(t).toMatchObject({ kind: 'builtin', category: 'support', default_baseline_minutes: 4, effective_baseline_minutes: 4 });
    expect(t.baseline_source).toMatch(/Brysbaert/);
    expect(t.source_url).toMatch(/^https:\/\//);
  });

  it('filters by category', async () => {
    const data = await list('?category=legal');
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((t) => t.category === 'legal')).toBe(true);
    const all = await list();
    expect(data.length).toBe(all.filter((t) => t.category === 'legal').length);
  });

  it('rejects an unknown category', async () => {
    const res = await server.http.get('/v1/task-types?category=cooking').set(bearer(key));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'category' });
    expect(res).toMatchApiSpec();
  });
});

describe('custom task types', () => {
  it('creates one, listed as custom and readable with its creation in the history', async () => {
    const res = await server.http
      .post('/v1/task-types')
      .set(bearer(key))
      .send(custom('contract_redline_review', { source_url: 'https://example.com/study' }));
    expect(res.status).toBe(201);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({
      key: 'contract_redline_review',
      kind: 'custom',
      category: 'legal',
      default_baseline_minutes: 45,
      effective_baseline_minutes: 45,
      source_url: 'https://example.com/study',
      override: null,
      archived_at: null,
    });
    const listed = (await list('?category=legal')).find((t) => t.key === 'contract_redline_review');
    expect(listed).toEqual(res.body);

    const detail = await server.http.get('/v1/task-types/contract_redline_review').set(bearer(key));
    expect(detail.status).toBe(200);
    expect(detail).toMatchApiSpec();
    expect(detail.body.history).toEqual([
      { action: 'created', old_baseline_minutes: null, new_baseline_minutes: 45, reason: null, actor: keyId, at: expect.any(String) },
    ]);
  });

  it('rejects a key taken by a built-in with 422 on field key', async () => {
    const res = await server.http.post('/v1/task-types').set(bearer(key)).send(custom('email_classification'));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'key' });
    expect(res).toMatchApiSpec();
  });

  it('rejects a key taken by an existing custom with 422 on field key', async () => {
    expect((await server.http.post('/v1/task-types').set(bearer(key)).send(custom('msa_review'))).status).toBe(201);
    const res = await server.http
      .post('/v1/task-types')
      .set(bearer(key))
      .send(custom('msa_review', { default_baseline_minutes: 10 }));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'key' });
    expect(res).toMatchApiSpec();
  });

  it('rejects a key that is not lowercase snake_case', async () => {
    const res = await server.http.post('/v1/task-types').set(bearer(key)).send(custom('Contract-Review'));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'key' });
    expect(res).toMatchApiSpec();
  });

  it('archives a custom: hidden unless include_archived=true, idempotent, key stays taken', async () => {
    await server.http.post('/v1/task-types').set(bearer(key)).send(custom('old_workflow'));
    const first = await server.http.delete('/v1/task-types/old_workflow').set(bearer(key));
    expect(first.status).toBe(200);
    expect(first).toMatchApiSpec();
    expect(first.body.archived_at).not.toBeNull();

    expect((await list()).map((t) => t.key)).not.toContain('old_workflow');
    const withArchived = (await list('?include_archived=true')).find((t) => t.key === 'old_workflow');
    expect(withArchived?.archived_at).toBe(first.body.archived_at);

    const again = await server.http.delete('/v1/task-types/old_workflow').set(bearer(key));
    expect(again.status).toBe(200);
    expect(again).toMatchApiSpec();
    expect(again.body).toEqual(first.body);

    const detail = await server.http.get('/v1/task-types/old_workflow').set(bearer(key));
    expect(detail.status).toBe(200);
    expect(detail).toMatchApiSpec();
    expect(detail.body.history.map((h: { action: string }) => h.action)).toEqual(['archived', 'created']);
    expect(detail.body.history[0]).toMatchObject({ old_baseline_minutes: 45, new_baseline_minutes: null, actor: keyId });

    const retake = await server.http.post('/v1/task-types').set(bearer(key)).send(custom('old_workflow'));
    expect(retake.status).toBe(422);
    expect(retake.body.error.field).toBe('key');
  });

  it('refuses to archive a built-in (422 on field key)', async () => {
    const res = await server.http.delete('/v1/task-types/email_classification').set(bearer(key));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'key' });
    expect(res).toMatchApiSpec();
  });

  it('answers 404 for an unknown key on every operation', async () => {
    const calls = [
      server.http.get('/v1/task-types/no_such_type'),
      server.http.delete('/v1/task-types/no_such_type'),
      server.http.post('/v1/task-types/no_such_type/override').send({ baseline_minutes_override: 3, reason: 'x' }),
      server.http.delete('/v1/task-types/no_such_type/override'),
    ];
    for (const call of calls) {
      const res = await call.set(bearer(key));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      expect(res).toMatchApiSpec();
    }
  });
});

describe('overrides', () => {
  it('overrides a built-in: effective changes, the original stays, the history says who/when/old/new/why', async () => {
    const before = Date.now();
    const reason = "Our support team's own time study (March 2026) measured 3 minutes per email.";
    const res = await server.http
      .post('/v1/task-types/email_classification/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 3, reason });
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({
      key: 'email_classification',
      kind: 'builtin',
      default_baseline_minutes: 4,
      effective_baseline_minutes: 3,
      override: { baseline_minutes: 3, reason, created_by: keyId },
    });
    expect(Date.parse(res.body.override.created_at)).toBeGreaterThanOrEqual(before - 1);

    const listed = (await list()).find((t) => t.key === 'email_classification');
    expect(listed).toEqual(res.body);

    // A second override replaces the first; both are in the history, newest first.
    await server.http
      .post('/v1/task-types/email_classification/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 2.5, reason: 'Second study' });
    const detail = await server.http.get('/v1/task-types/email_classification').set(bearer(key));
    expect(detail.status).toBe(200);
    expect(detail).toMatchApiSpec();
    expect(detail.body).toMatchObject({ default_baseline_minutes: 4, effective_baseline_minutes: 2.5 });
    expect(detail.body.history).toMatchObject([
      { action: 'override_set', old_baseline_minutes: 3, new_baseline_minutes: 2.5, reason: 'Second study', actor: keyId },
      { action: 'override_set', old_baseline_minutes: 4, new_baseline_minutes: 3, reason, actor: keyId },
    ]);
    expect(Date.parse(detail.body.history[1].at)).toBeGreaterThanOrEqual(before - 1);
  });

  it('removes an override from a built-in and from a custom', async () => {
    await server.http
      .post('/v1/task-types/password_reset_request/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 5, reason: 'slower here' });
    const removed = await server.http.delete('/v1/task-types/password_reset_request/override').set(bearer(key));
    expect(removed.status).toBe(200);
    expect(removed).toMatchApiSpec();
    expect(removed.body).toMatchObject({ override: null, default_baseline_minutes: 2, effective_baseline_minutes: 2 });

    const again = await server.http.delete('/v1/task-types/password_reset_request/override').set(bearer(key));
    expect(again.status).toBe(200);
    expect(again).toMatchApiSpec();
    expect(again.body).toEqual(removed.body);

    const detail = await server.http.get('/v1/task-types/password_reset_request').set(bearer(key));
    expect(detail.body.history.map((h: { action: string }) => h.action)).toEqual(['override_removed', 'override_set']);
    expect(detail.body.history[0]).toMatchObject({ old_baseline_minutes: 5, new_baseline_minutes: 2, reason: null, actor: keyId });

    await server.http
      .post('/v1/task-types')
      .set(bearer(key))
      .send(custom('vendor_onboarding', { category: 'ops' }));
    const set = await server.http
      .post('/v1/task-types/vendor_onboarding/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 30, reason: 'faster now' });
    expect(set.body).toMatchObject({ kind: 'custom', default_baseline_minutes: 45, effective_baseline_minutes: 30 });
    const unset = await server.http.delete('/v1/task-types/vendor_onboarding/override').set(bearer(key));
    expect(unset.body).toMatchObject({ kind: 'custom', override: null, effective_baseline_minutes: 45 });
  });

  it('validates the override body', async () => {
    const res = await server.http
      .post('/v1/task-types/email_classification/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 0, reason: 'zero' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'baseline_minutes_override' });
    expect(res).toMatchApiSpec();
  });
});

describe('access', () => {
  it('a key without the admin scope cannot create (403 insufficient_scope) but can list', async () => {
    const reader = (
      await server.http
        .post('/v1/api-keys')
        .set(bearer(key))
        .send({ name: 'reader', scopes: ['read:reports'] })
    ).body.secret;
    const res = await server.http.post('/v1/task-types').set(bearer(reader)).send(custom('reader_type'));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('insufficient_scope');
    expect(res).toMatchApiSpec();
    expect(await list('', reader)).not.toHaveLength(0);
  });

  it('another org never sees the first org’s customs or overrides', async () => {
    const keyB = (await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'Org B' })).body.api_key.secret;
    await server.http.post('/v1/task-types').set(bearer(key)).send(custom('secret_a_type'));
    await server.http
      .post('/v1/task-types/live_chat_conversation/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 20, reason: 'A' });

    const b = await list('?include_archived=true', keyB);
    expect(b.filter((t) => t.kind === 'custom')).toEqual([]);
    expect(b.filter((t) => t.override !== null)).toEqual([]);
    expect(b).toHaveLength(50);
    expect((await server.http.get('/v1/task-types/secret_a_type').set(bearer(keyB))).status).toBe(404);
    expect((await server.http.delete('/v1/task-types/secret_a_type').set(bearer(keyB))).status).toBe(404);
    const bDetail = await server.http.get('/v1/task-types/live_chat_conversation').set(bearer(keyB));
    expect(bDetail.body).toMatchObject({ override: null, effective_baseline_minutes: 11, history: [] });

    // The same key may exist in both orgs, each with its own baseline.
    const bCreate = await server.http
      .post('/v1/task-types')
      .set(bearer(keyB))
      .send(custom('secret_a_type', { default_baseline_minutes: 7 }));
    expect(bCreate.status).toBe(201);
    expect((await server.http.get('/v1/task-types/secret_a_type').set(bearer(key))).body.default_baseline_minutes).toBe(45);
  });
});

describe('free plan', () => {
  let free: TestServer;
  let freeKey: string;
  beforeAll(async () => {
    free = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    freeKey = free.firstKey!;
  });
  afterAll(async () => free.close());

  it('lists and reads task types', async () => {
    const res = await free.http.get('/v1/task-types').set(bearer(freeKey));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.data).toHaveLength(50);
    const one = await free.http.get('/v1/task-types/email_classification').set(bearer(freeKey));
    expect(one.status).toBe(200);
    expect(one).toMatchApiSpec();
  });

  it('gets 403 feature_locked on create, override and override removal', async () => {
    const calls = [
      free.http.post('/v1/task-types').send(custom('free_type')),
      free.http.post('/v1/task-types/email_classification/override').send({ baseline_minutes_override: 3, reason: 'x' }),
      free.http.delete('/v1/task-types/email_classification/override'),
    ];
    for (const call of calls) {
      const res = await call.set(bearer(freeKey));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('feature_locked');
      expect(res).toMatchApiSpec();
    }
  });
});

describe('TaskTypeService.catalogue()', () => {
  it('knows built-ins and customs, and null for anything else', async () => {
    const catalogue = await server.app.get(TaskTypeService).catalogue(orgId);
    expect(catalogue.lookup('password_reset_request')).toEqual({
      builtinMinutes: 2,
      customMinutes: null,
      overrideMinutes: null,
      archived: false,
    });
    expect(catalogue.lookup('msa_review')).toEqual({ builtinMinutes: null, customMinutes: 45, overrideMinutes: null, archived: false });
    expect(catalogue.lookup('old_workflow')).toMatchObject({ customMinutes: 45, archived: true });
    expect(catalogue.lookup('no_such_type')).toBeNull();
  });

  it('reflects a change made through this process at once', async () => {
    const service = server.app.get(TaskTypeService);
    const before = await service.catalogue(orgId);
    expect(before.lookup('live_chat_conversation')?.overrideMinutes).not.toBe(12.5);
    await server.http
      .post('/v1/task-types/live_chat_conversation/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 12.5, reason: 'r' });
    expect((await service.catalogue(orgId)).lookup('live_chat_conversation')).toEqual({
      builtinMinutes: 11,
      customMinutes: null,
      overrideMinutes: 12.5,
      archived: false,
    });
    await server.http.delete('/v1/task-types/live_chat_conversation/override').set(bearer(key));
    expect((await service.catalogue(orgId)).lookup('live_chat_conversation')?.overrideMinutes).toBeNull();
    await server.http.post('/v1/task-types').set(bearer(key)).send(custom('fresh_type'));
    expect((await service.catalogue(orgId)).lookup('fresh_type')?.customMinutes).toBe(45);
    await server.http.delete('/v1/task-types/fresh_type').set(bearer(key));
    expect((await service.catalogue(orgId)).lookup('fresh_type')?.archived).toBe(true);
  });

  it('serves from memory, and sees another process’s change within 5 s', async () => {
    const service = server.app.get(TaskTypeService);
    const cached = await service.catalogue(orgId);
    // Another process's write: straight into the database, behind this process's back.
    await server.db.run('update custom_task_types set default_baseline_minutes = ? where org_id = ? and "key" = ?', [
      99,
      orgId,
      'msa_review',
    ]);
    expect(await service.catalogue(orgId)).toBe(cached);
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + 5_001);
    try {
      expect((await service.catalogue(orgId)).lookup('msa_review')?.customMinutes).toBe(99);
    } finally {
      clock.mockRestore();
    }
  });
});
