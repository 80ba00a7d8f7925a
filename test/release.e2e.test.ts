// The action as GitHub runs it (node dist/index.js, INPUT_* variables, output
// and summary files) against two embedded indexes over real HTTP, building
// with the project's real backend and smoke-installing with real pip.
//
// The groups run concurrently, each releasing versions of its own: what a
// run uploaded is told by the files of its version, never by the indexes'
// upload counts, which other groups move. The groups that prove nothing was
// uploaded at all have indexes of their own.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { exec, pipEnv, projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';
import { buildPython, buildTinyProject, twineUpload } from './helpers/python.ts';

const STAGING_TOKEN = 'pypi-STAGING-e2e-7f3a9c-secret';
/** A test that runs two whole releases one after the other, on a loaded machine. */
const TWO_RUNS = 360_000;
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-e2e-2b8d4e-secret';

let temp: string;
let staging: RunningIndex;
let production: RunningIndex;
let indexes: TestIndexes | undefined;
beforeAll(async () => {
  indexes = await startTestIndexes('e2e', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  ({ temp, staging, production } = indexes);
});
afterAll(() => indexes?.close());

let counter = 0;
async function freshProject(mutate?: (dir: string) => Promise<void>, options: { origin?: boolean } = {}): Promise<string> {
  const n = ++counter;
  const dir = path.join(temp, `project-${n}`);
  await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), dir, { recursive: true });
  if (mutate) await mutate(dir);
  return projectRepo(dir, path.join(temp, `workspace-${n}`), options.origin ? { origin: path.join(temp, `origin-${n}.git`) } : {});
}

function release(
  workspace: string,
  inputs: Record<string, string>,
  targets = { staging, production },
  event?: { name: string; ref: string },
): Promise<ActionRun> {
  return releaseTo(workspace, inputs, targets, event);
}

function releaseTo(
  workspace: string,
  inputs: Record<string, string>,
  targets: { staging: RunningIndex; production: RunningIndex },
  event?: { name: string; ref: string },
): Promise<ActionRun> {
  return runAction({
    workspace,
    event,
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${++counter}`),
    inputs: {
      'staging-url': targets.staging.uploadUrl,
      'staging-token': STAGING_TOKEN,
      'production-url': targets.production.uploadUrl,
      'production-token': PRODUCTION_TOKEN,
      git: 'none', // the git step has its own tests, with an origin to push to
      ...inputs,
    },
  });
}

/** Upload attempts of hello-pkg's files of this version on the index. */
function versionUploads(index: RunningIndex, version: string): number {
  return index.uploads.filter((u) => u.filename === `hello_pkg-${version}.tar.gz` || u.filename?.startsWith(`hello_pkg-${version}-`)).length;
}

interface Listed { filename: string; hashes: { sha256: string }; url: string }
async function listed(index: RunningIndex, name: string): Promise<Listed[]> {
  const res = await fetch(`${index.simpleUrl}${name}/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return [];
  return ((await res.json()) as { files: Listed[] }).files;
}

function expectNoSecrets(run: ActionRun, secrets = [STAGING_TOKEN, PRODUCTION_TOKEN]): void {
  // `::add-mask::` lines are how the runner learns what to hide: it never shows them.
  const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), run.commands.join('\n')]) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

async function expectRefused(run: ActionRun, code: string, text: RegExp | string): Promise<void> {
  expect(run.exitCode, run.stdout).toBe(1);
  expect(run.stdout).toContain(`error ${code}`);
  expect(run.stdout).toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
  expectNoSecrets(run);
}

// A bump starts from the highest release production holds: the groups that
// bump have indexes of their own, out of reach of the versions the others release.
function ownIndexes(name: string): { indexes: () => { staging: RunningIndex; production: RunningIndex } } {
  let own: TestIndexes | undefined;
  beforeAll(async () => {
    own = await startTestIndexes(name, { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  });
  afterAll(() => own?.close());
  return { indexes: () => ({ staging: own!.staging, production: own!.production }) };
}

describe.concurrent('a release', () => {
  let workspace: string;
  let first: ActionRun;
  let staging: RunningIndex;
  let production: RunningIndex;
  const { indexes } = ownIndexes('e2e-release');

  beforeAll(async () => {
    ({ staging, production } = indexes());
    workspace = await freshProject();
    first = await release(workspace, {
      bump: 'patch',
      'smoke-test': 'python -c "import hello; print(hello.greet())" && hello',
    }, { staging, production });
  });

  it('succeeds, bumps pyproject.toml in place and sets the outputs', async () => {
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.version).toBe('0.1.1');
    expect(first.outputs['previous-version']).toBe('0.1.0');
    expect(first.outputs['is-prerelease']).toBe('false');
    const original = await fs.readFile(path.join(ROOT, 'examples', 'hello-pkg', 'pyproject.toml'), 'utf8');
    const written = await fs.readFile(path.join(workspace, 'pyproject.toml'), 'utf8');
    expect(written).toBe(original.replace('version = "0.1.0"', 'version = "0.1.1"'));
    expect(first.outputs['production-url']).toBe(`${production.url}/project/hello-pkg/0.1.1/`);
    expect(first.stdout).toContain('Hello, world! (hello-pkg 0.1.1)');
    expectNoSecrets(first);
  });

  it('puts on production exactly the bytes staging served', async () => {
    const files = JSON.parse(first.outputs.files!) as Array<{ filename: string; sha256: string; size: number }>;
    expect(files.map((f) => f.filename).sort()).toEqual(['hello_pkg-0.1.1-py3-none-any.whl', 'hello_pkg-0.1.1.tar.gz']);
    const onStaging = await listed(staging, 'hello-pkg');
    const onProduction = await listed(production, 'hello-pkg');
    for (const f of files) {
      expect(onStaging.find((s) => s.filename === f.filename)?.hashes.sha256).toBe(f.sha256);
      const prod = onProduction.find((p) => p.filename === f.filename)!;
      expect(prod.hashes.sha256).toBe(f.sha256);
      const bytes = Buffer.from(await (await fetch(prod.url)).arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
    }
    expect(first.summary).toContain('hello-pkg 0.1.1 released');
    expect(first.summary).toContain(files[0]!.sha256);
  });

  it('can be installed from production with pip', async () => {
    const target = path.join(temp, 'installed');
    await exec('python3', ['-m', 'pip', 'install', '--no-cache-dir', '--target', target,
      '--index-url', production.simpleUrl, 'hello-pkg==0.1.1'], { env: pipEnv() });
    const out = await exec('python3', ['-c', 'import hello; print(hello.greet("pip"))'], {
      env: { ...process.env, PYTHONPATH: target },
    });
    expect(out.trim()).toBe('Hello, pip! (hello-pkg 0.1.1)');
  });

  it('run again, finds every file already there with the same hash and uploads nothing', async () => {
    const uploadsBefore = [versionUploads(staging, '0.1.1'), versionUploads(production, '0.1.1')];
    const again = await release(workspace, { version: '0.1.1' }, { staging, production });
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect([versionUploads(staging, '0.1.1'), versionUploads(production, '0.1.1')]).toEqual(uploadsBefore);
    expect(again.stdout).toMatch(/already/);
    expect(again.summary).toContain('already there');
    // The first run left its build frontend in the tool cache, as on a self-hosted runner.
    expect(again.stdout).toContain(`build frontend: reused from the tool cache (${TEST_TOOL_CACHE}`);
  });
});

describe.concurrent('a failing smoke test', () => {
  it('stops the release before the first upload, and shows the command output', async () => {
    const workspace = await freshProject();
    const run = await release(workspace, {
      version: '0.3.0',
      'smoke-test': 'python -c "import hello, sys; print(\'smoke-marker\', hello.greet()); sys.exit(3)"',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('SMOKE_TEST_FAILED');
    expect(run.stdout).toContain('smoke-marker Hello, world! (hello-pkg 0.3.0)');
    expect(versionUploads(production, '0.3.0')).toBe(0);
    expect((await listed(production, 'hello-pkg')).some((f) => f.filename.includes('0.3.0'))).toBe(false);
    // The smoke test runs on the built files before any upload: 0.3.0 stays free on both indexes.
    expect(run.stdout).toContain('nothing was uploaded');
    expect(versionUploads(staging, '0.3.0')).toBe(0);
    expectNoSecrets(run);
  });
});

describe.concurrent('bad input publishes nothing', () => {
  // Indexes of this group's own: no upload at all may reach them.
  let own: TestIndexes;
  let workspace: string;
  beforeAll(async () => {
    own = await startTestIndexes('e2e-refused', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
    workspace = await freshProject();
  });
  afterAll(async () => {
    expect([own.staging.uploads.length, own.production.uploads.length]).toEqual([0, 0]);
    await own.close();
  });
  const release = (workspace: string, inputs: Record<string, string>, targets?: { staging: RunningIndex; production: RunningIndex }) =>
    releaseTo(workspace, inputs, targets ?? own);

  it.each([
    ['an unknown bump word', { bump: 'huge' }, "bump: 'huge' is not one of major, minor, patch, stable, alpha, beta, rc, post, dev"],
    ['a version that is not PEP 440', { version: 'one.two' }, "'one.two' is not a PEP 440 version"],
    ['a local version', { version: '1.0+abc' }, "has a local segment ('+abc'), which PyPI refuses"],
    ['version and bump both', { version: '1.0', bump: 'patch' }, 'version and bump are both set'],
    ['http to a host that is not loopback', { bump: 'patch', 'staging-url': 'http://staging.example.com/legacy/' }, 'uses plain http: tokens and files would cross the network unencrypted'],
  ])('%s', async (_, inputs, text) => {
    await expectRefused(await release(workspace, inputs), 'INPUT_INVALID', text);
  });

  it('a missing token, in a job that cannot use trusted publishing instead', async () => {
    const run = await release(workspace, { bump: 'patch', 'production-token': '' });
    await expectRefused(run, 'TRUSTED_PUBLISHING_NO_ID_TOKEN', /No token was given for 127\.0\.0\.1:\d+ \(production-token\), and this job cannot get an OIDC token/);
    expect(run.stdout).toContain('permissions: id-token: write');
  });

  it('a bump that does not raise the version', async () => {
    const run = await release(workspace, { bump: 'rc' });
    await expectRefused(run, 'VERSION_INVALID', '0.1.0 => 0.1.0rc1 does not increase the version: to start a pre-release, bump a release component too');
  });

  it('staging and production the same', async () => {
    const run = await release(workspace, { bump: 'patch' }, { staging: own.production, production: own.production });
    await expectRefused(run, 'INPUT_INVALID', 'staging-url and production-url are the same');
  });

  it('a project-dir that does not exist', async () => {
    await expectRefused(await release(workspace, { bump: 'patch', 'project-dir': 'nowhere' }), 'PROJECT_NOT_FOUND', 'No pyproject.toml, setup.cfg or setup.py in');
  });

  it('a folder with no pyproject.toml', async () => {
    await fs.mkdir(path.join(workspace, 'docs'), { recursive: true });
    await expectRefused(await release(workspace, { bump: 'patch', 'project-dir': 'docs' }), 'PROJECT_NOT_FOUND', 'No pyproject.toml, setup.cfg or setup.py in');
  });

  it('a version computed by code, which has no text to rewrite, named with its line', async () => {
    const dynamic = await freshProject(async (dir) => {
      const file = path.join(dir, 'pyproject.toml');
      const text = (await fs.readFile(file, 'utf8')).replace(/^version = .*$/m, 'dynamic = ["version"]');
      await fs.writeFile(file, `${text}\n[tool.hatch.version]\nsource = "code"\npath = "src/hello/__init__.py"\n`);
    });
    const run = await release(dynamic, { bump: 'patch' });
    await expectRefused(run, 'VERSION_SOURCE_UNSUPPORTED', /pyproject\.toml:\d+: \[tool\.hatch\.version\] source = "code" computes the version at build time/);
    expect(run.stdout).toMatch(/::error title=[^,]*,file=pyproject.toml,line=\d+::/);
  });

  it('a build backend that fails, with its output', async () => {
    const broken = await freshProject(async (dir) => {
      await fs.writeFile(path.join(dir, 'src', 'hello', 'broken_backend.py'),
        'def _fail(*args, **kwargs):\n    raise RuntimeError("backend-marker: this backend always fails")\n' +
        'build_sdist = build_wheel = _fail\n');
      const file = path.join(dir, 'pyproject.toml');
      const text = (await fs.readFile(file, 'utf8'))
        .replace('requires = ["hatchling>=1.26"]', 'requires = []\nbackend-path = ["src/hello"]')
        .replace('build-backend = "hatchling.build"', 'build-backend = "broken_backend"');
      await fs.writeFile(file, text);
    });
    await expectRefused(await release(broken, { bump: 'patch' }), 'BUILD_FAILED', 'backend-marker: this backend always fails');
  });
});

describe.concurrent('a version already on production with other files', () => {
  it('is refused before anything is uploaded anywhere', async () => {
    // Production gets hello-pkg 0.5.0 from another build (another greeting) through a throwaway staging index.
    const other = await startIndex({ dir: path.join(temp, 'other-staging'), token: STAGING_TOKEN, port: 0 });
    try {
      const different = await freshProject(async (dir) => {
        const init = path.join(dir, 'src', 'hello', '__init__.py');
        await fs.writeFile(init, (await fs.readFile(init, 'utf8')).replace('Hello', 'Howdy'));
      });
      const earlier = await release(different, { version: '0.5.0' }, { staging: other, production });
      expect(earlier.exitCode, earlier.stdout).toBe(0);
    } finally {
      await other.close();
    }
    const uploads = [versionUploads(staging, '0.5.0'), versionUploads(production, '0.5.0')];
    const run = await release(await freshProject(), { version: '0.5.0' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error VERSION_ALREADY_RELEASED');
    // Refused in the Version stage, before the build: production's files of 0.5.0 were never staged here.
    expect(run.stdout).toMatch(/hello_pkg-0\.5\.0-py3-none-any\.whl \(sha256 [0-9a-f]{64}\)/);
    expect(run.stdout).toContain('nothing was built or uploaded');
    expect([versionUploads(staging, '0.5.0'), versionUploads(production, '0.5.0')]).toEqual(uploads);
  });
});

describe.concurrent('a re-run after a failed promotion', () => {
  it('finds its files on staging and finishes the release', async () => {
    const workspace = await freshProject();
    const failed = await release(workspace, { version: '0.6.0', 'production-token': 'pypi-WRONG-production-token' });
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('error INDEX_AUTH');
    expectNoSecrets(failed, [STAGING_TOKEN, 'pypi-WRONG-production-token']);
    expect((await listed(production, 'hello-pkg')).some((f) => f.filename.includes('0.6.0'))).toBe(false);
    expect((await listed(staging, 'hello-pkg')).filter((f) => f.filename.includes('0.6.0'))).toHaveLength(2);

    const stagingUploads = versionUploads(staging, '0.6.0');
    const again = await release(workspace, { version: '0.6.0' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(versionUploads(staging, '0.6.0')).toBe(stagingUploads);
    expect(again.summary).toMatch(/\| already there \| uploaded \|/);
    expect((await listed(production, 'hello-pkg')).filter((f) => f.filename.includes('0.6.0'))).toHaveLength(2);
  }, TWO_RUNS);
});

describe.concurrent('a re-run whose build is not reproducible', () => {
  const hashesOf = async (index: RunningIndex, version: string) =>
    Object.fromEntries((await listed(index, 'hello-pkg')).filter((f) => f.filename.includes(`-${version}`)).map((f) => [f.filename, f.hashes.sha256]));
  const greetDifferently = async (dir: string) => {
    const init = path.join(dir, 'src', 'hello', '__init__.py');
    await fs.writeFile(init, (await fs.readFile(init, 'utf8')).replace('Hello', 'Hi there'));
  };

  // A file on staging is no proof of who put it there: staged bytes this
  // build did not make are promoted only when the release tag, pushed before
  // promotion where no staging account can write, records their sha256.
  it('promotes the files the first run staged when its release tag records them, never the fresh bytes', async () => {
    const workspace = await freshProject(undefined, { origin: true });
    const failed = await release(workspace, { version: '0.9.0', git: 'push', 'production-token': 'pypi-WRONG-production-token' });
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('::group::Tag');
    const staged = await hashesOf(staging, '0.9.0');
    expect(Object.keys(staged)).toHaveLength(2);

    // The same version, other bytes: what a build that is not reproducible makes.
    await greetDifferently(workspace);
    const stagingUploads = versionUploads(staging, '0.9.0');
    const again = await release(workspace, { version: '0.9.0', git: 'push' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toContain('(the tag v0.9.0 on origin records its sha256');
    expect(again.stdout).toContain('so the build is not reproducible, and the recorded file is the one released');
    expect(versionUploads(staging, '0.9.0')).toBe(stagingUploads);
    expect(await hashesOf(production, '0.9.0')).toEqual(staged);
    expect(JSON.parse(again.outputs.files!).map((f: { sha256: string }) => f.sha256).sort()).toEqual(Object.values(staged).sort());
  }, TWO_RUNS);

  it('refuses staged files of other bytes when the first run stopped before tagging: nothing proves them its own', async () => {
    const workspace = await freshProject();
    const failed = await release(workspace, { version: '0.9.5', 'production-token': 'pypi-WRONG-production-token' });
    expect(failed.exitCode).toBe(1);
    const staged = await hashesOf(staging, '0.9.5');
    expect(Object.keys(staged)).toHaveLength(2);

    await greetDifferently(workspace);
    const stagingUploads = versionUploads(staging, '0.9.5');
    const productionUploads = versionUploads(production, '0.9.5');
    const again = await release(workspace, { version: '0.9.5' });
    await expectRefused(again, 'STAGING_TAKEN', 'Release the next free version, 0.9.6');
    expect(versionUploads(staging, '0.9.5')).toBe(stagingUploads);
    expect(versionUploads(production, '0.9.5')).toBe(productionUploads);
    expect(await hashesOf(production, '0.9.5')).toEqual({});
  });
});

describe.concurrent('files built elsewhere (dists)', () => {
  const uploadsOf = (prefix: string) => [...staging.uploads, ...production.uploads].filter((u) => u.filename?.startsWith(prefix));

  async function prebuilt(version: string): Promise<{ workspace: string; files: string[] }> {
    const workspace = await freshProject();
    const copy = path.join(temp, `prebuilt-${version}`);
    await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), copy, { recursive: true });
    const pyproject = path.join(copy, 'pyproject.toml');
    await fs.writeFile(pyproject, (await fs.readFile(pyproject, 'utf8')).replace(/^version = "[^"]*"/m, `version = "${version}"`));
    const out = path.join(workspace, 'wheelhouse');
    await exec(await buildPython(), ['-m', 'build', '--no-isolation', '--outdir', out, copy], { env: pipEnv() });
    return { workspace, files: (await fs.readdir(out)).sort() };
  }

  it('stages, smoke-tests and promotes exactly those files, building nothing', async () => {
    const { workspace, files } = await prebuilt('0.11.0');
    const local = Object.fromEntries(await Promise.all(files.map(async (f) =>
      [f, createHash('sha256').update(await fs.readFile(path.join(workspace, 'wheelhouse', f))).digest('hex')] as const)));
    const run = await release(workspace, { dists: 'wheelhouse/*\n!wheelhouse/*.txt', 'smoke-test': 'hello' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.version).toBe('0.11.0');
    expect(run.stdout).not.toContain('::group::Build');
    const promoted = Object.fromEntries((await listed(production, 'hello-pkg')).filter((f) => f.filename.includes('-0.11.0')).map((f) => [f.filename, f.hashes.sha256]));
    expect(promoted).toEqual(local);
    // Nothing in the checkout was touched: the files carry their version.
    expect(await exec('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: workspace })).toBe('');
  });

  it('refuses files whose version is not the one the run names, and patterns that match nothing', async () => {
    const { workspace } = await prebuilt('0.12.0');
    const mismatch = await release(workspace, { dists: 'wheelhouse/*', version: '0.12.1' });
    await expectRefused(mismatch, 'VERSION_MISMATCH', 'The files in `dists` are hello-pkg 0.12.0 (hello_pkg-0.12.0.tar.gz), but the `version` input says 0.12.1; nothing was uploaded.');
    const tagged = await release(workspace, { dists: 'wheelhouse/*' }, { staging, production }, { name: 'push', ref: 'refs/tags/v0.13.0' });
    await expectRefused(tagged, 'VERSION_MISMATCH', 'but the tag v0.13.0 releases 0.13.0');
    await expectRefused(await release(workspace, { dists: 'dist/*.whl' }), 'DISTS_NOT_FOUND', 'The `dists` patterns match no file');
    expect(uploadsOf('hello_pkg-0.12')).toEqual([]);
  });
});

describe.concurrent('a dry run', () => {
  const { indexes } = ownIndexes('e2e-dry-run');
  it('builds, inspects and reads both indexes, uploads nothing, needs no token, and leaves the checkout as it was', async () => {
    const workspace = await freshProject();
    const { staging, production } = indexes();
    const run = await release(workspace, { bump: 'minor,beta', 'dry-run': 'true', 'staging-token': '', 'production-token': '' }, { staging, production });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.2.0b1', released: 'false', 'previous-version': '0.1.0' });
    expect(run.stdout).toContain('::group::Build');
    expect(run.stdout).not.toContain('::group::Stage');
    expect(run.summary).toContain('## hello-pkg 0.2.0b1: dry run, nothing uploaded');
    expect(run.summary).toMatch(/\| `hello_pkg-0\.2\.0b1-py3-none-any\.whl` \|.*\| would upload \| would upload \|/);
    expect([...staging.uploads, ...production.uploads].filter((u) => u.filename?.includes('0.2.0b1'))).toEqual([]);
    expect(await exec('git', ['status', '--porcelain'], { cwd: workspace })).toBe('');
  });
});

describe.concurrent('the smoke install', () => {
  it('takes dependencies from production, never from staging (dependency confusion)', async () => {
    // dep-lib 1.0 is on production; a squatter put dep-lib 99.0 on staging only.
    const honest = await buildTinyProject(path.join(temp, 'dep-honest'), path.join(temp, 'dep-honest-dist'),
      { name: 'dep-lib', version: '1.0', module: 'dep_lib' });
    const squatter = await buildTinyProject(path.join(temp, 'dep-squatter'), path.join(temp, 'dep-squatter-dist'),
      { name: 'dep-lib', version: '99.0', module: 'dep_lib' });
    expect((await twineUpload(production.uploadUrl, PRODUCTION_TOKEN, [honest.sdist, honest.wheel])).code).toBe(0);
    expect((await twineUpload(staging.uploadUrl, STAGING_TOKEN, [squatter.sdist, squatter.wheel])).code).toBe(0);

    const workspace = await freshProject(async (dir) => {
      const file = path.join(dir, 'pyproject.toml');
      const text = await fs.readFile(file, 'utf8');
      await fs.writeFile(file, text.replace('requires-python = ">=3.9"', 'requires-python = ">=3.9"\ndependencies = ["dep-lib>=1.0"]'));
    });
    const run = await release(workspace, {
      version: '0.7.0',
      'smoke-test': 'python -c "from importlib.metadata import version; print(\'dep-lib is\', version(\'dep-lib\'))"',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('dep-lib is 1.0');
    expect(run.stdout).not.toContain('dep-lib is 99.0');
  });
});
