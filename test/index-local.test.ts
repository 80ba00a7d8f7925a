// The index client against the embedded index (packages/pypi-standin), which
// validates uploads as Warehouse does: real distributions, real HTTP on
// loopback, faults injected by the index itself.
import fs from 'node:fs/promises';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Dist } from '../src/dists/dist.ts';
import { download } from '../src/index/download.ts';
import { listFiles, parseSimpleHtml } from '../src/index/simple.ts';
import { publish, upload, uploadTimeLimitMs } from '../src/index/upload.ts';
import { verifyFiles, waitForFiles } from '../src/index/wait.ts';
import { resolveIndexUrls, type IndexUrls } from '../src/index/url.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { buildProbes, everything, failure, testDeps, type ProbeBuilds } from './helpers/index.ts';

const TOKEN = 'pypi-LOCAL-index-test-token-9c2e';

let dists: Dist[];
let others: Dist[];
let temp: string;
let probes: ProbeBuilds | undefined;
beforeAll(async () => {
  probes = await buildProbes({ name: 'idx-local', version: '0.3.0' }, ['VALUE = "a"', 'VALUE = "b"'], 'local');
  ({ dists, others, temp } = probes);
});
afterAll(() => probes?.cleanup());

let index: RunningIndex;
let urls: IndexUrls;
let count = 0;
beforeEach(async () => {
  index = await startIndex({ dir: path.join(temp, `index-${++count}`), token: TOKEN, port: 0 });
  urls = resolveIndexUrls(index.uploadUrl);
});
afterEach(async () => {
  await index.close();
});


describe('against the embedded index', () => {
  it('derives its simple URL and project page from the upload URL', () => {
    expect(urls.simple.href).toBe(index.simpleUrl);
    expect(urls.projectPage('idx_local', '0.3.0')).toBe(`${index.url}/project/idx-local/0.3.0/`);
  });

  it('uploads a real sdist and wheel that pass its Warehouse checks, then skips them on a re-run', async () => {
    const deps = testDeps();
    const first = await publish(dists, { urls, token: TOKEN }, deps);
    expect(first).toEqual([
      { filename: 'idx_local-0.3.0.tar.gz', result: 'uploaded' },
      { filename: 'idx_local-0.3.0-py3-none-any.whl', result: 'uploaded' },
    ]);
    expect(index.uploads).toEqual([
      { filename: 'idx_local-0.3.0.tar.gz', status: 200 },
      { filename: 'idx_local-0.3.0-py3-none-any.whl', status: 200 },
    ]);

    const again = await publish(dists, { urls, token: TOKEN }, testDeps());
    expect(again.map((r) => r.result)).toEqual(['exists', 'exists']);
    expect(index.uploads).toHaveLength(2);
  });

  it('takes a direct re-upload of identical bytes as Warehouse does', async () => {
    await upload(dists[1]!, { urls, token: TOKEN }, testDeps());
    expect(await upload(dists[1]!, { urls, token: TOKEN }, testDeps())).toBe('uploaded');
    expect(index.uploads.map((u) => u.status)).toEqual([200, 200]);
  });

  it('refuses other bytes under a used filename before uploading anything', async () => {
    await upload(dists[1]!, { urls, token: TOKEN }, testDeps());
    const error = await failure(publish(others, { urls, token: TOKEN }, testDeps()));
    expect(error.code).toBe('FILENAME_REUSED');
    expect(index.uploads).toHaveLength(1);
    expect(error.render()).toContain(dists[1]!.sha256);
    expect(error.render()).toContain(others[1]!.sha256);
  });

  it('turns its "File already exists" into FILENAME_REUSED when an upload gets past the listing', async () => {
    await upload(dists[1]!, { urls, token: TOKEN }, testDeps());
    const error = await failure(upload(others[1]!, { urls, token: TOKEN }, testDeps()));
    expect(error.code).toBe('FILENAME_REUSED');
    expect(index.uploads.map((u) => u.status)).toEqual([200, 400]);
    expect(error.render()).toContain(`theirs: sha256 ${dists[1]!.sha256}`);
  });

  it('answers a wrong token with INDEX_AUTH and never shows it', async () => {
    const wrong = 'pypi-WRONG-token-for-this-index-77';
    const deps = testDeps();
    const error = await failure(publish(dists, { urls, token: wrong }, deps));
    expect(error.code).toBe('INDEX_AUTH');
    expect(error.message).toContain('idx_local-0.3.0.tar.gz');
    expect(error.message).toContain(index.uploadUrl);
    expect(error.hint).toMatch(/TestPyPI and PyPI/);
    expect(everything(deps, [error])).not.toContain(wrong);
    expect(index.uploads.map((u) => u.status)).toEqual([403]);
  });

  it('waits for, verifies and downloads the files by their sha256', async () => {
    await publish(dists, { urls, token: TOKEN }, testDeps());
    const listed = await waitForFiles(urls, 'idx-local', dists, testDeps(), { timeoutMs: 60_000 });
    expect([...listed.keys()].sort()).toEqual(dists.map((d) => d.filename).sort());
    await verifyFiles(urls, 'IDX_Local', dists, testDeps());
    const dir = path.join(temp, `dl-${count}`);
    for (const dist of dists) {
      const file = await download(listed.get(dist.filename)!, dir, testDeps());
      expect(await fs.readFile(file)).toEqual(await fs.readFile(dist.path));
    }
  });

  it('reads the same files from its PEP 503 HTML as from its PEP 691 JSON', async () => {
    await publish(dists, { urls, token: TOKEN }, testDeps());
    const json = await listFiles(urls, 'idx-local', testDeps(), { fresh: true });
    const pageUrl = new URL('idx-local/', urls.simple);
    const res = await request(pageUrl, { headers: { accept: 'text/html' }, dispatcher: testDeps().dispatcher });
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const html = parseSimpleHtml(await res.body.text(), pageUrl);
    expect(html.size).toBe(2);
    for (const [filename, file] of json) {
      expect(html.get(filename)?.sha256).toBe(file.sha256);
      expect(html.get(filename)?.url).toBe(file.url);
      expect(html.get(filename)?.requiresPython).toBe('>=3.8');
    }
  });

  it('answers a project it does not know with an empty listing', async () => {
    expect((await listFiles(urls, 'idx-local', testDeps())).size).toBe(0);
  });
});

describe('through its faults', () => {
  it('retries a 503 after the Retry-After pause, and stores the file once', async () => {
    index.faults.set('upload:503/2:1');
    const deps = testDeps();
    const result = await upload(dists[0]!, { urls, token: TOKEN }, deps);
    expect(result).toBe('uploaded');
    expect(deps.sleeps).toEqual([2000]);
    expect(index.uploads).toEqual([{ filename: dists[0]!.filename, status: 200 }]);
  });

  it('finds the stored file when the answer to the upload was lost, without sending it again', async () => {
    index.faults.set('upload:cut-after:1');
    const deps = testDeps();
    const result = await upload(dists[1]!, { urls, token: TOKEN }, deps);
    expect(result).toBe('exists');
    expect(index.uploads).toHaveLength(1);
    expect(deps.lines.some((l) => l.startsWith('warning:') && l.includes('Retry 1 of 3'))).toBe(true);
  });
});

describe('time limit and progress of an upload', () => {
  it('allows two minutes plus the file at 512 KiB/s by default', () => {
    expect(uploadTimeLimitMs(0)).toBe(120_000);
    expect(uploadTimeLimitMs(100 * 1024 * 1024)).toBe(320_000);
    expect(uploadTimeLimitMs(1024 * 1024 * 1024)).toBe(2_168_000);
  });

  it('drops an attempt past its time limit, asks the index, and sends the file again', async () => {
    // The index takes the request but reads nothing of it for 5 s: far past the limit.
    index.faults.set('upload:delay=5000:1');
    const deps = testDeps();
    const started = Date.now();
    const result = await upload(dists[0]!, { urls, token: TOKEN }, deps, { timeLimit: { baseMs: 1000, bytesPerSecond: 1024 ** 3 } });
    expect(result).toBe('uploaded');
    expect(Date.now() - started).toBeLessThan(4000);
    expect(deps.lines.some((l) => /^warning: Uploading idx_local-0\.3\.0\.tar\.gz .*: no answer within 1 s, the time limit for .*\. Retry 1 of 3/.test(l)), deps.lines.join('\n')).toBe(true);
    // Before sending again, the listing was read: the file was not there.
    const posts = index.requests.map((r, i) => ({ ...r, i })).filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(index.requests.slice(posts[0]!.i + 1, posts[1]!.i).some((r) => r.method === 'GET' && r.url.includes('/simple/idx-local/'))).toBe(true);
    expect((await listFiles(urls, 'idx-local', testDeps())).get(dists[0]!.filename)?.sha256).toBe(dists[0]!.sha256);
  });

  it('says how far the upload got, at most every progressEveryMs', async () => {
    const deps = testDeps();
    expect(await upload(dists[1]!, { urls, token: TOKEN }, deps, { progressEveryMs: 0 })).toBe('uploaded');
    const progress = deps.lines.filter((l) => l.startsWith(`info: ${dists[1]!.filename}: `));
    expect(progress.length).toBeGreaterThan(0);
    const percents = progress.map((l) => {
      const m = /: ([\d.]+ (?:B|KiB|MiB)) of ([\d.]+ (?:B|KiB|MiB)) sent \((\d+)%, [\d.]+ (?:B|KiB|MiB|GiB)\/s\)$/.exec(l);
      expect(m, l).not.toBeNull();
      return Number(m![3]);
    });
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(percents.at(-1)).toBeLessThan(100);

    // With the default of 10 s, an upload this fast says nothing on the way.
    const quiet = testDeps();
    await upload(dists[0]!, { urls, token: TOKEN }, quiet);
    expect(quiet.lines.filter((l) => / sent \(\d+%/.test(l))).toEqual([]);
  });
});
