// The version of files built elsewhere (`dists`: wheels from a cibuildwheel
// matrix, gathered in a publish job). Nothing is decided or written: the
// files carry their name and version, and a version the run names (the
// `version` input, the pushed tag) must be theirs.
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { globDists } from '../dists/find.ts';
import { parseDistFilename } from '../dists/filename.ts';
import { ReleaseError } from '../errors.ts';
import { versionTags } from '../process/git.ts';
import { highest, type VersionDecision, type VersionIntent } from './decide.ts';
import { compare, equal, isPrerelease, isValid, normalize } from './pep440.ts';

export interface PrebuiltPlan extends VersionDecision {
  name: string;
  paths: string[];
}

export async function planPrebuilt(
  from: { patterns: string[]; intent: Exclude<VersionIntent, { kind: 'bump' }> | undefined },
  request: { projectDir: string; tagPrefix: string },
  deps: Deps,
): Promise<PrebuiltPlan> {
  const paths = await globDists(from.patterns);
  if (paths.length === 0) {
    throw new ReleaseError({
      code: 'DISTS_NOT_FOUND',
      message: `The \`dists\` patterns match no file: ${from.patterns.join(', ')}; nothing was uploaded.`,
      hint: 'Put the built files in the workspace before this step (e.g. actions/download-artifact with `pattern: dist-*` and `merge-multiple: true`, `path: dist`) and check the patterns: relative ones start at the workspace.',
    });
  }
  const named = paths.map((p) => parseDistFilename(path.basename(p))).find((n) => !('error' in n) && isValid(n.version));
  if (!named || 'error' in named) {
    throw new ReleaseError({
      code: 'DIST_INVALID',
      message: `None of the files \`dists\` matched is named as a wheel or an sdist: ${paths.map((p) => path.basename(p)).join(', ')}; nothing was uploaded.`,
      hint: 'Point `dists` at the .whl and .tar.gz files the build wrote, e.g. `dist/*`.',
    });
  }
  const version = normalize(named.version)!;
  // File names carry the name with `_` for `-`: shown and looked up in its PEP 503 form.
  const name = named.name.toLowerCase().replace(/[-_.]+/g, '-');
  if (from.intent && !equal(from.intent.version, version)) {
    const says = from.intent.kind === 'tag' ? `the tag ${from.intent.tag} releases` : 'the `version` input says';
    throw new ReleaseError({
      code: 'VERSION_MISMATCH',
      message: `The files in \`dists\` are ${name} ${version} (${path.basename(paths[0]!)}), but ${says} ${from.intent.version}; nothing was uploaded.`,
      hint: 'Build the files at the version being released (for setuptools-scm and hatch-vcs, from the tagged commit), or remove the `version` input to release what the files say.',
    });
  }
  const earlier = (await versionTags(request.projectDir, request.tagPrefix, deps)).map((t) => t.version).filter((v) => compare(v, version) < 0);
  deps.log.info(`${name} ${version}: ${paths.length} file(s) from \`dists\`, built elsewhere`);
  return { name, version, previous: highest(earlier) ?? '', isPrerelease: isPrerelease(version), paths };
}
