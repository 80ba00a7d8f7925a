// Which version this run releases, and what it follows. Pure: the caller
// reads the project's files, the git tags and the production index.
import { ReleaseError } from '../errors.ts';
import { bump, compare, equal, isPrerelease, isValid, localSegment, normalize, type Bump } from './pep440.ts';
import type { VersionSource } from './sources.ts';

/** What the run was asked to release: the step's `version`, the pushed tag, or a bump. */
export type VersionIntent =
  | { kind: 'explicit'; version: string }
  | { kind: 'tag'; tag: string; version: string }
  | { kind: 'bump'; bump: readonly Bump[] };

/** A git tag that names a version (`v1.4.0` with tag-prefix `v`). */
export interface TagVersion {
  tag: string;
  version: string;
}

export interface VersionDecision {
  version: string;
  /** The version this one follows: the files' version, or the highest earlier tag; '' for a first release. */
  previous: string;
  isPrerelease: boolean;
}

/** A version already out, below which a bump never lands (`where`: `tag v1.4.0`, `released on pypi.org`). */
export interface FloorVersion {
  version: string;
  where: string;
}

/**
 * `floor`: versions a bump must go past (every tag, production's releases).
 * The base of a bump is the highest of the project's own version and these,
 * so a version never pushed back to the files (`git: tag`, `git: none`) is
 * never computed twice.
 */
export function decideVersion(source: VersionSource, intent: VersionIntent, tags: readonly TagVersion[], floor: readonly FloorVersion[] = []): VersionDecision {
  const latestTag = highest(tags.map((t) => t.version));
  // What the project says today: its files, or for a VCS version the latest tag.
  const current = source.kind === 'file' ? source.version : latestTag;
  const at = { file: source.file, startLine: source.line };
  const where = `${source.file}${source.line ? `:${source.line}` : ''}`;
  let version: string;
  let previous: string;

  switch (intent.kind) {
    case 'explicit':
      version = intent.version;
      previous = current ?? '';
      break;
    case 'tag':
      version = intent.version;
      if (source.kind === 'file' && !equal(source.version, version)) {
        throw new ReleaseError({
          code: 'VERSION_MISMATCH',
          message: `The tag ${intent.tag} releases ${version}, but ${where} says ${source.version} (${source.describe}); nothing was built.`,
          hint: 'Write the version into the project before tagging (commit, then tag that commit), or let the action do both: run it with `bump` from workflow_dispatch and it commits, tags and pushes.',
          annotation: { ...at, title: `Version differs from tag ${intent.tag}` },
        });
      }
      previous = highest(tags.map((t) => t.version).filter((v) => isValid(v) && compare(v, version) < 0)) ?? '';
      break;
    case 'bump': {
      const top = highest(floor.map((f) => f.version));
      const raised = top !== undefined && (current === undefined || !isValid(current) || compare(top, current) > 0);
      const base = (raised ? top : current) ?? '0.0.0';
      if (!isValid(base)) {
        throw new ReleaseError({
          code: 'VERSION_INVALID',
          message: `${where}: the current version '${base}' is not a PEP 440 version, so it cannot be bumped.`,
          hint: `Write a PEP 440 version (for example 1.4.0) where the project keeps it (${source.describe}), or give the \`version\` input instead of \`bump\`.`,
          annotation: { ...at, title: 'Not a PEP 440 version' },
        });
      }
      try {
        version = bump(base, intent.bump);
      } catch (cause) {
        throw new ReleaseError({
          code: 'VERSION_INVALID',
          message: `bump ${intent.bump.join(',')} from ${base} (${where}): ${(cause as Error).message}.`,
          hint: 'Pick a bump that raises the version (see the bump table in the README), or give the exact `version`.',
          annotation: { ...at, title: 'Bump does not raise the version' },
        });
      }
      const local = localSegment(version);
      if (local !== null) {
        throw new ReleaseError({
          code: 'VERSION_INVALID',
          message: `${where}: ${base} has a local segment ('+${local}'), and PyPI refuses local versions such as ${version}.`,
          hint: 'Remove the local segment from the project\'s version, or give the exact `version`.',
          annotation: { ...at, title: 'Local version' },
        });
      }
      previous = raised ? top : current ?? '';
      break;
    }
  }
  return { version, previous, isPrerelease: isPrerelease(version) };
}

/**
 * A warning when the version is lower than one already released or tagged:
 * right on a maintenance branch, a mistake anywhere else, so it does not stop the run.
 */
export function lowerThanWarning(version: string, others: ReadonlyArray<{ version: string; where: string }>): string | undefined {
  if (!isValid(version)) return undefined;
  const higher = others.filter((o) => isValid(o.version) && compare(o.version, version) > 0);
  if (higher.length === 0) return undefined;
  const top = higher.reduce((a, b) => (compare(b.version, a.version) > 0 ? b : a));
  return `Releasing ${version}, which is lower than ${top.version} (${top.where}): fine for a maintenance branch, a mistake otherwise.`;
}

/** The highest PEP 440 version of a list, or undefined when there is none. */
export function highest(versions: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) {
    if (!isValid(v)) continue;
    if (best === undefined || compare(v, best) > 0) best = v;
  }
  return best;
}

/**
 * The first version after `version` that none of `taken` is: its last part
 * raised (1.4.0 -> 1.4.1, 2.0.0rc1 -> 2.0.0rc2, 1.4.0.post1 -> 1.4.0.post2,
 * 1.5.0.dev1 -> 1.5.0.dev2), as often as needed. For the "release this
 * instead" of a version an index already holds with other bytes.
 */
export function nextFreeVersion(given: string, taken: readonly string[]): string {
  const version = normalize(given) ?? given;
  const step: Bump = /\.dev\d+$/.test(version) ? 'dev'
    : /\.post\d+$/.test(version) ? 'post'
      : /rc\d+$/.test(version) ? 'rc'
        : /b\d+$/.test(version) ? 'beta'
          : /a\d+$/.test(version) ? 'alpha'
            : 'patch';
  let next = bump(version, step);
  while (taken.some((t) => isValid(t) && equal(t, next))) next = bump(next, step);
  return next;
}
