// The squatted-staging, `git: tag` twice and two-runs-at-once scenarios of
// recovery.e2e.test.ts, with a real pypiserver 2.4.1 as the staging index
// (/work/shared/vendor, see its README): PEP 503 HTML only, `#sha256=`
// fragments, uploads to its root with an htpasswd account, and 409 for any
// re-upload of a filename, identical bytes included. Production stays the
// embedded index.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { exec, pipEnv, projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';
import { helloPkgNamed } from './helpers/e2e.ts';
import { buildTinyProject, twineUpload } from './helpers/python.ts';

// ../shared/vendor beside the main checkout (/work/main), or two levels up from a worktree (/work/wt/NAME).
const TARBALL = process.env.PYPISERVER_TARBALL ??
  [path.resolve(ROOT, '..', 'shared'), path.resolve(ROOT, '..', '..', 'shared')].map((d) => path.join(d, 'vendor', 'pypiserver-2.4.1.tar.gz')).find(existsSync) ?? '';
const ACCOUNT = 'stager';
const PASSWORD = 'pypiserver-STAGING-password-3e81c0';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-pypiserver-5f27aa-secret';
/** Each scenario runs two whole releases. */
const TWO_RUNS = 360_000;

let temp: string;
let server: ChildProcess | undefined;
let stagingUrl: string;
let production: RunningIndex;

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  if (!TARBALL) return;
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-pypiserver-'));
  await exec('tar', ['xzf', TARBALL, '-C', temp]);
  const venv = path.join(temp, 'venv');
  const python = path.join(venv, 'bin', 'python');
  await exec('python3', ['-m', 'venv', venv]);
  await exec(python, ['-m', 'pip', 'install', '-q', 'packaging', 'passlib', 'importlib_resources'], { env: pipEnv() });
  const htpasswd = path.join(temp, 'htpasswd');
  await exec(python, ['-c', `from passlib.apache import HtpasswdFile as H; h = H(${JSON.stringify(htpasswd)}, new=True); h.set_password(${JSON.stringify(ACCOUNT)}, ${JSON.stringify(PASSWORD)}); h.save()`]);
  const packages = path.join(temp, 'packages');
  await fs.mkdir(packages);
  const port = await freePort();
  const source = path.join(temp, 'pypiserver-2.4.1');
  server = spawn(python, ['-m', 'pypiserver', 'run', '-i', '127.0.0.1', '-p', String(port), '-P', htpasswd, '-a', 'update',
    '--disable-fallback', '--server', 'wsgiref', packages], { cwd: source, env: { ...process.env, PYTHONPATH: source }, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let said = '';
    const listen = (chunk: Buffer) => {
      said += chunk;
      if (said.includes('Listening on')) resolve();
    };
    server!.stdout!.on('data', listen);
    server!.stderr!.on('data', listen);
    server!.on('exit', (code) => reject(new Error(`pypiserver exited with ${code}:\n${said}`)));
  });
  stagingUrl = `http://127.0.0.1:${port}/`;
  production = await startIndex({ dir: path.join(temp, 'production'), token: PRODUCTION_TOKEN, port: 0 });
}, 180_000);

afterAll(async () => {
  server?.kill();
  await production?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

let counter = 0;
async function project(name: string): Promise<string> {
  const n = ++counter;
  const dir = await helloPkgNamed(path.join(temp, `source-${n}`), name);
  const origin = path.join(temp, `origin-${n}.git`);
  await projectRepo(dir, path.join(temp, `workspace-${n}`), { origin });
  return origin;
}

function clone(origin: string): string {
  const dest = path.join(temp, `clone-${++counter}`);
  execFileSync('git', ['clone', '-q', origin, dest]);
  return dest;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
}

function release(workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    workspace,
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${++counter}`),
    inputs: {
      'staging-url': stagingUrl,
      'staging-simple-url': `${stagingUrl}simple/`,
      'staging-username': ACCOUNT,
      'staging-token': PASSWORD,
      'production-url': production.uploadUrl,
      'production-token': PRODUCTION_TOKEN,
      ...inputs,
    },
  });
}

/** The project's file names on pypiserver's simple page (HTML). */
async function onStaging(name: string): Promise<string[]> {
  const res = await fetch(`${stagingUrl}simple/${name}/`);
  if (!res.ok) return [];
  return [...(await res.text()).matchAll(/>([^<]+\.(?:whl|tar\.gz))</g)].map((m) => m[1]!).sort();
}

async function onProduction(name: string): Promise<string[]> {
  const res = await fetch(`${production.simpleUrl}${name}/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return [];
  return ((await res.json()) as { files: Array<{ filename: string }> }).files.map((f) => f.filename).sort();
}

describe.skipIf(!TARBALL).concurrent('against a real pypiserver as staging', () => {
  it('squatted staging is refused before any upload, naming the next free version', async () => {
    const squat = await buildTinyProject(path.join(temp, 'squatter'), path.join(temp, 'squatter-dist'), { name: 'ps-squat-pkg', version: '0.2.0', module: 'squatted' });
    expect((await twineUpload(stagingUrl, PASSWORD, [squat.sdist, squat.wheel], ACCOUNT)).code).toBe(0);
    const theirs = await onStaging('ps-squat-pkg');
    const run = await release(clone(await project('ps-squat-pkg')), { bump: 'minor' });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.stdout).toContain('error STAGING_TAKEN');
    expect(run.stdout).toContain('Release the next free version, 0.2.1');
    expect(run.stdout).not.toContain('::group::Stage');
    expect(await onStaging('ps-squat-pkg')).toEqual(theirs);
    expect(await onProduction('ps-squat-pkg')).toEqual([]);
  }, TWO_RUNS);

  it('git: tag released twice makes two distinct releases', async () => {
    const origin = await project('ps-tag-pkg');
    const first = await release(clone(origin), { bump: 'patch', git: 'tag' });
    expect(first.exitCode, first.stdout).toBe(0);
    const second = await release(clone(origin), { bump: 'patch', git: 'tag' });
    expect(second.exitCode, second.stdout).toBe(0);
    expect([first.outputs.version, second.outputs.version]).toEqual(['0.1.1', '0.1.2']);
    expect(git(origin, 'tag', '--list')).toBe('v0.1.1\nv0.1.2');
    expect(await onProduction('ps-tag-pkg')).toEqual(await onStaging('ps-tag-pkg'));
  }, TWO_RUNS);

  it('two runs of one release at once: one tag, each file once, both end cleanly', async () => {
    const origin = await project('ps-once-pkg');
    const [a, b] = await Promise.all([release(clone(origin), { bump: 'patch' }), release(clone(origin), { bump: 'patch' })]);
    for (const run of [a, b]) {
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs.version).toBe('0.1.1');
    }
    expect(git(origin, 'tag', '--list')).toBe('v0.1.1');
    expect(git(origin, 'rev-list', '--count', 'main')).toBe('2');
    expect(await onProduction('ps-once-pkg')).toEqual(['ps_once_pkg-0.1.1-py3-none-any.whl', 'ps_once_pkg-0.1.1.tar.gz']);
    expect(await onStaging('ps-once-pkg')).toEqual(await onProduction('ps-once-pkg'));
  }, TWO_RUNS);
});
