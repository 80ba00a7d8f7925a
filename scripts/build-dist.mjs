// Bundles src/index.ts into the file GitHub runs (dist/index.js) and the
// chunks it loads (dist/chunks/). ESM, because @actions/* ship as ESM only;
// the banner gives bundled CommonJS dependencies (undici,
// @renovatebot/pep440) the `require` they expect.
//
// Split, so that what the action imports only when it needs it (Sigstore's
// signing and verifying, for a release with attestations) is a chunk of its
// own, read and compiled by those runs alone: dist/index.js and what it
// loads at every start are 1.3 MB of the 2.9 MB, and the start, process to
// exit of a run that stops at once, went 250 ms -> 200 ms of CPU here.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `undici` resolves to scripts/bundle/undici-light.mjs: its dispatchers and
 * `request` without the rest of undici's index (fetch, WebSocket, cookies:
 * 150 ms of every start, measured with --cpu-prof). That includes the undici
 * 6 that @actions/http-client (under @actions/core) pins for the ProxyAgent of
 * core's OIDC helper, which the action never calls: bundled as is, it was a
 * second undici (770 KiB) parsed at every start.
 */
const lightUndici = {
  name: 'light-undici',
  setup(build) {
    const light = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bundle', 'undici-light.mjs');
    build.onResolve({ filter: /^undici$/ }, () => ({ path: light }));
  },
};

// Chunk names carry a hash of their content: the folder is emptied first, so
// no chunk of an earlier build stays behind (CI compares dist/ with the build).
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  plugins: [lightUndici],
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);",
  },
});
