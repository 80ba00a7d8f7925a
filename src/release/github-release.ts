// Whether this run makes a GitHub Release, of which tag, and with what: the
// decision from the inputs and the run, the notes read lazily, the files of
// the release as assets. The pipeline calls checkGitHubRelease before the
// first upload and makeGitHubRelease after promotion.
import type { Deps } from '../deps.ts';
import type { Dist } from '../dists/dist.ts';
import type { Config } from '../inputs.ts';
import { listTags, readGit } from '../process/git.ts';
import type { GitResult } from './git.ts';
import { checkGitHubAccess, publishGitHubRelease, type GitHubApi, type GitHubReleaseResult } from './github.ts';
import { readReleaseNotes } from './read-notes.ts';

export interface GitHubReleasePlan {
  api: GitHubApi;
  tag: string;
}

/**
 * The release to make, or undefined. `auto` makes one when the run has a
 * tag: the pushed tag or the release event's, the one the Tag stage will
 * push, or `{tag-prefix}{version}` already in the checkout. `true` makes one
 * in any case (GitHub creates a missing tag on the released commit).
 */
export async function planGitHubRelease(
  config: Config,
  version: string,
  tagStageRuns: boolean,
  deps: Deps,
): Promise<GitHubReleasePlan | undefined> {
  const { mode, api } = config.githubRelease;
  if (mode === 'false' || config.dryRun) return undefined;
  const triggered = config.from.intent?.kind === 'tag' ? config.from.intent.tag : undefined;
  const tag = triggered ?? `${config.tagPrefix}${version}`;
  if (!api) {
    if (triggered || tagStageRuns) deps.log.info('No GitHub Release: no `github-token` or no GITHUB_REPOSITORY (not running on GitHub Actions).');
    return undefined;
  }
  if (mode === 'true' || triggered || tagStageRuns || config.githubRelease.eventRelease) return { api, tag };
  if ((await listTags(config.projectDir, deps)).includes(tag)) return { api, tag };
  deps.log.info(`No GitHub Release: the run has no tag (${tag} is not in the checkout and git is '${config.git}'); set \`github-release: true\` to have GitHub create it.`);
  return undefined;
}

/** Before the first upload: the repository is there and the token can read it. */
export async function checkGitHubRelease(plan: GitHubReleasePlan, deps: Deps): Promise<void> {
  await checkGitHubAccess(plan.api, plan.tag, deps);
}

export interface ReleasedFiles {
  name: string;
  version: string;
  isPrerelease: boolean;
  files: Array<Dist & { path: string }>;
  productionUrl: string;
  tagged: GitResult | undefined;
}

/** After promotion: the release of the tag, created or found, with the files attached. */
export async function makeGitHubRelease(
  plan: GitHubReleasePlan,
  config: Config,
  released: ReleasedFiles,
  deps: Deps,
): Promise<GitHubReleaseResult> {
  const head = async () => (await readGit(config.projectDir, ['rev-parse', 'HEAD'], deps))?.trim() || undefined;
  return publishGitHubRelease(plan.api, {
    tag: plan.tag,
    title: `${released.name} ${released.version}`,
    commit: released.tagged?.commit ?? await head(),
    prerelease: released.isPrerelease,
    notes: async () => {
      const notes = await readReleaseNotes({
        projectDir: config.projectDir,
        version: released.version,
        tag: plan.tag,
        tagPrefix: config.tagPrefix,
        skipSubjects: [config.commitMessage.replaceAll('{version}', released.version)],
        repositoryUrl: config.githubRelease.repositoryUrl,
      }, deps);
      deps.log.info(`release notes from ${notes.source}`);
      return notes.text;
    },
    files: released.files.map((f) => ({ filename: f.filename, path: f.path, size: f.size, sha256: f.sha256 })),
    eventRelease: config.githubRelease.eventRelease,
    released: `${released.name} ${released.version} is on production (${released.productionUrl})`,
  }, deps);
}
