// The release commit, tag and push. Reads of the checkout (commit time, tags)
// and the safety settings of every git command are in src/process/git.ts.
import type { Deps, ExecResult } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { filterOverrides, readGit, RECEIVE_PACK, runGit, UPLOAD_PACK } from '../process/git.ts';
import { tail } from '../process/output.ts';

/** `push`: commit the version files, tag, push both at once. `tag`: push only the tag (protected branches). `none`: no git writes. */
export const GIT_MODES = ['push', 'tag', 'none'] as const;
export type GitMode = (typeof GIT_MODES)[number];

export interface GitWrite {
  projectDir: string;
  mode: Exclude<GitMode, 'none'>;
  /** The files the release rewrote, to commit; empty for a VCS version (the tag alone). */
  files: string[];
  tag: string;
  message: string;
  /** The annotated tag's message, when it says more than the commit's. */
  tagMessage?: string;
}

/** What the git step did: the tag, and whether this run made it or found it on origin (a re-run). */
export interface GitResult {
  tag: string;
  commit: string | undefined;
  outcome: 'pushed' | 'found';
}

const BOT = ['user.name=github-actions[bot]', 'user.email=41898282+github-actions[bot]@users.noreply.github.com'];

/**
 * After the smoke test, before promotion: commit the version files, tag the
 * commit, and push. Branch and tag go in one atomic push, so a rejected push
 * leaves origin as it was; the caller then promotes nothing. A tag already
 * on origin means an earlier run of this release pushed it: nothing to do.
 */
export async function commitTagPush(request: GitWrite, deps: Deps): Promise<GitResult> {
  const run = (args: string[], config: string[] = []) => runGit(request.projectDir, args, deps, { config });
  const remote = await runGit(request.projectDir, ['ls-remote', UPLOAD_PACK, '--tags', 'origin', `refs/tags/${request.tag}`], deps, { network: true });
  if (remote.exitCode === 0 && remote.stdout.trim() !== '') {
    deps.log.info(`The tag ${request.tag} is already on origin (an earlier run of this release pushed it): nothing to commit or push.`);
    return { tag: request.tag, commit: remote.stdout.split(/\s/)[0], outcome: 'found' };
  }
  const identity = (await run(['config', 'user.email'])).stdout.trim() ? [] : BOT;
  if (request.files.length > 0) {
    // Filter drivers named in the config would run on add and commit: each is blanked.
    const filters = filterOverrides((await readGit(request.projectDir, ['config', '--name-only', '--get-regexp', '^filter\\.'], deps) ?? '').split('\n'));
    await must(run(['add', '--', ...request.files], filters), 'git add', request);
    await must(run(['commit', '--quiet', '--no-verify', '-m', request.message, '--', ...request.files], [...identity, ...filters]), 'git commit', request);
  }
  await must(run(['tag', '--annotate', '--force', '-m', request.tagMessage ?? request.message, request.tag], identity), 'git tag', request);
  const commit = (await run(['rev-parse', 'HEAD'])).stdout.trim();
  let refs = [`refs/tags/${request.tag}`];
  if (request.mode === 'push') {
    const branch = (await run(['symbolic-ref', '--quiet', '--short', 'HEAD'])).stdout.trim();
    if (!branch) {
      throw new ReleaseError({
        code: 'GIT_PUSH_FAILED',
        message: `The checkout is on a detached HEAD, so the release commit for ${request.tag} has no branch to go to; nothing was promoted.`,
        hint: 'Run the release from a branch (workflow_dispatch on main checks out main), or set `git: tag` to push the tag alone.',
      });
    }
    refs = [`HEAD:refs/heads/${branch}`, ...refs];
  }
  const pushed = await runGit(request.projectDir, ['push', '--atomic', '--no-verify', RECEIVE_PACK, 'origin', ...refs], deps, { network: true });
  if (pushed.exitCode !== 0) throw pushFailed(request, refs, `${pushed.stderr}\n${pushed.stdout}`);
  deps.log.info(`pushed ${refs.map((r) => r.replace(/^HEAD:/, '')).join(' and ')} to origin`);
  return { tag: request.tag, commit, outcome: 'pushed' };
}

async function must(result: Promise<ExecResult>, what: string, request: GitWrite): Promise<void> {
  const r = await result;
  if (r.exitCode !== 0) {
    throw new ReleaseError({
      code: 'GIT_PUSH_FAILED',
      message: `${what} failed (exit code ${r.exitCode}) while making the release commit and tag ${request.tag}; nothing was pushed or promoted.`,
      details: tail(`${r.stderr}\n${r.stdout}`),
      hint: 'Check that the checkout is a git repository (actions/checkout) and that the version files are tracked.',
    });
  }
}

/** A refused push, told by its cause: the fix differs for each. */
function pushFailed(request: GitWrite, refs: string[], output: string): ReleaseError {
  const why = /non-fast-forward|fetch first|\[rejected\]/i.test(output) && !/already exists/i.test(output)
    ? 'the branch on origin moved since the checkout (someone pushed meanwhile). Re-run the workflow on the new head.'
    : /already exists/i.test(output)
      ? `origin already has a tag ${request.tag} on another commit. Delete that tag if it is stale, or release another version.`
      : /protected branch|GH006|GH013|rule violations?/i.test(output)
        ? 'a branch protection rule refused the commit. Set `git: tag` to push only the tag, or allow the workflow to push.'
        : /403|permission .* denied|write access|could not read Username|authentication failed/i.test(output)
          ? 'the token of the checkout may not push. Give the job `permissions: contents: write` (and keep actions/checkout\'s persist-credentials).'
          : /does not appear to be a git repository|no such remote/i.test(output)
            ? 'the checkout has no remote named origin. Check out with actions/checkout, or set `git: none`.'
            : 'see git\'s output above.';
  return new ReleaseError({
    code: 'GIT_PUSH_FAILED',
    message: `git push of ${refs.map((r) => r.replace(/^HEAD:/, '')).join(' and ')} to origin was refused; nothing was promoted (the files stay staged).`,
    details: tail(output),
    hint: `Likely cause: ${why}`,
  });
}
