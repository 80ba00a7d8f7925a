// The secrets scan: releases run with recognisable tokens, and every place a
// token could leak is searched for them: each line of stdout and stderr (the
// errors included), the job summary, the outputs file and every other file
// the action left in the runner's temp folder, the argv and the environment
// of every process the action started (all of them, grandchildren included,
// seen by strace at execve), and every URL the indexes received. The runner
// must learn to mask each token (`::add-mask::`) before anything else is
// printed.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

/**
 * strace sees every execve of the whole process tree, grandchildren included.
 * Linux CI installs it (.ci/run, ci.yml); where there is none (macOS, Windows),
 * the processes are known only by the command lines the action echoes.
 */
const STRACE = process.platform === 'linux' ? '/usr/bin/strace' : undefined;

const canary = (what: string) => `pypi-SECRET-canary-${what}-${randomBytes(6).toString('hex')}`;
const STAGING_TOKEN = canary('staging');
const PRODUCTION_TOKEN = canary('production');

let temp: string;
const running: RunningIndex[] = [];
beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-secrets-'));
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  await fs.rm(temp, { recursive: true, force: true });
});

interface Exec {
  pid: number;
  argv: string[];
  env: string[];
}

/**
 * strace's execve lines: `PID execve("path", ["argv0", ...], ["K=V", ...]) = 0`.
 * Strings are C-escaped; the canaries need no escaping, so searching the
 * escaped text finds them as well as the raw text would.
 */
function parseExecs(trace: string): Exec[] {
  const execs: Exec[] = [];
  for (const line of trace.split('\n')) {
    const m = /^(\d+)\s+execve\("(?:[^"\\]|\\.)*", \[(.*?)\](?:\.\.\.)?, \[(.*?)\](?:\.\.\.)?\) = (-?\d+)/.exec(line);
    if (!m || m[4] !== '0') continue;
    const strings = (text: string) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((s) => s[1]!);
    execs.push({ pid: Number(m[1]), argv: strings(m[2]!), env: strings(m[3]!) });
  }
  return execs;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

let counter = 0;
async function release(inputs: Record<string, string>, options: { origin?: boolean } = {}): Promise<{ run: ActionRun; execs: Exec[]; leftovers: Record<string, string>; requests: string[] }> {
  const n = ++counter;
  const dir = path.join(temp, `run-${n}`);
  // Indexes of its own: the URLs they receive are this run's alone.
  const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_TOKEN, port: 0 });
  const production = await startIndex({ dir: path.join(dir, 'production'), token: PRODUCTION_TOKEN, port: 0 });
  running.push(staging, production);
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'), options.origin ? { origin: path.join(dir, 'origin.git') } : {});
  const runner = path.join(dir, 'runner');
  const trace = path.join(dir, 'execve.trace');
  const run = await runAction({
    workspace,
    toolCache: TEST_TOOL_CACHE,
    tempDir: runner,
    // -f: every descendant; only execve, each string whole (-s), the environment too (-v).
    wrap: STRACE ? [STRACE, '-f', '-qq', '--seccomp-bpf', '-e', 'trace=execve', '-v', '-s', '1000000', '-o', trace] : [],
    inputs: {
      'staging-url': staging.uploadUrl,
      'production-url': production.uploadUrl,
      'staging-token': STAGING_TOKEN,
      'production-token': PRODUCTION_TOKEN,
      git: 'none',
      ...inputs,
    },
  });
  const leftovers: Record<string, string> = {};
  for (const file of await filesUnder(runner)) {
    if (file.startsWith(path.join(runner, 'tool-cache'))) continue;
    leftovers[path.relative(runner, file)] = await fs.readFile(file, 'latin1');
  }
  const requests = [...staging.requests, ...production.requests].map((r) => `${r.method} ${r.url}`);
  const execs = STRACE
    ? parseExecs(await fs.readFile(trace, 'utf8'))
    : [{ pid: 0, argv: ['node', 'dist/index.js'], env: [] }, ...run.commands.map((c, i) => ({ pid: i + 1, argv: [c.slice('[command]'.length)], env: [] }))];
  return { run, execs, leftovers, requests };
}

function expectNoToken(where: string, text: string, tokens: readonly string[]): void {
  for (const token of tokens) {
    // The token, or its body without the `pypi-` prefix, or its Basic-auth form.
    const forms = [token, token.slice(5), Buffer.from(`__token__:${token}`).toString('base64')];
    for (const form of forms) expect(text.includes(form), `${where} holds a token:\n${text}`).toBe(false);
  }
}

function scan(result: Awaited<ReturnType<typeof release>>, tokens: readonly string[]): void {
  const { run, execs, leftovers, requests } = result;
  const lines = run.stdout.split('\n');
  // The masks come first: nothing is printed before the runner can hide the tokens.
  const masks = tokens.map((t) => `::add-mask::${t}`);
  expect(lines.slice(0, tokens.length).sort()).toEqual([...masks].sort());
  lines.slice(tokens.length).forEach((line, i) => expectNoToken(`stdout line ${i + tokens.length + 1}`, line, tokens));
  run.stderr.split('\n').forEach((line, i) => expectNoToken(`stderr line ${i + 1}`, line, tokens));
  expectNoToken('the job summary', run.summary, tokens);
  expectNoToken('the outputs', JSON.stringify(run.outputs), tokens);
  for (const [file, text] of Object.entries(leftovers)) expectNoToken(`runner temp file ${file}`, text, tokens);
  expectNoToken('the URLs the indexes received', requests.join('\n'), tokens);

  // The first execve is the action itself (node), handed its inputs as the runner does.
  expect(execs[0]!.argv.slice(-1)[0]).toMatch(/dist\/index\.js$/);
  const children = execs.slice(1);
  expect(children.length).toBeGreaterThan(0);
  for (const child of children) {
    expectNoToken(`the argv of ${child.argv.join(' ')}`, child.argv.join('\n'), tokens);
    // No child needs a token (uploads are made by the action itself): none is handed one.
    expectNoToken(`the environment of ${child.argv.join(' ')}`, child.env.join('\n'), tokens);
  }
}

describe.concurrent('the secrets scan', () => {
  it('a release (build, stage, smoke command, git tag, promote) shows no token anywhere', async () => {
    const result = await release({ version: '1.0.0', git: 'tag', 'smoke-test': 'hello && env | grep -c . ' }, { origin: true });
    expect(result.run.exitCode, result.run.stdout).toBe(0);
    // It did run the processes a leak could hide in.
    const commands = result.execs.map((e) => e.argv.join(' '));
    const ran = (pattern: RegExp) => expect(commands.some((c) => pattern.test(c)), `no command matches ${pattern}:\n${commands.join('\n')}`).toBe(true);
    ran(/pypi-promote-build\.py /);
    // pip, started as a module or through its runner in the environment it installs into.
    ran(/( -m pip |[\\/]__pip-runner__\.py ).*install/);
    if (STRACE) {
      // git runs silently, and the smoke command through a shell: only strace sees them.
      ran(/^\S*git .* tag --annotate /);
      ran(/^\S*git .* push /);
      ran(/hello && env/);
    }
    expect(result.requests.some((r) => r.startsWith('POST /legacy/'))).toBe(true);
    scan(result, [STAGING_TOKEN, PRODUCTION_TOKEN]);
  });

  it('a release whose upload is refused (a wrong production token) shows neither token in its error', async () => {
    const wrong = canary('wrong');
    const result = await release({ version: '1.1.0', 'production-token': wrong });
    expect(result.run.exitCode).toBe(1);
    expect(result.run.stdout).toContain('error INDEX_AUTH');
    scan(result, [STAGING_TOKEN, wrong]);
  });

  it('a dry run shows no token anywhere', async () => {
    const result = await release({ version: '1.2.0', 'dry-run': 'true' });
    expect(result.run.exitCode, result.run.stdout).toBe(0);
    scan(result, [STAGING_TOKEN, PRODUCTION_TOKEN]);
  });
});
