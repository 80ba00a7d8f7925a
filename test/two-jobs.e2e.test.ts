// Stage and promote as two jobs: `mode: stage` in one checkout, `mode: promote`
// in another clone of the same commit (as a second job gets), with only the
// manifest passed between them. The promote job promotes exactly the files
// the manifest names, from staging, and refuses anything else.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { exec, projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

const STAGING_TOKEN = 'pypi-staging-two-jobs';
const PRODUCTION_TOKEN = 'pypi-production-two-jobs';

let temp: string;
let staging: RunningIndex;
let production: RunningIndex;
let indexes: TestIndexes | undefined;
beforeAll(async () => {
  indexes = await startTestIndexes('two-jobs', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  ({ temp, staging, production } = indexes);
});
afterAll(() => indexes?.close());

let counter = 0;
const git = (dir: string, ...args: string[]) => exec('git', ['-C', dir, ...args]);

/** A project whose origin is a bare repository, renamed so each test releases its own project. */
async function repository(name: string): Promise<string> {
  const source = path.join(temp, `src-${name}`);
  await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), source, { recursive: true });
  const pyproject = path.join(source, 'pyproject.toml');
  await fs.writeFile(pyproject, (await fs.readFile(pyproject, 'utf8')).replace('name = "hello-pkg"', `name = "${name}"`));
  const origin = path.join(temp, `${name}.git`);
  await projectRepo(source, path.join(temp, `seed-${name}`), { origin });
  return origin;
}

/** What a job's actions/checkout leaves: a clone of origin at main. */
async function checkout(origin: string): Promise<string> {
  const dir = path.join(temp, `job-${++counter}`);
  await exec('git', ['clone', '-q', origin, dir]);
  return dir;
}

async function job(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const empty = path.join(temp, 'empty-gitconfig');
  await fs.writeFile(empty, '');
  return runAction({
    workspace,
    env: { ...process.env, GIT_CONFIG_GLOBAL: empty, GIT_CONFIG_NOSYSTEM: '1' },
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${++counter}`),
    inputs: { 'staging-url': staging.uploadUrl, 'production-url': production.uploadUrl, ...inputs },
  });
}

async function listed(index: RunningIndex, name: string): Promise<Map<string, string>> {
  const res = await fetch(`${index.simpleUrl}${name}/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return new Map();
  const body = (await res.json()) as { files: Array<{ filename: string; hashes: { sha256: string } }> };
  return new Map(body.files.map((f) => [f.filename, f.hashes.sha256]));
}

describe.concurrent('mode: stage, then mode: promote', () => {
  it('stage stops after the smoke test with a manifest; promote, in a fresh clone, tags and promotes those very files', async () => {
    const origin = await repository('two-jobs-pkg');
    const before = await git(origin, 'rev-parse', 'main');

    // The stage job holds the staging token only.
    const stage = await job(await checkout(origin), { mode: 'stage', bump: 'minor', 'staging-token': STAGING_TOKEN });
    expect(stage.exitCode, stage.stdout).toBe(0);
    expect(stage.outputs.released).toBe('false');
    expect(stage.stdout).toContain('::group::Smoke test');
    expect(stage.stdout).not.toContain('::group::Promote');
    expect(stage.stdout).not.toContain('::group::Tag');
    const manifest = JSON.parse(stage.outputs.manifest!) as { name: string; version: string; files: Array<{ filename: string; sha256: string; size: number }> };
    expect(manifest).toMatchObject({ format: 1, name: 'two-jobs-pkg', version: '0.2.0', previousVersion: '0.1.0', source: 'project', staging: staging.simpleUrl });
    expect(manifest.files.map((f) => f.filename).sort()).toEqual(['two_jobs_pkg-0.2.0-py3-none-any.whl', 'two_jobs_pkg-0.2.0.tar.gz']);
    expect(stage.summary).toContain('## two-jobs-pkg 0.2.0: staged, awaiting promotion');
    expect(stage.summary).toContain(stage.outputs.manifest);
    expect((await listed(production, 'two-jobs-pkg')).size).toBe(0);
    expect(await git(origin, 'rev-parse', 'main')).toBe(before);
    expect(await git(origin, 'tag', '--list')).toBe('');

    // The promote job: another clone, the production token only, no bump.
    const promote = await job(await checkout(origin), { mode: 'promote', manifest: stage.outputs.manifest!, 'production-token': PRODUCTION_TOKEN });
    expect(promote.exitCode, promote.stdout).toBe(0);
    expect(promote.outputs.released).toBe('true');
    expect(promote.outputs.version).toBe('0.2.0');
    expect(promote.outputs['previous-version']).toBe('0.1.0');
    expect(promote.outputs.tag).toBe('v0.2.0');
    expect(promote.stdout).not.toContain('::group::Build');
    expect(promote.stdout).not.toContain('::group::Smoke test');
    expect(promote.stdout.indexOf('::group::Tag')).toBeLessThan(promote.stdout.indexOf('::group::Promote'));
    expect(promote.summary).toContain('run by the stage job on these very files');

    const prod = await listed(production, 'two-jobs-pkg');
    expect(prod).toEqual(new Map(manifest.files.map((f) => [f.filename, f.sha256])));
    expect(prod).toEqual(await listed(staging, 'two-jobs-pkg'));
    // The release commit is the stage job's version edit, made again on the same commit.
    expect(await git(origin, 'log', '-1', '--format=%s', 'main')).toBe('Release 0.2.0\n');
    expect(await git(origin, 'diff', '--name-only', before.trim(), 'main')).toBe('pyproject.toml\n');
    expect(await git(origin, 'show', 'v0.2.0:pyproject.toml')).toContain('version = "0.2.0"');

    // Re-running the promote job (say, after a later step failed) changes nothing.
    const again = await job(await checkout(origin), { mode: 'promote', manifest: stage.outputs.manifest!, 'production-token': PRODUCTION_TOKEN });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toContain('The tag v0.2.0 is already on origin');
    expect(await git(origin, 'rev-list', '--count', 'main')).toBe('2\n');
    expect(await listed(production, 'two-jobs-pkg')).toEqual(prod);
  });

  // One stage job for the refusals below: each tampers with its own copy of the manifest.
  let refused: Promise<{ origin: string; manifest: string }> | undefined;
  const stagedForRefusals = () => (refused ??= (async () => {
    const origin = await repository('refused-pkg');
    const stage = await job(await checkout(origin), { mode: 'stage', version: '1.0.0', 'staging-token': STAGING_TOKEN, git: 'none' });
    expect(stage.exitCode, stage.stdout).toBe(0);
    return { origin, manifest: stage.outputs.manifest! };
  })());
  const refusedUploads = () => production.uploads.filter((u) => u.filename?.startsWith('refused_pkg'));

  it('promote refuses a staged file whose sha256 is not the manifest\'s, and promotes nothing', async () => {
    const { origin, manifest: text } = await stagedForRefusals();
    const manifest = JSON.parse(text) as { files: Array<{ sha256: string }> };
    const listedSha = manifest.files[0]!.sha256;
    manifest.files[0]!.sha256 = listedSha.replace(/^./, (c) => (c === '0' ? '1' : '0'));

    const promote = await job(await checkout(origin), { mode: 'promote', manifest: JSON.stringify(manifest), 'production-token': PRODUCTION_TOKEN });
    expect(promote.exitCode).toBe(1);
    expect(promote.stdout).toContain('error MANIFEST_MISMATCH');
    expect(promote.stdout).toContain(`the manifest says sha256 ${manifest.files[0]!.sha256}, the staging index lists ${listedSha}`);
    expect(promote.stdout).toContain('Nothing was promoted.');
    expect(refusedUploads()).toEqual([]);
    expect(await git(origin, 'tag', '--list')).toBe('');
  });

  it('promote refuses a manifest staged on another index, and a promote step with bump and no manifest', async () => {
    const { origin, manifest: text } = await stagedForRefusals();
    const manifest = { ...JSON.parse(text), staging: 'https://test.pypi.org/simple/' };
    const promote = await job(await checkout(origin), { mode: 'promote', manifest: JSON.stringify(manifest), 'production-token': PRODUCTION_TOKEN });
    expect(promote.exitCode).toBe(1);
    expect(promote.stdout).toContain('error MANIFEST_MISMATCH');
    expect(promote.stdout).toContain(`staged on https://test.pypi.org/simple/, but this job's staging index is ${staging.simpleUrl}`);

    const confused = await job(await checkout(origin), { mode: 'promote', bump: 'patch', 'production-token': PRODUCTION_TOKEN });
    expect(confused.exitCode).toBe(1);
    expect(confused.stdout).toContain('error INPUT_INVALID');
    expect(confused.stdout).toContain('manifest: a promote job needs the stage job');
    expect(confused.stdout).toContain('bump: a promote job releases the version in the stage job\'s manifest');
    expect(refusedUploads()).toEqual([]);
    expect(await git(origin, 'tag', '--list')).toBe('');
  });
});
