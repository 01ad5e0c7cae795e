// What `npm start`, `npm test` and `npm run admin` do once scripts/bootstrap.mjs has the toolchain: install when
// the lockfile changed, build only what the command needs and only when it is stale, then run it. Each task gets
// { root, node, env } (the Node to run and an env whose PATH starts with the pinned pnpm) and resolves to an
// exit code. Written for Node 18, like the bootstrap.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INSTALL_STAMP = 'node_modules/.humanhours-install';

function say(line) {
  process.stderr.write(`${line}\n`);
}

/** A step that failed: ends the task with its exit code (after the task's own clean-up). */
export class StepFailed extends Error {
  constructor(what, code) {
    super(`failed: ${what}`);
    this.code = code || 1;
  }
}

/** Runs a step to completion. */
function step(ctx, command, args, env = ctx.env) {
  const result = spawnSync(command, args, { cwd: ctx.root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new StepFailed([command, ...args].join(' '), result.status);
}

/** Runs the command the task is for, passing on SIGTERM/SIGHUP (Ctrl-C reaches it from the terminal itself). */
function final(ctx, args, env = ctx.env) {
  const child = spawn(ctx.node, args, { cwd: ctx.root, env, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process
    .on('SIGTERM', forward)
    .on('SIGHUP', forward)
    .on('SIGINT', () => {});
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal] ?? 1)));
  });
}

/**
 * Node 22+ keeps compiled code between runs when told where (older Nodes ignore it): tsc and a server with nothing
 * changed load faster. Not for the test run, whose many processes gain little from it.
 */
function compileCached(ctx) {
  return { NODE_COMPILE_CACHE: join(ctx.root, 'node_modules/.cache/node-compile-cache'), ...ctx.env };
}

/** The newest modification time under the given files and folders (0 when none exists). */
function newest(root, paths) {
  let latest = 0;
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return latest;
}

function modified(root, path) {
  try {
    return statSync(join(root, path)).mtimeMs;
  } catch {
    return -1;
  }
}

/** `pnpm install --frozen-lockfile`, unless it already ran for exactly these manifests and this lockfile. */
function ensureInstalled(ctx) {
  const workspaces = ['apps', 'packages'].flatMap((dir) => readdirSync(join(ctx.root, dir)).map((name) => `${dir}/${name}/package.json`));
  const hash = createHash('sha256');
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', 'package.json', ...workspaces.sort()]) {
    hash.update(`${file}\0`);
    if (existsSync(join(ctx.root, file))) hash.update(readFileSync(join(ctx.root, file)));
  }
  const stamp = hash.digest('hex');
  const stampFile = join(ctx.root, INSTALL_STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  if (process.platform === 'linux') services(ctx, 'provision', 'build-tools', { required: true });
  say('--- installing dependencies (pnpm install --frozen-lockfile)');
  step(ctx, 'pnpm', ['install', '--frozen-lockfile']);
  writeFileSync(stampFile, stamp);
}

/** The server and the packages it imports: `tsc -b` compiles only what changed (nothing: about 0.1 s). */
function buildServer(ctx) {
  const packages = ['contract', 'time'].flatMap((name) => [`packages/${name}/src`, `packages/${name}/tsconfig.build.json`]);
  const inputs = ['apps/server/src', 'apps/server/tsconfig.build.json', ...packages];
  if (newest(ctx.root, [...inputs, 'tsconfig.base.json']) > modified(ctx.root, 'apps/server/dist/.tsbuildinfo')) {
    say('--- building the server (tsc -b: what changed since the last build)');
  }
  step(ctx, ctx.node, [join(ctx.root, 'node_modules/typescript/bin/tsc'), '-b', 'apps/server/tsconfig.build.json'], compileCached(ctx));
}

/** The dashboard bundle the server serves at `/`, rebuilt when one of its sources is newer than it. */
function buildDashboard(ctx) {
  const inputs = ['index.html', 'src', 'public', 'vite.config.ts', 'package.json'].map((p) => `apps/dashboard/${p}`);
  if (newest(ctx.root, [...inputs, 'pnpm-lock.yaml']) <= modified(ctx.root, 'apps/dashboard/dist/index.html')) return;
  say('--- building the dashboard (vite build)');
  step(ctx, 'pnpm', ['--filter', '@humanhours/dashboard', 'run', 'build']);
}

/** `bash scripts/services.sh <args>`; its stdout returned, its stderr shown. Trailing { required: true }: must succeed. */
function services(ctx, ...args) {
  const { required = false } = typeof args.at(-1) === 'object' ? args.pop() : {};
  const result = spawnSync('bash', [join(ctx.root, 'scripts/services.sh'), ...args], {
    cwd: ctx.root,
    env: ctx.env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (required && result.status !== 0) throw new StepFailed(`bash scripts/services.sh ${args.join(' ')}`, result.status);
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

/** Parses the `export NAME=value` lines of `scripts/services.sh start`. */
function exportsOf(output) {
  const env = {};
  for (const [, name, value] of output.matchAll(/^export (\w+)=(\S*)$/gm)) env[name] = value;
  return env;
}

/**
 * What the suite needs besides Node: Chromium, and (unless HUMANHOURS_TEST_PG_URL names an existing server)
 * PostgreSQL and Redis, installed by scripts/services.sh when missing and started on loopback. Resolves to the
 * env additions and a stop() that stops only what this run started.
 */
function provideServices(ctx) {
  const own = !ctx.env.HUMANHOURS_TEST_PG_URL;
  services(ctx, 'provision', 'chromium', ...(own ? ['postgresql', 'redis'] : []), { required: true });
  if (!own) return { env: {}, stop() {} };
  const wasRunning = services(ctx, 'status').ok;
  const env = exportsOf(services(ctx, 'start', { required: true }).stdout);
  say(`--- PostgreSQL ${env.HUMANHOURS_TEST_PG_URL}, Redis ${env.HUMANHOURS_TEST_REDIS_URL ?? '(none)'}`);
  return { env, stop: () => wasRunning || services(ctx, 'stop') };
}

export const tasks = {
  /** Starts the server (embedded SQLite by default) after installing and building what is stale. */
  async start(ctx, args) {
    ensureInstalled(ctx);
    buildServer(ctx);
    buildDashboard(ctx);
    return final(ctx, ['apps/server/dist/main.js', ...args], compileCached(ctx));
  },

  /** The whole suite, every server test on SQLite and PostgreSQL; args go to `vitest run`. */
  async test(ctx, args) {
    ensureInstalled(ctx);
    const services = provideServices(ctx);
    try {
      buildServer(ctx);
      buildDashboard(ctx);
      return await final(ctx, [join(ctx.root, 'node_modules/vitest/vitest.mjs'), 'run', ...args], { ...ctx.env, ...services.env });
    } finally {
      services.stop();
    }
  },

  /** What `start` builds, and nothing else: CI runs it on the fresh clone, before its own full build. */
  async build(ctx) {
    ensureInstalled(ctx);
    buildServer(ctx);
    buildDashboard(ctx);
    return 0;
  },

  /** The operator CLI against HUMANHOURS_DATABASE_URL, e.g. `npm run admin -- keys create --org <org-id>`. */
  async admin(ctx, args) {
    ensureInstalled(ctx);
    buildServer(ctx);
    return final(ctx, ['apps/server/dist/cli.js', ...args], compileCached(ctx));
  },

  /** Shell lines putting this toolchain first on PATH: `eval "$(node scripts/bootstrap.mjs env)"`. */
  async env(ctx) {
    const quote = (value) => `'${value.replace(/'/g, `'\\''`)}'`;
    for (const name of ['PATH', 'npm_config_nodedir']) {
      if (ctx.env[name]) process.stdout.write(`export ${name}=${quote(ctx.env[name])}\n`);
    }
    return 0;
  },
};
