// A build frontend kept in the tool cache is reused only while its files
// match the seal made with it: code another job planted there (a `.pth` file
// that Python runs at every start, a changed module) makes it be set aside
// and made again, so the planted code never runs. Real pip, real venvs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipEnv } from './helpers/harness.ts';
import { prepareBuildFrontend } from '../src/build/frontend.ts';
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

async function sitePackages(venv: string): Promise<string> {
  const { stdout } = await run(path.join(venv, 'bin', 'python'), ['-c', 'import sysconfig; print(sysconfig.get_path("purelib"))'], { env: { PATH: process.env.PATH ?? '' } });
  return stdout.trim();
}

describe('a build frontend kept in the tool cache', () => {
  it('is sealed when made, and reused after use while it matches its seal', async () => {
    const first = await prepareBuildFrontend(python, temp, deps);
    expect(existsSync(path.join(first.dir, SEAL))).toBe(true);
    expect(lines.filter((l) => l.includes('reused'))).toEqual([]);
    // Using it (importing build, as a build does) leaves it as sealed.
    await run(first.python, ['-c', 'import build, build.env, pip'], { env: { PATH: process.env.PATH ?? '' } });
    lines.length = 0;
    const second = await prepareBuildFrontend(python, temp, deps);
    expect(second.dir).toBe(first.dir);
    expect(lines).toEqual([expect.stringMatching(/^info: build frontend: reused from the tool cache .*checked against its seal$/)]);
  });

  it('is made again, the planted code gone and never run, when another job changed it', async () => {
    const dir = (await prepareBuildFrontend(python, temp, deps)).dir;
    const site = await sitePackages(dir);
    const marker = path.join(temp, 'planted-code-ran');
    // A .pth line starting with `import` runs at every start of this Python.
    await fs.writeFile(path.join(site, 'zz-planted.pth'), `import os; open(${JSON.stringify(marker)}, "w").close()\n`);
    lines.length = 0;
    const again = await prepareBuildFrontend(python, temp, deps);
    expect(lines).toEqual([expect.stringMatching(/^warning: build frontend: the one in the tool cache .* was not reused: its files differ from its seal \(file .*zz-planted\.pth\)\. It was made again\.$/)]);
    expect(existsSync(path.join(await sitePackages(again.dir), 'zz-planted.pth'))).toBe(false);
    await run(again.python, ['-c', 'import build'], { env: { PATH: process.env.PATH ?? '' } });
    expect(existsSync(marker)).toBe(false);

    // A changed module, too.
    const module = path.join(await sitePackages(again.dir), 'build', '__init__.py');
    await fs.appendFile(module, `\nopen(${JSON.stringify(marker)}, "w").close()\n`);
    lines.length = 0;
    const third = await prepareBuildFrontend(python, temp, deps);
    expect(lines[0]).toMatch(/was not reused: its files differ from its seal \(file .*build\/__init__\.py\)/);
    await run(third.python, ['-c', 'import build'], { env: { PATH: process.env.PATH ?? '' } });
    expect(existsSync(marker)).toBe(false);
  });
});
