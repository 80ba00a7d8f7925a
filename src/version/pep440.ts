// PEP 440 through @renovatebot/pep440, a maintained port of packaging.version:
// semver cannot parse epochs, post/dev releases or `1.0rc1`, so it is not used
// for Python versions. This module adds the release rules PyPI applies.
import * as pep440 from '@renovatebot/pep440';

/**
 * The bump words of `uv version --bump`, in the order uv applies them
 * (largest component first), whatever order the user wrote them in.
 */
export const BUMPS = ['major', 'minor', 'patch', 'stable', 'alpha', 'beta', 'rc', 'post', 'dev'] as const;
export type Bump = (typeof BUMPS)[number];

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

/** Versions compare equal under PEP 440 (`1.0` == `1.0.0`); a string that is not PEP 440 equals nothing. */
export function equal(a: string, b: string): boolean {
  return isValid(a) && isValid(b) && pep440.eq(a, b);
}

interface Parts {
  epoch: number;
  release: number[];
  pre: { kind: 'a' | 'b' | 'rc'; n: number } | null;
  post: number | null;
  dev: number | null;
  local: string | null;
}

function parts(version: string): Parts {
  const v = pep440.explain(version);
  if (!v) throw new Error(`not a PEP 440 version: ${version}`);
  const pre = v.pre as unknown as ['a' | 'b' | 'rc', number] | null;
  return {
    epoch: v.epoch,
    release: [...v.release],
    pre: pre ? { kind: pre[0], n: pre[1] } : null,
    post: v.post as unknown as number | null,
    dev: v.dev as unknown as number | null,
    local: v.local,
  };
}

function format(p: Parts): string {
  return (p.epoch ? `${p.epoch}!` : '') + p.release.join('.') +
    (p.pre ? `${p.pre.kind}${p.pre.n}` : '') +
    (p.post !== null ? `.post${p.post}` : '') +
    (p.dev !== null ? `.dev${p.dev}` : '') +
    (p.local ? `+${p.local}` : '');
}

const PRE_KIND = { alpha: 'a', beta: 'b', rc: 'rc' } as const;

/**
 * Which combinations make sense, as uv decides: at most one release component,
 * at most one of alpha/beta/rc/dev, and `stable` or `post` only alone.
 * Returns why not, or undefined.
 */
export function bumpProblem(bumps: readonly Bump[]): string | undefined {
  const list = bumps.join(', ');
  if (bumps.length === 0) return 'no bump given';
  if (bumps.includes('stable') && bumps.length > 1) return `'stable' cannot be combined with another bump (got ${list})`;
  if (bumps.includes('post') && bumps.length > 1) return `'post' cannot be combined with another bump (got ${list})`;
  if (bumps.filter((b) => b === 'major' || b === 'minor' || b === 'patch').length > 1) {
    return `only one of major, minor, patch can be given (got ${list})`;
  }
  if (bumps.filter((b) => b === 'alpha' || b === 'beta' || b === 'rc' || b === 'dev').length > 1) {
    return `only one of alpha, beta, rc, dev can be given (got ${list})`;
  }
  return undefined;
}

/**
 * The next version, with the meaning and order of `uv version --bump`:
 * a component bumped clears every smaller one (major > minor > patch >
 * stable > pre > post > dev), a missing component counts from 0, and the
 * release keeps its length unless the bumped part lies beyond it
 * (`0.2` minor -> `0.3`, `1.4` patch -> `1.4.1`). `stable` drops pre, post
 * and dev. The result must be greater than the input; otherwise the error
 * says which bump to add, as uv does.
 */
export function bump(version: string, bumps: Bump | readonly Bump[]): string {
  const list = typeof bumps === 'string' ? [bumps] : [...bumps];
  const problem = bumpProblem(list);
  if (problem) throw new Error(problem);
  const v = parts(version);
  for (const word of [...list].sort((a, b) => BUMPS.indexOf(a) - BUMPS.indexOf(b))) {
    if (word === 'major' || word === 'minor' || word === 'patch') {
      const index = word === 'major' ? 0 : word === 'minor' ? 1 : 2;
      const length = Math.max(v.release.length, index + 1);
      v.release = Array.from({ length }, (_, i) =>
        i < index ? (v.release[i] ?? 0) : i === index ? (v.release[i] ?? 0) + 1 : 0);
      v.pre = v.post = v.dev = null;
    } else if (word === 'stable') {
      v.pre = v.post = v.dev = null;
    } else if (word === 'alpha' || word === 'beta' || word === 'rc') {
      const kind = PRE_KIND[word];
      v.pre = v.pre?.kind === kind ? { kind, n: v.pre.n + 1 } : { kind, n: 1 };
      v.post = v.dev = null;
    } else if (word === 'post') {
      v.post = (v.post ?? 0) + 1;
      v.dev = null;
    } else {
      v.dev = (v.dev ?? 0) + 1;
    }
  }
  const next = format(v);
  if (compare(next, version) <= 0) {
    const old = parts(version);
    const stableBefore = !old.pre && old.dev === null;
    if (stableBefore && v.pre) {
      throw new Error(`${version} => ${next} does not increase the version: to start a pre-release, bump a release component too (e.g. \`minor,${list.join(',')}\`)`);
    }
    if (v.dev !== null && old.dev === null) {
      throw new Error(`${version} => ${next} does not increase the version: with dev, bump another component too (e.g. \`patch,dev\`)`);
    }
    throw new Error(`${version} => ${next} does not increase the version: give the exact version instead`);
  }
  return next;
}
