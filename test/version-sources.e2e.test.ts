// Every place a project keeps its version, released end to end: a fixture
// per source (test/fixtures/version-sources/), run through dist/index.js as
// GitHub runs it, built by its real backend, staged, smoke-installed and
// promoted on embedded indexes. After each release, exactly the expected
// characters of the expected files differ from the checkout.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { exec, projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'version-sources');
const STAGING_TOKEN = 'pypi-staging-sources';
const PRODUCTION_TOKEN = 'pypi-production-sources';

let temp: string;
let staging: RunningIndex;
let production: RunningIndex;
let indexes: TestIndexes | undefined;
beforeAll(async () => {
  indexes = await startTestIndexes('sources', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  ({ temp, staging, production } = indexes);
});
afterAll(() => indexes?.close());

let counter = 0;
async function checkout(fixture: string, tags: string[] = []): Promise<string> {
  return projectRepo(path.join(FIXTURES, fixture), path.join(temp, `${fixture}-${++counter}`), { tags });
}

function release(workspace: string, inputs: Record<string, string>, event?: { name: string; ref: string; payload?: object }): Promise<ActionRun> {
  return runAction({
    workspace,
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${path.basename(workspace)}`),
    event,
    inputs: {
      'staging-url': staging.uploadUrl,
      'staging-token': STAGING_TOKEN,
      'production-url': production.uploadUrl,
      'production-token': PRODUCTION_TOKEN,
      git: 'none', // the git step has its own tests, with an origin to push to
      ...inputs,
    },
  });
}

/**
 * The files git sees as changed since the fixture's commit, with their text
 * before and after. setuptools leaves `*.egg-info/` next to the sources when
 * it builds (as it does for any `python -m build`); that is its by-product,
 * not a change of the action's, and every other new file counts.
 */
async function changes(workspace: string): Promise<Record<string, { before: string; after: string }>> {
  const status = await exec('git', ['status', '--porcelain'], { cwd: workspace });
  const result: Record<string, { before: string; after: string }> = {};
  for (const line of status.split('\n').filter(Boolean)) {
    const file = line.slice(3);
    if (line.startsWith('?? ') && file.endsWith('.egg-info/')) continue;
    const before = await exec('git', ['show', `HEAD:${file}`], { cwd: workspace });
    result[file] = { before, after: await fs.readFile(path.join(workspace, file), 'utf8') };
  }
  return result;
}

async function productionFiles(name: string): Promise<string[]> {
  const res = await fetch(`${production.simpleUrl}${name}/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  return ((await res.json()) as { files: Array<{ filename: string }> }).files.map((f) => f.filename).sort();
}

/**
 * Upload attempts of files of this version, on either index. The tests of a
 * file run concurrently, so a refusal is proven by its own files being
 * absent, not by the indexes' upload counts standing still.
 */
function uploadsOf(name: string, version: string): string[] {
  const prefix = `${name.replace(/-/g, '_')}-${version}`;
  return [...staging.uploads, ...production.uploads].map((u) => u.filename ?? '').filter((f) => f.startsWith(prefix));
}

function expectReleased(run: ActionRun, version: string, previous: string): void {
  expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.outputs.version).toBe(version);
  expect(run.outputs['previous-version']).toBe(previous);
}

// fixture, the files the bump must change, and the text around the version in each; and, for one
// fixture, an explicit version instead of the bump, written normalized (1.3.0-RC.1 -> 1.3.0rc1) as it is published.
const FILE_SOURCES: Array<[string, Record<string, string>, { inputs: Record<string, string>; version: string }?]> = [
  ['poetry1', { 'pyproject.toml': 'version = "{v}"' }],
  ['poetry2', { 'pyproject.toml': 'version = "{v}"' }],
  ['setuptools-attr', { 'src/vs_setuptools_attr/__init__.py': '__version__ = "{v}"' }],
  ['setuptools-file', { VERSION: '{v}\n' }],
  ['setupcfg-attr', { 'vs_setupcfg_attr/__init__.py': '__version__ = "{v}"' }],
  ['setupcfg-file', { VERSION: '{v}\n' }],
  ['setupcfg-literal', { 'setup.cfg': 'version = {v}\n' }, { inputs: { version: '1.3.0-RC.1' }, version: '1.3.0rc1' }],
  ['setuppy-literal', { 'setup.py': 'version="{v}"' }],
  ['hatch-path', { 'src/vs_hatch_path/__about__.py': '__version__ = "{v}"' }],
  ['hatch-pattern', { 'src/vs_hatch_pattern/_meta.py': 'RELEASE = "{v}"' }],
  ['flit', { 'vs_flit/__init__.py': '__version__ = "{v}"' }],
];

describe.concurrent('each version source, bumped and released with its real backend', () => {
  it.each(FILE_SOURCES)('%s', async (fixture, expected, explicit) => {
    const workspace = await checkout(fixture);
    const version = explicit?.version ?? '1.3.0';
    const run = await release(workspace, explicit?.inputs ?? { bump: 'minor' });
    expectReleased(run, version, '1.2.0');
    expect(run.outputs['is-prerelease']).toBe(String(explicit !== undefined));
    const changed = await changes(workspace);
    expect(Object.keys(changed).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, around] of Object.entries(expected)) {
      const { before, after } = changed[file]!;
      expect(before).toContain(around.replace('{v}', '1.2.0'));
      // The whole file: only the version's characters differ.
      expect(after).toBe(before.replace(around.replace('{v}', '1.2.0'), around.replace('{v}', version)));
    }
    const name = `vs-${fixture}`;
    const files = await productionFiles(name);
    expect(files.length, files.join(', ')).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(f).toContain(`-${version}`);
  });

  it.each([
    ['setuptools-scm'],
    ['hatch-vcs'],
  ])('%s: the next version from the last tag, built as exactly that, nothing written', async (fixture) => {
    const workspace = await checkout(fixture, ['v1.1.0', 'v1.2.0']);
    // A dirty tree would make setuptools-scm add `.dev0+g…d2026…` without the pretend version.
    await fs.appendFile(path.join(workspace, 'README.md'), '\nA local change.\n');
    const run = await release(workspace, { bump: 'minor' });
    expectReleased(run, '1.3.0', '1.2.0');
    expect(run.stdout).toContain('the version lives in git tags');
    expect(Object.keys(await changes(workspace))).toEqual(['README.md']);
    const files = await productionFiles(`vs-${fixture}`);
    expect(files.map((f) => f.replace(/^vs_[a-z_]+/, 'NAME'))).toEqual(['NAME-1.3.0-py3-none-any.whl', 'NAME-1.3.0.tar.gz']);
  });

  it('uv.lock: the project\'s own entry follows, nothing else in the lock', async () => {
    const workspace = await checkout('uv-lock');
    const run = await release(workspace, { bump: 'patch' });
    expectReleased(run, '1.2.1', '1.2.0');
    const changed = await changes(workspace);
    expect(Object.keys(changed).sort()).toEqual(['pyproject.toml', 'uv.lock']);
    const lock = changed['uv.lock']!;
    const entry = /(\[\[package\]\]\nname = "vs-uv-lock"\nversion = ")1\.2\.0(")/;
    expect(lock.before).toMatch(entry);
    expect(lock.after).toBe(lock.before.replace(entry, '$11.2.1$2'));
  });

  it('version-files: every listed file follows; near-miss numbers stay', async () => {
    const workspace = await checkout('version-files');
    const run = await release(workspace, {
      bump: 'minor',
      'version-files': [
        'src/vs_version_files/__init__.py: __version__ = "{version}"',
        'docs/conf.py: release = "{version}"',
        'README.md',
      ].join('\n'),
    });
    expectReleased(run, '1.3.0', '1.2.0');
    const changed = await changes(workspace);
    expect(Object.keys(changed).sort()).toEqual(['README.md', 'docs/conf.py', 'pyproject.toml', 'src/vs_version_files/__init__.py']);
    const readme = changed['README.md']!;
    expect(readme.after).toContain('version-1.3.0-blue');
    expect(readme.after).toContain('11.2.0');
    expect(readme.after).toContain('1.2.01');
    expect(changed['docs/conf.py']!.after).toContain('version = "1.2"');
  });
});

describe.concurrent('the trigger decides', () => {
  it('a tag push releases the tag\'s version, after checking the files agree', async () => {
    const workspace = await checkout('hatch-path', ['v1.1.0']);
    const tagged = await release(workspace, {}, { name: 'push', ref: 'refs/tags/v1.2.0' });
    expectReleased(tagged, '1.2.0', '1.1.0');
    expect(await changes(workspace)).toEqual({});
  });

  it('a tag the files disagree with is refused before the build, at the line', async () => {
    const workspace = await checkout('setuptools-attr');
    const run = await release(workspace, {}, { name: 'release', ref: 'refs/tags/v2.0.0', payload: { action: 'published', release: { tag_name: 'v2.0.0' } } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error VERSION_MISMATCH');
    expect(run.stdout).toMatch(/The tag v2\.0\.0 releases 2\.0\.0, but .*__init__\.py:\d+ says 1\.2\.0/);
    expect(run.stdout).toMatch(/::error title=Version differs from tag v2\.0\.0,file=src\/vs_setuptools_attr\/__init__\.py,line=\d+::/);
    expect(run.stdout).not.toContain('::group::Build');
    expect(uploadsOf('vs-setuptools-attr', '2.0.0')).toEqual([]);
  });

  it('a VCS project on a tag push builds exactly the tag\'s version', async () => {
    // 1.0.0, below the bump test's tags: a bump starts from production's highest release, and the two share the project.
    const workspace = await checkout('setuptools-scm', ['v1.0.0']);
    const run = await release(workspace, {}, { name: 'push', ref: 'refs/tags/v1.0.0' });
    expectReleased(run, '1.0.0', '');
    expect(await productionFiles('vs-setuptools-scm')).toContain('vs_setuptools_scm-1.0.0.tar.gz');
  });

  it('a version-files entry without the current version stops the run with nothing written', async () => {
    const workspace = await checkout('version-files');
    const run = await release(workspace, { bump: 'patch', 'version-files': 'README.md\ndocs/conf.py: version = "{version}"' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error VERSION_FILE_MISMATCH');
    expect(run.stdout).toContain('docs/conf.py does not contain the current version 1.2.0 (pattern: version = "{version}"); nothing was written.');
    expect(await changes(workspace)).toEqual({});
    expect(uploadsOf('vs-version-files', '1.2.1')).toEqual([]);
  });

  it('a tag outside tag-prefix names no version: an input problem, nothing uploaded', async () => {
    const workspace = await checkout('hatch-path');
    const run = await release(workspace, {}, { name: 'push', ref: 'refs/tags/release-1.2.0' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error INPUT_INVALID');
    expect(run.stdout).toContain("the run was started by the tag 'release-1.2.0', which is not a version with or without a `v`");
    // Refused while reading the inputs: no stage ran, so nothing could be uploaded.
    expect(run.stdout).not.toContain('::group::Version');
  });
});
