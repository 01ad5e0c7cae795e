import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, HumanHours, ValidationError } from '../../src/index.js';
import { example, type RealServer, startServer } from '../helpers/real-server.js';

let server: RealServer;
let client: HumanHours;
beforeAll(async () => {
  server = await startServer();
  client = new HumanHours({ apiKey: server.firstKey, baseUrl: server.url });
});
afterAll(async () => server.close());

describe('reads and settings against the real server', () => {
  it('reports.usage()', async () => {
    await client.track(example);
    const usage = await client.reports.usage();
    expect(usage).toMatchObject({ plan: 'pro', currency: 'EUR', hard_cap: false });
    expect(usage.events_this_month).toBeGreaterThanOrEqual(1);
  });

  it('taskTypes: list, filter, create, get with history, override, remove the override, archive', async () => {
    const all = await client.taskTypes.list();
    expect(all.data.filter((t) => t.kind === 'builtin')).toHaveLength(50);
    const legal = await client.taskTypes.list({ category: 'legal' });
    expect(legal.data.every((t) => t.category === 'legal')).toBe(true);

    const created = await client.taskTypes.create({
      key: 'contract_redline_review',
      display_name: 'Contract redline review',
      category: 'legal',
      default_baseline_minutes: 45,
      baseline_source: 'Internal time study of the legal ops team, Q1 2026 (40 contracts).',
    });
    expect(created).toMatchObject({ kind: 'custom', effective_baseline_minutes: 45 });

    const overridden = await client.taskTypes.override('email_classification', {
      baseline_minutes_override: 3,
      reason: 'Our support team measured 3 minutes per email.',
    });
    expect(overridden).toMatchObject({ effective_baseline_minutes: 3, override: { baseline_minutes: 3 } });
    const detail = await client.taskTypes.get('email_classification');
    expect(detail.history[0]).toMatchObject({ action: 'override_set', new_baseline_minutes: 3 });
    expect((await client.taskTypes.removeOverride('email_classification')).override).toBeNull();

    const archived = await client.taskTypes.archive('contract_redline_review');
    expect(archived.archived_at).not.toBeNull();
    const withArchived = await client.taskTypes.list({ include_archived: true });
    expect(withArchived.data.some((t) => t.key === 'contract_redline_review')).toBe(true);
    expect((await client.taskTypes.list()).data.some((t) => t.key === 'contract_redline_review')).toBe(false);
  });

  it('agents: update (path-encoded id) and list with search and paging', async () => {
    const agent = await client.agents.update('team/bot 1', { display_name: 'Bot one', hourly_rate_override: 60 });
    expect(agent).toMatchObject({ agent_id: 'team/bot 1', effective_hourly_rate: 60 });
    const found = await client.agents.list({ search: 'bot 1' });
    expect(found.data.map((a) => a.agent_id)).toEqual(['team/bot 1']);
    const page = await client.agents.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    expect(page.next_cursor).toEqual(expect.any(String));
    const next = await client.agents.list({ limit: 1, cursor: page.next_cursor! });
    expect(next.data[0].agent_id).not.toBe(page.data[0].agent_id);
  });

  it('models.list()', async () => {
    const book = await client.models.list({ search: 'gpt-4o', limit: 5 });
    expect(book.data.length).toBeGreaterThan(0);
    expect(book.data.every((m) => /gpt-4o/i.test(m.id + m.name))).toBe(true);
  });

  it('apiKeys: create (secret once), list, revoke', async () => {
    const created = await client.apiKeys.create({ name: 'ci', scopes: ['track:write'] });
    expect(created.secret).toMatch(/^hh_live_[A-Za-z0-9]{8}_[A-Za-z0-9]{48}$/);
    const listed = await client.apiKeys.list();
    expect(listed.data.find((k) => k.id === created.id)).not.toHaveProperty('secret');
    const revoked = await client.apiKeys.revoke(created.id);
    expect(revoked.revoked_at).not.toBeNull();
    const active = await client.apiKeys.list({ include_revoked: false });
    expect(active.data.some((k) => k.id === created.id)).toBe(false);
    const error = await new HumanHours({ apiKey: created.secret, baseUrl: server.url }).track(example).catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe('key_revoked');
  });

  it('org: get and update', async () => {
    const org = await client.org.get();
    expect(org).toMatchObject({ plan: 'pro', currency: 'EUR', default_hourly_rate: 45 });
    const updated = await client.org.update({ name: 'Acme Support GmbH', needs_review_credit: 0.4 });
    expect(updated).toMatchObject({ name: 'Acme Support GmbH', needs_review_credit: 0.4 });
    const error = await client.org.update({ timezone: 'Mars/Olympus' }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('timezone');
  });
});
