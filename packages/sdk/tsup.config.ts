import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // `index`: the org client; `admin`: the operator's client, with the admin API's types (kept out of index.d.ts).
  entry: ['src/index.ts', 'src/admin.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  define: { __SDK_VERSION__: JSON.stringify(version) },
  dts: true,
  clean: true,
  sourcemap: true,
});
