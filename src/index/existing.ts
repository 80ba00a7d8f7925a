// What the indexes already hold of the version being released, and what the
// release does about it. A version is published once, with one set of bytes:
// files already on production must be the staged ones, and files already on
// staging are the release (a re-run resumes, it never replaces them).
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { formatSize, type Dist } from '../dists/dist.ts';
import { parseDistFilename } from '../dists/filename.ts';
import { inspectDists } from '../dists/inspect.ts';
import { ReleaseError } from '../errors.ts';
import type { IndexConfig } from './config.ts';
import type { Manifest } from '../release/manifest.ts';
import { lowerThanWarning } from '../version/decide.ts';
import { equal } from '../version/pep440.ts';
import { download } from './download.ts';
import { listFiles, type ListedFile } from './simple.ts';
import { sameIndexUrl } from './url.ts';

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
  return ofVersion(await listFiles(index.urls, name, deps, { fresh: true }), version);
}

function ofVersion(listed: ReadonlyMap<string, ListedFile>, version: string): ListedFile[] {
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
    paths.push(await download(file, path.join(dir, 'resumed'), deps, release.maxFileSize === undefined ? {} : { maxBytes: release.maxFileSize }));
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
 * And the project, this release included, must fit production's size limit
 * (PyPI's is 10 GiB per project, raised on request), as far as its listing
 * gives sizes (PEP 700: PyPI's JSON pages do).
 */
export async function refuseConflicts(
  production: IndexConfig,
  release: { name: string; version: string; maxProjectSize?: number },
  dists: Dist[],
  deps: Deps,
): Promise<void> {
  const listed = await listFiles(production.urls, release.name, deps, { fresh: true });
  const sameVersion = ofVersion(listed, release.version);
  const ours = new Map(dists.map((d) => [d.filename, d]));
  const different = sameVersion.filter((f) => ours.get(f.filename)?.sha256 !== f.sha256);
  if (different.length > 0) {
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
  if (sameVersion.length > 0) deps.log.info(`production: ${sameVersion.length} file(s) of ${release.version} already there with our sha256: resuming.`);
  refuseOverProjectLimit(production, release, listed, dists, deps);
}

function refuseOverProjectLimit(
  production: IndexConfig,
  release: { name: string; maxProjectSize?: number },
  listed: ReadonlyMap<string, ListedFile>,
  dists: readonly Dist[],
  deps: Deps,
): void {
  const limit = release.maxProjectSize ?? PYPI_MAX_PROJECT_SIZE;
  const others = [...listed.values()].filter((f) => !dists.some((d) => d.filename === f.filename));
  if (others.some((f) => f.size === undefined)) {
    deps.log.debug(`production's listing gives no file sizes: the project size limit is not checked.`);
    return;
  }
  const already = others.reduce((sum, f) => sum + f.size!, 0);
  const adding = dists.filter((d) => !listed.has(d.filename)).reduce((sum, d) => sum + d.size, 0);
  if (already + adding <= limit) return;
  throw new ReleaseError({
    code: 'PROJECT_TOO_LARGE',
    message: `Project size too large. Limit for project '${release.name}' total size is ${formatSize(limit)}: production (${production.urls.simple.href}) holds ${formatSize(already)}, and this release adds ${formatSize(adding)}. Nothing was uploaded.`,
    hint: 'Delete old releases or files you no longer need on PyPI, or ask for a larger limit (https://pypi.org/help/#project-size-limit); when PyPI has raised it, set `max-project-size` to the new limit.',
  });
}

/** PyPI's default total per project (warehouse/constants.py MAX_PROJECT_SIZE: 10 GiB). */
export const PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;

/**
 * The promote job's files: every file the stage job's manifest names,
 * downloaded from staging, checked against the manifest's sha256 and size,
 * and inspected again. Staging is the only source: the manifest proves what
 * was smoke-tested, and these bytes are the ones it describes.
 */
export async function stagedFromManifest(manifest: Manifest, staging: IndexConfig, maxFileSize: number, dir: string, deps: Deps): Promise<Dist[]> {
  const fail = (message: string, details: string[], hint: string) =>
    new ReleaseError({ code: 'MANIFEST_MISMATCH', message: `${message} Nothing was promoted.`, details, hint });
  if (manifest.staging && !sameIndexUrl(manifest.staging, staging.urls.simple)) {
    throw fail(
      `The manifest's files were staged on ${manifest.staging}, but this job's staging index is ${staging.urls.simple.href}.`,
      [],
      'Give the promote job the same staging-url (and staging-simple-url) as the stage job.',
    );
  }
  const listed = await listFiles(staging.urls, manifest.name, deps, { fresh: true });
  const problems: string[] = [];
  for (const file of manifest.files) {
    const there = listed.get(file.filename);
    if (!there) problems.push(`${file.filename}: not on the staging index`);
    else if (there.sha256 !== undefined && there.sha256 !== file.sha256) {
      problems.push(`${file.filename}: the manifest says sha256 ${file.sha256}, the staging index lists ${there.sha256}`);
    }
  }
  if (problems.length > 0) {
    throw fail(
      `The staging index (${staging.urls.simple.href}) does not hold the files the manifest of ${manifest.name} ${manifest.version} names.`,
      problems,
      'The promote job promotes only what the stage job staged and smoke-tested. Re-run the stage job (it resumes from what is staged), then the promote job with its new manifest.',
    );
  }
  const paths: string[] = [];
  for (const file of manifest.files) {
    const there = listed.get(file.filename)!;
    // Downloaded against the manifest's sha256, not the listing's: the manifest is what was tested.
    paths.push(await download({ filename: file.filename, url: there.url, sha256: file.sha256 }, path.join(dir, 'staged'), deps, { maxBytes: maxFileSize }).catch((error: unknown) => {
      if (error instanceof ReleaseError && error.code === 'STAGING_MISMATCH') {
        throw fail(`${file.filename} on the staging index is not the file the manifest names.`, error.details, 'The staging index served other bytes than the stage job tested. Release a new version.');
      }
      throw error;
    }));
  }
  const dists = await inspectDists(paths, { name: manifest.name, version: manifest.version, maxFileSize });
  const wrongSize = dists.filter((d) => d.size !== manifest.files.find((f) => f.filename === d.filename)?.size);
  if (wrongSize.length > 0) {
    throw fail('Files on the staging index differ in size from the manifest.', wrongSize.map((d) => `${d.filename}: ${d.size} bytes`), 'Pass the stage job\'s manifest unchanged.');
  }
  for (const d of dists) deps.log.info(`${d.filename}: staged, matches the manifest (sha256 ${d.sha256})`);
  return dists;
}
