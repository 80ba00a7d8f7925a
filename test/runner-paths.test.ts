// The path logic of every runner, where this suite cannot run the others:
// Linux and macOS (`bin/python`, bash, `:`) and Windows (`Scripts\python.exe`,
// pwsh, `;`, a `Path` variable), with spaces in paths as runners have them.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deps } from '../src/deps.ts';
import { childExec } from './helpers/exec.ts';
import { defaultPython, findPython, pipCommand, venvLayout } from '../src/process/python.ts';
import { activated, smokeShell } from '../src/smoke/install.ts';

/** Deps that run processes for real; nothing else is used by the probe. */
function probeDeps(): Deps {
  return {
    exec: childExec,
    env: process.env,
    log: { info: () => {}, warning: () => {}, debug: () => {}, group: (_n, fn) => fn() },
    sleep: async () => {},
    now: () => Date.now(),
    dispatcher: undefined as never,
  };
}

describe('virtual environments on every runner', () => {
  it('lay out bin/python on Linux and macOS, Scripts\\python.exe on Windows, spaces kept', () => {
    expect(venvLayout('/home/runner/work/_temp/smoke env/venv', 'linux')).toEqual({
      dir: '/home/runner/work/_temp/smoke env/venv',
      bin: '/home/runner/work/_temp/smoke env/venv/bin',
      python: '/home/runner/work/_temp/smoke env/venv/bin/python',
    });
    expect(venvLayout('/Users/runner/work/_temp/venv', 'darwin').python).toBe('/Users/runner/work/_temp/venv/bin/python');
    expect(venvLayout('D:\\a\\_temp\\smoke env\\venv', 'win32')).toEqual({
      dir: 'D:\\a\\_temp\\smoke env\\venv',
      bin: 'D:\\a\\_temp\\smoke env\\venv\\Scripts',
      python: 'D:\\a\\_temp\\smoke env\\venv\\Scripts\\python.exe',
    });
  });

  it('default to python3, and to python on Windows (where setup-python puts no python3)', () => {
    expect(defaultPython('linux')).toBe('python3');
    expect(defaultPython('darwin')).toBe('python3');
    expect(defaultPython('win32')).toBe('python');
  });

  it('are installed into by the outer pip when it is recent, else by their own', () => {
    const venv = venvLayout('D:\\a\\_temp\\venv', 'win32');
    expect(pipCommand({ executable: 'C:\\hostedtoolcache\\Python\\3.13\\python.exe', version: '3.13.0', hasPip: true }, venv))
      .toEqual(['C:\\hostedtoolcache\\Python\\3.13\\python.exe', ['-m', 'pip', '--python', 'D:\\a\\_temp\\venv\\Scripts\\python.exe']]);
    expect(pipCommand({ executable: '/usr/bin/python3', version: '3.8.10', hasPip: false }, venv))
      .toEqual(['D:\\a\\_temp\\venv\\Scripts\\python.exe', ['-m', 'pip']]);
    // What `pip --python` would start, started directly: the environment's interpreter with the outer pip's runner.
    const runner = 'C:\\hostedtoolcache\\Python\\3.13\\Lib\\site-packages\\pip\\__pip-runner__.py';
    expect(pipCommand({ executable: 'C:\\hostedtoolcache\\Python\\3.13\\python.exe', version: '3.13.0', hasPip: true, pipRunner: runner }, venv))
      .toEqual(['D:\\a\\_temp\\venv\\Scripts\\python.exe', [runner]]);
  });

  it('find the runner `pip --python` starts, next to the interpreter\'s own pip', async () => {
    const python = await findPython(process.env.PYTHON ?? 'python3', probeDeps());
    expect(python.hasPip).toBe(true);
    expect(python.pipRunner).toMatch(/[\\/]pip[\\/]__pip-runner__\.py$/);
    expect(existsSync(python.pipRunner!)).toBe(true);
  });

  it('are activated by putting their bin first on PATH, as Windows spells and separates it', () => {
    const posix = venvLayout('/tmp/smoke env/venv', 'linux');
    expect(activated(posix, { PATH: '/usr/bin:/bin', PYTHONHOME: '/x' }, 'linux'))
      .toEqual({ PATH: '/tmp/smoke env/venv/bin:/usr/bin:/bin', VIRTUAL_ENV: '/tmp/smoke env/venv' });
    const windows = venvLayout('D:\\a\\_temp\\venv', 'win32');
    expect(activated(windows, { Path: 'C:\\Windows;C:\\tools' }, 'win32'))
      .toEqual({ Path: 'D:\\a\\_temp\\venv\\Scripts;C:\\Windows;C:\\tools', VIRTUAL_ENV: 'D:\\a\\_temp\\venv' });
    expect(activated(posix, {}, 'linux')).toEqual({ PATH: '/tmp/smoke env/venv/bin', VIRTUAL_ENV: '/tmp/smoke env/venv' });
  });

  it('run the smoke command in bash with pipefail, or in pwsh on Windows, the command as one argument', () => {
    const command = 'python -c "import pkg" && pkg --version | grep 1.2';
    expect(smokeShell(command, 'linux')).toEqual(['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]]);
    expect(smokeShell(command, 'darwin')[0]).toBe('bash');
    expect(smokeShell(command, 'win32')).toEqual(['pwsh', ['-NoProfile', '-NonInteractive', '-Command', command]]);
  });
});
