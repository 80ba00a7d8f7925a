// Resuming: which files already on staging are this release's, and so are
// promoted instead of fresh bytes. A file on staging is no proof of who put
// it there (anyone holding the name on the staging index can stage a
// version first), so staged files are adopted only with proof:
//   - they are byte-identical to this run's build; or
//   - an earlier run of this same release recorded their sha256 where no
//     account on the staging index can write: the annotated release tag
//     (pushed before promotion), or the stage job's manifest (two-job mode).
// Anything else stops the run before the first upload.
import path from 'node:path';
import type { Deps } from '../deps.ts';
import type { Dist } from '../dists/dist.ts';
import { inspectDists } from '../dists/inspect.ts';
import { ReleaseError, isReleaseError } from '../errors.ts';
import type { IndexConfig } from './config.ts';
import type { Manifest } from '../release/manifest.ts';
import { nextFreeVersion } from '../version/decide.ts';
import { download } from './download.ts';
import { listFiles, type ListedFile } from './simple.ts';
import { ofVersion, versionOf } from './refusals.ts';
import { sameIndexUrl } from './url.ts';

/** What an upload did, or in a dry run would do (`planned`). */
export type UploadOutcome = 'uploaded' | 'exists' | 'planned';

/** What publishing would do, found without uploading: a file the index lists with our sha256 is there already. */
export async function plannedUploads(dists: readonly Dist[], index: IndexConfig, name: string, deps: Deps): Promise<Array<{ filename: string; result: UploadOutcome }>> {
  const listed = await listFiles(index.urls, name, deps, { fresh: true });
  return dists.map((d) => ({ filename: d.filename, result: listed.get(d.filename)?.sha256 === d.sha256 ? 'exists' : 'planned' }));
}


/** What an earlier run of this release recorded of its files, and where (`the tag v1.4.0`). */
export interface StagedRecord {
  where: string;
  /** filename -> sha256 */
  files: ReadonlyMap<string, string>;
}

export interface AdoptRequest {
  name: string;
  version: string;
  maxFileSize?: number;
  /**
   * The record of an earlier run of this release, read only when staging
   * holds a file this build did not make byte for byte (a git read costs).
   */
  record: () => Promise<StagedRecord | undefined>;
  /** Versions known elsewhere (tags), for naming the next free version. */
  taken: readonly string[];
}

/**
 * The release's files, before the first upload: files of this version already
 * on staging join it only with proof that this release put them there (see
 * the top of this file); they are then downloaded, re-hashed and inspected
 * like a fresh build, and replace the fresh files of the same name (a build
 * that is not reproducible cannot stage its bytes under a name staging
 * holds). Built files staging lacks join them. A staged file without proof
 * stops the run: STAGING_TAKEN, naming the next free version.
 */
export async function adoptStaged(built: Dist[], indexes: { staging: IndexConfig; production: IndexConfig }, release: AdoptRequest, dir: string, deps: Deps): Promise<Dist[]> {
  const { staging } = indexes;
  const all = await listFiles(staging.urls, release.name, deps, { fresh: true });
  const listed = ofVersion(all, release.version);
  if (listed.length === 0) return built;
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
  const fresh = new Map(built.map((b) => [b.filename, b]));
  const identical = staged.filter((f) => fresh.get(f.filename)?.sha256 === f.sha256);
  const others = staged.filter((f) => !identical.includes(f));
  const record = others.length > 0 ? await release.record() : undefined;
  const unproven = others.filter((f) => record?.files.get(f.filename) !== f.sha256);
  if (unproven.length > 0) {
    const production = await listFiles(indexes.production.urls, release.name, deps, { fresh: true });
    const taken = [...all.keys(), ...production.keys()].map(versionOf).concat(release.taken);
    throw stagingTaken(release, staging, unproven, fresh, record, nextFreeVersion(release.version, taken));
  }

  for (const file of identical) deps.log.info(`${file.filename}: already staged by an earlier run, byte-identical to this build: resuming with it.`);
  const paths: string[] = [];
  for (const file of others) {
    paths.push(await download(file, path.join(dir, 'resumed'), deps, release.maxFileSize === undefined ? {} : { maxBytes: release.maxFileSize }));
    const mine = fresh.get(file.filename);
    deps.log.info(`${file.filename}: staged by an earlier run of this release (${record!.where} records its sha256 ${file.sha256})` +
      `${mine ? `; this build made other bytes (sha256 ${mine.sha256}), so the build is not reproducible, and the recorded file is the one released` : ''}: resuming with it.`);
  }
  const adopted = paths.length > 0 ? await inspectDists(paths, release) : [];
  const replaced = new Set(others.map((f) => f.filename));
  return [...built.filter((b) => !replaced.has(b.filename)), ...adopted];
}

function stagingTaken(
  release: { name: string; version: string },
  staging: IndexConfig,
  unproven: ReadonlyArray<ListedFile & { sha256: string }>,
  fresh: ReadonlyMap<string, Dist>,
  record: StagedRecord | undefined,
  next: string,
): ReleaseError {
  return new ReleaseError({
    code: 'STAGING_TAKEN',
    message: `${release.name} ${release.version} is already on the staging index (${staging.urls.simple.href}) with files this run did not build and no earlier run of this release recorded; nothing was uploaded to either index.`,
    details: [
      ...unproven.map((f) => {
        const mine = fresh.get(f.filename);
        return `${f.filename}: staging has sha256 ${f.sha256}; ${mine ? `this build made sha256 ${mine.sha256}` : 'this build made no such file'}`;
      }),
      record ? `${record.where} records other files: ${[...record.files].map(([file, sha]) => `${file} (sha256 ${sha})`).join(', ') || 'none'}` : 'no release tag on origin records the files of this version',
    ],
    hint: `A file on staging is no proof of who put it there, and an index never takes a filename twice, so ${release.version} cannot be staged with this build's bytes. ` +
      `Release the next free version, ${next}: set \`version: ${next}\` (or bump from there). ` +
      'If the staged files are yours (an earlier run that stopped before tagging, with a build that is not reproducible), the same holds: they were never proven, and are not promoted.',
  });
}

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
      if (isReleaseError(error) && error.code === 'STAGING_MISMATCH') {
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
