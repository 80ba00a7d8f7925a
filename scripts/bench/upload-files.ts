// Child process of `npm run bench`: what the action does to upload files,
// from a fresh node: inspect them (digests included), then publish them to
// BENCH_UPLOAD_URL with the token in BENCH_TOKEN. Run like twine upload, so
// that both are timed from process start and their peak RSS read alike.
import '../../src/wasm-tiering.ts';
import { Agent } from 'undici';
import type { Deps } from '../../src/deps.ts';
import { inspectDists } from '../../src/dists/inspect.ts';

// The large files are above PyPI's default 100 MiB limit, as an index with `max-file-size: 2 GiB` allows.
const NO_LIMIT = Number.MAX_SAFE_INTEGER;
import { publish } from '../../src/index/client.ts';
import { resolveIndexUrls } from '../../src/index/url.ts';

const [version, ...paths] = process.argv.slice(2);
const dispatcher = new Agent({ connections: 8 });
const deps: Deps = {
  dispatcher,
  exec: () => Promise.reject(new Error('no commands here')),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  log: { info: () => undefined, warning: (m) => console.error(m), debug: () => undefined, group: (_name, fn) => fn() },
  env: process.env,
};
try {
  const dists = await inspectDists(paths, { version: version!, maxFileSize: NO_LIMIT });
  const results = await publish(dists, { urls: resolveIndexUrls(process.env.BENCH_UPLOAD_URL!), token: process.env.BENCH_TOKEN! }, deps);
  console.log(results.map((r) => `${r.filename}: ${r.result}`).join('\n'));
} finally {
  await dispatcher.close();
}
