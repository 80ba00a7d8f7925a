// A hostile index's listing: names that are not the files it holds (a newline
// and a workflow command in a filename), shown by the simple pages so tests
// can check what the client makes of them. Each links to a file that is not
// there, with a sha256 of zeros.
import type { StoredFile, StoredProject, StoredRelease } from './store.ts';

export function withInjected(project: StoredProject | undefined, normalized: string, injected: ReadonlyMap<string, readonly string[]>): StoredProject | undefined {
  const names = injected.get(normalized);
  if (!names || names.length === 0) return project;
  const files: StoredFile[] = names.map((filename, i) => ({
    filename,
    packagetype: 'sdist',
    python_version: 'source',
    requires_python: null,
    size: 1,
    md5: '0'.repeat(32),
    sha256: '0'.repeat(64),
    blake2_256: '0'.repeat(64),
    upload_time: new Date(0).toISOString(),
    comment_text: null,
    path: `00/00/injected-${i}/${encodeURIComponent(filename)}`,
    metadata_sha256: null,
  }));
  const base: StoredProject = project ?? { name: normalized, normalized_name: normalized, created: new Date(0).toISOString(), last_serial: 1, releases: [] };
  const release: StoredRelease = { version: '0.0.0.dev0', created: new Date(0).toISOString(), requires_python: null, metadata: {}, files };
  return { ...base, releases: [...base.releases, release] };
}
