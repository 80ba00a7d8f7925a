// The secrets scan: releases run with recognisable tokens, and every place a
// token could leak is searched for them: each line of stdout and stderr (the
// errors included), the job summary, the outputs file and every other file
// the action left in the runner's temp folder, the argv and the environment
// of every process the action started (all of them, grandchildren included,
// seen by strace at execve), and every URL the indexes received. The runner
// must learn to mask each token (`::add-mask::`) before anything else is
// printed.
//
// The GitHub Release is made too (against the loopback GitHub API stand-in),
// and the checkout carries a trap that hostile code earlier in the job could
// have planted: `gpg.program` set to a script and `log.showSignature=true` in
// .git/config, with a signed commit for git to check when the notes are read.
// The script records that it ran, and its environment: it must never run.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApi, type GitHubStandIn } from '../packages/pypi-standin/src/github-api.ts';
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
const GITHUB_TOKEN = `ghs_${canary('github')}`;

/**
 * The runner's own credentials and file commands, as a job has them: none may
 * reach a child. (The runner masks these itself; the action masks its inputs.)
 */
const RUNNER_SECRETS: Record<string, string> = {
  ACTIONS_RUNTIME_TOKEN: canary('runtime'),
  ACTIONS_RUNTIME_URL: 'https://runtime.invalid/',
  ACTIONS_CACHE_URL: 'https://cache.invalid/',
  ACTIONS_RESULTS_URL: 'https://results.invalid/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: canary('oidc-request'),
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.invalid/token',
  GITHUB_TOKEN: `ghs_${canary('env-github')}`,
};
/** Names no child environment may hold (GITHUB_ENV and the other file commands are set per run below). */
const FORBIDDEN = /^(INPUT_|ACTIONS_|GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY|TOKEN)=)/;

let temp: string;
let gh: GitHubStandIn;
const running: RunningIndex[] = [];
beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-secrets-'));
  gh = await startGitHubApi({ token: GITHUB_TOKEN, repository: 'octo/hello' });
});
afterAll(async () => {
  await gh?.close();
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

/**
 * The trap: `gpg.program` names a script that appends its argv and environment
 * to `record`, and `log.showSignature=true` has git start it for every signed
 * commit it shows. HEAD becomes a signed commit (as GitHub's merges are).
 * Plain git falls into it; this is checked, so the test cannot pass vacuously.
 */
async function plantGpgTrap(workspace: string, record: string): Promise<void> {
  const trap = path.join(path.dirname(workspace), 'gpg-trap.sh');
  await fs.writeFile(trap, `#!/bin/sh\n{ echo "ran: $0 $*"; env; } >> '${record}'\ncat >/dev/null\nexit 1\n`, { mode: 0o755 });
  const git = (...args: string[]) => execFileSync('git', ['-C', workspace, ...args], { encoding: 'utf8', input: '' });
  const raw = git('cat-file', 'commit', 'HEAD');
  const signed = raw.replace(/^(committer .*)$/m, '$1\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----');
  const id = execFileSync('git', ['-C', workspace, 'hash-object', '-t', 'commit', '-w', '--stdin'], { input: signed, encoding: 'utf8' }).trim();
  git('update-ref', 'refs/heads/main', id);
  git('config', 'gpg.program', trap);
  git('config', 'log.showSignature', 'true');
  git('log', '-1', '--format=%s');
  if (!existsSync(record)) throw new Error('the gpg trap is not armed: plain git did not run it');
  await fs.rm(record);
}

let counter = 0;
async function release(inputs: Record<string, string>, options: { origin?: boolean; trap?: string } = {}): Promise<{ run: ActionRun; execs: Exec[]; leftovers: Record<string, string>; requests: string[] }> {
  const n = ++counter;
  const dir = path.join(temp, `run-${n}`);
  // Indexes of its own: the URLs they receive are this run's alone.
  const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_TOKEN, port: 0 });
  const production = await startIndex({ dir: path.join(dir, 'production'), token: PRODUCTION_TOKEN, port: 0 });
  running.push(staging, production);
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'), options.origin ? { origin: path.join(dir, 'origin.git') } : {});
  if (options.trap) await plantGpgTrap(workspace, options.trap);
  const runner = path.join(dir, 'runner');
  const trace = path.join(dir, 'execve.trace');
  const run = await runAction({
    workspace,
    toolCache: TEST_TOOL_CACHE,
    tempDir: runner,
    // -f: every descendant; only execve, each string whole (-s), the environment too (-v).
    wrap: STRACE ? [STRACE, '-f', '-qq', '--seccomp-bpf', '-e', 'trace=execve', '-v', '-s', '1000000', '-o', trace] : [],
    env: {
      ...process.env,
      ...RUNNER_SECRETS,
      GITHUB_ENV: path.join(dir, 'github-env'),
      GITHUB_PATH: path.join(dir, 'github-path'),
      GITHUB_STATE: path.join(dir, 'github-state'),
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'octo/hello',
    },
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
  const requests = [...[...staging.requests, ...production.requests].map((r) => `${r.method} ${r.url}`), ...gh.requests.map((r) => `${r.method} ${r.path}`)];
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
  const runnerSecrets = Object.values(RUNNER_SECRETS).filter((v) => v.includes('canary'));
  for (const child of children) {
    expectNoToken(`the argv of ${child.argv.join(' ')}`, child.argv.join('\n'), [...tokens, ...runnerSecrets]);
    // No child needs a token (uploads are made by the action itself): none is handed one.
    expectNoToken(`the environment of ${child.argv.join(' ')}`, child.env.join('\n'), [...tokens, ...runnerSecrets]);
    if (STRACE) {
      // Nor the runner's credentials, its file commands, or the action's inputs.
      expect(child.env.filter((kv) => FORBIDDEN.test(kv)), `the environment of ${child.argv.join(' ')}`).toEqual([]);
    }
  }
}

describe.concurrent('the secrets scan', () => {
  it('a release (build, stage, smoke command, git tag, promote, GitHub Release) shows no token anywhere, and the gpg trap never runs', async () => {
    const record = path.join(temp, 'gpg-trap-ran');
    const result = await release({ version: '1.0.0', git: 'tag', 'smoke-test': 'hello && env | grep -c . ', 'github-token': GITHUB_TOKEN }, { origin: true, trap: record });
    expect(result.run.exitCode, result.run.stdout).toBe(0);
    // The GitHub Release was made, its notes read from the commits (git log over the signed commit).
    expect(result.run.stdout).toMatch(/release notes from \d+ commits?/);
    expect(gh.releases.map((r) => r.tag_name)).toEqual(['v1.0.0']);
    expect(gh.releases[0]!.assets.length).toBeGreaterThan(0);
    // The trap: had it run, what it saw must hold no secret and no forbidden variable; and it must not have run.
    const seen = existsSync(record) ? await fs.readFile(record, 'utf8') : '';
    expectNoToken('the gpg trap\'s record', seen, [STAGING_TOKEN, PRODUCTION_TOKEN, GITHUB_TOKEN, ...Object.values(RUNNER_SECRETS).filter((v) => v.includes('canary'))]);
    expect(seen.split('\n').filter((kv) => FORBIDDEN.test(kv))).toEqual([]);
    expect(seen).toBe('');
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
    scan(result, [STAGING_TOKEN, PRODUCTION_TOKEN, GITHUB_TOKEN]);
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
