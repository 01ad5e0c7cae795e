#!/usr/bin/env node
// The operator's offline tool: the admin actions, straight against the database (no server needed).
//   pnpm admin orgs list | orgs create --name N [--plan P] [--currency C] [--hourly-rate R] [--timezone TZ]
//   pnpm admin orgs set-plan <org-id> <plan> | orgs set-parent <org-id> <parent-org-id|none> | keys create --org <org-id> [--name N] [--scopes a,b] [--test]
//   pnpm admin keys list --org <org-id> | keys revoke <key-id> | db copy --to <database-url>
import { parseArgs } from 'node:util';
import { ApiKeyService, apiKeyResponse } from './api-keys/api-key.service.js';
import { KeyCache } from './api-keys/key-cache.js';
import { type AppConfig, ConfigError, loadConfig, parseDatabaseUrl } from './config/config.js';
import { SCOPES, type Scope } from './core/key-format.js';
import { PLANS, type Plan } from './core/plan-catalogue.js';
import { copyDatabase } from './db/copy-database.js';
import { openDatabase } from './open-database.js';
import { OrgService, orgResponse } from './orgs/org.service.js';
import { setPoolParent } from './workspaces/pool-membership.js';

const USAGE = `usage: humanhours-admin <command>
  orgs list
  orgs create --name <name> [--plan free|pro|agency|enterprise] [--currency EUR] [--hourly-rate 45] [--timezone UTC]
  orgs set-plan <org-id> <free|pro|agency|enterprise>
  orgs set-parent <org-id> <parent-org-id|none>   put an org into a pool as a workspace (none: take it out)
  keys create --org <org-id> [--name <name>] [--scopes track:write,read:reports,admin] [--test]
  keys list --org <org-id>
  keys revoke <key-id>
  db copy --to <database-url>     copy every table into an empty database (e.g. SQLite → PostgreSQL)
Uses HUMANHOURS_DATABASE_URL like the server. Prints JSON; a created key's secret is shown only here.`;

class UsageError extends Error {}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new UsageError(`missing ${what}`);
  return value;
}

function plan(value: string | undefined): Plan {
  if (!PLANS.includes(value as Plan)) throw new UsageError(`plan must be one of ${PLANS.join(', ')}`);
  return value as Plan;
}

async function run(argv: string[]): Promise<unknown> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      plan: { type: 'string' },
      currency: { type: 'string' },
      'hourly-rate': { type: 'string' },
      timezone: { type: 'string' },
      org: { type: 'string' },
      to: { type: 'string' },
      scopes: { type: 'string' },
      test: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [group, action, ...rest] = positionals;
  if (values.help || !group) throw new UsageError('');
  const config = loadConfig();
  if (`${group} ${action ?? ''}`.trim() === 'db copy') return copyCommand(config, need(values.to, '--to <database-url>'));
  const db = await openDatabase(config.database, { pool: config.pool });
  try {
    const orgs = new OrgService(db);
    const keys = new ApiKeyService(db, new KeyCache(db));
    const command = `${group} ${action ?? ''}`.trim();
    switch (command) {
      case 'orgs list':
        return (await orgs.list(10_000, null)).map(orgResponse);
      case 'orgs create': {
        const rate = values['hourly-rate'] === undefined ? undefined : Number(values['hourly-rate']);
        if (rate !== undefined && !(rate >= 0)) throw new UsageError('--hourly-rate must be a number ≥ 0');
        const org = await orgs.create({
          name: need(values.name, '--name'),
          plan: values.plan === undefined ? undefined : plan(values.plan),
          currency: values.currency,
          default_hourly_rate: rate,
          timezone: values.timezone,
        });
        const { key, secret } = await keys.create(org.id, { name: 'first key' });
        return { org: orgResponse(org), api_key: { ...apiKeyResponse(key), secret } };
      }
      case 'orgs set-plan':
        return orgResponse(await orgs.update(need(rest[0], '<org-id>'), { plan: plan(rest[1]) }));
      case 'orgs set-parent': {
        const parent = need(rest[1], '<parent-org-id|none>');
        return orgResponse(await setPoolParent(orgs, db, need(rest[0], '<org-id>'), parent === 'none' ? null : parent));
      }
      case 'keys create': {
        const orgId = need(values.org, '--org');
        if (!(await orgs.settings(orgId))) throw new UsageError(`no org ${orgId}`);
        const scopes = values.scopes?.split(',').map((s) => s.trim()) as Scope[] | undefined;
        const unknown = scopes?.filter((s) => !SCOPES.includes(s));
        if (unknown?.length) throw new UsageError(`unknown scope(s) ${unknown.join(', ')}; scopes are ${SCOPES.join(', ')}`);
        const { key, secret } = await keys.create(orgId, { name: values.name ?? 'cli key', scopes, mode: values.test ? 'test' : 'live' });
        return { ...apiKeyResponse(key), secret };
      }
      case 'keys list':
        return (await keys.list(need(values.org, '--org'), { limit: 10_000, includeRevoked: true })).data.map(apiKeyResponse);
      case 'keys revoke': {
        const key = await keys.find(need(rest[0], '<key-id>'));
        if (!key) throw new UsageError(`no key ${rest[0]}`);
        return apiKeyResponse(await keys.revoke(key.orgId, key.id));
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    await db.close();
  }
}

/** `db copy`: the configured database into an empty one, migrated first; prints the rows copied per table. */
async function copyCommand(config: AppConfig, toUrl: string) {
  const target = parseDatabaseUrl(toUrl);
  if (typeof target === 'string') throw new UsageError(target.replace('HUMANHOURS_DATABASE_URL', '--to'));
  const source = await openDatabase(config.database, { pool: config.pool });
  try {
    const destination = await openDatabase(target, { pool: config.pool });
    try {
      return { copied: await copyDatabase(source, destination, (line) => process.stderr.write(`${line}\n`)) };
    } finally {
      await destination.close();
    }
  } finally {
    await source.close();
  }
}

run(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  },
  (err) => {
    if (err instanceof UsageError || err instanceof ConfigError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`${err.message ? `error: ${err.message}\n` : ''}${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`error: ${err?.message ?? err}\n`);
    process.exit(1);
  },
);
