import { ApiKeyService } from '../api-keys/api-key.service.js';
import type { AppConfig } from '../config/config.js';
import { hashApiKey, parseApiKey } from '../core/key-format.js';
import { OrgService } from './org.service.js';

export type BootstrapResult =
  | { kind: 'init-key-created'; orgId: string }
  | { kind: 'init-key-present'; orgId: string }
  | { kind: 'default-org-created'; orgId: string; secret: string }
  | { kind: 'nothing-to-do' };

/**
 * Makes a fresh install usable at once. With HUMANHOURS_INIT_API_KEY: ensures an org holds exactly that key
 * (idempotent across restarts). Without it, on an empty database: creates a default org and returns its key,
 * which the caller prints once. Never both.
 */
export async function bootstrapOrgs(config: AppConfig, orgs: OrgService, keys: ApiKeyService): Promise<BootstrapResult> {
  const { apiKey, plan, orgName } = config.init;
  if (apiKey) {
    const parsed = parseApiKey(apiKey)!;
    const existing = await keys.find(parsed.id);
    if (existing) {
      if (existing.secretHash !== hashApiKey(apiKey)) {
        throw new Error(`HUMANHOURS_INIT_API_KEY: another key with the public id ${parsed.id} already exists; choose another key`);
      }
      return { kind: 'init-key-present', orgId: existing.orgId };
    }
    const org = await orgs.create({ name: orgName, plan });
    try {
      await keys.import(org.id, 'init key (HUMANHOURS_INIT_API_KEY)', apiKey);
    } catch (err) {
      // Another process starting at the same moment registered the key first: keep its org, drop ours.
      await orgs.remove(org.id);
      const winner = await keys.find(parsed.id);
      if (winner?.secretHash === hashApiKey(apiKey)) return { kind: 'init-key-present', orgId: winner.orgId };
      throw err;
    }
    return { kind: 'init-key-created', orgId: org.id };
  }
  if ((await orgs.count()) > 0) return { kind: 'nothing-to-do' };
  const org = await orgs.create({ name: orgName, plan });
  const { secret } = await keys.create(org.id, { name: 'first key' });
  return { kind: 'default-org-created', orgId: org.id, secret };
}

/** The one time a key is shown on start-up: on the terminal, not in the structured log. */
export function firstKeyBanner(result: Extract<BootstrapResult, { kind: 'default-org-created' }>, url: string): string {
  return [
    '',
    '  HumanHours created a default org for this fresh database. Its API key (shown only this once):',
    '',
    `    ${result.secret}`,
    '',
    `  Try it:  curl -s ${url}/v1/reports/usage -H "Authorization: Bearer ${result.secret}"`,
    '',
  ].join('\n');
}
