// The fault matrix: a real release of examples/hello-pkg (node dist/index.js,
// real pip, two embedded indexes over real HTTP), once per cell of fault x
// place, the embedded index injecting the fault. Each cell ends one of two
// ways: the release succeeds (the client rode the fault out), or it fails with
// an explained error and a re-run on the same workspace, the fault gone,
// completes. Either way production then holds exactly the files staging
// served, with the same sha256, and they are the files that were built.
//
// The files are built once, up front, and released with `dists`: the build is
// not what is under test here, and building in each cell would cost minutes.
// PYPI_PROMOTE_PAUSE_SCALE makes the retry pauses and polling intervals short;
// every retry path is the real one.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { exec, pipEnv, projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';
import { buildPython } from './helpers/python.ts';

const STAGING_TOKEN = 'pypi-STAGING-faults-5d1e0a-secret';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-faults-93c7b2-secret';
const PAUSE_SCALE = '0.01';

let temp: string;
let wheelhouse: string;
/** sha256 of each built file, by filename. */
let built: Record<string, string>;
const running: RunningIndex[] = [];

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-faults-'));
  wheelhouse = path.join(temp, 'wheelhouse');
  await exec(await buildPython(), ['-m', 'build', '--no-isolation', '--outdir', wheelhouse, path.join(ROOT, 'examples', 'hello-pkg')], { env: pipEnv() });
  built = {};
  for (const name of await fs.readdir(wheelhouse)) {
    built[name] = createHash('sha256').update(await fs.readFile(path.join(wheelhouse, name))).digest('hex');
  }
  expect(Object.keys(built).sort()).toEqual(['hello_pkg-0.1.0-py3-none-any.whl', 'hello_pkg-0.1.0.tar.gz']);
}, 120_000);

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  await fs.rm(temp, { recursive: true, force: true });
});

let counter = 0;

interface Cell {
  /** Faults of the staging index (faults.ts spec). */
  staging?: string;
  production?: string;
  /** What the first run ends with: 'released', or the error code it fails with. */
  first: 'released' | string;
  /** Text the first run's log must show: the fault was seen and dealt with as intended. */
  says?: RegExp;
  /** Faults still in place for the re-run (default none: the fault is gone). */
  rerunStaging?: string;
  waitTimeout?: number;
  /** The production faults must all have hit the read-back after the uploads (the verify step). */
  inVerify?: boolean;
}

interface Listed { filename: string; hashes: { sha256: string } }
async function listed(index: RunningIndex): Promise<Record<string, string>> {
  const res = await fetch(`${index.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return {};
  return Object.fromEntries(((await res.json()) as { files: Listed[] }).files.map((f) => [f.filename, f.hashes.sha256]));
}

async function runCell(cell: Cell): Promise<void> {
  const n = ++counter;
  const dir = path.join(temp, `cell-${n}`);
  const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_TOKEN, port: 0, faults: cell.staging ?? '' });
  const production = await startIndex({ dir: path.join(dir, 'production'), token: PRODUCTION_TOKEN, port: 0, faults: cell.production ?? '' });
  running.push(staging, production);
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'));
  await fs.cp(wheelhouse, path.join(workspace, 'wheelhouse'), { recursive: true });
  let runs = 0;
  const release = (): Promise<ActionRun> =>
    runAction({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(dir, `runner-${++runs}`),
      env: { ...process.env, PYPI_PROMOTE_PAUSE_SCALE: PAUSE_SCALE },
      inputs: {
        dists: 'wheelhouse/*',
        'staging-url': staging.uploadUrl,
        'staging-token': STAGING_TOKEN,
        'production-url': production.uploadUrl,
        'production-token': PRODUCTION_TOKEN,
        git: 'none',
        'wait-timeout': String(cell.waitTimeout ?? 30),
      },
    });

  const first = await release();
  const log = first.stdout + first.stderr;
  // The fault happened: a cell whose fault never fired proves nothing.
  expect([...staging.faults.fired, ...production.faults.fired].length, 'no fault fired').toBeGreaterThan(0);
  expect(log).not.toContain('Unexpected failure');
  if (cell.says) expect(log, log).toMatch(cell.says);
  if (cell.inVerify) {
    const lastUpload = production.requests.map((r) => r.method).lastIndexOf('POST');
    const hit = production.faults.fired.map((f) => production.requests.findIndex((r) => r.url === f.url));
    expect(lastUpload).toBeGreaterThan(0);
    expect(hit.length).toBeGreaterThan(0);
    for (const at of hit) expect(at).toBeGreaterThan(lastUpload);
  }
  if (cell.first === 'released') {
    expect(first.exitCode, log).toBe(0);
  } else {
    expect(first.exitCode, log).toBe(1);
    expect(first.stdout, log).toContain(`error ${cell.first}`);
    staging.faults.set(cell.rerunStaging ?? '');
    production.faults.clear();
    const again = await release();
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
  }

  // Production holds exactly what staging serves, byte for byte, and that is what was built.
  const onStaging = await listed(staging);
  const onProduction = await listed(production);
  expect(onProduction).toEqual(onStaging);
  expect(onProduction).toEqual(built);
  const page = (await (await fetch(`${production.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })).json()) as { files: Array<{ filename: string; url: string }> };
  for (const file of page.files) {
    const bytes = Buffer.from(await (await fetch(file.url)).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(built[file.filename]);
  }
  // No token ever went into a URL, whatever was retried.
  expect(JSON.stringify([staging.requests, production.requests])).not.toMatch(/pypi-(STAGING|PRODUCTION)-faults/);
}

// Production is read three times before its uploads (refuse a released
// version, refuse conflicts, list before uploading): its 4th simple request on
// is the read-back after promotion.
const VERIFY = '4-5';

const MATRIX: Array<[string, Cell]> = [
  // staging upload
  ['staging upload: 500 once', { staging: 'upload:500:1', first: 'released', says: /Uploading hello_pkg-0\.1\.0\.tar\.gz .*: 500.*Retry 1 of 3/ }],
  ['staging upload: 502 on every other upload', { staging: 'upload:502:every=2', first: 'released', says: /502.*Retry 1 of 3/ }],
  ['staging upload: 429 with Retry-After', { staging: 'upload:429/2:1', first: 'released', says: /429.*Retry 1 of 3 in 2\.0 s/ }],
  ['staging upload: connection cut before storing', { staging: 'upload:cut-before:1', first: 'released', says: /Retry 1 of 3/ }],
  ['staging upload: connection cut after storing', { staging: 'upload:cut-after:1', first: 'released', says: /hello_pkg-0\.1\.0\.tar\.gz is already on .* with the same sha256/ }],
  ['staging upload: 503 until retries run out', { staging: 'upload:503', first: 'INDEX_UNREACHABLE', says: /gave up after 4 attempts/ }],
  // The retried upload finds nothing listed yet and sends the file again: an index takes the same bytes again with 200, as Warehouse does.
  ['staging upload: cut after storing, listing lagging', { staging: 'upload:cut-after:1;simple:hide=6', first: 'released', says: /other side closed.*Retry 1 of 3[\s\S]*Uploaded hello_pkg-0\.1\.0\.tar\.gz/ }],
  // staging simple / visibility
  ['staging simple: 503 twice', { staging: 'simple:503:2', first: 'released', says: /503.*Retry 1 of 3/ }],
  ['staging simple: truncated page', { staging: 'simple:truncate:3-3', first: 'released', says: /Reading .*simple\/hello-pkg\//, }],
  ['staging simple: slow answers', { staging: 'simple:delay=1000:every=2', first: 'released' }],
  // Long enough that a busy machine cannot get from the upload to the first look past it.
  ['staging visibility: files listed 8 s after upload', { staging: 'simple:hide=8', first: 'released', says: /Waiting for hello_pkg-0\.1\.0/ }],
  ['staging visibility: longer than wait-timeout', { staging: 'simple:hide=6', waitTimeout: 1, first: 'STAGING_TIMEOUT', says: /did not appear on/ }],
  // staging file download
  ['staging download: 502 once', { staging: 'files:502:1', first: 'released', says: /Downloading hello_pkg.*502.*Retry 1 of 3/ }],
  ['staging download: truncated body', { staging: 'files:truncate:1', first: 'released', says: /Downloading hello_pkg.*Retry 1 of 3/ }],
  ['staging download: truncated until retries run out', { staging: 'files:truncate', first: 'INDEX_UNREACHABLE', says: /gave up after 4 attempts/ }],
  // production upload
  ['production upload: 503 twice, then 429 with Retry-After', { production: 'upload:503:2;upload:429/1:3', first: 'released', says: /503.*Retry 2 of 3[\s\S]*429.*Retry 3 of 3 in 1\.0 s/ }],
  ['production upload: connection cut before storing', { production: 'upload:cut-before:1', first: 'released', says: /Retry 1 of 3/ }],
  ['production upload: connection cut after storing', { production: 'upload:cut-after:2', first: 'released', says: /already on .* with the same sha256/ }],
  ['production upload: 502 until retries run out', { production: 'upload:502', first: 'INDEX_UNREACHABLE', says: /gave up after 4 attempts/ }],
  ['production upload: cut after storing, listing lagging', { production: 'upload:cut-after:1;simple:hide=6', first: 'released', says: /other side closed.*Retry 1 of 3[\s\S]*Waiting for/ }],
  // production verify
  ['production verify: 503', { production: `simple:503:${VERIFY}`, first: 'released', inVerify: true, says: /503/ }],
  ['production verify: truncated page', { production: `simple:truncate:${VERIFY}`, first: 'released', inVerify: true }],
  ['production verify: files listed 8 s after upload', { production: 'simple:hide=8', first: 'released', inVerify: true, says: /Waiting for hello_pkg-0\.1\.0.* on / }],
];

describe.concurrent('the fault matrix', () => {
  it.each(MATRIX)('%s', async (_, cell) => runCell(cell), 120_000);
});
