// The refusals made before the first upload, from what the indexes already
// hold. A version is published once, with one set of bytes: files already on
// production must be this release's, byte for byte, and the project must fit
// production's size limit. What staging holds is resume.ts's business.
import type { Deps } from '../deps.ts';
import { formatSize, type Dist } from '../dists/dist.ts';
import { parseDistFilename } from '../dists/filename.ts';
import { ReleaseError } from '../errors.ts';
import type { IndexConfig } from './config.ts';
import { lowerThanWarning } from '../version/decide.ts';
import { equal } from '../version/pep440.ts';
import { listFiles, type ListedFile } from './simple.ts';

export function versionOf(filename: string): string {
  const parsed = parseDistFilename(filename);
  return 'error' in parsed ? '' : parsed.version;
}

export function ofVersion(listed: ReadonlyMap<string, ListedFile>, version: string): ListedFile[] {
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
 * The versions production has released, for the floor under a bump: each
 * version production holds, except one it holds only part of what staging
 * has (a promotion that stopped half-way: the re-run finishes it).
 */
export async function releasedVersions(indexes: { staging: IndexConfig; production: IndexConfig }, name: string, deps: Deps): Promise<Array<{ version: string; where: string }>> {
  const production = await listFiles(indexes.production.urls, name, deps, { fresh: true });
  if (production.size === 0) return [];
  const staging = await listFiles(indexes.staging.urls, name, deps, { fresh: true });
  const versions = new Set([...production.keys()].map(versionOf).filter(Boolean));
  return [...versions].flatMap((version) => {
    const partial = ofVersion(staging, version).some((f) => !production.has(f.filename));
    return partial ? [] : [{ version, where: `released on ${indexes.production.urls.simple.host}` }];
  });
}
