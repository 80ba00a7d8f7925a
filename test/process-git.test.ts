// The action's git commands, with real git, in a checkout whose config was
// written by hostile code earlier in the job: every program named there
// (hooks, gpg with log.showSignature, fsmonitor, a filter driver, a pager,
// origin's receive-pack, a credential helper, an ssh command) is a script
// that records that it ran, with its environment. None runs; the release
// commit, tag and push still happen, and the notes are still read.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../src/deps.ts';
import { gitArgv, lastCommitTime, versionTags } from '../src/process/git.ts';
import { commitTagPush } from '../src/release/git.ts';
import { readReleaseNotes } from '../src/release/read-notes.ts';
import { testDeps } from './helpers/index.ts';

let temp: string;
let repo: string;
let origin: string;
let marker: string;
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_NOSYSTEM: '1' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });

/** The runner's environment, secrets included, as the action has it. */
const RUNNER_ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.homedir(),
  'INPUT_PRODUCTION-TOKEN': 'pypi-canary-production', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'canary-oidc', GITHUB_TOKEN: 'canary-github',
};

function deps(): Deps {
  return { ...testDeps(), env: RUNNER_ENV };
}

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-git-traps-'));
  repo = path.join(temp, 'repo');
  origin = path.join(temp, 'origin.git');
  marker = path.join(temp, 'ran');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  await fs.mkdir(repo);
  git(repo, 'init', '-q', '-b', 'main');
  await fs.writeFile(path.join(repo, 'pyproject.toml'), '[project]\nversion = "1.0.0"\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'feat: first');
  git(repo, 'tag', 'v1.0.0');
  await fs.writeFile(path.join(repo, 'a.py'), 'a = 1\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'fix: second');
  // As GitHub's merge commits are: signed. `log.showSignature` starts gpg.program for signed commits only.
  const raw = git(repo, 'cat-file', 'commit', 'HEAD');
  const signed = raw.replace(/^(committer .*)$/m, '$1\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----');
  const id = execFileSync('git', ['-C', repo, 'hash-object', '-t', 'commit', '-w', '--stdin'], { env, input: signed, encoding: 'utf8' }).trim();
  git(repo, 'update-ref', 'refs/heads/main', id);
  git(repo, 'remote', 'add', 'origin', origin);
  git(repo, 'push', '-q', 'origin', 'main', 'v1.0.0');

  // The traps, planted after the checkout as a hostile build step would.
  const trap = path.join(temp, 'trap.sh');
  await fs.writeFile(trap, `#!/bin/sh\n{ echo "ran: $0 $*"; env; } >> '${marker}'\ncat >/dev/null 2>&1\nexit 0\n`, { mode: 0o755 });
  const hooks = path.join(temp, 'hooks');
  await fs.mkdir(hooks);
  for (const hook of ['pre-commit', 'commit-msg', 'prepare-commit-msg', 'post-commit', 'pre-push', 'reference-transaction', 'post-index-change', 'pre-auto-gc']) {
    await fs.copyFile(trap, path.join(hooks, hook));
    await fs.chmod(path.join(hooks, hook), 0o755);
  }
  await fs.copyFile(trap, path.join(repo, '.git', 'hooks', 'pre-commit'));
  await fs.chmod(path.join(repo, '.git', 'hooks', 'pre-commit'), 0o755);
  for (const [key, value] of [
    ['core.hooksPath', hooks], ['core.fsmonitor', trap], ['core.pager', trap], ['pager.log', trap], ['core.sshCommand', trap],
    ['gpg.program', trap], ['gpg.format', 'openpgp'], ['log.showSignature', 'true'], ['commit.gpgSign', 'true'], ['tag.gpgSign', 'true'],
    ['filter.evil.clean', trap], ['filter.evil.smudge', trap], ['filter.evil.required', 'true'],
    ['remote.origin.receivepack', trap], ['remote.origin.uploadpack', trap], ['credential.helper', trap],
    ['core.askPass', trap], ['gc.auto', '1'],
  ]) git(repo, 'config', key!, value!);
  await fs.writeFile(path.join(repo, '.git', 'info', 'attributes'), '* filter=evil\n');
  // The trap is armed: plain git runs it.
  execFileSync('git', ['-C', repo, 'log', '-1', '--format=%s'], { env, encoding: 'utf8' });
  expect(existsSync(marker)).toBe(true);
  await fs.rm(marker);
});
afterAll(() => fs.rm(temp, { recursive: true, force: true }));

describe("the action's git commands in a checkout with hostile config", () => {
  it('read the tags, the commit time and the notes without running any program of the config', async () => {
    expect(await versionTags(repo, 'v', deps())).toEqual([{ tag: 'v1.0.0', version: '1.0.0' }]);
    expect(await lastCommitTime(repo, deps())).toMatch(/^\d+$/);
    const notes = await readReleaseNotes({ projectDir: repo, version: '1.1.0', tag: 'v1.1.0', tagPrefix: 'v', skipSubjects: [], repositoryUrl: undefined }, deps());
    expect(notes.text).toContain('second');
    expect(existsSync(marker) ? await fs.readFile(marker, 'utf8') : '').toBe('');
  });

  it('commit, tag and push to origin without running any, and the push arrives', async () => {
    await fs.writeFile(path.join(repo, 'pyproject.toml'), '[project]\nversion = "1.1.0"\n');
    const result = await commitTagPush({ projectDir: repo, mode: 'push', files: ['pyproject.toml'], tag: 'v1.1.0', message: 'Release 1.1.0' }, deps());
    expect(result.outcome).toBe('pushed');
    expect(existsSync(marker) ? await fs.readFile(marker, 'utf8') : '').toBe('');
    expect(git(origin, 'log', '-1', '--format=%s', 'main')).toBe('Release 1.1.0\n');
    expect(git(origin, 'cat-file', '-t', 'v1.1.0')).toBe('tag\n');
    // The committed bytes are the file's own, not a clean filter's output.
    expect(git(origin, 'show', 'main:pyproject.toml')).toBe('[project]\nversion = "1.1.0"\n');
  });

  it('keep the checkout\'s credentials for origin: http.<url>.extraheader is never overridden, the credential helper only off origin', () => {
    const local = gitArgv(repo, ['log']).join(' ');
    const network = gitArgv(repo, ['push'], { network: true }).join(' ');
    expect(local).not.toMatch(/http\./);
    expect(network).not.toMatch(/http\.|credential\.helper|sshCommand/);
    expect(local).toContain('credential.helper=');
  });
});
