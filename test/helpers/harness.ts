// What the demo, the benchmark and the end-to-end tests share: running
// dist/index.js exactly as GitHub runs it, and preparing a project to release.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * pip's default index cannot be reached here, and every lookup there costs
 * seconds of retries: point PIP_INDEX_URL at the first configured extra index
 * when the environment does not set one. The user's settings stay as they are.
 */
export function pipEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.PIP_INDEX_URL) return env;
  const first = firstExtraIndex();
  return first ? { ...env, PIP_INDEX_URL: first } : env;
}

// Asked of pip once per test run (vitest's globalSetup, which hands the answer
// to every test file in PYPI_PROMOTE_TEST_EXTRA_INDEX), else once per process:
// a pip start through a version manager's shim costs about a second of CPU, and
// execFileSync would stall the embedded indexes that share this event loop.
let extraIndex: string | undefined = process.env.PYPI_PROMOTE_TEST_EXTRA_INDEX;
export function firstExtraIndex(): string {
  if (extraIndex !== undefined) return extraIndex;
  let configured = '';
  try {
    configured = execFileSync('python3', ['-m', 'pip', 'config', 'get', 'global.extra-index-url'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // nothing configured: pip uses its default index
  }
  extraIndex = configured.split(/\s+/)[0] ?? '';
  return extraIndex;
}

/**
 * PATH as actions/setup-python leaves it: the interpreter's own folder first,
 * so `python3` is the interpreter itself, not a version manager's shim (pyenv's
 * costs half a second of bash per start). Nothing else on PATH changes.
 */
export function setupPythonPath(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const bin = interpreterBin();
  if (!bin) return env;
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  const entries = (env[key] ?? '').split(path.delimiter);
  if (entries[0] === bin) return env;
  return { ...env, [key]: [bin, ...entries].join(path.delimiter) };
}

// Likewise asked once per test run (PYPI_PROMOTE_TEST_PYTHON_BIN).
let pythonBin: string | undefined = process.env.PYPI_PROMOTE_TEST_PYTHON_BIN;
export function interpreterBin(): string {
  if (pythonBin !== undefined) return pythonBin;
  try {
    pythonBin = path.dirname(execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim());
  } catch {
    pythonBin = '';
  }
  return pythonBin;
}

/** Copies a project into `dest` as a git repository with one commit, as actions/checkout leaves it. */
/**
 * A git checkout of `source` at `dest`, one commit on main, as actions/checkout
 * leaves it. With `origin`, a bare repository there is its remote, holding main
 * (and the tags), so the action's push has somewhere to go.
 */
export async function projectRepo(source: string, dest: string, options: { tags?: string[]; origin?: string } = {}): Promise<string> {
  await fs.cp(source, dest, {
    recursive: true,
    filter: (src) => !/(^|[\\/])(dist|build|__pycache__|[^\\/]*\.egg-info)$/.test(src),
  });
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dest,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@example.invalid',
        GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@example.invalid',
        GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Initial commit');
  for (const tag of options.tags ?? []) git('tag', '-a', tag, '-m', `Release ${tag}`);
  if (options.origin) {
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', options.origin], { stdio: 'ignore' });
    git('remote', 'add', 'origin', options.origin);
    git('push', '-q', '--follow-tags', 'origin', 'main');
    git('branch', '-q', '--set-upstream-to=origin/main');
  }
  return dest;
}

/**
 * Runs a command to completion without blocking the event loop: the embedded
 * indexes the command talks to live in this very process, so execFileSync
 * would deadlock them.
 */
export async function exec(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {},
): Promise<string> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    output += chunk;
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk;
    if (options.echo) process.stderr.write(chunk);
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`);
  return stdout;
}

/**
 * The interpreter that has twine: Debian's, where its `twine` package put it,
 * else TWINE_PYTHON or python3 (CI on other runners installs twine with pip).
 */
export const TWINE_PYTHON =
  process.env.TWINE_PYTHON ?? (process.platform === 'linux' && existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/** Runs test/helpers/twine.py: twine with pkginfo taught Metadata-Version 2.3 to 2.5. */
/** A tool cache the tests share across runs, as a self-hosted runner's persists between jobs. */
export const TEST_TOOL_CACHE = path.join(os.tmpdir(), 'pypi-promote-test-tool-cache');

export const TWINE_HARNESS = path.join(ROOT, 'test', 'helpers', 'twine.py');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Every command line the action echoed (`[command]...`). */
  commands: string[];
}

export interface ActionOptions {
  inputs: Record<string, string>;
  workspace: string;
  tempDir: string;
  env?: NodeJS.ProcessEnv;
  /**
   * RUNNER_TOOL_CACHE, where the action keeps its build frontend between runs
   * (as on a self-hosted runner). Default: a fresh folder, so nothing is reused.
   */
  toolCache?: string;
  /** What started the run; default a workflow_dispatch on main. Never the event of the CI running the tests. */
  event?: { name: string; ref: string; payload?: object };
  echo?: boolean;
  /**
   * Run the action as the leader of a process group of its own, so that
   * `process.kill(-child.pid, signal)` reaches it and every process it started,
   * as a runner stopping a job does.
   */
  ownProcessGroup?: boolean;
  /** A command the action runs under, e.g. strace to see every process it starts: `[...wrap, node, dist/index.js]`. */
  wrap?: string[];
  /** GITHUB_STEP_SUMMARY: `null` leaves it unset (Gitea, Forgejo, older GHES runners); a path, the file to give. Default: a fresh file. */
  stepSummary?: string | null;
}

/**
 * Runs `node dist/index.js` as the runner does: inputs as INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files it appends to.
 */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  return (await startAction(options)).result;
}

/**
 * SIGKILL to the action and every process it started, as when a runner dies:
 * the process group on POSIX (start it with ownProcessGroup), taskkill /T /F
 * on Windows, which has no groups to signal.
 */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  if (process.platform === 'win32') {
    execFileSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
  } else {
    process.kill(-child.pid, 'SIGKILL');
  }
}

export interface StartedAction {
  /** The action's process, e.g. to kill it mid-stage. */
  child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Resolves once `test` holds for the stdout so far (checked as output arrives); rejects if the action ends first. */
  waitFor(test: (stdout: string) => boolean): Promise<void>;
  /** The run as runAction reports it, once the process has ended (killed or not). */
  result: Promise<ActionRun>;
}

/** Starts the action as runAction does, and hands back the running process and its output as it comes. */
export async function startAction(options: ActionOptions): Promise<StartedAction> {
  await fs.mkdir(options.tempDir, { recursive: true });
  const outputFile = path.join(options.tempDir, `output-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const summaryFile = `${outputFile}.summary.md`;
  await fs.writeFile(outputFile, '');
  await fs.writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    ...setupPythonPath(pipEnv(options.env ?? process.env)),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: options.stepSummary === undefined ? summaryFile : options.stepSummary ?? undefined,
    RUNNER_TEMP: options.tempDir,
    RUNNER_TOOL_CACHE: options.toolCache ?? path.join(options.tempDir, 'tool-cache'),
  };
  const event = options.event ?? { name: 'workflow_dispatch', ref: 'refs/heads/main' };
  env.GITHUB_EVENT_NAME = event.name;
  env.GITHUB_REF = event.ref;
  env.GITHUB_EVENT_PATH = `${outputFile}.event.json`;
  await fs.writeFile(env.GITHUB_EVENT_PATH, JSON.stringify(event.payload ?? {}));
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_') || env[key] === undefined) delete env[key];
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const command = [...(options.wrap ?? []), process.execPath, path.join(ROOT, 'dist', 'index.js')];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.ownProcessGroup ?? false,
  });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    if (options.echo) process.stdout.write(chunk);
    for (const check of waiters) check();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
    if (options.echo) process.stderr.write(chunk);
  });
  const exitCode = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const result = exitCode.then(async (code) => ({
    exitCode: code,
    stdout,
    stderr,
    outputs: parseOutputs(await fs.readFile(outputFile, 'utf8')),
    summary: await fs.readFile(summaryFile, 'utf8'),
    commands: stdout.split('\n').filter((l) => l.startsWith('[command]')),
  }));
  return {
    child,
    stdout: () => stdout,
    result,
    waitFor: (test) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!test(stdout)) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
        void exitCode.then((code) => {
          if (!waiters.has(check)) return;
          waiters.delete(check);
          reject(new Error(`The action ended (exit code ${code}) before the awaited output appeared:\n${stdout}\n${stderr}`));
        });
      }),
  };
}

/** Reads the runner's output file: `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}
