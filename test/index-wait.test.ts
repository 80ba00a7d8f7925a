// Reading a release back from the stand-in index over real HTTP on loopback:
// waiting for its files to show (a listing that lags, hide=SECONDS on a
// clock the test's sleeps move; a failing index; a listing without hashes),
// verifying them, and downloading them (bytes that do not match, redirects).
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { download } from '../src/index/download.ts';
import { publish, upload } from '../src/index/upload.ts';
import { verifyFiles, waitForFiles } from '../src/index/wait.ts';
import { testDeps } from './helpers/index.ts';
import { expectCode, failure, TOKEN, useProbes, useStandIn } from './helpers/standin.ts';

const probes = useProbes('wait');
const standIn = useStandIn(() => probes.temp);

describe('waitForFiles', () => {
  it('polls with growing pauses until every file shows with our sha256', async () => {
    const { dists } = probes;
    const { index, urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    // The listings leave new files out for 7 s, on the clock the waiting's sleeps move.
    const deps = testDeps({ virtualClock: true });
    standIn.setClock(deps.now);
    index.faults.set('simple:hide=7');
    const found = await waitForFiles(urls, 'idx-probe', dists, deps, { timeoutMs: 600_000 });
    expect([...found.keys()].sort()).toEqual(dists.map((d) => d.filename).sort());
    expect(found.get(dists[0]!.filename)?.sha256).toBe(dists[0]!.sha256);
    // Three listings without them (at 0, 1 and 3 s): pauses doubling from 1 s, then found at 7 s.
    expect(deps.sleeps).toEqual([1000, 2000, 4000]);
    expect(index.faults.fired.filter((f) => f.action === 'hide')).toHaveLength(3);
    expect(deps.lines.some((l) => l.includes('Waiting for'))).toBe(true);
  });

  it('caps the pause between polls', async () => {
    const { index, urls } = standIn;
    await publish(probes.dists, { urls, token: TOKEN }, testDeps());
    const deps = testDeps({ virtualClock: true });
    standIn.setClock(deps.now);
    index.faults.set('simple:hide=60');
    await waitForFiles(urls, 'idx-probe', probes.dists, deps, { timeoutMs: 600_000 });
    expect(deps.sleeps).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
  });

  it('fails at once on a listed file with another sha256', async () => {
    const { dists, others } = probes;
    const { urls } = standIn;
    await publish(others, { urls, token: TOKEN }, testDeps());
    const deps = testDeps();
    const error = await failure(waitForFiles(urls, 'idx-probe', dists, deps, { timeoutMs: 600_000 }));
    expectCode(error, 'STAGING_MISMATCH');
    expect(deps.sleeps).toHaveLength(0);
    expect(error.render()).toContain(others[0]!.sha256);
    expect(error.render()).toContain(dists[0]!.sha256);
  });

  it('times out naming the missing files and the index', async () => {
    const { dists } = probes;
    const { index, urls } = standIn;
    await upload(dists[0]!, { urls, token: TOKEN }, testDeps());
    const deps = testDeps({ virtualClock: true });
    const error = await failure(waitForFiles(urls, 'idx-probe', dists, deps, { timeoutMs: 60_000 }));
    expectCode(error, 'STAGING_TIMEOUT');
    expect(error.message).toContain(dists[1]!.filename);
    expect(error.message).not.toContain(dists[0]!.filename);
    expect(error.message).toContain(index.simpleUrl);
    expect(deps.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
  });

  it('keeps polling through an index that is down for a while', async () => {
    const { index, urls } = standIn;
    await publish(probes.dists, { urls, token: TOKEN }, testDeps());
    index.faults.set('simple:503:4');
    const found = await waitForFiles(urls, 'idx-probe', probes.dists, testDeps(), { timeoutMs: 600_000 });
    expect(found.size).toBe(2);
    expect(index.faults.fired).toHaveLength(4);
  });

  it('hashes the files of a listing without sha256', async () => {
    const { dists } = probes;
    await standIn.restart({ listedHash: 'none' });
    const { index, urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    const found = await waitForFiles(urls, 'idx-probe', dists, testDeps(), { timeoutMs: 600_000 });
    expect(found.get(dists[1]!.filename)?.sha256).toBe(dists[1]!.sha256);
    expect(index.requests.filter((r) => r.url.startsWith('/files/')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('verifyFiles', () => {
  it('reads the files back with our sha256', async () => {
    const { urls } = standIn;
    await publish(probes.dists, { urls, token: TOKEN }, testDeps());
    const found = await verifyFiles(urls, 'idx-probe', probes.dists, testDeps());
    expect(found.size).toBe(2);
  });

  it('fails as PROMOTE_UNVERIFIED when a file does not show, or shows other bytes', async () => {
    const { dists, others } = probes;
    const { urls } = standIn;
    await upload(dists[0]!, { urls, token: TOKEN }, testDeps());
    const missing = await failure(verifyFiles(urls, 'idx-probe', dists, testDeps({ virtualClock: true })));
    expectCode(missing, 'PROMOTE_UNVERIFIED');
    expect(missing.message).toContain(dists[1]!.filename);

    await upload(others[1]!, { urls, token: TOKEN }, testDeps());
    const different = await failure(verifyFiles(urls, 'idx-probe', dists, testDeps({ virtualClock: true })));
    expectCode(different, 'PROMOTE_UNVERIFIED');
    expect(different.render()).toContain(others[1]!.sha256);
  });
});

describe('download', () => {
  it('writes the listed file and checks its sha256 on the way', async () => {
    const { dists, temp } = probes;
    const { urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    const listed = await waitForFiles(urls, 'idx-probe', dists, testDeps(), { timeoutMs: 1 });
    const dir = path.join(temp, 'dl-ok');
    const file = await download(listed.get(dists[1]!.filename)!, dir, testDeps());
    expect(file).toBe(path.join(dir, dists[1]!.filename));
    expect(await fs.readFile(file)).toEqual(await fs.readFile(dists[1]!.path));
    expect(await fs.readdir(dir)).toEqual([dists[1]!.filename]);
  });

  it('refuses bytes that do not match, leaving nothing behind', async () => {
    const { dists, temp } = probes;
    const { index, urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    const wheel = (await waitForFiles(urls, 'idx-probe', dists, testDeps(), { timeoutMs: 1 })).get(dists[1]!.filename)!;
    index.faults.set('files:corrupt');
    const dir = path.join(temp, 'dl-bad');
    const error = await failure(download(wheel, dir, testDeps()));
    expectCode(error, 'STAGING_MISMATCH');
    expect(error.render()).toContain(dists[1]!.sha256);
    expect(index.faults.fired.map((f) => f.action)).toEqual(['corrupt']);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('follows a redirect on the same host only', async () => {
    const { dists, temp } = probes;
    const { index, urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    const wheel = (await waitForFiles(urls, 'idx-probe', dists, testDeps(), { timeoutMs: 1 })).get(dists[1]!.filename)!;
    index.faults.set('files:redirect:1');
    const file = await download(wheel, path.join(temp, 'dl-same-host'), testDeps());
    expect(await fs.readFile(file)).toEqual(await fs.readFile(dists[1]!.path));
    expect(index.requests.filter((r) => r.url === new URL(wheel.url).pathname)).toHaveLength(2);

    // Another name for the same machine is another host (origin) to us.
    index.faults.set('files:redirect=localhost:1');
    const error = await failure(download(wheel, path.join(temp, 'dl-other-host'), testDeps()));
    expectCode(error, 'INDEX_REDIRECT');
    expect(error.message).toMatch(/another host/);
  });

  it('refuses a file name with a path in it', async () => {
    const error = await failure(download({ url: `${standIn.index.url}/files/x`, sha256: 'a'.repeat(64), filename: '../evil.whl' }, probes.temp, testDeps()));
    expectCode(error, 'STAGING_MISMATCH');
    expect(standIn.index.requests).toEqual([]);
  });
});
