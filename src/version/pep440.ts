// PEP 440 through @renovatebot/pep440, a maintained port of packaging.version:
// semver cannot parse epochs, post/dev releases or `1.0rc1`, so it is not used
// for Python versions. This module adds the release rules PyPI applies.
import * as pep440 from '@renovatebot/pep440';

export type Bump = 'major' | 'minor' | 'patch';
export const BUMPS: readonly Bump[] = ['major', 'minor', 'patch'];

/** The canonical form (`1.0.0-RC.1` -> `1.0.0rc1`, `v1.0` -> `1.0`), or null when not PEP 440. */
export function normalize(version: string): string | null {
  return pep440.clean(version.trim());
}

export function isValid(version: string): boolean {
  return pep440.valid(version.trim()) !== null;
}

/** The local segment (`abc` of `1.0+abc`), which PyPI refuses, or null. */
export function localSegment(version: string): string | null {
  return pep440.explain(version)?.local ?? null;
}

export function isPrerelease(version: string): boolean {
  return pep440.explain(version)?.is_prerelease ?? false;
}

/** Negative, zero or positive, as packaging.version orders versions. */
export function compare(a: string, b: string): number {
  return pep440.compare(a, b);
}

/** Versions compare equal under PEP 440 (`1.0` == `1.0.0`). */
export function equal(a: string, b: string): boolean {
  return pep440.eq(a, b);
}

/**
 * The next version: `major` 1.4.2 -> 2.0.0, `minor` -> 1.5.0, `patch` -> 1.4.3.
 * The release segment keeps its length where it had three or more parts and
 * grows to three otherwise (1.4 -> 1.4.1), as `uv version --bump` does;
 * pre, post and dev segments are dropped. Epochs are kept.
 */
export function bump(version: string, kind: Bump): string {
  const v = pep440.explain(version);
  if (!v) throw new Error(`not a PEP 440 version: ${version}`);
  const release = [...v.release];
  while (release.length < 3) release.push(0);
  const index = kind === 'major' ? 0 : kind === 'minor' ? 1 : 2;
  release[index] = (release[index] ?? 0) + 1;
  for (let i = index + 1; i < release.length; i++) release[i] = 0;
  const epoch = v.epoch ? `${v.epoch}!` : '';
  return `${epoch}${release.join('.')}`;
}
