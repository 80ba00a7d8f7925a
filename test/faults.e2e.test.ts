// The fault matrix: real releases of examples/hello-pkg (node dist/index.js,
// real pip, two embedded indexes over real HTTP), the embedded indexes
// injecting faults. Each cell is one fault in one place, and ends one of two
// ways: the release succeeds (the client rode the fault out), or it fails with
// an explained error and a re-run on the same workspace, the fault gone,
// completes. Either way production then holds exactly the files staging
// served, with the same sha256, and they are the files that were built.
//
// A release costs seconds of CPU (node, pip, fresh venvs), so the cells share
// releases: a fault on staging and one on production, or faults on different
// routes of one index (upload, simple, files), hardly meet, so one release
// carries several cells' faults at once. Where they could meet (a failed
// upload adds a listing read, which moves a count on the simple route; a
// lagging listing hides a stored upload), each release says why its counts
// and listings still come out as its cells need. Each cell checks its own
// evidence: its fault fired on its index, route and action in the run that
// carried it, and the log shows its own line (the index's host, the file, the
// kind of request), not one another cell's fault could have written. Two
// cells share a route of one index only on uploads, and only where the
// counting stays exact and the evidence apart: one fault on the sdist and one,
// of another kind, on the wheel, the wheel's count derived from the sdist's
// (runsOf refuses any other sharing). A cell whose run must fail keeps that
// run to itself; its re-run, which must complete, carries the faults of cells
// that ride out whatever is left to do then. Faults that cannot coexist (two
// hide= on one index) are in different releases.
//
// The files are built once, up front, and released with `dists`: the build is
// not what is under test here, and building in each release would cost
// minutes. PYPI_PROMOTE_PAUSE_SCALE makes the retry pauses and polling
// intervals short; every retry path is the real one.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaults, type FiredFault } from '../packages/pypi-standin/src/faults.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import type { ErrorCode } from '../src/errors.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';
import { buildFixture } from './helpers/python.ts';

const STAGING_TOKEN = 'pypi-STAGING-faults-5d1e0a-secret';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-faults-93c7b2-secret';
const PAUSE_SCALE = '0.01';

type Side = 'staging' | 'production';

/** The two indexes' hosts (127\.0\.0\.1:PORT), escaped for a RegExp: a cell's line names the index it hit. */
interface Hosts {
  S: string;
  P: string;
}

interface Cell {
  /** The index the fault is on, and its rules (faults.ts spec). */
  on: Side;
  faults: string;
  /** Which run of its release carries the fault: 0, or 1 for the re-run after a cell whose run fails. */
  run?: 0 | 1;
  /** What the run carrying the fault ends with: 'released', or the error code it fails with. */
  ends: 'released' | ErrorCode;
  /** Text that run's log must show: this fault was seen and dealt with as intended. */
  says?: (hosts: Hosts) => RegExp;
  /** Its faults must all have hit the read-back after the uploads (the verify step). */
  inVerify?: boolean;
}

interface Release {
  name: string;
  cells: Array<[string, Cell]>;
  waitTimeout?: number;
}

/** A RegExp from raw text, hosts interpolated: rx`Reading http://${S}/simple/`. */
const rx = (text: TemplateStringsArray, ...hosts: string[]): RegExp => new RegExp(String.raw(text, ...hosts));
const SDIST = String.raw`hello_pkg-0\.1\.0\.tar\.gz`;
const WHEEL = String.raw`hello_pkg-0\.1\.0-py3-none-any\.whl`;

// Production is read three times before its uploads (refuse a released
// version, refuse conflicts, list before uploading): its 4th simple request on
// is the read-back after promotion, when no upload fault adds a read.
const VERIFY = '4-5';

const RELEASES: Release[] = [
  {
    // Staging's uploads: the sdist is cut after storing (request 1), found
    // listed and not sent again, so the wheel's first try is request 2, which
    // every=2 answers with 502. Staging's first two simple reads (before any
    // upload) get 503; its first download 502; production's read-back 503.
    name: 'release 1',
    cells: [
      ['staging upload: connection cut after storing', { on: 'staging', faults: 'upload:cut-after:1', ends: 'released', says: ({ S }) => rx`${SDIST} is already on ${S} with the same sha256 \(` }],
      ['staging upload: 502 on every other upload', { on: 'staging', faults: 'upload:502:every=2', ends: 'released', says: ({ S }) => rx`Uploading ${WHEEL} to ${S} .*: 502 .*Retry 1 of 3` }],
      ['staging simple: 503 twice', { on: 'staging', faults: 'simple:503:2', ends: 'released', says: ({ S }) => rx`Reading http://${S}/simple/hello-pkg/: 503 .*Retry 1 of 3[\s\S]*Reading http://${S}/simple/hello-pkg/: 503 .*Retry 2 of 3` }],
      ['staging download: 502 once', { on: 'staging', faults: 'files:502:1', ends: 'released', says: () => rx`Downloading ${SDIST}: 502 .*Retry 1 of 3` }],
      ['production verify: 503', { on: 'production', faults: `simple:503:${VERIFY}`, ends: 'released', inVerify: true, says: ({ P }) => rx`Reading http://${P}/simple/hello-pkg/: 503` }],
    ],
  },
  {
    // Staging's uploads: the sdist's first try (request 1) gets 500 and its
    // retry (2) is stored, so the wheel's first try is request 3, cut before
    // storing. Staging lists new files 8 s late (nothing there relies on a
    // listing: both faults leave the file unstored); its first download is
    // truncated; production's read-back is truncated.
    name: 'release 2',
    cells: [
      ['staging upload: 500 once', { on: 'staging', faults: 'upload:500:1', ends: 'released', says: ({ S }) => rx`Uploading ${SDIST} to ${S} .*: 500 .*Retry 1 of 3` }],
      ['staging upload: connection cut before storing', { on: 'staging', faults: 'upload:cut-before:3-3', ends: 'released', says: ({ S }) => rx`Uploading ${WHEEL} to ${S} .*: other side closed .*Retry 1 of 3[\s\S]*POST http://${S}/legacy/ ${WHEEL}: 200 OK` }],
      // Long enough that a busy machine cannot get from the upload to the first look past it.
      ['staging visibility: files listed 8 s after upload', { on: 'staging', faults: 'simple:hide=8', ends: 'released', says: ({ S }) => rx`Waiting for hello_pkg-0\.1\.0.* on ${S} ` }],
      ['staging download: truncated body', { on: 'staging', faults: 'files:truncate:1', ends: 'released', says: () => rx`Downloading ${SDIST}: other side closed .*Retry 1 of 3` }],
      ['production verify: truncated page', { on: 'production', faults: `simple:truncate:${VERIFY}`, ends: 'released', inVerify: true, says: ({ P }) => rx`Reading http://${P}/simple/hello-pkg/: other side closed` }],
    ],
  },
  {
    // The first run stores nothing, so its re-run releases from scratch.
    // There, staging's sdist is cut after storing (request 1); its listing
    // lags, so the sdist is sent again (2: an index takes the same bytes again
    // with 200, as Warehouse does) and the wheel's first try is request 3,
    // answered 429. On production the sdist gets 503, 503, 429 and nothing is
    // stored until its fourth try, so no listing hides a file before the
    // read-back, which waits out hide=8.
    name: 'release 3: staging upload refused until retries run out, then the re-run',
    cells: [
      ['staging upload: 503 until retries run out', { on: 'staging', faults: 'upload:503', ends: 'INDEX_UNREACHABLE', says: ({ S }) => rx`Uploading ${SDIST} to ${S} .* failed: 503 .*gave up after 4 attempts` }],
      ['staging upload: cut after storing, listing lagging', { run: 1, on: 'staging', faults: 'upload:cut-after:1;simple:hide=6', ends: 'released', says: ({ S }) => rx`Uploading ${SDIST} to ${S} .*: other side closed .*Retry 1 of 3[\s\S]*POST http://${S}/legacy/ ${SDIST}: 200 OK` }],
      ['staging upload: 429 with Retry-After', { run: 1, on: 'staging', faults: 'upload:429/2:3-3', ends: 'released', says: ({ S }) => rx`Uploading ${WHEEL} to ${S} .*: 429 .*Retry 1 of 3 in 2\.0 s` }],
      ['production upload: 503 twice, then 429 with Retry-After', { run: 1, on: 'production', faults: 'upload:503:2;upload:429/1:3', ends: 'released', says: ({ P }) => rx`Uploading ${SDIST} to ${P} .*: 503 .*Retry 2 of 3[\s\S]*Uploading ${SDIST} to ${P} .*: 429 .*Retry 3 of 3 in 1\.0 s` }],
      ['production verify: files listed 8 s after upload', { run: 1, on: 'production', faults: 'simple:hide=8', ends: 'released', inVerify: true, says: ({ P }) => rx`Waiting for hello_pkg-0\.1\.0.* on ${P} ` }],
    ],
  },
  {
    // The re-run finds both files on staging and uploads nothing there; it
    // keeps the 1 s wait, the files being listed by then.
    name: 'release 4: staging too slow to list, then the re-run',
    waitTimeout: 1,
    cells: [
      ['staging visibility: longer than wait-timeout', { on: 'staging', faults: 'simple:hide=6', ends: 'STAGING_TIMEOUT', says: ({ S }) => rx`did not appear on ${S} ` }],
      ['production upload: connection cut before storing', { run: 1, on: 'production', faults: 'upload:cut-before:1', ends: 'released', says: ({ P }) => rx`Uploading ${SDIST} to ${P} .*: other side closed .*Retry 1 of 3[\s\S]*POST http://${P}/legacy/ ${SDIST}: 200 OK` }],
    ],
  },
  {
    // The re-run finds both files on staging and uploads nothing there: its
    // third simple read on staging is the wait for the listing, as it is
    // after the uploads of a first run.
    name: 'release 5: staging downloads truncated until retries run out, then the re-run',
    cells: [
      ['staging download: truncated until retries run out', { on: 'staging', faults: 'files:truncate', ends: 'INDEX_UNREACHABLE', says: ({ S }) => rx`Downloading ${SDIST} from http://${S}/files/.* failed: other side closed .*gave up after 4 attempts` }],
      ['staging simple: truncated page', { run: 1, on: 'staging', faults: 'simple:truncate:3-3', ends: 'released', says: ({ S }) => rx`Reading http://${S}/simple/hello-pkg/: other side closed` }],
      ['production upload: connection cut after storing', { run: 1, on: 'production', faults: 'upload:cut-after:2', ends: 'released', says: ({ P }) => rx`${SDIST} is already on ${P} with the same sha256 \([\s\S]*${WHEEL} is already on ${P} with the same sha256 \(` }],
    ],
  },
  {
    // Production refused every try and stored nothing: the re-run uploads there from scratch.
    name: 'release 6: production upload refused until retries run out, then the re-run',
    cells: [
      ['production upload: 502 until retries run out', { on: 'production', faults: 'upload:502', ends: 'INDEX_UNREACHABLE', says: ({ P }) => rx`Uploading ${SDIST} to ${P} .* failed: 502 .*gave up after 4 attempts` }],
      ['staging simple: slow answers', { run: 1, on: 'staging', faults: 'simple:delay=1000:every=2', ends: 'released' }],
      ['production upload: cut after storing, listing lagging', { run: 1, on: 'production', faults: 'upload:cut-after:1;simple:hide=6', ends: 'released', says: ({ P }) => rx`Uploading ${SDIST} to ${P} .*: other side closed .*Retry 1 of 3[\s\S]*Waiting for .* on ${P} ` }],
    ],
  },
];

/** What a cell's fault shows as in `fired`: route and action, one per rule. */
function firedKeys(cell: Cell): Set<string> {
  return new Set(parseFaults(cell.faults).map((rule) => `${rule.route} ${'hideSeconds' in rule ? 'hide' : rule.action.kind}`));
}

/**
 * The faults of each run of a release, from its cells; and the rules that make
 * each cell's evidence its own: in one run, one cell per route of an index,
 * but for uploads, where two cells may share if their actions differ (one on
 * the sdist, one on the wheel); a run that must fail carries one cell; the
 * last run completes.
 */
function runsOf(release: Release): Array<Record<Side, string>> {
  const runs: Array<Record<Side, string>> = [];
  const seen: Array<Map<string, string>> = [];
  for (const [name, cell] of release.cells) {
    const at = cell.run ?? 0;
    runs[at] ??= { staging: '', production: '' };
    seen[at] ??= new Map();
    runs[at][cell.on] = [runs[at][cell.on], cell.faults].filter((s) => s !== '').join(';');
    for (const key of firedKeys(cell)) {
      const place = `${cell.on} ${key.startsWith('upload ') ? key : key.split(' ')[0]}`;
      const other = seen[at].get(place);
      if (other !== undefined && other !== name) throw new Error(`${release.name}: '${name}' and '${other}' both fault ${place} in run ${at}`);
      seen[at].set(place, name);
    }
  }
  for (let at = 0; at < runs.length; at++) {
    const cells = release.cells.filter(([, c]) => (c.run ?? 0) === at);
    const failing = cells.filter(([, c]) => c.ends !== 'released');
    const last = at === runs.length - 1;
    if (last ? failing.length > 0 : failing.length !== 1 || cells.length !== 1) {
      throw new Error(`${release.name}: run ${at} must ${last ? 'complete' : 'fail, with one cell and no other'}`);
    }
  }
  return runs;
}

interface Span {
  from: number;
  to: number;
}

interface Played {
  result: ActionRun;
  log: string;
  /** The requests and fired faults of each index during this run. */
  requests: Record<Side, Span>;
  fired: Record<Side, Span>;
}

interface Outcome {
  indexes: Record<Side, RunningIndex>;
  hosts: Hosts;
  runs: Played[];
}

let temp: string;
let wheelhouse: string;
/** sha256 of each built file, by filename. */
let built: Record<string, string>;
const running: RunningIndex[] = [];
const outcomes = new Map<Release, Outcome>();

const escaped = (url: string): string => new URL(url).host.replace(/[.]/g, '\\.');

/** One release: its own pair of indexes and workspace, each run with its faults, the next run after the last ends. */
async function play(release: Release, n: number): Promise<Outcome> {
  const dir = path.join(temp, `release-${n}`);
  const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_TOKEN, port: 0 });
  const production = await startIndex({ dir: path.join(dir, 'production'), token: PRODUCTION_TOKEN, port: 0 });
  running.push(staging, production);
  const indexes = { staging, production };
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'));
  await fs.cp(wheelhouse, path.join(workspace, 'wheelhouse'), { recursive: true });
  const mark = () => ({
    requests: { staging: staging.requests.length, production: production.requests.length },
    fired: { staging: staging.faults.fired.length, production: production.faults.fired.length },
  });
  const span = (from: Record<Side, number>, to: Record<Side, number>): Record<Side, Span> => ({
    staging: { from: from.staging, to: to.staging },
    production: { from: from.production, to: to.production },
  });
  const runs: Played[] = [];
  for (const [at, faults] of runsOf(release).entries()) {
    staging.faults.set(faults.staging);
    production.faults.set(faults.production);
    const before = mark();
    const result = await runAction({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(dir, `runner-${at + 1}`),
      env: { ...process.env, PYPI_PROMOTE_PAUSE_SCALE: PAUSE_SCALE },
      inputs: {
        dists: 'wheelhouse/*',
        'staging-url': staging.uploadUrl,
        'staging-token': STAGING_TOKEN,
        'production-url': production.uploadUrl,
        'production-token': PRODUCTION_TOKEN,
        git: 'none',
        'wait-timeout': String(release.waitTimeout ?? 30),
      },
    });
    const after = mark();
    runs.push({ result, log: result.stdout + result.stderr, requests: span(before.requests, after.requests), fired: span(before.fired, after.fired) });
  }
  // The final checks read what the indexes hold, not how they misbehave.
  staging.faults.clear();
  production.faults.clear();
  return { indexes, hosts: { S: escaped(staging.url), P: escaped(production.url) }, runs };
}

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-faults-'));
  wheelhouse = path.join(temp, 'wheelhouse');
  await buildFixture(path.join(ROOT, 'examples', 'hello-pkg'), wheelhouse);
  built = {};
  for (const name of await fs.readdir(wheelhouse)) {
    built[name] = createHash('sha256').update(await fs.readFile(path.join(wheelhouse, name))).digest('hex');
  }
  expect(Object.keys(built).sort()).toEqual(['hello_pkg-0.1.0-py3-none-any.whl', 'hello_pkg-0.1.0.tar.gz']);
}, 120_000);

// Every release at once: they share nothing but the built files.
beforeAll(async () => {
  const played = await Promise.all(RELEASES.map((release, n) => play(release, n + 1)));
  RELEASES.forEach((release, n) => outcomes.set(release, played[n]!));
}, 240_000);

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

interface Listed { filename: string; hashes: { sha256: string } }
async function listed(index: RunningIndex): Promise<Record<string, string>> {
  const res = await fetch(`${index.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return {};
  return Object.fromEntries(((await res.json()) as { files: Listed[] }).files.map((f) => [f.filename, f.hashes.sha256]));
}

function checkCell(release: Release, cell: Cell): void {
  const outcome = outcomes.get(release)!;
  const played = outcome.runs[cell.run ?? 0]!;
  const { log } = played;
  const index = outcome.indexes[cell.on];
  const keys = firedKeys(cell);
  const own: FiredFault[] = index.faults.fired
    .slice(played.fired[cell.on].from, played.fired[cell.on].to)
    .filter((f) => keys.has(`${f.route} ${f.action}`));
  // The fault happened, every rule of it, in this run: a cell whose fault never fired proves nothing.
  for (const key of keys) expect(own.map((f) => `${f.route} ${f.action}`), `${cell.on} ${key} never fired`).toContain(key);
  expect(log).not.toContain('Unexpected failure');
  if (cell.says) expect(log, log).toMatch(cell.says(outcome.hosts));
  if (cell.inVerify) {
    const requests = index.requests.slice(played.requests[cell.on].from, played.requests[cell.on].to);
    const lastUpload = requests.map((r) => r.method).lastIndexOf('POST');
    const hit = own.map((f) => requests.findIndex((r) => r.method === f.method && r.url === f.url));
    expect(lastUpload).toBeGreaterThan(0);
    expect(hit.length).toBeGreaterThan(0);
    for (const at of hit) expect(at).toBeGreaterThan(lastUpload);
  }
  if (cell.ends === 'released') {
    expect(played.result.exitCode, log).toBe(0);
  } else {
    expect(played.result.exitCode, log).toBe(1);
    expect(played.result.stdout, log).toContain(`error ${cell.ends}`);
    // The re-run on the same workspace, this fault gone, completes.
    const again = outcome.runs.at(-1)!;
    expect(again).not.toBe(played);
    expect(again.result.exitCode, again.log).toBe(0);
  }
}

async function checkRelease(release: Release): Promise<void> {
  const { indexes: { staging, production }, runs } = outcomes.get(release)!;
  for (const run of runs) expect(run.log).not.toContain('Unexpected failure');
  expect(runs.at(-1)!.result.exitCode, runs.at(-1)!.log).toBe(0);
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

describe('the fault matrix', () => {
  const cells = RELEASES.flatMap((release) => release.cells.map(([name, cell]) => [name, release, cell] as const));
  it.each(cells)('%s', (_, release, cell) => checkCell(release, cell));
  it.each(RELEASES.map((release) => [release.name, release] as const))('%s: production holds what staging served and what was built; no token in a request', (_, release) => checkRelease(release));
});
