// Real Python tools for the embedded index's tests: pypa/build for a real
// sdist and wheel, Debian's twine (through twine.py) to upload them, pip to
// install them back. All offline: pip's own index is unreachable here.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pipEnv, TWINE_HARNESS, TWINE_PYTHON } from './harness.ts';

const run = promisify(execFile);
const PYTHON = process.env.PYTHON ?? 'python3';

/**
 * An environment in which pip sees one index only, the one on its command
 * line: no configuration files, no PIP_* variables. A package it installs
 * then can only have come from that index.
 */
export function onlyIndexEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) if (!key.startsWith('PIP_')) clean[key] = value;
  return { ...clean, PIP_CONFIG_FILE: devNull, PIP_DISABLE_PIP_VERSION_CHECK: '1' };
}

/**
 * An interpreter with pypa/build and the backends the tests' own fixtures use
 * (setuptools, wheel, hatchling), so that those fixtures build with
 * `--no-isolation`: the action's build is the one under test, and an isolated
 * environment per fixture costs seconds of pip. A venv made once per machine
 * in the temp directory and shared by every test file, put in place by rename
 * so that a half-made one is never used.
 */
export function buildPython(): Promise<string> {
  // Once per process: the tests of a file may ask for it concurrently.
  return (buildPythonReady ??= makeBuildPython());
}

let buildPythonReady: Promise<string> | undefined;

/** python3's version (3.11.7); asked once per test run by vitest's globalSetup (PYPI_PROMOTE_TEST_PYTHON_VERSION). */
export async function pythonVersion(): Promise<string> {
  const { stdout } = await run(PYTHON, ['-c', 'import sys; print(sys.version.split()[0])']);
  return stdout.trim();
}

async function makeBuildPython(): Promise<string> {
  const version = process.env.PYPI_PROMOTE_TEST_PYTHON_VERSION ?? (await pythonVersion());
  const venv = path.join(tmpdir(), `pypi-promote-test-build-${version}-3`);
  const exe = (dir: string) => (process.platform === 'win32' ? path.join(dir, 'Scripts', 'python.exe') : path.join(dir, 'bin', 'python'));
  if (existsSync(exe(venv))) return exe(venv);
  const staging = `${venv}.${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await run(PYTHON, ['-m', 'venv', staging]);
  await run(exe(staging), ['-m', 'pip', 'install', '--quiet', 'build', 'setuptools>=77', 'wheel', 'hatchling>=1.26'], { env: pipEnv() });
  try {
    await rename(staging, venv);
  } catch {
    await rm(staging, { recursive: true, force: true }); // another run got there first
  }
  return exe(venv);
}

/**
 * `python -m build --no-isolation --outdir out project` for a test's fixture,
 * built once per machine: the files of a build of the very same sources (every
 * file's name and bytes, the build interpreter, SOURCE_DATE_EPOCH) are kept in
 * the temp directory and copied into `out` the next time, by this test file
 * or another. The test files that release hello-pkg from a wheelhouse, or
 * upload the same probe project, then share one build instead of a build each
 * (each is seconds of CPU). The build is not what these tests test: the
 * action's own build always runs for real. Returns the files' paths in `out`.
 */
export async function buildFixture(project: string, out: string, env: NodeJS.ProcessEnv = pipEnv()): Promise<string[]> {
  const python = await buildPython();
  const key = createHash('sha256').update(`${python}\0${(await stat(python)).mtimeMs}\0${env.SOURCE_DATE_EPOCH ?? ''}\0`);
  const entries = await readdir(project, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(project, path.join(e.parentPath, e.name)))
    .filter((rel) => !/(^|[\\/])(dist|build|__pycache__|[^\\/]*\.egg-info)([\\/]|$)/.test(rel))
    .sort();
  for (const rel of files) key.update(`${rel}\0`).update(await readFile(path.join(project, rel))).update('\0');
  const kept = path.join(tmpdir(), 'pypi-promote-test-dists', key.digest('hex').slice(0, 24));
  if (!existsSync(kept)) {
    const partial = `${kept}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
    await run(python, ['-m', 'build', '--no-isolation', '--outdir', partial, project], { env });
    // Put in place whole, by rename; another process that got there first keeps its (identical) files.
    await rename(partial, kept).catch(() => rm(partial, { recursive: true, force: true }));
  }
  await mkdir(out, { recursive: true });
  const built = (await readdir(kept)).sort();
  await Promise.all(built.map((name) => cp(path.join(kept, name), path.join(out, name))));
  return built.map((name) => path.join(out, name));
}

export interface TinyProject {
  /** As written in pyproject.toml, not normalized. */
  name: string;
  version: string;
  /** The one top-level module. */
  module: string;
}

export interface Built {
  sdist: string;
  wheel: string;
}

/** Writes a one-module setuptools project and builds it into `out` (sdist, then the wheel from it). */
export async function buildTinyProject(root: string, out: string, project: TinyProject): Promise<Built> {
  const dir = path.join(root, 'project');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[build-system]',
      'requires = ["setuptools>=61"]',
      'build-backend = "setuptools.build_meta"',
      '',
      '[project]',
      `name = "${project.name}"`,
      `version = "${project.version}"`,
      'description = "A tiny package for the embedded index tests"',
      'requires-python = ">=3.9"',
      '',
      '[tool.setuptools]',
      `py-modules = ["${project.module}"]`,
      '',
    ].join('\n'),
  );
  await writeFile(path.join(dir, `${project.module}.py`), 'ANSWER = 42\n');
  await buildFixture(dir, out, { ...pipEnv(), SOURCE_DATE_EPOCH: '1700000000' });
  const files = await readdir(out);
  const sdist = files.find((f) => f.endsWith('.tar.gz'));
  const wheel = files.find((f) => f.endsWith('.whl'));
  if (!sdist || !wheel) throw new Error(`the build wrote ${files.join(', ') || 'nothing'} to ${out}`);
  return { sdist: path.join(out, sdist), wheel: path.join(out, wheel) };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function capture(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  try {
    const { stdout, stderr } = await run(command, args, { env, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** `twine upload` to `uploadUrl`; the token travels in the environment, never in argv. */
export function twineUpload(uploadUrl: string, token: string, files: string[], username = '__token__'): Promise<RunResult> {
  const env = { ...process.env, TWINE_USERNAME: username, TWINE_PASSWORD: token, TWINE_NON_INTERACTIVE: '1' };
  return capture(
    TWINE_PYTHON,
    [TWINE_HARNESS, 'upload', '--repository-url', uploadUrl, '--non-interactive', '--disable-progress-bar', ...files],
    env,
  );
}

/** `pip install --target` from one index and nothing else. */
export function pipInstall(simpleUrl: string, target: string, requirement: string): Promise<RunResult> {
  return capture(
    PYTHON,
    ['-m', 'pip', 'install', '--index-url', simpleUrl, '--no-cache-dir', '--target', target, requirement],
    onlyIndexEnv(),
  );
}

/** Runs Python code with `dir` first on the import path. */
export function pythonIn(dir: string, code: string): Promise<RunResult> {
  return capture(PYTHON, ['-c', code], { ...process.env, PYTHONPATH: dir });
}
