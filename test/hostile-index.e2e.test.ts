// A hostile staging index, end to end (node dist/index.js, real HTTP): a
// 50 MB listing, the page that made a regex parser quadratic, a body that
// drips forever, a file larger than max-file-size. Each release must end in a
// bounded, clean failure: an error code of the catalogue, no "Unexpected
// failure", and nothing on production. "Bounded" is the test's own timeout:
// without the caps and deadlines these runs do not end in minutes.
//
// The files are built once and released with `dists`; one production index
// serves every case, and must never see an upload.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE } from './helpers/harness.ts';
import { buildFixture } from './helpers/python.ts';

const STAGING_TOKEN = 'pypi-STAGING-hostile-8e21f0-secret';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-hostile-4b7c93-secret';

let temp: string;
let wheelhouse: string;
let production: RunningIndex;
const running: RunningIndex[] = [];

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-hostile-'));
  wheelhouse = path.join(temp, 'wheelhouse');
  await buildFixture(path.join(ROOT, 'examples', 'hello-pkg'), wheelhouse);
  expect((await fs.readdir(wheelhouse)).sort()).toEqual(['hello_pkg-0.1.0-py3-none-any.whl', 'hello_pkg-0.1.0.tar.gz']);
  production = await startIndex({ dir: path.join(temp, 'production'), token: PRODUCTION_TOKEN, port: 0 });
  running.push(production);
}, 120_000);

afterAll(async () => {
  // Production was read by every case and written by none.
  expect(production.requests.filter((r) => r.method === 'POST')).toEqual([]);
  await Promise.all(running.map((r) => r.close()));
  await fs.rm(temp, { recursive: true, force: true });
});

interface Case {
  /** The staging index's faults (faults.ts spec). */
  staging: string;
  /** The error code the release ends with. */
  code: string;
  /** What the log must say: the bound that ended it. */
  says: RegExp;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

const CASES: Array<[string, Case]> = [
  ['a 50 MB listing is refused at its cap, not read whole', {
    staging: 'simple:huge=50', code: 'INDEX_ANSWER_TOO_LARGE', says: /sent a project page larger than 32 MiB/,
  }],
  // Parsed in a fraction of a second: the wait runs its course, looking again and again, and times out.
  ['the quadratic page is parsed in linear time; the files never show, and the wait ends at wait-timeout', {
    staging: 'simple:quadratic', code: 'STAGING_TIMEOUT', says: /Waiting for hello_pkg-0\.1\.0[\s\S]*did not appear on/, inputs: { 'wait-timeout': '4' },
  }],
  // Deadlines scaled down: 120 s per read becomes 2.4 s, so four attempts take seconds.
  ['a body that drips forever ends at the request deadline, every attempt', {
    staging: 'simple:drip=100', code: 'INDEX_UNREACHABLE', says: /no complete answer within 2\.4 s \(ETIMEDOUT\) \(gave up after 4 attempts\)/,
    env: { PYPI_PROMOTE_DEADLINE_SCALE: '0.02' },
  }],
  ['a download larger than max-file-size stops at max-file-size', {
    staging: 'files:huge=64', code: 'STAGING_MISMATCH', says: /is larger than max-file-size \(1(\.0)? MiB\): reading stopped there/, inputs: { 'max-file-size': '1 MiB' },
  }],
];

let counter = 0;

describe.concurrent('a hostile staging index', () => {
  it.each(CASES)('%s', async (_, c) => {
    const dir = path.join(temp, `case-${++counter}`);
    const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_TOKEN, port: 0, faults: c.staging });
    running.push(staging);
    const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'));
    await fs.cp(wheelhouse, path.join(workspace, 'wheelhouse'), { recursive: true });
    const run = await runAction({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(dir, 'runner'),
      env: { ...process.env, PYPI_PROMOTE_PAUSE_SCALE: '0.01', ...c.env },
      inputs: {
        dists: 'wheelhouse/*',
        'staging-url': staging.uploadUrl,
        'staging-token': STAGING_TOKEN,
        'production-url': production.uploadUrl,
        'production-token': PRODUCTION_TOKEN,
        git: 'none',
        ...c.inputs,
      },
    });
    const log = run.stdout + run.stderr;
    expect(staging.faults.fired.length, 'the fault never fired').toBeGreaterThan(0);
    expect(log).not.toContain('Unexpected failure');
    expect(run.exitCode, log).toBe(1);
    expect(run.stdout, log).toContain(`error ${c.code}`);
    expect(log, log).toMatch(c.says);
    // Nothing promoted.
    const page = await fetch(`${production.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
    expect(page.status).toBe(404);
  }, 120_000);
});
