// The bad days, end to end (node dist/index.js against two embedded indexes
// and a bare origin): someone else's files on staging, a failed smoke test,
// releases run twice, tags the project's own tool reads, tags at other
// commits, shallow checkouts, a runner without a step summary, two runs of
// one release at once. Each ends with production holding only bytes that
// were smoke-tested, or nothing, and the log naming the way forward.
//
// Every scenario releases a project of its own name, so that what one
// releases never raises another's version floor; the indexes are shared.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { helloPkgNamed, startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';
import { buildTinyProject, twineUpload } from './helpers/python.ts';

const STAGING_TOKEN = 'pypi-STAGING-recovery-5c1e7a-secret';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-recovery-93d0f2-secret';
/** Each scenario runs two whole releases, one after the other. */
const TWO_RUNS = 360_000;

let temp: string;
let staging: RunningIndex;
let production: RunningIndex;
let indexes: TestIndexes | undefined;
beforeAll(async () => {
  indexes = await startTestIndexes('recovery', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  ({ temp, staging, production } = indexes);
});
afterAll(() => indexes?.close());

let counter = 0;

/** hello-pkg under another name, checked out with a bare origin of its own. */
async function project(name: string, mutate?: (dir: string) => Promise<void>): Promise<{ workspace: string; origin: string }> {
  const n = ++counter;
  const dir = await helloPkgNamed(path.join(temp, `source-${n}`), name);
  if (mutate) await mutate(dir);
  const origin = path.join(temp, `origin-${n}.git`);
  return { workspace: await projectRepo(dir, path.join(temp, `workspace-${n}`), { origin }), origin };
}

function release(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, runner: { stepSummary?: string | null } = {}): Promise<ActionRun> {
  return runAction({
    ...runner,
    workspace,
    env: { ...process.env, ...env },
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

/** filename -> sha256 of the project's files on the index. */
async function listed(index: RunningIndex, name: string): Promise<Record<string, string>> {
  const res = await fetch(`${index.simpleUrl}${name}/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return {};
  const page = (await res.json()) as { files: Array<{ filename: string; hashes: { sha256: string } }> };
  return Object.fromEntries(page.files.map((f) => [f.filename, f.hashes.sha256]));
}

function uploadsOf(index: RunningIndex, prefix: string): number {
  return index.uploads.filter((u) => u.filename?.startsWith(prefix)).length;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
}

/** A new run's checkout of origin's main (with its tags, as `fetch-depth: 0` leaves it). */
function clone(origin: string): string {
  const dest = path.join(temp, `clone-${++counter}`);
  execFileSync('git', ['clone', '-q', origin, dest]);
  return dest;
}

function expectStoppedAt(run: ActionRun, code: string, stage: string): void {
  expect(run.exitCode, run.stdout).toBe(1);
  expect(run.stdout).toContain(`error ${code}`);
  // The stage it stopped in is the last group the log opened.
  const groups = [...run.stdout.matchAll(/^::group::(.+)$/gm)].map((m) => m[1]);
  expect(groups.at(-1)).toBe(stage);
}

describe.concurrent('staging squatted: another account staged the version first', () => {
  it('is refused before any upload, production untouched, naming the next free version', async () => {
    // The other account's package: other code under the same name and version.
    const squat = await buildTinyProject(path.join(temp, 'squatter'), path.join(temp, 'squatter-dist'), { name: 'squat-pkg', version: '0.2.0', module: 'squatted' });
    expect((await twineUpload(staging.uploadUrl, STAGING_TOKEN, [squat.sdist, squat.wheel])).code).toBe(0);
    const theirs = await listed(staging, 'squat-pkg');
    const { workspace, origin } = await project('squat-pkg');
    const mainBefore = git(origin, 'rev-parse', 'main');

    const run = await release(workspace, { bump: 'minor' });
    expectStoppedAt(run, 'STAGING_TAKEN', 'Inspect');
    expect(run.stdout).toContain(`squat-pkg 0.2.0 is already on the staging index (${staging.simpleUrl}) with files this run did not build and no earlier run of this release recorded`);
    expect(run.stdout).toContain(`squat_pkg-0.2.0.tar.gz: staging has sha256 ${theirs['squat_pkg-0.2.0.tar.gz']}`);
    expect(run.stdout).toContain('an index never takes a filename twice');
    expect(run.stdout).toContain('Release the next free version, 0.2.1: set `version: 0.2.1`');
    // Nothing uploaded by this run, anywhere; production untouched; origin untouched.
    expect(uploadsOf(staging, 'squat_pkg')).toBe(2);
    expect(uploadsOf(production, 'squat_pkg')).toBe(0);
    expect(await listed(production, 'squat-pkg')).toEqual({});
    expect(await listed(staging, 'squat-pkg')).toEqual(theirs);
    expect(git(origin, 'rev-parse', 'main')).toBe(mainBefore);
    expect(git(origin, 'tag', '--list')).toBe('');

    // The way forward works: the named version releases this build.
    const next = await release(workspace, { version: '0.2.1' });
    expect(next.exitCode, next.stdout).toBe(0);
    expect(Object.keys(await listed(production, 'squat-pkg')).sort()).toEqual(['squat_pkg-0.2.1-py3-none-any.whl', 'squat_pkg-0.2.1.tar.gz']);
  }, TWO_RUNS);
});

describe.concurrent('a smoke test that fails', () => {
  it('stops before any upload; the fix, in a new run, releases the same version', async () => {
    const init = (dir: string) => path.join(dir, 'src', 'hello', '__init__.py');
    const { workspace, origin } = await project('smokefix-pkg', async (dir) => {
      await fs.appendFile(init(dir), '\nraise RuntimeError("a bug only an install shows")\n');
    });
    const broken = await release(workspace, { bump: 'minor', 'smoke-test': 'hello' });
    expectStoppedAt(broken, 'SMOKE_TEST_FAILED', 'Local smoke test');
    expect(broken.stdout).toContain('a bug only an install shows');
    expect(broken.stdout).toContain('Nothing was uploaded to either index, so the version is still free');
    expect(uploadsOf(staging, 'smokefix_pkg')).toBe(0);
    expect(uploadsOf(production, 'smokefix_pkg')).toBe(0);
    expect(git(origin, 'tag', '--list')).toBe('');

    // The fix, committed on the branch; the next run computes the same version and releases it.
    git(workspace, 'checkout', '--', 'pyproject.toml');
    const text = await fs.readFile(init(workspace), 'utf8');
    await fs.writeFile(init(workspace), text.replace('\nraise RuntimeError("a bug only an install shows")\n', ''));
    git(workspace, '-c', 'user.name=dev', '-c', 'user.email=dev@example.invalid', 'commit', '-q', '-am', 'Fix the import');
    const fixed = await release(workspace, { bump: 'minor', 'smoke-test': 'hello' });
    expect(fixed.exitCode, fixed.stdout).toBe(0);
    expect(fixed.outputs.version).toBe('0.2.0');
    expect(fixed.stdout.indexOf('::group::Local smoke test')).toBeLessThan(fixed.stdout.indexOf('::group::Stage'));
    expect(fixed.stdout).toContain('pip resolved smokefix-pkg==0.2.0 from the staging index');
    const released = await listed(production, 'smokefix-pkg');
    expect(Object.keys(released).sort()).toEqual(['smokefix_pkg-0.2.0-py3-none-any.whl', 'smokefix_pkg-0.2.0.tar.gz']);
    expect(await listed(staging, 'smokefix-pkg')).toEqual(released);
    expect(git(origin, 'tag', '--list')).toBe('v0.2.0');
  }, TWO_RUNS);
});

describe.concurrent('a release line whose version is never pushed back to the files', () => {
  // `git: tag` pushes only the tag and `git: none` nothing: the files keep
  // saying 0.1.0. Each new run (a new run id) makes a new release.
  it.each([['tag', 'twice-tag-pkg'], ['none', 'twice-none-pkg']])('git: %s released twice makes two distinct releases', async (mode, name) => {
    const { workspace, origin } = await project(name);
    const first = await release(workspace, { bump: 'patch', git: mode }, { GITHUB_REPOSITORY: `octo/${name}`, GITHUB_RUN_ID: '1001' });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs.version).toBe('0.1.1');
    // The next run starts from a fresh checkout of the same branch, as actions/checkout leaves it.
    const second = await release(clone(origin), { bump: 'patch', git: mode }, { GITHUB_REPOSITORY: `octo/${name}`, GITHUB_RUN_ID: '1002' });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs.version).toBe('0.1.2');
    expect(second.outputs['previous-version']).toBe('0.1.1');
    expect(second.stdout).toMatch(/bumping from 0\.1\.1 \((tag v0\.1\.1|released on 127\.0\.0\.1:\d+)\)/);
    expect(Object.keys(await listed(production, name)).sort()).toEqual([
      `${name.replaceAll('-', '_')}-0.1.1-py3-none-any.whl`, `${name.replaceAll('-', '_')}-0.1.1.tar.gz`,
      `${name.replaceAll('-', '_')}-0.1.2-py3-none-any.whl`, `${name.replaceAll('-', '_')}-0.1.2.tar.gz`,
    ]);
    expect(git(origin, 'tag', '--list')).toBe(mode === 'tag' ? 'v0.1.1\nv0.1.2' : '');
  }, TWO_RUNS);
});

describe.concurrent('after production has the files', () => {
  it('a summary that cannot be written fails as REPORT_FAILED; the re-run, on a runner without GITHUB_STEP_SUMMARY, logs the summary', async () => {
    const { workspace } = await project('summary-pkg');
    const unwritable = path.join(temp, 'summary-is-a-folder');
    await fs.mkdir(unwritable, { recursive: true });
    const first = await release(workspace, { version: '0.2.0', git: 'none' }, {}, { stepSummary: unwritable });
    expectStoppedAt(first, 'REPORT_FAILED', 'Promote');
    expect(first.stdout).toContain('summary-pkg 0.2.0 is released (production has the files), but the job summary could not be written');
    expect(first.stdout).not.toContain('Unexpected failure');
    expect(first.outputs.version).toBe('0.2.0');
    const released = await listed(production, 'summary-pkg');
    expect(Object.keys(released)).toHaveLength(2);

    const again = await release(workspace, { version: '0.2.0', git: 'none' }, {}, { stepSummary: null });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toContain('This runner gives no GITHUB_STEP_SUMMARY file: the summary follows.');
    expect(again.stdout).toContain('## summary-pkg 0.2.0 released');
    expect(again.outputs.version).toBe('0.2.0');
    expect(await listed(production, 'summary-pkg')).toEqual(released);
  }, TWO_RUNS);
});

// Tags without the `v` released end to end, as setuptools-scm and hatch-vcs
// read them: the shallow-checkout releases below (tagged 1.6.0, default inputs).
describe.concurrent('tags without the `v`, read as the project\'s own version tool reads them', () => {
  const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'version-sources');
  async function tagged(fixture: string, tags: string[]): Promise<{ workspace: string; origin: string }> {
    const n = ++counter;
    const origin = path.join(temp, `origin-${n}.git`);
    return { workspace: await projectRepo(path.join(FIXTURES, fixture), path.join(temp, `${fixture}-${n}`), { tags, origin }), origin };
  }

  it('tags that none match are never a first release: the run stops and names them and the tag-prefix that would match', async () => {
    const { workspace, origin } = await tagged('setuptools-scm', ['release-1.5.0', 'release-1.6.0']);
    const run = await release(workspace, { bump: 'patch' });
    expectStoppedAt(run, 'VERSION_TAGS_UNMATCHED', 'Version');
    expect(run.stdout).toContain('tags: release-1.5.0, release-1.6.0');
    expect(run.stdout).toContain('Set `tag-prefix: release-`: it reads 2 of these tags as versions.');
    expect(git(origin, 'tag', '--list')).toBe('release-1.5.0\nrelease-1.6.0');
    expect(uploadsOf(staging, 'vs_setuptools_scm')).toBe(0);
  });
});

describe.concurrent('tags and history', () => {
  it('a release tag on origin at another commit stops the run before any upload', async () => {
    const { workspace, origin } = await project('elsewhere-pkg');
    // Someone tagged v0.2.0 on other code.
    const other = clone(origin);
    await fs.writeFile(path.join(other, 'NOTES.md'), 'other work\n');
    git(other, 'add', 'NOTES.md');
    git(other, '-c', 'user.name=other', '-c', 'user.email=other@example.invalid', 'commit', '-q', '-m', 'other work');
    git(other, '-c', 'user.name=other', '-c', 'user.email=other@example.invalid', 'tag', '-a', 'v0.2.0', '-m', 'not this release');
    git(other, 'push', '-q', 'origin', 'refs/tags/v0.2.0');
    const foreign = git(origin, 'rev-parse', 'v0.2.0^{commit}');

    const run = await release(workspace, { version: '0.2.0' });
    expectStoppedAt(run, 'TAG_ELSEWHERE', 'Inspect');
    expect(run.stdout).toContain(`The tag v0.2.0 is already on origin, at commit ${foreign}, not at the commit this run built`);
    expect(run.stdout).toContain('git push origin :refs/tags/v0.2.0');
    expect(uploadsOf(staging, 'elsewhere_pkg')).toBe(0);
    expect(uploadsOf(production, 'elsewhere_pkg')).toBe(0);
    expect(git(origin, 'rev-parse', 'v0.2.0^{commit}')).toBe(foreign);
  });

  const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'version-sources');
  // One release each proves two things: a tag without the `v` (1.6.0) is read as the project's own
  // version tool reads it, released as 1.6.1 and tagged 1.6.1; and a shallow checkout gets its history.
  it.each([['setuptools-scm'], ['hatch-vcs']])('%s tagged 1.6.0 (no `v`), in a shallow checkout, default inputs: history and tags are fetched, 1.6.1 is released and tagged 1.6.1', async (fixture) => {
    const n = ++counter;
    const origin = path.join(temp, `origin-${n}.git`);
    // A name of its own, out of reach of the versions the other tests release of vs-<fixture>.
    const source = path.join(temp, `shallow-fixture-${n}`);
    await fs.cp(path.join(FIXTURES, fixture), source, { recursive: true });
    const pyproject = path.join(source, 'pyproject.toml');
    await fs.writeFile(pyproject, (await fs.readFile(pyproject, 'utf8')).replace(`name = "vs-${fixture}"`, `name = "shallow-${fixture}"`));
    // hatchling finds the package by the project's name.
    const module = fixture.replaceAll('-', '_');
    await fs.rename(path.join(source, 'src', `vs_${module}`), path.join(source, 'src', `shallow_${module}`));
    const full = await projectRepo(source, path.join(temp, `shallow-source-${n}`), { tags: ['1.6.0'], origin });
    // A commit after the tag, so the one commit a shallow checkout has carries no tag.
    await fs.appendFile(path.join(full, 'README.md'), '\nMore.\n');
    git(full, '-c', 'user.name=dev', '-c', 'user.email=dev@example.invalid', 'commit', '-q', '-am', 'After 1.6.0');
    git(full, 'push', '-q', 'origin', 'main');
    // As actions/checkout leaves it by default: depth 1, no tags.
    const workspace = path.join(temp, `shallow-${n}`);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', `file://${origin}`, workspace]);
    expect(git(workspace, 'rev-parse', '--is-shallow-repository')).toBe('true');

    const run = await release(workspace, { bump: 'patch' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('The checkout was shallow');
    expect(run.outputs.version).toBe('1.6.1');
    expect(run.outputs['previous-version']).toBe('1.6.0');
    expect(run.outputs.tag).toBe('1.6.1');
    expect(git(origin, 'tag', '--list')).toBe('1.6.0\n1.6.1');
    const name = `shallow_${module}`;
    expect(Object.keys(await listed(production, `shallow-${fixture}`)).sort()).toEqual([`${name}-1.6.1-py3-none-any.whl`, `${name}-1.6.1.tar.gz`]);
  });

  it('a shallow checkout whose origin cannot be read stops, naming fetch-depth: 0', async () => {
    const { origin } = await project('shallow-gone-pkg');
    const workspace = path.join(temp, `shallow-gone-${++counter}`);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', `file://${origin}`, workspace]);
    git(workspace, 'remote', 'set-url', 'origin', path.join(temp, 'no-such-origin.git'));
    const run = await release(workspace, { bump: 'patch' });
    expectStoppedAt(run, 'SHALLOW_CHECKOUT', 'Version');
    expect(run.stdout).toContain('add `fetch-depth: 0` under `with:` of the actions/checkout step');
    expect(uploadsOf(staging, 'shallow_gone_pkg')).toBe(0);
  });
});

describe.concurrent('two runs of one release at once (two clicks, no concurrency:)', () => {
  it('publish once and tag once; the second run ends cleanly, saying why', async () => {
    const { origin } = await project('twice-at-once-pkg');
    const before = git(origin, 'rev-parse', 'main');
    // Two runners, each with its own checkout of the same commit.
    const [a, b] = await Promise.all([release(clone(origin), { bump: 'patch' }), release(clone(origin), { bump: 'patch' })]);
    for (const run of [a, b]) {
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.version).toBe('0.1.1');
    }
    // One of them pushed; the other says it found the release's tag. (When both made their release
    // commit and tag within the same second, the two are the very same git objects, and the second
    // push has nothing to change: then both say they pushed, and origin is the same.)
    const said = [a, b].filter((run) => /The tag v0\.1\.1 is already on origin|Another run of this release pushed v0\.1\.1 meanwhile/.test(run.stdout));
    const pushed = [a, b].filter((run) => run.stdout.includes('pushed refs/heads/main and refs/tags/v0.1.1 to origin'));
    expect(said.length + pushed.length).toBe(2);
    expect(said.length).toBeLessThanOrEqual(1);
    expect(git(origin, 'tag', '--list')).toBe('v0.1.1');
    expect(git(origin, 'rev-list', '--count', 'main')).toBe('2');
    expect(git(origin, 'rev-parse', 'main^')).toBe(before);
    const released = await listed(production, 'twice-at-once-pkg');
    expect(Object.keys(released).sort()).toEqual(['twice_at_once_pkg-0.1.1-py3-none-any.whl', 'twice_at_once_pkg-0.1.1.tar.gz']);
    expect(await listed(staging, 'twice-at-once-pkg')).toEqual(released);
  }, TWO_RUNS);
});

describe.concurrent('promotion fails after the tag was pushed', () => {
  const run = (n: string) => ({ GITHUB_REPOSITORY: 'octo/promote-fails', GITHUB_RUN_ID: n });

  it('"Re-run jobs" on the same commit finishes the same version', async () => {
    const { workspace, origin } = await project('rerun-jobs-pkg');
    const checkedOut = git(workspace, 'rev-parse', 'HEAD');
    const failed = await release(workspace, { bump: 'minor', 'production-token': 'pypi-WRONG-production-token' }, run('501'));
    expectStoppedAt(failed, 'INDEX_AUTH', 'Promote');
    expect(git(origin, 'tag', '--list')).toBe('v0.2.0');

    // The same run attempted again: its original commit, its run id.
    const again = clone(origin);
    git(again, 'reset', '-q', '--hard', checkedOut);
    const rerun = await release(again, { bump: 'minor' }, { ...run('501'), GITHUB_RUN_ATTEMPT: '2' });
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(rerun.stdout).toContain('records this very run (octo/promote-fails/501): finishing 0.2.0');
    expect(rerun.outputs.version).toBe('0.2.0');
    expect(Object.keys(await listed(production, 'rerun-jobs-pkg')).sort()).toEqual(['rerun_jobs_pkg-0.2.0-py3-none-any.whl', 'rerun_jobs_pkg-0.2.0.tar.gz']);
    expect(await listed(production, 'rerun-jobs-pkg')).toEqual(await listed(staging, 'rerun-jobs-pkg'));
    expect(git(origin, 'rev-list', '--count', 'main')).toBe('2');
  }, TWO_RUNS);

  it('a new run on the next commit releases the next version; the half-done one is never promoted', async () => {
    const { workspace, origin } = await project('next-commit-pkg');
    const failed = await release(workspace, { bump: 'minor', 'production-token': 'pypi-WRONG-production-token' }, run('601'));
    expectStoppedAt(failed, 'INDEX_AUTH', 'Promote');

    const next = await release(clone(origin), { bump: 'minor' }, run('602'));
    expect(next.exitCode, next.stdout).toBe(0);
    expect(next.outputs.version).toBe('0.3.0');
    expect(Object.keys(await listed(production, 'next-commit-pkg')).sort()).toEqual(['next_commit_pkg-0.3.0-py3-none-any.whl', 'next_commit_pkg-0.3.0.tar.gz']);
    expect(git(origin, 'tag', '--list')).toBe('v0.2.0\nv0.3.0');
  }, TWO_RUNS);
});

describe.concurrent('two-job mode: the approval is rejected', () => {
  it('the next stage job on the same commit resumes the version; on a changed commit it names the next one', async () => {
    const { origin } = await project('approval-pkg');
    const commit = git(origin, 'rev-parse', 'main');
    const stageJob = (workspace: string) => release(workspace, { mode: 'stage', bump: 'minor', 'production-token': '' });
    const first = await stageJob(clone(origin));
    expect(first.exitCode, first.stdout).toBe(0);
    const staged = await listed(staging, 'approval-pkg');
    // The reviewer rejects: no promote job. Someone pushes a change, and the next run stages from there.
    const changed = clone(origin);
    await fs.appendFile(path.join(changed, 'src', 'hello', '__init__.py'), '\nCHANGED = True\n');
    git(changed, '-c', 'user.name=dev', '-c', 'user.email=dev@example.invalid', 'commit', '-q', '-am', 'A change after the rejection');
    const onChanged = await stageJob(changed);
    expectStoppedAt(onChanged, 'STAGING_TAKEN', 'Inspect');
    expect(onChanged.stdout).toContain('Release the next free version, 0.2.1');

    // The same commit again: the same bytes, resumed, and promoted this time.
    const same = clone(origin);
    git(same, 'reset', '-q', '--hard', commit);
    const second = await stageJob(same);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toContain('already staged by an earlier run, byte-identical to this build');
    expect(await listed(staging, 'approval-pkg')).toEqual(staged);
    const promote = await release(clone(origin), { mode: 'promote', manifest: second.outputs.manifest!, 'staging-token': '' });
    expect(promote.exitCode, promote.stdout).toBe(0);
    expect(await listed(production, 'approval-pkg')).toEqual(staged);
  }, 3 * TWO_RUNS / 2);
});
