// pnpm hooks. beforePacking (pnpm ≥ 10.28) shapes the package.json that `pnpm pack` / `pnpm publish` put in a
// tarball: a published package carries no devDependencies (the SDK's include private workspace packages and the
// runtime binaries of its test matrix) and no scripts of this repository.
module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.private) return pkg;
      delete pkg.devDependencies;
      delete pkg.scripts;
      return pkg;
    },
  },
};
