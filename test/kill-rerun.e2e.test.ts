// Killed and run again: the action (and every process it started) gets
// SIGKILL in the middle of a stage, as when a runner dies or a job is
// cancelled hard; then the same job runs again on the same checkout. The
// re-run must complete, and production must then hold exactly the files
// staging serves, same sha256. The embedded index's slow answers (faults.ts)
// hold each stage open long enough to be killed in; the stage is read from
// the action's own log as it runs.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { killTree, projectRepo, ROOT, runAction, startAction, TEST_TOOL_CACHE } from './helpers/harness.ts';

const STAGING_TOKEN = 'pypi-STAGING-kill-4e2a91-secret';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-kill-b70c3d-secret';

let temp: string;
const running: RunningIndex[] = [];
beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-kill-'));
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  await fs.rm(temp, { recursive: true, force: true });
});

async function listed(index: RunningIndex): Promise<Record<string, string>> {
  const res = await fetch(`${index.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return {};
  const page = (await res.json()) as { files: Array<{ filename: string; hashes: { sha256: string } }> };
  return Object.fromEntries(page.files.map((f) => [f.filename, f.hashes.sha256]));
}

interface Case {
  /** Faults that hold the stage open. */
  staging?: string;
  production?: string;
  /** The log shows the action inside the stage, at the point to kill it. */
  killWhen: (stdout: string) => boolean;
  /** What each index lists right after the kill (file name suffixes). */
  left: { staging: string[]; production: string[] };
  /** What the re-run's log says about the earlier run's work. */
  resumes?: RegExp;
}

const after = (group: string, text: string) => (stdout: string) => {
  const start = stdout.indexOf(`::group::${group}`);
  return start >= 0 && stdout.indexOf(text, start) >= 0;
};

const CASES: Array<[string, Case]> = [
  // The build runs the project's backend in a child process: killed with it.
  ['build', { killWhen: after('Build', '[command]'), left: { staging: [], production: [] } }],
  // The sdist is staged; the wheel's upload hangs on the index.
  ['stage', { staging: 'upload:delay=20000:2-2', killWhen: after('Stage', 'Uploading hello_pkg-0.2.0-py3-none-any.whl'),
    left: { staging: ['.tar.gz'], production: [] }, resumes: /hello_pkg-0\.2\.0\.tar\.gz: already staged by an earlier run/ }],
  // Both files staged, the listing lags behind.
  ['await', { staging: 'simple:hide=60', killWhen: after('Await', 'Waiting for hello_pkg-0.2.0'),
    left: { staging: ['.tar.gz', '.whl'], production: [] }, resumes: /hello_pkg-0\.2\.0-py3-none-any\.whl: already staged by an earlier run/ }],
  // Downloading the staged files for the smoke install.
  ['smoke', { staging: 'files:delay=20000', killWhen: after('Smoke test', ''),
    left: { staging: ['.tar.gz', '.whl'], production: [] }, resumes: /hello_pkg-0\.2\.0-py3-none-any\.whl: already staged by an earlier run/ }],
  // The sdist is on production; the wheel's upload hangs.
  ['promote', { production: 'upload:delay=20000:2-2', killWhen: after('Promote', 'Uploading hello_pkg-0.2.0-py3-none-any.whl'),
    left: { staging: ['.tar.gz', '.whl'], production: ['.tar.gz'] }, resumes: /production already has 1 file\(s\) of 0\.2\.0, each staged with the same sha256: resuming/ }],
];

describe.concurrent('killed with SIGKILL, then run again', () => {
  it.each(CASES)('during %s: the re-run completes and production equals staging', async (name, c) => {
    const dir = path.join(temp, name);
    const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_TOKEN, port: 0, faults: c.staging ?? '' });
    const production = await startIndex({ dir: path.join(dir, 'production'), token: PRODUCTION_TOKEN, port: 0, faults: c.production ?? '' });
    running.push(staging, production);
    const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'));
    const options = (n: number) => ({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(dir, `runner-${n}`),
      env: { ...process.env, PYPI_PROMOTE_PAUSE_SCALE: '0.01' },
      inputs: {
        version: '0.2.0',
        'staging-url': staging.uploadUrl,
        'staging-token': STAGING_TOKEN,
        'production-url': production.uploadUrl,
        'production-token': PRODUCTION_TOKEN,
        git: 'none',
        'wait-timeout': '120',
      },
    });

    const started = await startAction({ ...options(1), ownProcessGroup: true });
    await started.waitFor(c.killWhen);
    killTree(started.child);
    const killed = await started.result;
    expect(killed.exitCode, killed.stdout).not.toBe(0);
    expect(killed.stdout).not.toMatch(/Released hello-pkg/);

    staging.faults.clear();
    production.faults.clear();
    // What the killed run left behind, the listings no longer lagging.
    const suffixes = async (index: RunningIndex) => Object.keys(await listed(index)).map((f) => f.replace(/^hello_pkg-0\.2\.0(-py3-none-any)?/, '')).sort();
    expect(await suffixes(staging)).toEqual([...c.left.staging].sort());
    expect(await suffixes(production)).toEqual([...c.left.production].sort());
    const again = await runAction(options(2));
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    if (c.resumes) expect(again.stdout).toMatch(c.resumes);
    expect(again.outputs.version).toBe('0.2.0');
    const onStaging = await listed(staging);
    expect(Object.keys(onStaging).sort()).toEqual(['hello_pkg-0.2.0-py3-none-any.whl', 'hello_pkg-0.2.0.tar.gz']);
    expect(await listed(production)).toEqual(onStaging);
    const released = JSON.parse(again.outputs.files!) as Array<{ filename: string; sha256: string }>;
    expect(Object.fromEntries(released.map((f) => [f.filename, f.sha256]))).toEqual(onStaging);
  }, 240_000);
});
