// Which version this run releases. Pure: the caller reads and writes files.
import { ReleaseError } from '../errors.ts';
import { bump, compare, isPrerelease, isValid, localSegment, type Bump } from './pep440.ts';
import type { VersionSource } from './pyproject.ts';

export interface VersionDecision {
  version: string;
  previous: string;
  isPrerelease: boolean;
  /** Set when the new version is lower than the current one (a maintenance release). */
  warning: string | undefined;
}

export function decideVersion(source: VersionSource, intent: { version?: string; bump?: readonly Bump[] }): VersionDecision {
  const previous = source.version;
  let version: string;
  if (intent.version) {
    version = intent.version;
  } else if (intent.bump) {
    const at = { file: source.file, startLine: source.line };
    if (!isValid(previous)) {
      throw new ReleaseError({
        code: 'VERSION_INVALID',
        message: `${source.file}:${source.line}: the current version '${previous}' is not a PEP 440 version, so it cannot be bumped.`,
        hint: 'Write a PEP 440 version in pyproject.toml (for example 1.4.0), or give the `version` input instead of `bump`.',
        annotation: { ...at, title: 'Not a PEP 440 version' },
      });
    }
    try {
      version = bump(previous, intent.bump);
    } catch (cause) {
      throw new ReleaseError({
        code: 'VERSION_INVALID',
        message: `bump ${intent.bump.join(',')} from ${previous} (${source.file}:${source.line}): ${(cause as Error).message}.`,
        hint: 'Pick a bump that raises the version (see the bump table in the README), or give the exact `version`.',
        annotation: { ...at, title: 'Bump does not raise the version' },
      });
    }
    const local = localSegment(version);
    if (local !== null) {
      throw new ReleaseError({
        code: 'VERSION_INVALID',
        message: `${source.file}:${source.line}: ${previous} has a local segment ('+${local}'), and PyPI refuses local versions such as ${version}.`,
        hint: 'Remove the local segment from the version in pyproject.toml, or give the exact `version`.',
        annotation: { ...at, title: 'Local version' },
      });
    }
  } else {
    throw new Error('decideVersion needs a version or a bump'); // inputs.ts guarantees one
  }
  let warning: string | undefined;
  try {
    if (compare(version, previous) < 0) {
      warning = `Releasing ${version}, which is lower than ${previous} in ${source.file}: fine for a maintenance branch, a mistake otherwise.`;
    }
  } catch {
    // The file's version is not PEP 440: there is nothing to compare against.
  }
  return { version, previous, isPrerelease: isPrerelease(version), warning };
}
