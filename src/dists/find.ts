// Finding the distribution files of a release on disk: the build's output
// folder, or the files a `dists` pattern names. The build and the version
// stages use it; neither needs the inspect stage for it.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as glob from '@actions/glob';
import { ATTESTATION_SUFFIX } from './dist.ts';

/** The wheels and sdists in a directory, as absolute paths: sdists first, then by name. */
export async function findDists(dir: string): Promise<string[]> {
  const root = resolve(dir);
  const names = (await readdir(root, { withFileTypes: true }))
    .filter((e) => e.isFile() && (e.name.endsWith('.whl') || e.name.endsWith('.tar.gz')))
    .map((e) => e.name);
  return sortDists(names).map((name) => join(root, name));
}

/**
 * The files `dists` patterns match, with @actions/glob (the pattern language
 * of actions/upload-artifact: `*`, `**`, `?`, `[...]`, `!` to exclude), as
 * absolute paths, sdists first. Every matched file is returned, whatever its
 * type (inspection names what is not a wheel or an sdist), except a file's
 * `.publish.attestation`, which `dist/*` matches too and which travels with
 * its file.
 */
export async function globDists(patterns: string[]): Promise<string[]> {
  const globber = await glob.create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false });
  return sortDists((await globber.glob()).filter((file) => !file.endsWith(ATTESTATION_SUFFIX)));
}

function sortDists(paths: string[]): string[] {
  const rank = (name: string) => (name.endsWith('.tar.gz') ? 0 : 1);
  return [...paths].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
