#!/usr/bin/env node
// The repository's toolchain wrapper, in the spirit of Gradle's and Maven's: `npm start`, `npm test` and
// `npm run admin` work with any Node ≥ 18 and its npm. HumanHours needs Node 24 (the exact version in
// .node-version) and exactly the pnpm of package.json's `packageManager`. When the running Node is older, or that
// pnpm is not on PATH, this fetches them from the npm registry — the `node` package ships the official binary,
// the `pnpm` package pnpm — into a cache folder, once, and runs the command under them. (Not corepack: its signing
// keys go stale; not a pnpm of another version: it refuses to switch to the pinned one.)
//
//   node scripts/bootstrap.mjs start [args]   install if stale, build what the server needs if stale, run it
//   node scripts/bootstrap.mjs test [args]    also provision PostgreSQL, Redis, Chromium; the suite on both databases
//   node scripts/bootstrap.mjs admin [args]   the operator CLI (apps/server/src/cli.ts)
//   node scripts/bootstrap.mjs build          only what `start` builds (CI: on the fresh clone, before its full build)
//   node scripts/bootstrap.mjs env            `export PATH=…` lines putting the toolchain first, for a shell (CI)
//
// HUMANHOURS_TOOLCHAIN_DIR moves the cache (default: $XDG_CACHE_HOME or ~/.cache, /humanhours-toolchain).
// Written for Node 18: it runs before the right Node is there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StepFailed, tasks } from './tasks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const NODE_VERSION = readFileSync(join(root, '.node-version'), 'utf8').trim();
const PNPM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.match(/^pnpm@([^+]+)/)[1];
const major = (version) => Number(version.replace(/^v/, '').split('.')[0]);

function say(line) {
  process.stderr.write(`${line}\n`);
}

/** Whether `pnpm` on PATH (or the pnpm running this script) is the pinned version. */
function pinnedPnpmOnPath(env) {
  if ((env.npm_config_user_agent ?? '').startsWith(`pnpm/${PNPM_VERSION} `)) return true;
  const probe = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0 && probe.stdout.trim() === PNPM_VERSION;
}

/** npm next to the running Node (npm's own PATH entry may be missing when called by pnpm or a bare shell). */
function npmCommand() {
  const beside = join(dirname(process.execPath), 'npm');
  return existsSync(beside) ? beside : 'npm';
}

/** `npm install <spec>` into a fresh folder, renamed into place only once complete (an interrupted fetch leaves nothing). */
function fetchPackage(spec, dir) {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), '{"private":true}\n');
  const args = ['install', spec, '--prefix', partial, '--no-audit', '--no-fund', '--no-save', '--ignore-scripts=false'];
  // npm reports to stderr here: stdout is the `env` command's, which a shell evals.
  const result = spawnSync(npmCommand(), [...args, '--loglevel=error'], { stdio: ['inherit', 2, 'inherit'] });
  if (result.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    say(`Fetching ${spec} from the npm registry failed (npm exit ${result.status ?? result.signal}); nothing was changed.`);
    process.exit(1);
  }
  if (existsSync(dir))
    rmSync(partial, { recursive: true, force: true }); // another run got there first
  else renameSync(partial, dir);
}

/** The Node and pnpm to run under, fetched into the cache when the machine's will not do; and the env to use. */
function toolchain() {
  const env = { ...process.env, npm_config_update_notifier: 'false' };
  const nodeOk = major(process.versions.node) >= major(NODE_VERSION);
  const pnpmOk = pinnedPnpmOnPath(env);
  if (nodeOk && pnpmOk) return { node: process.execPath, env };

  const cache =
    process.env.HUMANHOURS_TOOLCHAIN_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'humanhours-toolchain');
  const nodeDir = join(cache, `node-${NODE_VERSION}`);
  const pnpmDir = join(cache, `pnpm-${PNPM_VERSION}`);
  const nodeBin = join(nodeDir, 'node_modules/node/bin/node');
  const pnpmBin = join(pnpmDir, 'node_modules/.bin/pnpm');
  const wanted = [];
  if (!nodeOk && !existsSync(nodeBin)) {
    wanted.push([`node@${NODE_VERSION}`, nodeDir, `Node ${NODE_VERSION} (this is Node ${process.versions.node})`]);
  }
  if (!pnpmOk && !existsSync(pnpmBin)) wanted.push([`pnpm@${PNPM_VERSION}`, pnpmDir, `pnpm ${PNPM_VERSION} (not on PATH)`]);
  if (wanted.length) {
    say(`HumanHours needs ${wanted.map(([, , why]) => why).join(' and ')}.`);
    say(`Fetching ${wanted.map(([spec]) => spec).join(' and ')} from the npm registry into ${cache}, once;`);
    say('later runs reuse it. Nothing is installed system-wide (HUMANHOURS_TOOLCHAIN_DIR moves the cache).');
    for (const [spec, dir] of wanted) fetchPackage(spec, dir);
  }

  const bins = [];
  let node = process.execPath;
  if (!nodeOk) {
    node = nodeBin;
    bins.push(dirname(nodeBin));
    // Native addons (better-sqlite3) compile against this Node's headers, shipped in the package: no download.
    const headers = join(nodeDir, `node_modules/node/node_modules/node-${process.platform}-${process.arch}`);
    if (existsSync(join(headers, 'include/node/node.h'))) env.npm_config_nodedir = headers;
  }
  if (!pnpmOk) bins.push(dirname(pnpmBin));
  env.PATH = [...bins, env.PATH].join(process.platform === 'win32' ? ';' : ':');
  // npm's run-script settings (user agent, node-gyp, prefix…) describe npm, not the pnpm run from here.
  for (const key of Object.keys(env)) {
    if (/^npm_(lifecycle_|package_|execpath|node_execpath|command)/.test(key)) delete env[key];
    if (/^npm_config_(user_agent|node_gyp|npm_version|global_prefix|local_prefix|prefix|globalconfig|init_module)$/.test(key)) {
      delete env[key];
    }
  }
  return { node, env };
}

const [task = 'start', ...args] = process.argv.slice(2).filter((a, i) => !(i === 1 && a === '--'));
if (!(task in tasks)) {
  say(`unknown task ${task}; known: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
try {
  process.exitCode = await tasks[task]({ root, ...toolchain() }, args);
} catch (err) {
  if (!(err instanceof StepFailed)) throw err;
  say(err.message);
  process.exitCode = err.code;
}
