import { spec } from '@humanhours/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HumanHoursAdmin } from '../../src/admin.js';
import { operations as adminTable } from '../../src/generated/admin-api-operations.js';
import { operations as publicTable } from '../../src/generated/api-operations.js';
import { AuthenticationError, HumanHours } from '../../src/index.js';
import { example, type RealServer, startServer } from '../helpers/real-server.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Every operation of openapi.yaml, read from the spec itself (not from the SDK's generated tables). */
const specOperations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item as Record<string, { operationId?: string; tags?: string[]; security?: Array<Record<string, unknown>> }>)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, op]) => ({
      id: op.operationId!,
      method: method.toUpperCase(),
      path,
      admin: !!op.security?.some((s) => 'adminToken' in s),
      mcp: !!op.tags?.includes('MCP'),
    })),
);
/** `/v1/task-types/{key}` → a pattern matching the concrete paths the SDK requests. */
const matcher = (template: string) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);

/** A fetch that answers every request with an empty list page and records the operation it addressed. */
function recordingFetch(hit: Set<string>) {
  return async (url: string, init: { method: string }) => {
    const path = new URL(url).pathname;
    const matches = specOperations.filter((op) => op.method === init.method && matcher(op.path).test(path));
    // the most specific template wins (`/v1/task-types/{key}/override` over `/v1/task-types/{key}`)
    const op = matches.sort((a, b) => b.path.length - a.path.length)[0];
    if (op) hit.add(op.id);
    return new Response('{"data":[],"next_cursor":null,"results":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('every operation of openapi.yaml is reachable', () => {
  it('the generated tables are the spec: each operation once, with its method and path, admin ones apart', () => {
    const tables = { ...publicTable, ...adminTable } as Record<string, { method: string; path: string; auth: string }>;
    expect(Object.keys(tables).sort()).toEqual(specOperations.map((op) => op.id).sort());
    for (const op of specOperations) {
      expect(tables[op.id]).toMatchObject({ method: op.method, path: op.path });
      expect(op.id in adminTable).toBe(op.admin);
    }
  });

  it('a method for each: the org client covers the public operations, the admin client the admin ones', async () => {
    const hit = new Set<string>();
    const hh = new HumanHours({ apiKey: 'hh_live_x', baseUrl: 'http://sdk.test', fetch: recordingFetch(hit), autoFlush: false });
    const admin = new HumanHoursAdmin({ adminToken: 'operator-token', baseUrl: 'http://sdk.test', fetch: recordingFetch(hit) });
    await Promise.all([
      hh.track(example),
      hh.trackBatch([example]),
      hh.reports.timeSaved(),
      hh.reports.costSaved(),
      hh.reports.leaderboard(),
      hh.reports.summary(),
      hh.reports.export(),
      hh.reports.usage(),
      hh.taskTypes.list(),
      hh.taskTypes.get('k'),
      hh.taskTypes.create({} as never),
      hh.taskTypes.override('k', {} as never),
      hh.taskTypes.removeOverride('k'),
      hh.taskTypes.archive('k'),
      hh.agents.list(),
      hh.agents.update('a', {}),
      hh.models.list(),
      hh.events.list(),
      hh.events.get('evt_0'),
      hh.events.review('evt_0', { decision: 'approved' }),
      hh.events.reviewMany({ event_ids: ['evt_0'], decision: 'rejected' }),
      hh.apiKeys.list(),
      hh.apiKeys.create({ name: 'n' }),
      hh.apiKeys.revoke('abcdefgh'),
      hh.org.get(),
      hh.org.update({}),
      hh.workspaces.list(),
      hh.workspaces.create({ name: 'w' }),
      hh.workspaces.update('org_x', { name: 'w' }),
      hh.workspaces.close('org_x'),
      hh.shareLinks.list(),
      hh.shareLinks.create({ view: 'overview' }),
      hh.shareLinks.revoke('shl_x'),
      hh.shareLinks.open('hhs_x'),
      hh.shareLinks.exportCsv('hhs_x'),
      hh.auditLog.list(),
      hh.webhooks.list(),
      hh.webhooks.create({ url: 'https://example.com/hook', event_types: ['event.created'] }),
      hh.webhooks.get('whk_x'),
      hh.webhooks.update('whk_x', {}),
      hh.webhooks.delete('whk_x'),
      hh.webhooks.test('whk_x'),
      hh.webhooks.deliveries('whk_x'),
      hh.webhooks.redeliver('whk_x', 'dlv_x'),
      hh.alerts.list(),
      hh.alerts.create({} as never),
      hh.alerts.get('alr_x'),
      hh.alerts.update('alr_x', {} as never),
      hh.alerts.delete('alr_x'),
      hh.server.health(),
      hh.server.readiness(),
      hh.server.openapi(),
      hh.server.openapiYaml(),
      admin.orgs.create({ name: 'o' }),
      admin.orgs.list(),
      admin.orgs.update('org', { name: 'p' }),
    ]);
    // The MCP endpoint speaks JSON-RPC to MCP clients (their SDKs), not to this one.
    expect([...hit].sort()).toEqual(
      specOperations
        .filter((op) => !op.mcp)
        .map((op) => op.id)
        .sort(),
    );
  });
});

describe('the admin client against the real server', () => {
  const token = 'operator-token-at-least-24-characters';
  let server: RealServer;
  beforeAll(async () => {
    server = await startServer({ HUMANHOURS_ADMIN_TOKEN: token });
  });
  afterAll(async () => server.close());

  it('creates, lists (for await) and updates orgs with the admin token; an org key is refused there', async () => {
    const admin = new HumanHoursAdmin({ adminToken: token, baseUrl: server.url });
    const created = await admin.orgs.create({ name: 'Acme', plan: 'free' });
    expect(created.api_key.secret).toMatch(/^hh_live_/);
    const names: string[] = [];
    for await (const org of admin.orgs.list({ limit: 1 })) names.push(org.name);
    expect(names).toContain('Acme');
    expect(names.length).toBeGreaterThanOrEqual(2); // the default org and Acme, one page each
    const updated = await admin.orgs.update(created.org.id, { plan: 'pro' });
    expect(updated.plan).toBe('pro');
    // the new org's key works with the org client, and is no admin token
    const hh = new HumanHours({ apiKey: created.api_key.secret, baseUrl: server.url });
    expect((await hh.reports.usage()).plan).toBe('pro');
    const asOrg = new HumanHoursAdmin({ adminToken: created.api_key.secret, baseUrl: server.url });
    await expect(asOrg.orgs.list()).rejects.toBeInstanceOf(AuthenticationError);
  });
});
