#!/usr/bin/env node
// Regenerates everything derived from openapi.yaml. `--check` fails when the committed output drifted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

// HUMANHOURS_GEN_ROOT lets the drift test run the real script against a scratch copy.
const root = process.env.HUMANHOURS_GEN_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const spec = parse(readFileSync(join(root, 'openapi.yaml'), 'utf8'));

const HTTP = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const banner = '// Generated from openapi.yaml by `pnpm gen`. Do not edit by hand.\n';
const outputs = new Map();
const contractDir = join(root, 'packages/contract/src/generated');
outputs.set(join(contractDir, 'openapi.json'), `${JSON.stringify(spec, null, 2)}\n`);
// defaultNonNullable: false — a request field with a default stays optional for the caller (the server fills it).
// enumValues: every enum also as a runtime list (`planValues`, `periodValues`…), so the server never restates one.
const types = astToString(await openapiTS(spec, { alphabetize: false, immutable: false, defaultNonNullable: false, enumValues: true }));
outputs.set(join(contractDir, 'openapi.ts'), banner + types);
outputs.set(join(contractDir, 'query-defaults.ts'), banner + queryDefaults(spec));

// The SDK's own outputs (packages/sdk/src/generated): its operation table and its types, split by audience so the
// main entry's declarations hold no operator (`adminToken`) operation or schema, and the admin entry holds only those.
const sdkDir = join(root, 'packages/sdk/src/generated');
// The webhook payloads (the spec's `webhooks`) are what an org's receiver gets: the main entry's, not the operator's.
const sdkAudiences = {
  api: { keep: (op) => !usesScheme(op, 'adminToken'), webhooks: true },
  'admin-api': { keep: (op) => usesScheme(op, 'adminToken'), webhooks: false },
};
for (const [name, { keep, webhooks }] of Object.entries(sdkAudiences)) {
  const subset = specSubset(spec, keep, webhooks);
  outputs.set(
    join(sdkDir, `${name}.ts`),
    banner + astToString(await openapiTS(subset, { alphabetize: false, immutable: false, defaultNonNullable: false })),
  );
  outputs.set(join(sdkDir, `${name}-operations.ts`), banner + operationTable(subset));
}

function usesScheme(op, scheme) {
  return (op.security ?? spec.security ?? []).some((requirement) => scheme in requirement);
}

/** The spec with only the operations `keep` accepts (and the webhooks, or none), and only the components they reach. */
function specSubset(doc, keep, withWebhooks) {
  const paths = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const kept = Object.fromEntries(Object.entries(item).filter(([method, op]) => !HTTP.includes(method) || keep(op)));
    if (Object.keys(kept).some((method) => HTTP.includes(method))) paths[path] = kept;
  }
  const webhooks = withWebhooks ? doc.webhooks : undefined;
  const components = {};
  const pending = [paths, webhooks];
  while (pending.length) {
    const node = pending.pop();
    if (!node || typeof node !== 'object') continue;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/')) {
      const [section, name] = node.$ref.slice('#/components/'.length).split('/');
      components[section] ??= {};
      if (!(name in components[section])) {
        components[section][name] = doc.components[section][name];
        pending.push(components[section][name]);
      }
    }
    for (const value of Object.values(node)) pending.push(value);
  }
  const sorted = Object.fromEntries(
    Object.entries(doc.components ?? {})
      .filter(([section]) => components[section])
      .map(([section, all]) => [
        section,
        Object.fromEntries(
          Object.keys(all)
            .filter((n) => n in components[section])
            .map((n) => [n, all[n]]),
        ),
      ]),
  );
  const { webhooks: _all, ...rest } = doc;
  return { ...rest, ...(webhooks ? { webhooks } : {}), paths, components: sorted };
}

/** operationId → method, path template, auth and whether it takes an Idempotency-Key header. */
function operationTable(doc) {
  const lines = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP.includes(method)) continue;
      const auth = usesScheme(op, 'adminToken') ? 'adminToken' : usesScheme(op, 'apiKey') ? 'apiKey' : 'none';
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => (p.$ref ? resolveRef(doc, p.$ref) : p));
      const idempotencyKey = params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
      const fields = [`method: '${method.toUpperCase()}'`, `path: '${path}'`, `auth: '${auth}'`];
      if (idempotencyKey) fields.push('idempotencyKey: true');
      lines.push(`  ${op.operationId}: { ${fields.join(', ')} },`);
    }
  }
  return `export const operations = {\n${lines.join('\n')}\n} as const;\n`;
}

/**
 * operationId → the query parameters with a schema default. The validator fills those in before a handler runs, so
 * the server's view of a query (`QueryParams<Id>` in the contract) has them required, the caller's has them optional.
 */
function queryDefaults(doc) {
  const lines = [];
  for (const item of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP.includes(method)) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => (p.$ref ? resolveRef(doc, p.$ref) : p));
      const names = params
        .filter((p) => p.in === 'query' && p.schema && (p.schema.$ref ? resolveRef(doc, p.schema.$ref) : p.schema).default !== undefined)
        .map((p) => `'${p.name}'`);
      lines.push(`  ${op.operationId}: ${names.length ? names.join(' | ') : 'never'};`);
    }
  }
  return `export interface QueryDefaults {\n${lines.join('\n')}\n}\n`;
}

function resolveRef(doc, ref) {
  return ref
    .slice(2)
    .split('/')
    .reduce((node, key) => node[key], doc);
}

let drifted = 0;
for (const [file, content] of outputs) {
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    drifted++;
    console.error(`drift: ${relative(root, file)} is out of date with openapi.yaml`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${relative(root, file)}`);
  }
}
if (drifted) {
  console.error(`\n${drifted} generated file(s) differ from openapi.yaml. Run \`pnpm gen\` and commit the result.`);
  process.exit(1);
}
if (check) console.log('generated files are up to date with openapi.yaml');
