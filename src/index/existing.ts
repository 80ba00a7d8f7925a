// What the indexes already hold of the version being released, and what the
// release does about it. A version is published once, with one set of bytes:
// files already on production must be the staged ones, and files already on
// staging are the release (a re-run resumes, it never replaces them).
import path from 'node:path';
import type { Deps } from '../deps.ts';
import type { Dist } from '../dists/dist.ts';
import { parseDistFilename } from '../dists/filename.ts';
import { inspectDists } from '../dists/inspect.ts';
import { ReleaseError } from '../errors.ts';
import type { IndexConfig } from '../inputs.ts';
import { lowerThanWarning } from '../version/decide.ts';
import { equal } from '../version/pep440.ts';
import { download, listFiles, type ListedFile } from './client.ts';

/** What an upload did, or in a dry run would do (`planned`). */
export type UploadOutcome = 'uploaded' | 'exists' | 'planned';

/** What publishing would do, found without uploading: a file the index lists with our sha256 is there already. */
export async function plannedUploads(dists: readonly Dist[], index: IndexConfig, name: string, deps: Deps): Promise<Array<{ filename: string; result: UploadOutcome }>> {
  const listed = await listFiles(index.urls, name, deps, { fresh: true });
  return dists.map((d) => ({ filename: d.filename, result: listed.get(d.filename)?.sha256 === d.sha256 ? 'exists' : 'planned' }));
}

function versionOf(filename: string): string {
  const parsed = parseDistFilename(filename);
  return 'error' in parsed ? '' : parsed.version;
}

async function filesOf(index: IndexConfig, name: string, version: string, deps: Deps): Promise<ListedFile[]> {
  const listed = await listFiles(index.urls, name, deps, { fresh: true });
  return [...listed.values()].filter((f) => equal(versionOf(f.filename), version));
}

/**
 * Before the build: a version already on production stops the run, unless
 * every production file of it is also on staging with the same sha256 (an
 * earlier run of this release got as far as promoting: this run resumes it).
 * Releasing below the latest release or tag is allowed, with a warning.
 */
export async function refuseReleased(
  release: { name: string; version: string; others: ReadonlyArray<{ version: string; where: string }> },
  indexes: { staging: IndexConfig; production: IndexConfig },
  deps: Deps,
): Promise<void> {
  const { name, version } = release;
  const production = [...(await listFiles(indexes.production.urls, name, deps, { fresh: true })).values()];
  const warning = lowerThanWarning(version, [
    ...production.map((f) => ({ version: versionOf(f.filename), where: `released on ${indexes.production.urls.simple.host}` })),
    ...release.others,
  ]);
  if (warning) deps.log.warning(warning);

  const released = production.filter((f) => equal(versionOf(f.filename), version));
  if (released.length === 0) return;
  const staging = await listFiles(indexes.staging.urls, name, deps, { fresh: true });
  const unstaged = released.filter((f) => !f.sha256 || staging.get(f.filename)?.sha256 !== f.sha256);
  if (unstaged.length === 0) {
    deps.log.info(`production already has ${released.length} file(s) of ${version}, each staged with the same sha256: resuming an earlier run.`);
    return;
  }
  throw new ReleaseError({
    code: 'VERSION_ALREADY_RELEASED',
    message: `${name} ${version} is already released on the production index (${indexes.production.urls.simple.href}); nothing was built or uploaded.`,
    details: unstaged.map((f) => `${f.filename} (sha256 ${f.sha256 ?? 'not listed'})`),
    hint: 'A released version never changes. Release a new version (bump), or a post release (e.g. 1.4.0.post1) to fix packaging only.',
  });
}

/**
 * Resume from staging: files of this version an earlier run staged are the
 * release, downloaded, re-hashed and inspected like a fresh build (a staged
 * file listed without a sha256 cannot be verified, and stops the release). Builds are
 * not always reproducible, and a fresh file under a staged name can neither
 * be staged (an index never takes a filename twice) nor promoted (it was
 * never smoke-tested from staging). Built files staging lacks join them.
 */
export async function adoptStaged(built: Dist[], staging: IndexConfig, release: { name: string; version: string; maxFileSize?: number }, dir: string, deps: Deps): Promise<Dist[]> {
  const listed = await filesOf(staging, release.name, release.version, deps);
  const unverifiable = listed.filter((f) => f.sha256 === undefined);
  if (unverifiable.length > 0) {
    throw new ReleaseError({
      code: 'FILENAME_REUSED',
      message: `${release.name} ${release.version} is already on the staging index (${staging.urls.simple.href}) with files it lists no sha256 for; nothing was uploaded.`,
      details: unverifiable.map((f) => `${f.filename}: on the index without a sha256`),
      hint: 'The staging index holds files of this version it does not list a sha256 for, so they cannot be verified and resumed. Release a new version.',
    });
  }
  const staged = listed as Array<ListedFile & { sha256: string }>;
  if (staged.length === 0) return built;
  const stagedNames = new Set(staged.map((f) => f.filename));
  const paths: string[] = [];
  for (const file of staged) {
    paths.push(await download(file, path.join(dir, 'resumed'), deps));
    const fresh = built.find((b) => b.filename === file.filename);
    if (fresh && fresh.sha256 !== file.sha256) {
      deps.log.warning(`${file.filename}: this build made other bytes (sha256 ${fresh.sha256}) than an earlier run staged (sha256 ${file.sha256}); the build is not reproducible, and the staged file is the one released.`);
    } else {
      deps.log.info(`${file.filename}: already staged by an earlier run${fresh ? ' with the same sha256' : ''}: resuming with it.`);
    }
  }
  paths.push(...built.filter((b) => !stagedNames.has(b.filename)).map((b) => b.path));
  return inspectDists(paths, release);
}

/**
 * After the build, before the first upload: files of this version already on
 * production must be this release's, byte for byte; anything else stops it.
 */
export async function refuseConflicts(production: IndexConfig, release: { name: string; version: string }, dists: Dist[], deps: Deps): Promise<void> {
  const sameVersion = await filesOf(production, release.name, release.version, deps);
  const ours = new Map(dists.map((d) => [d.filename, d]));
  const different = sameVersion.filter((f) => ours.get(f.filename)?.sha256 !== f.sha256);
  if (different.length === 0) {
    if (sameVersion.length > 0) deps.log.info(`production: ${sameVersion.length} file(s) of ${release.version} already there with our sha256: resuming.`);
    return;
  }
  throw new ReleaseError({
    code: 'VERSION_ALREADY_RELEASED',
    message: `${release.name} ${release.version} is already on the production index (${production.urls.simple.href}) with other files than this release; nothing was uploaded.`,
    details: different.map((f) => {
      const mine = ours.get(f.filename);
      return mine
        ? `${f.filename}: the index has sha256 ${f.sha256 ?? '(not listed)'}, this release ${mine.sha256}`
        : `${f.filename}: on the index, not in this release`;
    }),
    hint: 'A released version never changes. Release a new version (bump), or a post release (e.g. 1.4.0.post1) to fix packaging only.',
  });
}
