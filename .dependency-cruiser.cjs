// The import rules of the repository, checked by `pnpm lint:deps` (part of `pnpm lint`); docs/architecture.md
// explains the layers. Type-only imports count: a cycle of types is still a cycle of design.
const SRC = '^apps/server/src/';

module.exports = {
  forbidden: [
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'Modules must not import each other in a cycle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders must not import each other in a cycle: break it by moving the shared piece down a layer.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'core/ holds pure code and shared types: it imports nothing else of the server.',
      from: { path: `${SRC}core/` },
      to: { path: SRC, pathNot: `${SRC}core/` },
    },
    {
      name: 'config-imports-only-core',
      severity: 'error',
      comment: 'config/ sits right above core/: everything else may read the settings.',
      from: { path: `${SRC}config/` },
      to: { path: SRC, pathNot: `${SRC}(core|config)/` },
    },
    {
      name: 'shell-imports-no-domain',
      severity: 'error',
      comment: 'http/ and db/ are the shell every domain uses: they import only core/, config/ and each other.',
      from: { path: `${SRC}(http|db)/` },
      to: { path: SRC, pathNot: `${SRC}(core|config|http|db)/` },
    },
    {
      name: 'root-is-imported-by-nobody',
      severity: 'error',
      comment: 'The files at the root of src/ compose the app (modules, entity list, entry points); folders never import them.',
      from: { path: `${SRC}[^/]+/` },
      to: { path: `${SRC}[^/]+$` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|generated)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'apps/server/tsconfig.json' },
    combinedDependencies: true,
  },
};
