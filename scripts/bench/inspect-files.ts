// Child process of `npm run bench`: inspects the files named in argv exactly
// as the inspect stage does, one inspectDists call per release (files
// grouped by the name and version in their filenames), and exits. Bundled
// and run in a fresh node, so its time counts from process start, as twine's.
import '../../src/wasm-tiering.ts';
import { basename } from 'node:path';
import { inspectDists } from '../../src/dists/inspect.ts';

// The large files are above PyPI's default 100 MiB limit, as an index with `max-file-size: 2 GiB` allows.
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

const releases = new Map<string, { version: string; paths: string[] }>();
for (const path of process.argv.slice(2)) {
  const [name, version] = basename(path).replace(/\.tar\.gz$/, '').split('-');
  const key = `${name}-${version}`;
  const release = releases.get(key) ?? { version: version!, paths: [] };
  release.paths.push(path);
  releases.set(key, release);
}
let files = 0;
for (const { version, paths } of releases.values()) files += (await inspectDists(paths, { version, maxFileSize: NO_LIMIT })).length;
console.log(`inspected ${files} files`);
