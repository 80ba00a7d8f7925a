// The build frontend: pypa/build in a folder of its own, run by the
// interpreter whose pip fills the isolated environments; a venv with its own
// pip when that interpreter's pip cannot. Kept in the tool cache, it is
// reused only while its files match the seal made with it: code another job
// planted there (a module that shadows one build imports, a changed module)
// makes it be set aside and made again, so the planted code never runs.
// Real pip, real venvs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipEnv } from './helpers/harness.ts';
import { prepareBuildFrontend, type BuildFrontend } from '../src/build/frontend.ts';
import type { Deps } from '../src/deps.ts';
import { childExec as exec } from './helpers/exec.ts';
import { findPython, type Python } from '../src/process/python.ts';
import { SEAL } from '../src/process/sealed-cache.ts';

const run = promisify(execFile);

let temp: string;
let cache: string;
let python: Python;
const lines: string[] = [];
let deps: Deps;

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-seal-'));
  cache = path.join(temp, 'tool-cache');
  deps = {
    exec,
    env: { ...pipEnv(), RUNNER_TOOL_CACHE: cache },
    log: { info: (m) => void lines.push(`info: ${m}`), warning: (m) => void lines.push(`warning: ${m}`), debug: () => {}, group: (_n, fn) => fn() },
    sleep: async () => {},
    now: () => Date.now(),
    dispatcher: undefined as never,
  };
  python = await findPython(process.env.PYTHON ?? 'python3', deps);
});
afterAll(() => fs.rm(temp, { recursive: true, force: true }));

/** Starts the frontend's interpreter as the build does: its folder first on the module path. */
function importBuild(frontend: BuildFrontend): Promise<unknown> {
  const prelude = frontend.modulePath ? `import sys; sys.path.insert(0, ${JSON.stringify(frontend.modulePath)}); ` : '';
  return run(frontend.python, ['-c', `${prelude}import build, build.env`], { env: { PATH: process.env.PATH ?? '' } });
}

describe('a build frontend kept in the tool cache', () => {
  it('is pypa/build alone, run by the interpreter whose pip installs elsewhere, even where pip requires a virtualenv', async () => {
    expect(python.hasPip).toBe(true);
    // A user's `require-virtualenv`: it guards the interpreter's site-packages, which this install never touches.
    const frontend = await prepareBuildFrontend(python, temp, { ...deps, env: { ...deps.env, PIP_REQUIRE_VIRTUALENV: 'true' } });
    expect(frontend.python).toBe(python.executable);
    expect(frontend.modulePath).toBe(frontend.dir);
    const installed = (await fs.readdir(frontend.dir)).filter((name) => !name.endsWith('.dist-info') && !name.startsWith('.'));
    expect(installed.sort()).toEqual(['bin', 'build', 'packaging', 'pyproject_hooks']);
  });

  it('is sealed when made, and reused after use while it matches its seal', async () => {
    const first = await prepareBuildFrontend(python, temp, deps);
    expect(existsSync(path.join(first.dir, SEAL))).toBe(true);
    // Using it (importing build, as a build does) leaves it as sealed.
    await importBuild(first);
    lines.length = 0;
    const second = await prepareBuildFrontend(python, temp, deps);
    expect(second.dir).toBe(first.dir);
    expect(lines).toEqual([expect.stringMatching(/^info: build frontend: reused from the tool cache .*checked against its seal$/)]);
  });

  it('is made again, the planted code gone and never run, when another job changed it', async () => {
    const dir = (await prepareBuildFrontend(python, temp, deps)).dir;
    const marker = path.join(temp, 'planted-code-ran');
    // The folder comes first on the module path, so a module planted there
    // under a name build imports (tomllib, from the standard library) would run.
    await fs.writeFile(path.join(dir, 'tomllib.py'), `open(${JSON.stringify(marker)}, "w").close()\n`);
    lines.length = 0;
    const again = await prepareBuildFrontend(python, temp, deps);
    expect(lines).toEqual([expect.stringMatching(/^warning: build frontend: the one in the tool cache .* was not reused: its files differ from its seal \(file tomllib\.py\)\. It was made again\.$/)]);
    expect(existsSync(path.join(again.dir, 'tomllib.py'))).toBe(false);
    await importBuild(again);
    expect(existsSync(marker)).toBe(false);

    // A changed module, too.
    await fs.appendFile(path.join(again.dir, 'build', '__init__.py'), `\nopen(${JSON.stringify(marker)}, "w").close()\n`);
    lines.length = 0;
    const third = await prepareBuildFrontend(python, temp, deps);
    expect(lines[0]).toMatch(/was not reused: its files differ from its seal \(file build\/__init__\.py\)/);
    await importBuild(third);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('an interpreter whose pip cannot install into another environment', () => {
  it('gets a venv of its own with build and a recent pip', async () => {
    const noPip: Python = { executable: python.executable, version: python.version, hasPip: false };
    const local = { ...deps, env: { ...deps.env, RUNNER_TOOL_CACHE: '' } };
    const frontend = await prepareBuildFrontend(noPip, path.join(temp, 'no-pip'), local);
    expect(frontend.modulePath).toBeUndefined();
    expect(frontend.python).toBe(path.join(temp, 'no-pip', 'build-frontend', 'bin', 'python'));
    const { stdout } = await run(frontend.python, ['-c', 'import build, pip; print(pip.__version__)'], { env: { PATH: process.env.PATH ?? '' } });
    expect(Number(stdout.split('.')[0])).toBeGreaterThanOrEqual(23);
  });
});
