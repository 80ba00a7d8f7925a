// The Version stage's decision, made before anything is built or written:
// where the version lives, which version this run releases, and every file
// edit that carries it (the source, `version-files`, uv.lock), all planned
// and checked first so that a problem in the last file leaves the first intact.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { listTags, versionTags } from '../process/git.ts';
import { compare, isValid } from './pep440.ts';
import { decideVersion, type FloorVersion, type TagVersion, type VersionDecision, type VersionIntent } from './decide.ts';
import { readIfExists, type FileEdit } from './edit.ts';
import { planUvLock, planVersionFile, type VersionFileSpec } from './files.ts';
import { readVersionSource, vcsBuildEnv, type VersionSource } from './sources.ts';

export interface VersionPlan extends VersionDecision {
  name: string;
  source: VersionSource;
  /** Every file to rewrite with the new version (unchanged files are skipped when written). */
  edits: FileEdit[];
  /** Environment the build needs to produce exactly this version. */
  buildEnv: Record<string, string>;
  /** Tags that name versions, for the checks that follow. */
  tags: TagVersion[];
  /** The prefix of the tag this release makes (`tag-prefix`, or when not given the project's own). */
  tagPrefix: string;
}

export interface VersionRequest {
  projectDir: string;
  intent: VersionIntent;
  tagPrefix: string;
  /** `tag-prefix` not given: read tags with `v` optional, and make new ones like the latest. */
  tagPrefixAuto?: boolean;
  versionFiles: readonly VersionFileSpec[];
  /** The releases of the project (by name) a bump must go past, read from production. */
  released?: (name: string) => Promise<FloorVersion[]>;
  /**
   * Whether an earlier attempt of this very run (GitHub's "Re-run jobs")
   * recorded `version` in its release tag: the re-run then finishes that
   * version rather than bumping past it.
   */
  resumes?: (version: string, tag: string) => Promise<boolean>;
}

export async function planVersion(request: VersionRequest, deps: Deps): Promise<VersionPlan> {
  const source = await readVersionSource(request.projectDir);
  const auto = request.tagPrefixAuto === true;
  // '' reads `1.4.0` and `v1.4.0` alike: a PEP 440 version may start with `v`.
  const tags = await versionTags(request.projectDir, auto ? '' : request.tagPrefix, deps);
  if (source.kind === 'vcs' && tags.length === 0 && request.intent.kind !== 'tag') {
    // The version lives in the tags: tags that none match are never a first release.
    const all = await listTags(request.projectDir, deps);
    if (all.length > 0) throw tagsUnmatched(all, auto ? undefined : request.tagPrefix, source.describe);
  }
  const top = tags.reduce<TagVersion | undefined>((best, t) => (best === undefined || compare(t.version, best.version) > 0 ? t : best), undefined);
  // New tags follow the project's own: the prefix of its latest tag.
  const tagPrefix = auto ? (top && /^[vV]/.test(top.tag) ? top.tag[0]! : top ? '' : request.tagPrefix) : request.tagPrefix;
  let decision = decideVersion(source, request.intent, tags);
  if (request.intent.kind === 'bump' && request.released) {
    const floor = [...tags.map((t) => ({ version: t.version, where: `tag ${t.tag}` })), ...(await request.released(source.name))];
    const floored = decideVersion(source, request.intent, tags, floor);
    if (floored.version !== decision.version && !(await request.resumes?.(decision.version, `${tagPrefix}${decision.version}`))) {
      const from = floor.find((f) => f.version === floored.previous);
      deps.log.info(`bumping from ${floored.previous} (${from?.where ?? 'the highest version out'}), the highest version out, rather than from ${decision.previous || '(nothing)'}.`);
      decision = floored;
    }
  }

  const edits = source.kind === 'file' ? [...source.edits] : [];
  // What the other files hold today: the source's text, or for a VCS version the last release.
  const current = source.kind === 'file' ? source.version : decision.previous;
  for (const spec of request.versionFiles) {
    const file = path.join(request.projectDir, spec.path);
    const text = await readIfExists(file);
    if (text === undefined || current === '') {
      throw new ReleaseError({
        code: 'VERSION_FILE_MISMATCH',
        message: text === undefined
          ? `version-files lists ${spec.path}, which does not exist in ${request.projectDir}; nothing was written.`
          : `version-files lists ${spec.path}, but there is no earlier version to look for in it (no tag names one); nothing was written.`,
        hint: 'Fix the path in `version-files` (relative to project-dir), or remove the entry.',
        annotation: { file, title: 'Version file not found' },
      });
    }
    edits.push(planVersionFile(file, text, spec, current));
  }
  const lock = await findUvLock(request.projectDir);
  const lockEdit = lock && planUvLock(lock.file, lock.text, source.name, lock.member);
  if (lockEdit) edits.push(lockEdit);

  const buildEnv = source.kind === 'vcs' ? vcsBuildEnv(source, decision.version) : {};
  return { ...decision, name: source.name, source, edits, buildEnv, tags, tagPrefix };
}

/** Tags exist, none names a version under the prefix: name them, and the prefix that would match. */
function tagsUnmatched(all: readonly string[], prefix: string | undefined, describe: string): ReleaseError {
  const prefixes = new Map<string, number>();
  for (const tag of all) {
    const m = /^(.*?)(\d+(?:\.\d+)*\S*)$/.exec(tag);
    if (m && isValid(m[2]!)) prefixes.set(m[1]!, (prefixes.get(m[1]!) ?? 0) + 1);
  }
  const likely = [...prefixes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const shown = all.length > 10 ? [...all.slice(0, 10), `… (${all.length} in all)`] : [...all];
  return new ReleaseError({
    code: 'VERSION_TAGS_UNMATCHED',
    message: `The version lives in ${describe}, but none of the repository's ${all.length} tag(s) names a version ${prefix === undefined ? '(read as `v1.4.0` or `1.4.0`)' : `under tag-prefix '${prefix}'`}; this is not a first release, so nothing was built.`,
    details: [`tags: ${shown.join(', ')}`],
    hint: likely !== undefined
      ? `Set \`tag-prefix: ${likely === '' ? "''" : likely}\`: it reads ${[...prefixes].find(([p]) => p === likely)![1]} of these tags as versions.`
      : 'None of the tags names a PEP 440 version under any prefix: tag the last release (e.g. `git tag v1.4.0 <commit>` and push it), or give the exact `version`.',
  });
}

/**
 * The uv.lock that records this project: in its folder, or for a member of a
 * uv workspace, at the workspace root above it. The search stops at the
 * repository's root (the folder with `.git`), never leaving the checkout.
 */
export async function findUvLock(projectDir: string): Promise<{ file: string; text: string; member: string } | undefined> {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'uv.lock');
    const text = await readIfExists(file);
    if (text !== undefined) return { file, text, member: path.relative(dir, projectDir).split(path.sep).join('/') || '.' };
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}
