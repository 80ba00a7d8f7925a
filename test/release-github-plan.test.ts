// Whether a run makes a GitHub Release, and of which tag: decided from the
// parsed inputs, the trigger, the Tag stage and the checkout's tags (real git).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.ts';
import { planGitHubRelease } from '../src/release/github-release.ts';
import type { RunEvent } from '../src/trigger.ts';
import { testDeps } from './helpers/index.ts';

let repo: string;
beforeAll(async () => {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-ghplan-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], {
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.invalid' },
  });
  git('init', '-q', '-b', 'main');
  git('commit', '-q', '--allow-empty', '-m', 'init');
  git('tag', 'v1.0.0');
});
afterAll(() => fs.rm(repo, { recursive: true, force: true }));

const dispatch: RunEvent = { name: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} };
const env = (over: Record<string, string> = {}) => ({
  GITHUB_WORKSPACE: repo, 'INPUT_STAGING-TOKEN': 's', 'INPUT_PRODUCTION-TOKEN': 'p',
  'INPUT_GITHUB-TOKEN': 'ghs_x', GITHUB_REPOSITORY: 'octo/hello', ...over,
});
const plan = async (over: Record<string, string>, version: string, tagStageRuns: boolean, event = dispatch) => {
  const deps = testDeps();
  const result = await planGitHubRelease(parseInputs(env(over), event), version, tagStageRuns, deps);
  return { tag: result?.tag, log: deps.lines.join('\n') };
};

describe('planGitHubRelease', () => {
  it('auto: the tag the Tag stage pushes, a pushed tag, or the version\'s tag already in the checkout', async () => {
    expect((await plan({ INPUT_BUMP: 'patch' }, '1.0.1', true)).tag).toBe('v1.0.1');
    expect((await plan({}, '1.0.0', false, { name: 'push', ref: 'refs/tags/v1.0.0', payload: {} })).tag).toBe('v1.0.0');
    expect((await plan({ INPUT_VERSION: '1.0.0', INPUT_GIT: 'none' }, '1.0.0', false)).tag).toBe('v1.0.0');
  });

  it('auto without a tag makes none, and says how to have one', async () => {
    const { tag, log } = await plan({ INPUT_VERSION: '1.1.0', INPUT_GIT: 'none' }, '1.1.0', false);
    expect(tag).toBeUndefined();
    expect(log).toContain('No GitHub Release: the run has no tag (v1.1.0 is not in the checkout and git is \'none\'); set `github-release: true`');
  });

  it('true makes one in any case; false never; a dry run never', async () => {
    expect((await plan({ INPUT_VERSION: '1.1.0', INPUT_GIT: 'none', 'INPUT_GITHUB-RELEASE': 'true' }, '1.1.0', false)).tag).toBe('v1.1.0');
    expect((await plan({ INPUT_BUMP: 'patch', 'INPUT_GITHUB-RELEASE': 'false' }, '1.0.1', true)).tag).toBeUndefined();
    expect((await plan({ INPUT_BUMP: 'patch', 'INPUT_DRY-RUN': 'true' }, '1.0.1', true)).tag).toBeUndefined();
  });

  it('off GitHub (no token), auto makes none and says why', async () => {
    const { tag, log } = await plan({ INPUT_BUMP: 'patch', 'INPUT_GITHUB-TOKEN': '' }, '1.0.1', true);
    expect(tag).toBeUndefined();
    expect(log).toContain('No GitHub Release: no `github-token` or no GITHUB_REPOSITORY');
  });
});
