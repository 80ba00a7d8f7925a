// The manifest: what a `mode: stage` job staged and smoke-tested, handed to
// the `mode: promote` job (through a job output) so that it promotes exactly
// those files. It is the promote job's only evidence of what was tested, so
// it names every file by sha256 and the staging index the bytes live on.
// Pure: reading it from the staging index is index/existing.ts's work.
import { parseDistFilename } from '../dists/filename.ts';
import { equal, normalize } from '../version/pep440.ts';

export const MANIFEST_FORMAT = 1;

export interface ManifestFile {
  filename: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  name: string;
  version: string;
  previousVersion: string;
  /** `project`: built here from the checkout (the promote job may commit and tag it); `dists`: built elsewhere. */
  source: 'project' | 'dists';
  /** The staging index's simple URL: the promote job must read the same index. */
  staging: string;
  files: ManifestFile[];
}

/** One line of JSON: a job output, and a block a reviewer can read in the summary. */
export function writeManifest(manifest: Omit<Manifest, 'format'>): string {
  const { name, version, previousVersion, source, staging, files } = manifest;
  return JSON.stringify({
    format: MANIFEST_FORMAT,
    name,
    version,
    previousVersion,
    source,
    staging,
    files: files.map(({ filename, size, sha256 }) => ({ filename, size, sha256 })),
  });
}

/** The manifest, or every problem with it (the caller reports them with the other input problems). */
export function parseManifest(text: string): { manifest: Manifest } | { problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problems: [`manifest: not JSON (${error instanceof Error ? error.message : String(error)}); pass the stage job's output as is, e.g. \`manifest: \${{ needs.stage.outputs.manifest }}\`.`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: ['manifest: not a JSON object.'] };
  const m = raw as Record<string, unknown>;
  const problems: string[] = [];
  const text_ = (key: string): string => {
    const value = m[key];
    if (typeof value === 'string') return value;
    problems.push(`manifest: \`${key}\` is ${value === undefined ? 'missing' : 'not a string'}.`);
    return '';
  };

  if (m.format !== MANIFEST_FORMAT) {
    problems.push(`manifest: format ${JSON.stringify(m.format)} is not ${MANIFEST_FORMAT}: the stage and promote jobs must use the same version of pypi-promote.`);
  }
  const name = text_('name');
  const rawVersion = text_('version');
  const version = normalize(rawVersion);
  if (rawVersion && !version) problems.push(`manifest: version '${rawVersion}' is not a PEP 440 version.`);
  const previousVersion = typeof m.previousVersion === 'string' ? m.previousVersion : '';
  const source = m.source;
  if (source !== 'project' && source !== 'dists') problems.push(`manifest: source ${JSON.stringify(source)} is not "project" or "dists".`);
  const staging = text_('staging');

  const files: ManifestFile[] = [];
  if (!Array.isArray(m.files) || m.files.length === 0) {
    problems.push('manifest: `files` lists no file.');
  } else {
    for (const [i, entry] of (m.files as unknown[]).entries()) {
      const f = (entry ?? {}) as Record<string, unknown>;
      const label = typeof f.filename === 'string' ? f.filename : `files[${i}]`;
      if (typeof f.filename !== 'string' || /[/\\]/.test(f.filename)) {
        problems.push(`manifest: ${label}: \`filename\` must be a plain file name.`);
        continue;
      }
      if (typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) problems.push(`manifest: ${label}: \`sha256\` must be 64 lower-case hex digits.`);
      if (typeof f.size !== 'number' || !Number.isSafeInteger(f.size) || f.size < 0) problems.push(`manifest: ${label}: \`size\` must be a byte count.`);
      const parsed = parseDistFilename(f.filename);
      if ('error' in parsed) problems.push(`manifest: ${label}: ${parsed.error}`);
      else if (version && !equal(parsed.version, version)) problems.push(`manifest: ${label} is not of version ${version}.`);
      if (files.some((other) => other.filename === f.filename)) problems.push(`manifest: ${label} is listed twice.`);
      files.push({ filename: f.filename, size: f.size as number, sha256: f.sha256 as string });
    }
  }
  if (problems.length > 0 || !version) return { problems };
  return { manifest: { format: MANIFEST_FORMAT, name, version, previousVersion, source: source as Manifest['source'], staging, files } };
}
