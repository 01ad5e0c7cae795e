import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  dts: {
    // The API types come from the private contract package. Pointing the import at the generated source (outside
    // node_modules) makes the declaration bundler inline them, so the published .d.ts stands alone.
    compilerOptions: { paths: { '@humanhours/contract/types': ['../contract/src/generated/openapi.ts'] } },
  },
  clean: true,
  sourcemap: true,
});
