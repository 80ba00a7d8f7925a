// Child process of `npm run bench`: what twine upload does, done with
// pypi-promote's code, from a fresh node: hash each wheel (sha256, the pass
// of src/dists/digest.ts), read its METADATA for the
// form, then publish to BENCH_UPLOAD_URL with the token in BENCH_TOKEN. Run
// like twine upload, so that both are timed from process start, hashing
// included, and their peak RSS read alike. The inspect stage's other work
// (the zip walk, RECORD, every rule) is the inspection benchmark's.
import '../../src/wasm-tiering.ts';
import { basename } from 'node:path';
import { Agent } from 'undici';
import type { Deps } from '../../src/deps.ts';
import { readZipEntry } from '../../src/dists/archive.ts';
import { digestFile } from '../../src/dists/digest.ts';
import type { Dist } from '../../src/dists/dist.ts';
import { parseDistFilename, wheelDistInfoDir } from '../../src/dists/filename.ts';
import { field, parseCoreMetadata } from '../../src/dists/metadata.ts';
import { publish } from '../../src/index/upload.ts';
import { resolveIndexUrls } from '../../src/index/url.ts';

const paths = process.argv.slice(3);
const dispatcher = new Agent({ connections: 8 });
const deps: Deps = {
  dispatcher,
  exec: () => Promise.reject(new Error('no commands here')),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  log: { info: () => undefined, warning: (m) => console.error(m), debug: () => undefined, group: (_name, fn) => fn() },
  env: process.env,
};

async function wheel(path: string): Promise<Dist> {
  const filename = basename(path);
  const [digest, bytes] = await Promise.all([digestFile(path), readZipEntry(path, `${wheelDistInfoDir(filename)}/METADATA`)]);
  const metadata = parseCoreMetadata(bytes!.toString('utf8'));
  const parsed = parseDistFilename(filename);
  return {
    path,
    filename,
    kind: 'wheel',
    size: digest.size,
    sha256: digest.sha256,
    metadata,
    name: field(metadata, 'name') ?? '',
    version: field(metadata, 'version') ?? '',
    pyversion: 'kind' in parsed && parsed.kind === 'wheel' ? parsed.pythonTags.join('.') : '',
    topLevel: [],
  };
}

try {
  const dists = await Promise.all(paths.map(wheel));
  const results = await publish(dists, { urls: resolveIndexUrls(process.env.BENCH_UPLOAD_URL!), token: process.env.BENCH_TOKEN! }, deps);
  console.log(results.map((r) => `${r.filename}: ${r.result}`).join('\n'));
} finally {
  await dispatcher.close();
}
