// The git step end to end: a checkout whose origin is a bare repository, the
// action run as GitHub runs it, and origin inspected afterwards. The release
// commit and tag reach origin before production gets the files, and a push
// origin refuses leaves production untouched.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { exec, projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

const STAGING_TOKEN = 'pypi-staging-git';
const PRODUCTION_TOKEN = 'pypi-production-git';

let temp: string;
let staging: RunningIndex;
let production: RunningIndex;
let indexes: TestIndexes | undefined;
beforeAll(async () => {
  indexes = await startTestIndexes('git', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  ({ temp, staging, production } = indexes);
});
afterAll(() => indexes?.close());

let counter = 0;
async function checkoutWithOrigin(): Promise<{ workspace: string; origin: string }> {
  const n = ++counter;
  const origin = path.join(temp, `origin-${n}.git`);
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(temp, `workspace-${n}`), { origin });
  return { workspace, origin };
}

/** As on a hosted runner: no git identity configured, so the commit is the bot's. */
async function runnerEnv(): Promise<NodeJS.ProcessEnv> {
  const empty = path.join(temp, 'empty-gitconfig');
  await fs.writeFile(empty, '');
  return { ...process.env, GIT_CONFIG_GLOBAL: empty, GIT_CONFIG_NOSYSTEM: '1' };
}

async function release(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  return runAction({
    workspace,
    env: { ...(await runnerEnv()), ...env },
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${++counter}`),
    inputs: {
      'staging-url': staging.uploadUrl,
      'staging-token': STAGING_TOKEN,
      'production-url': production.uploadUrl,
      'production-token': PRODUCTION_TOKEN,
      ...inputs,
    },
  });
}

const git = (dir: string, ...args: string[]) => exec('git', ['-C', dir, ...args]);

async function productionHas(version: string): Promise<boolean> {
  const res = await fetch(`${production.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return false;
  return ((await res.json()) as { files: Array<{ filename: string }> }).files.some((f) => f.filename.includes(`-${version}`));
}

describe('the release commit and tag', () => {
  it('are pushed to origin before promotion; a re-run of the same workflow finds them and finishes', async () => {
    const { workspace, origin } = await checkoutWithOrigin();
    const first = await git(workspace, 'rev-parse', 'HEAD');
    // One workflow run, attempted twice: GitHub keeps its run id across "Re-run jobs".
    const attempt = { GITHUB_REPOSITORY: 'octo/hello-pkg', GITHUB_RUN_ID: '4242' };
    const run = await release(workspace, { bump: 'patch' }, attempt);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.tag).toBe('v0.1.1');
    // Tag before Promote: the order the log shows is the order of the stages.
    expect(run.stdout.indexOf('::group::Tag')).toBeLessThan(run.stdout.indexOf('::group::Promote'));
    expect(await git(origin, 'log', '-1', '--format=%s%n%an', 'main')).toBe('Release 0.1.1\ngithub-actions[bot]\n');
    expect(await git(origin, 'diff', '--name-only', `${first.trim()}`, 'main')).toBe('pyproject.toml\n');
    expect(await git(origin, 'cat-file', '-t', 'v0.1.1')).toBe('tag\n');
    expect(await git(origin, 'rev-parse', 'v0.1.1^{commit}')).toBe(await git(origin, 'rev-parse', 'main'));
    expect(await productionHas('0.1.1')).toBe(true);
    expect(run.summary).toContain('Git: tag `v0.1.1` pushed to origin');

    // "Re-run jobs" checks out the run's original commit again: the same bump, the tag already on origin.
    const again = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(temp, 'rerun'));
    await git(again, 'remote', 'add', 'origin', origin);
    const rerun = await release(again, { bump: 'patch' }, { ...attempt, GITHUB_RUN_ATTEMPT: '2' });
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(rerun.stdout).toContain('The tag v0.1.1 is already on origin (an earlier run of this release pushed it)');
    expect(await git(origin, 'rev-list', '--count', 'main')).toBe('2\n');
  });

  it('a push origin refuses (the branch moved) stops the release with nothing promoted', async () => {
    const { workspace, origin } = await checkoutWithOrigin();
    // Someone pushes to main while the release runs.
    const other = path.join(temp, 'other-clone');
    await exec('git', ['clone', '-q', origin, other]);
    await fs.writeFile(path.join(other, 'NEWS.md'), 'news\n');
    await git(other, 'add', 'NEWS.md');
    await git(other, '-c', 'user.name=other', '-c', 'user.email=other@example.invalid', 'commit', '-q', '-m', 'meanwhile');
    await git(other, 'push', '-q', 'origin', 'main');

    const run = await release(workspace, { bump: 'minor' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error GIT_PUSH_FAILED');
    expect(run.stdout).toContain('nothing was promoted');
    expect(run.stdout).toContain('the branch on origin moved since the checkout');
    expect(run.stdout).not.toContain('::group::Promote');
    expect(await productionHas('0.2.0')).toBe(false);
    expect(await git(origin, 'tag', '--list', 'v0.2.0')).toBe('');
  });

  it('git: tag pushes the tag alone (protected branches), with a custom message', async () => {
    const { workspace, origin } = await checkoutWithOrigin();
    const main = await git(origin, 'rev-parse', 'main');
    const run = await release(workspace, { version: '0.3.0', git: 'tag', 'commit-message': 'chore: release {version}' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(await git(origin, 'rev-parse', 'main')).toBe(main);
    expect(await git(origin, 'log', '-1', '--format=%s', 'v0.3.0')).toBe('chore: release 0.3.0\n');
    expect(await git(origin, 'show', 'v0.3.0:pyproject.toml')).toContain('version = "0.3.0"');
  });
});
