// Bundles src/index.ts into the one file GitHub runs (dist/index.js).
// ESM, because @actions/* ship as ESM only; the banner gives bundled CommonJS
// dependencies (undici, @renovatebot/pep440) the `require` they expect.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

/**
 * @actions/http-client (under @actions/core) pins undici 6 for the proxy
 * agent of core's OIDC helper, which the action never calls: bundled as is,
 * it is a second undici (770 KiB) parsed at every start. It gets ours, whose
 * Agent and ProxyAgent it uses the same way.
 */
const oneUndici = {
  name: 'one-undici',
  setup(build) {
    const ours = createRequire(import.meta.url).resolve('undici');
    build.onResolve({ filter: /^undici$/ }, () => ({ path: ours }));
  },
};

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
  plugins: [oneUndici],
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);",
  },
});
