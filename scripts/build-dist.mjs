// Bundles src/index.ts into the one file GitHub runs (dist/index.js).
// ESM, because @actions/* ship as ESM only; the banner gives bundled CommonJS
// dependencies (undici, @renovatebot/pep440) the `require` they expect.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);",
  },
});
