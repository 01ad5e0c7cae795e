import { bearer, type TestServer } from '@humanhours/test-kit';

export const ADMIN = 'operator-token-0123456789abcdef';

export interface Pool {
  parent: { id: string; key: string };
  children: Array<{ id: string; key: string; currency: string }>;
}

/** An agency parent (created by the operator) and its children, created through POST /v1/workspaces. */
export async function createPool(server: TestServer, currencies: string[], parentCurrency = 'EUR'): Promise<Pool> {
  const created = await server.http
    .post('/v1/admin/orgs')
    .set(bearer(ADMIN))
    .send({ name: 'Agency', plan: 'agency', currency: parentCurrency, timezone: 'Europe/Berlin' });
  if (created.status !== 201) throw new Error(`parent: ${created.status} ${JSON.stringify(created.body)}`);
  const parent = { id: created.body.org.id, key: created.body.api_key.secret };
  const children: Pool['children'] = [];
  for (const [i, currency] of currencies.entries()) {
    const res = await server.http
      .post('/v1/workspaces')
      .set(bearer(parent.key))
      .send({ name: `Client ${i + 1}`, currency });
    if (res.status !== 201) throw new Error(`child: ${res.status} ${JSON.stringify(res.body)}`);
    children.push({ id: res.body.workspace.id, key: res.body.api_key.secret, currency });
  }
  return { parent, children };
}

export const event = (i: number, agent = `bot-${i % 3}`) => ({
  agent_id: agent,
  task_type: i % 2 ? 'email_classification' : 'invoice_processing',
  outcome: 'success',
  agent_duration_seconds: 4 + (i % 5),
  agent_cost: 0.01 * (i % 4),
});
