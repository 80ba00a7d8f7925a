// The project's git checkout: what the action reads from it (commit time,
// tags). Every call tolerates a missing git or a folder that is not a
// repository: the release then goes on without what git would have told.
import type { Deps } from '../deps.ts';
import { tagVersion } from '../trigger.ts';
import type { TagVersion } from '../version/decide.ts';

async function git(projectDir: string, args: string[], deps: Deps): Promise<string | undefined> {
  try {
    const result = await deps.exec('git', ['-C', projectDir, ...args], { silent: true });
    return result.exitCode === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/** The last commit's time in seconds, for SOURCE_DATE_EPOCH (reproducible archives); undefined without git. */
export async function lastCommitTime(projectDir: string, deps: Deps): Promise<string | undefined> {
  const value = (await git(projectDir, ['log', '-1', '--format=%ct'], deps))?.trim();
  return value && /^\d+$/.test(value) ? value : undefined;
}

/** Every tag of the repository (a shallow clone may have none: checkout with `fetch-depth: 0` or `fetch-tags: true`). */
export async function listTags(projectDir: string, deps: Deps): Promise<string[]> {
  const out = await git(projectDir, ['tag', '--list'], deps);
  return out === undefined ? [] : out.split('\n').map((t) => t.trim()).filter(Boolean);
}

/** The tags that name versions under `prefix` (`v1.4.0` -> 1.4.0); others are left out. */
export async function versionTags(projectDir: string, prefix: string, deps: Deps): Promise<TagVersion[]> {
  return (await listTags(projectDir, deps)).flatMap((tag) => {
    const named = tagVersion(tag, prefix);
    return 'version' in named ? [{ tag, version: named.version }] : [];
  });
}
