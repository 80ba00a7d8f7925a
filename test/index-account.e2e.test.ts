// A private index's account instead of PyPI's `__token__`: a release whose
// staging index (the embedded index, taking one account as devpi, pypiserver,
// Artifactory or Nexus do, and for reads too when they are private) is given
// `staging-username`, through the bundled action, real pip and real HTTP. The
// account's password is a secret like a token: masked, and never in the log.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';
import { buildFixture } from './helpers/python.ts';

const ACCOUNT = 'acme-release-bot';
const STAGING_PASSWORD = 'staging-ACCOUNT-password-71b3e9';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-account-c04d5a-secret';

let temp: string;
let wheelhouse: string;
const running: RunningIndex[] = [];

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-account-'));
  wheelhouse = path.join(temp, 'wheelhouse');
  await buildFixture(path.join(ROOT, 'examples', 'hello-pkg'), wheelhouse);
}, 120_000);

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  await fs.rm(temp, { recursive: true, force: true });
});

async function release(
  name: string,
  inputs: Record<string, string>,
  stagingOptions: { privateReads?: boolean } = {},
): Promise<{ run: ActionRun; staging: RunningIndex; production: RunningIndex }> {
  const dir = path.join(temp, name);
  const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_PASSWORD, username: ACCOUNT, port: 0, ...stagingOptions });
  const production = await startIndex({ dir: path.join(dir, 'production'), token: PRODUCTION_TOKEN, port: 0 });
  running.push(staging, production);
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'));
  await fs.cp(wheelhouse, path.join(workspace, 'wheelhouse'), { recursive: true });
  const run = await runAction({
    workspace,
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(dir, 'runner'),
    inputs: {
      dists: 'wheelhouse/*',
      'staging-url': staging.uploadUrl,
      'staging-token': STAGING_PASSWORD,
      'production-url': production.uploadUrl,
      'production-token': PRODUCTION_TOKEN,
      git: 'none',
      ...inputs,
    },
  });
  return { run, staging, production };
}

/** Everything the run printed but its mask commands, which name the secret so the runner can hide it. */
function unmasked(run: ActionRun): string {
  return (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
}

describe('staging-username', () => {
  it('uploads to an index that takes an account and its password, and shows the password nowhere', async () => {
    const { run, staging, production } = await release('ok', { 'staging-username': ACCOUNT });
    const log = run.stdout + run.stderr;
    expect(run.exitCode, log).toBe(0);
    expect(staging.uploads.map((u) => u.status)).toEqual([200, 200]);
    expect(production.uploads.map((u) => u.status)).toEqual([200, 200]);
    expect(unmasked(run)).not.toContain(STAGING_PASSWORD);
    expect(log).toContain(`::add-mask::${STAGING_PASSWORD}`);
    const files = JSON.parse(run.outputs.files!) as Array<{ filename: string; sha256: string }>;
    for (const file of files) {
      const bytes = await fs.readFile(path.join(wheelhouse, file.filename));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
  });

  it('reads an index whose pages and files need the account: listing, waiting, downloading for the smoke test', async () => {
    const { run, staging, production } = await release('private-reads', { 'staging-username': ACCOUNT }, { privateReads: true });
    const log = run.stdout + run.stderr;
    expect(run.exitCode, log).toBe(0);
    expect(staging.requests.some((r) => r.method === 'GET' && r.url.startsWith('/files/'))).toBe(true);
    expect(production.uploads.map((u) => u.status)).toEqual([200, 200]);
    expect(unmasked(run)).not.toContain(STAGING_PASSWORD);
    // The encoded credentials are masked too, in case an index echoes the header.
    expect(log).toContain(`::add-mask::${Buffer.from(`${ACCOUNT}:${STAGING_PASSWORD}`).toString('base64')}`);
  });

  it('without it, the account index refuses __token__ before anything reaches production', async () => {
    const { run, staging, production } = await release('default-user', {});
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error INDEX_AUTH');
    expect(staging.uploads.map((u) => u.status)).toEqual([403]);
    expect(production.uploads).toEqual([]);
  });

  it('with another account name, says which account was refused and which inputs to check', async () => {
    const { run, production } = await release('wrong-user', { 'staging-username': 'someone-else' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error INDEX_AUTH');
    expect(run.stdout).toMatch(/refused the account 'someone-else' with the password given: check this index's username and token inputs/);
    expect(unmasked(run)).not.toContain(STAGING_PASSWORD);
    expect(production.uploads).toEqual([]);
  });
});
