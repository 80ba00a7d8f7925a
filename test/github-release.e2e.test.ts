// The GitHub Release end to end: dist/index.js run as GitHub runs it, against
// two embedded indexes, a bare origin, and the loopback GitHub REST stand-in
// (GITHUB_API_URL). The release is made after production has the files, with
// the changelog's notes or the commits', the released bytes as assets; a
// re-run adds nothing twice; a refusal says PyPI has the release.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { startGitHubApi, type GitHubStandIn } from '../packages/pypi-standin/src/github-api.ts';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { exec, projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

const STAGING_TOKEN = 'pypi-staging-ghrel-91c2';
const PRODUCTION_TOKEN = 'pypi-production-ghrel-4d7e';
const GITHUB_TOKEN = 'ghs_e2eSECRETtoken0123456789';

let temp: string;
let staging: RunningIndex;
let production: RunningIndex;
let indexes: TestIndexes | undefined;
let gh: GitHubStandIn;
beforeAll(async () => {
  indexes = await startTestIndexes('ghrel', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  ({ temp, staging, production } = indexes);
  gh = await startGitHubApi({ token: GITHUB_TOKEN, repository: 'octo/hello' });
});
afterAll(async () => {
  await gh?.close();
  await indexes?.close();
});

let counter = 0;

/** hello-pkg at `version`, with extra files, as a folder to make checkouts of. */
async function source(version: string, files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(temp, `source-${++counter}`);
  await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), dir, { recursive: true });
  const pyproject = path.join(dir, 'pyproject.toml');
  await fs.writeFile(pyproject, (await fs.readFile(pyproject, 'utf8')).replace('version = "0.1.0"', `version = "${version}"`));
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  return dir;
}

async function checkout(src: string, options: { origin?: string; tags?: string[] } = {}): Promise<string> {
  return projectRepo(src, path.join(temp, `workspace-${++counter}`), options);
}

async function release(workspace: string, inputs: Record<string, string>, event?: { name: string; ref: string; payload?: object }, attempt: Record<string, string> = {}): Promise<ActionRun> {
  const gitconfig = path.join(temp, 'empty-gitconfig');
  await fs.writeFile(gitconfig, '');
  return runAction({
    workspace,
    event,
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${++counter}`),
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: gitconfig,
      GIT_CONFIG_NOSYSTEM: '1',
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'octo/hello',
      ...attempt,
    },
    inputs: {
      'staging-url': staging.uploadUrl,
      'staging-token': STAGING_TOKEN,
      'production-url': production.uploadUrl,
      'production-token': PRODUCTION_TOKEN,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
  });
}

const git = (dir: string, ...args: string[]) => exec('git', ['-C', dir, ...args]);

function expectNoSecrets(run: ActionRun): void {
  const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), run.commands.join('\n')]) {
    for (const secret of [GITHUB_TOKEN, STAGING_TOKEN, PRODUCTION_TOKEN]) expect(text).not.toContain(secret);
  }
  expect(run.stdout).toContain(`::add-mask::${GITHUB_TOKEN}`);
}

async function productionFiles(version: string): Promise<Array<{ filename: string; sha256: string }>> {
  const res = await fetch(`${production.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return [];
  const files = ((await res.json()) as { files: Array<{ filename: string; hashes: { sha256: string } }> }).files;
  return files.filter((f) => f.filename.includes(`-${version}`)).map((f) => ({ filename: f.filename, sha256: f.hashes.sha256 })).sort((a, b) => a.filename.localeCompare(b.filename));
}

function releaseOf(tag: string) {
  const found = gh.releases.filter((r) => r.tag_name === tag);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function assetDigests(tag: string) {
  return releaseOf(tag).assets.map((a) => ({ filename: a.name, sha256: createHash('sha256').update(a.bytes).digest('hex') }))
    .sort((a, b) => a.filename.localeCompare(b.filename));
}

const CHANGELOG = `# Changelog

## [Unreleased]

## [0.1.1] - 2026-01-01

### Fixed
- The greeting ends with a full stop.

## [0.1.0] - 2025-12-01

- First release.

[0.1.1]: https://github.example/octo/hello/compare/v0.1.0...v0.1.1
`;

describe('the GitHub Release', () => {
  it('is created after promotion with the CHANGELOG section and the released files; a re-run adds nothing', async () => {
    const src = await source('0.1.0', { 'CHANGELOG.md': CHANGELOG });
    const origin = path.join(temp, 'origin-changelog.git');
    const workspace = await checkout(src, { origin });
    // One workflow run, attempted twice: GitHub keeps its run id across "Re-run jobs", which keeps the version.
    const attempt = { GITHUB_RUN_ID: '5101' };
    const run = await release(workspace, { bump: 'patch' }, undefined, attempt);
    expect(run.exitCode, run.stdout).toBe(0);
    expectNoSecrets(run);
    expect(run.stdout.indexOf('::group::Promote')).toBeLessThan(run.stdout.indexOf('::group::GitHub Release'));
    expect(run.stdout).toContain('release notes from CHANGELOG.md');

    const made = releaseOf('v0.1.1');
    expect(made).toMatchObject({
      name: 'hello-pkg 0.1.1',
      body: '### Fixed\n- The greeting ends with a full stop.',
      prerelease: false,
      draft: false,
      target_commitish: (await git(origin, 'rev-parse', 'v0.1.1^{commit}')).trim(),
    });
    // The assets are production's bytes, every file of the release.
    const onProduction = await productionFiles('0.1.1');
    expect(onProduction).toHaveLength(2);
    expect(assetDigests('v0.1.1')).toEqual(onProduction);
    expect(run.outputs['release-url']).toBe('https://github.example/octo/hello/releases/tag/v0.1.1');
    expect(run.summary).toContain('GitHub Release: [github.example/octo/hello/releases/tag/v0.1.1](https://github.example/octo/hello/releases/tag/v0.1.1) created; assets');
    expect(gh.requests.filter((r) => r.authorization !== `Bearer ${GITHUB_TOKEN}` && !r.path.startsWith('/download/'))).toEqual([]);

    // "Re-run jobs": the original commit checked out again, everything already done.
    const before = gh.requests.length;
    const again = await checkout(src);
    await git(again, 'remote', 'add', 'origin', origin);
    const rerun = await release(again, { bump: 'patch' }, undefined, attempt);
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    const second = gh.requests.slice(before);
    expect(second.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(releaseOf('v0.1.1').assets).toHaveLength(2);
    expect(rerun.summary).toMatch(/GitHub Release: .* found; assets `hello_pkg-0\.1\.1[^`]*` already attached, `hello_pkg-0\.1\.1[^`]*` already attached\./);
    expect(rerun.outputs['release-url']).toBe(run.outputs['release-url']);
  });

  it('without a changelog section, lists the Conventional Commits since the previous tag; a pre-release is marked so', async () => {
    const src = await source('0.3.0');
    const origin = path.join(temp, 'origin-commits.git');
    const workspace = await checkout(src, { origin, tags: ['v0.3.0'] });
    const commit = async (file: string, message: string) => {
      await fs.writeFile(path.join(workspace, file), `${message}\n`);
      await git(workspace, 'add', file);
      await git(workspace, '-c', 'user.name=dev', '-c', 'user.email=dev@example.invalid', 'commit', '-q', '-m', message);
    };
    await commit('LOUD.md', 'feat: greet loudly');
    await commit('CLI.md', 'fix(cli)!: exit 1 on a bad name');
    await commit('NOTES.md', 'Tidy the notes');
    const run = await release(workspace, { bump: 'minor,rc' });
    expect(run.exitCode, run.stdout).toBe(0);
    expectNoSecrets(run);
    // The pre-release bump, end to end: minor,rc from 0.3.0 is 0.4.0rc1, said so in the outputs and the summary.
    expect(run.outputs.version).toBe('0.4.0rc1');
    expect(run.outputs['is-prerelease']).toBe('true');
    expect(run.summary).toContain('(pre-release)');
    const made = releaseOf('v0.4.0rc1');
    expect(made.prerelease).toBe(true);
    const hash = async (subject: string) => (await git(workspace, 'log', '--format=%h', '--abbrev=7', `--grep=${subject}`, '-F')).trim();
    expect(made.body).toBe([
      '### Breaking changes',
      '',
      `- **cli:** exit 1 on a bad name (${await hash('exit 1 on a bad name')})`,
      '',
      '### Features',
      '',
      `- greet loudly (${await hash('greet loudly')})`,
      '',
      '### Other changes',
      '',
      `- Tidy the notes (${await hash('Tidy the notes')})`,
      '',
      '**Full changelog**: https://github.example/octo/hello/compare/v0.3.0...v0.4.0rc1',
    ].join('\n'));
    expect(run.stdout).toContain('release notes from 3 commits since v0.3.0');
    expect(assetDigests('v0.4.0rc1')).toEqual(await productionFiles('0.4.0rc1'));
  });

  it('a release event: the files go to that release; its title and notes stay the user\'s', async () => {
    const workspace = await checkout(await source('0.5.0'), { tags: ['v0.5.0'] });
    const own = gh.addRelease({ tag_name: 'v0.5.0', name: 'The spring release', body: 'Written by hand.' });
    const before = gh.requests.length;
    const run = await release(workspace, {}, { name: 'release', ref: 'refs/tags/v0.5.0', payload: { action: 'published', release: gh.json(own) } });
    expect(run.exitCode, run.stdout).toBe(0);
    expectNoSecrets(run);
    expect(own).toMatchObject({ name: 'The spring release', body: 'Written by hand.' });
    expect(assetDigests('v0.5.0')).toEqual(await productionFiles('0.5.0'));
    expect(gh.requests.slice(before).filter((r) => r.method !== 'GET').map((r) => r.path.split('?')[0]))
      .toEqual([`/uploads/repos/octo/hello/releases/${own.id}/assets`, `/uploads/repos/octo/hello/releases/${own.id}/assets`]);
    expect(run.outputs['release-url']).toBe('https://github.example/octo/hello/releases/tag/v0.5.0');
  });

  it('403 (no contents: write): PyPI already has the release, the error says so and how to finish; the re-run does', async () => {
    const src = await source('0.6.0');
    const origin = path.join(temp, 'origin-403.git');
    const workspace = await checkout(src, { origin });
    gh.faults.denyWrites = true;
    const attempt = { GITHUB_RUN_ID: '5106' };
    let run: ActionRun;
    try {
      run = await release(workspace, { bump: 'patch' }, undefined, attempt);
    } finally {
      gh.faults.denyWrites = false;
    }
    expect(run.exitCode, run.stdout).toBe(1);
    expectNoSecrets(run);
    expect(run.stdout).toContain('error GITHUB_RELEASE_FAILED');
    expect(run.stdout).toContain('hello-pkg 0.6.1 is on production');
    expect(run.stdout).toContain('GitHub answered 403 "Resource not accessible by integration" while creating the release');
    expect(run.stdout).toContain('permissions: contents: write');
    expect(run.stdout).toContain('The release on PyPI succeeded');
    expect(await productionFiles('0.6.1')).toHaveLength(2);
    expect(gh.releases.some((r) => r.tag_name === 'v0.6.1')).toBe(false);

    const again = await checkout(src);
    await git(again, 'remote', 'add', 'origin', origin);
    const rerun = await release(again, { bump: 'patch' }, undefined, attempt);
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(assetDigests('v0.6.1')).toEqual(await productionFiles('0.6.1'));
  });

  it('a repository the token cannot see stops the run before the first upload', async () => {
    const workspace = await checkout(await source('0.7.0'), { origin: path.join(temp, 'origin-404.git') });
    gh.faults.repoMissing = true;
    let run: ActionRun;
    try {
      run = await release(workspace, { bump: 'patch' });
    } finally {
      gh.faults.repoMissing = false;
    }
    expect(run.exitCode).toBe(1);
    expectNoSecrets(run);
    expect(run.stdout).toContain('The GitHub Release of v0.7.1 could not be prepared: GitHub answered 404 "Not Found" while reading the repository octo/hello. Nothing was uploaded.');
    expect(run.stdout).not.toContain('::group::Stage');
    expect(staging.uploads).not.toContainEqual(expect.objectContaining({ filename: expect.stringContaining('0.7.1') }));
  });
});
