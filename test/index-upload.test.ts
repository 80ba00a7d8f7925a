// The index client's uploads (publish, upload) against the stand-in index
// over real HTTP on loopback: Warehouse's checks and answers, its faults
// (a 503, a 429 with Retry-After, a connection cut after the file was
// stored, a redirect, an answer quoting the credentials), and the kinds of
// index it stands in for (pypiserver's 409, a listing without hashes).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import type { Dist } from '../src/dists/dist.ts';
import { publish, upload } from '../src/index/upload.ts';
import { resolveIndexUrls } from '../src/index/url.ts';
import { ROOT } from './helpers/harness.ts';
import { everything, testDeps } from './helpers/index.ts';
import { expectCode, failure, TOKEN, useProbes, useStandIn } from './helpers/standin.ts';

const probes = useProbes('upload');
const standIn = useStandIn(() => probes.temp);

/** The stand-in's command line in a child process, on a free port. */
async function spawnStandIn(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'packages', 'pypi-standin', 'src', 'cli.ts'), '--dir', dir], {
    env: { ...process.env, LOCAL_INDEX_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  let said = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk;
      const found = /^Local package index on (\S+)$/m.exec(said);
      if (found) resolve(found[1]!);
    });
    void exited.then(() => reject(new Error(`the stand-in exited: ${said}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A Dist whose metadata (and so its upload form) carries a direct URL dependency, which PyPI refuses. */
function withDirectDependency(dist: Dist): Dist {
  const headers = { ...dist.metadata.headers, 'requires-dist': ['other @ https://example.com/other-1.0.tar.gz'] };
  return { ...dist, metadata: { ...dist.metadata, headers } };
}

interface ReleaseJson {
  info: { name: string; version: string; license_expression: string | null; project_urls: Record<string, string> | null; description: string; description_content_type: string | null };
  urls: Array<{ filename: string; packagetype: string; python_version: string; digests: { sha256: string } }>;
}

describe('the fixtures', () => {
  it('are a real sdist and wheel, and the second build differs in bytes only', () => {
    const { dists, others } = probes;
    expect(dists.map((d) => d.filename)).toEqual(['idx_probe-1.0.0.tar.gz', 'idx_probe-1.0.0-py3-none-any.whl']);
    expect(others.map((d) => d.filename)).toEqual(dists.map((d) => d.filename));
    expect(others[1]!.sha256).not.toBe(dists[1]!.sha256);
  });
});

describe('publish', () => {
  it('uploads sdist then wheel, streamed with a Content-Length, with the metadata form Warehouse keeps', async () => {
    const { dists } = probes;
    const { index, urls } = standIn;
    const results = await publish([...dists].reverse(), { urls, token: TOKEN }, testDeps());
    expect(results).toEqual([
      { filename: 'idx_probe-1.0.0.tar.gz', result: 'uploaded' },
      { filename: 'idx_probe-1.0.0-py3-none-any.whl', result: 'uploaded' },
    ]);
    expect(index.uploads).toEqual(dists.map((d) => ({ filename: d.filename, status: 200 })));
    const posts = index.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      expect(post.headers['content-length']).toMatch(/^\d+$/);
      expect(post.headers['transfer-encoding']).toBeUndefined();
      expect(post.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    }
    // What Warehouse made of the forms: the release record and each file.
    const json = (await (await request(`${index.url}/pypi/idx-probe/1.0.0/json`)).body.json()) as ReleaseJson;
    expect(json.info).toMatchObject({
      name: 'idx-probe',
      version: '1.0.0',
      license_expression: 'MIT',
      project_urls: { Homepage: 'https://example.com/project' },
      description_content_type: 'text/markdown',
    });
    expect(json.info.description).toContain('A *test* package.');
    expect(json.urls.map((u) => ({ filename: u.filename, packagetype: u.packagetype, python_version: u.python_version, sha256: u.digests.sha256 }))).toEqual(
      expect.arrayContaining(
        dists.map((d) => ({
          filename: d.filename,
          packagetype: d.kind === 'sdist' ? 'sdist' : 'bdist_wheel',
          python_version: d.kind === 'sdist' ? 'source' : 'py3',
          sha256: d.sha256,
        })),
      ),
    );
  });

  it('skips what the index already has with the same sha256, uploading nothing', async () => {
    const { dists } = probes;
    const { urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    const before = standIn.posts();
    const deps = testDeps();
    const results = await publish(dists, { urls, token: TOKEN }, deps);
    expect(results.map((r) => r.result)).toEqual(['exists', 'exists']);
    expect(standIn.posts()).toBe(before);
    expect(deps.lines.filter((l) => l.includes('already on') && l.includes('same sha256'))).toHaveLength(2);
  });

  it('resumes a half-done release: uploads only the missing file', async () => {
    const { dists } = probes;
    const { urls } = standIn;
    await upload(dists[0]!, { urls, token: TOKEN }, testDeps());
    const results = await publish(dists, { urls, token: TOKEN }, testDeps());
    expect(results.map((r) => r.result)).toEqual(['exists', 'uploaded']);
  });

  it('refuses a filename the index holds with other bytes before uploading anything', async () => {
    const { dists, others } = probes;
    const { index, urls } = standIn;
    // Only the wheel is there: the sdist must not be uploaded either.
    await upload(dists[1]!, { urls, token: TOKEN }, testDeps());
    const before = standIn.posts();
    const error = await failure(publish(others, { urls, token: TOKEN }, testDeps()));
    expectCode(error, 'FILENAME_REUSED');
    expect(standIn.posts()).toBe(before);
    expect(index.uploads.map((u) => u.filename)).toEqual([dists[1]!.filename]);
    const text = error.render();
    expect(text).toContain('idx_probe-1.0.0-py3-none-any.whl');
    expect(text).toContain(dists[1]!.sha256);
    expect(text).toContain(others[1]!.sha256);
    expect(text).toMatch(/new version/);
    expect(text).toMatch(/post release/);
  });

  it('lists the conflicts of a listing without hashes by hashing the files', async () => {
    const { dists, others } = probes;
    await standIn.restart({ listedHash: 'none' });
    const { index, urls } = standIn;
    await upload(dists[1]!, { urls, token: TOKEN }, testDeps());
    const error = await failure(publish(others, { urls, token: TOKEN }, testDeps()));
    expectCode(error, 'FILENAME_REUSED');
    expect(error.render()).toContain(dists[1]!.sha256);
    // The sha256 came from the file's bytes: the listing gave none.
    expect(index.requests.some((r) => r.method === 'GET' && r.url.startsWith('/files/'))).toBe(true);
  });
});

describe('upload', () => {
  it('answers a refused token with INDEX_AUTH, quoting Warehouse, never showing the token', async () => {
    const { dists } = probes;
    const { index, urls } = standIn;
    const deps = testDeps();
    const error = await failure(upload(dists[0]!, { urls, token: 'pypi-wrong-token-0123456789' }, deps));
    expectCode(error, 'INDEX_AUTH');
    expect(error.message).toContain('idx_probe-1.0.0.tar.gz');
    expect(error.message).toContain(index.uploadUrl);
    expect(error.message).toContain('Invalid or non-existent authentication information');
    expect(error.hint).toMatch(/TestPyPI and PyPI/);
    expect(error.hint).toMatch(/scope/);
    expect(everything(deps, [error])).not.toContain('pypi-wrong-token');
    expect(standIn.posts()).toBe(1);
    expect(index.uploads).toEqual([{ filename: dists[0]!.filename, status: 403 }]);
  });

  it('says when the token is scoped to another project', async () => {
    const scoped = 'pypi-scoped-to-another-project-51c0';
    await standIn.restart({ projectTokens: { [scoped]: 'another-project' } });
    const deps = testDeps();
    const error = await failure(upload(probes.dists[0]!, { urls: standIn.urls, token: scoped }, deps));
    expectCode(error, 'INDEX_AUTH');
    expect(error.message).toContain("isn't allowed to upload to project 'idx-probe'");
    expect(error.hint).toMatch(/scoped to another project/);
    expect(everything(deps, [error])).not.toContain(scoped);
  });

  it('blanks the token and its Authorization header out of anything the server echoes', async () => {
    const { index, urls } = standIn;
    index.faults.set('upload:echo-auth:1');
    const deps = testDeps();
    const error = await failure(upload(probes.dists[0]!, { urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_AUTH');
    expect(index.faults.fired.map((f) => f.action)).toEqual(['echo-auth']);
    expect(error.message).toContain("password '****'");
    expect(error.message).toContain('Authorization: Basic ****');
    const shown = everything(deps, [error]);
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain(Buffer.from(`__token__:${TOKEN}`).toString('base64'));
  });

  it('quotes the index on a rejection and does not retry it', async () => {
    const { urls } = standIn;
    const error = await failure(upload(withDirectDependency(probes.dists[0]!), { urls, token: TOKEN }, testDeps()));
    expectCode(error, 'INDEX_REJECTED');
    expect(error.message).toContain("Can't have direct dependency: other@ https://example.com/other-1.0.tar.gz");
    expect(error.message).toContain('idx_probe-1.0.0.tar.gz');
    expect(standIn.posts()).toBe(1);
    expect(standIn.index.uploads.map((u) => u.status)).toEqual([400]);
  });

  it('reads the message from the body when the reason phrase is the standard one (HTTP/2, proxies)', async () => {
    await standIn.restart({ statusLine: 'standard' });
    const error = await failure(upload(withDirectDependency(probes.dists[0]!), { urls: standIn.urls, token: TOKEN }, testDeps()));
    expectCode(error, 'INDEX_REJECTED');
    // The message once: not the title and heading that repeat it with the status, nor Pyramid's stock sentence.
    expect(error.message).toMatch(/failed with 400: "Can't have direct dependency: other@ https:\/\/example\.com\/other-1\.0\.tar\.gz\. See [^ "]+ for more information\."$/);
  });

  it('retries a 503, rebuilding the body from the file', async () => {
    const { dists } = probes;
    const { index, urls } = standIn;
    index.faults.set('upload:503:1');
    const deps = testDeps();
    expect(await upload(dists[0]!, { urls, token: TOKEN }, deps)).toBe('uploaded');
    expect(standIn.posts()).toBe(2);
    // The fault answered the first without reading it; Warehouse's checks passed the second, whole.
    expect(index.uploads).toEqual([{ filename: dists[0]!.filename, status: 200 }]);
    expect(deps.sleeps).toHaveLength(1);
    expect(deps.lines.some((l) => l.startsWith('warning:') && l.includes('503') && l.includes('Retry 1 of 3'))).toBe(true);
  });

  it('honours Retry-After on a 429', async () => {
    const { index, urls } = standIn;
    index.faults.set('upload:429/7:1');
    const deps = testDeps();
    expect(await upload(probes.dists[0]!, { urls, token: TOKEN }, deps)).toBe('uploaded');
    expect(deps.sleeps).toEqual([7000]);
  });

  it('gives up after a bounded number of attempts with growing pauses', async () => {
    const { index, urls } = standIn;
    index.faults.set('upload:502');
    const deps = testDeps();
    const error = await failure(upload(probes.dists[0]!, { urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_UNREACHABLE');
    expect(error.message).toMatch(/gave up after 4 attempts/);
    expect(error.message).toContain('idx_probe-1.0.0.tar.gz');
    expect(standIn.posts()).toBe(4);
    expect(deps.sleeps).toHaveLength(3);
    // Jittered over the upper half of 1 s, 2 s, 4 s.
    deps.sleeps.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(500 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(1000 * 2 ** i);
    });
  });

  it('finds the file already stored when the connection dropped after the upload', async () => {
    const { index, urls } = standIn;
    index.faults.set('upload:cut-after:1');
    expect(await upload(probes.dists[0]!, { urls, token: TOKEN }, testDeps())).toBe('exists');
    // Asked the index before retrying, and did not send the file again.
    expect(standIn.posts()).toBe(1);
    expect(index.uploads).toEqual([{ filename: probes.dists[0]!.filename, status: 200 }]);
    const post = index.requests.findIndex((r) => r.method === 'POST');
    expect(index.requests[post + 1]).toMatchObject({ method: 'GET', url: expect.stringMatching(/^\/simple\/idx-probe\/\?t=/) });
  });

  it("treats pypiserver's 409 for our own bytes as done, after checking the listing", async () => {
    await standIn.restart({ kind: 'pypiserver' });
    const { index, urls } = standIn;
    await upload(probes.dists[0]!, { urls, token: TOKEN }, testDeps());
    expect(await upload(probes.dists[0]!, { urls, token: TOKEN }, testDeps())).toBe('exists');
    expect(index.uploads.map((u) => u.status)).toEqual([200, 409]);
    expect(index.requests.at(-1)).toMatchObject({ method: 'GET', url: expect.stringMatching(/^\/simple\/idx-probe\/\?t=/) });
  });

  it('turns "File already exists" for other bytes into FILENAME_REUSED naming both hashes', async () => {
    const { dists, others } = probes;
    const { index, urls } = standIn;
    // upload() sends at once (publish would have read the listing first); the answer tells.
    await upload(dists[1]!, { urls, token: TOKEN }, testDeps());
    const error = await failure(upload(others[1]!, { urls, token: TOKEN }, testDeps()));
    expectCode(error, 'FILENAME_REUSED');
    expect(index.uploads.map((u) => u.status)).toEqual([200, 400]);
    expect(error.render()).toContain(dists[1]!.sha256);
    expect(error.render()).toContain(others[1]!.sha256);
  });

  it('never follows a redirect of an upload, and blames the missing trailing slash', async () => {
    const { index } = standIn;
    const urls = resolveIndexUrls(`${index.url}/legacy`, `${index.url}/simple/`);
    const error = await failure(upload(probes.dists[0]!, { urls, token: TOKEN }, testDeps()));
    expectCode(error, 'INDEX_REDIRECT');
    expect(error.message).toContain('308');
    expect(error.hint).toContain(`${index.url}/legacy/`);
    expect(error.hint).toMatch(/trailing slash/);
    expect(index.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /legacy']);
  });

  it('never follows a redirect of an upload to another host either', async () => {
    const { index, urls } = standIn;
    index.faults.set('upload:redirect=localhost');
    const error = await failure(upload(probes.dists[0]!, { urls, token: TOKEN }, testDeps()));
    expectCode(error, 'INDEX_REDIRECT');
    expect(error.message).toContain(`answered 308, a redirect to http://localhost:${new URL(index.url).port}/legacy/`);
    expect(index.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /legacy/']);
  });

  it('retries a refused connection and then says the index is unreachable', async () => {
    const { urls } = standIn;
    await standIn.close();
    const deps = testDeps();
    const error = await failure(upload(probes.dists[0]!, { urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_UNREACHABLE');
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(deps.sleeps).toHaveLength(3);
  });

  it('refuses a file that changed on disk since it was inspected', async () => {
    const copy = path.join(probes.temp, 'changed.tar.gz');
    await fs.copyFile(probes.dists[0]!.path, copy);
    await fs.appendFile(copy, 'more');
    const error = await failure(upload({ ...probes.dists[0]!, path: copy }, { urls: standIn.urls, token: TOKEN }, testDeps()));
    expectCode(error, 'DIST_INVALID');
    expect(standIn.posts()).toBe(0);
  });

  it('stops when the file is rewritten while it is being sent', async () => {
    const size = 64 * 1024 * 1024;
    const file = path.join(probes.temp, 'rewritten-1.0.0.tar.gz');
    await fs.writeFile(file, Buffer.alloc(size, 1));
    // The request has arrived: the rest of the file is still on disk, and now differs.
    const appended = new Promise<void>((resolve, reject) => standIn.index.events.once('request', () => fs.appendFile(file, 'x').then(resolve, reject)));
    const dist: Dist = { ...probes.dists[0]!, path: file, filename: 'rewritten-1.0.0.tar.gz', size };
    expectCode(await failure(upload(dist, { urls: standIn.urls, token: TOKEN }, testDeps())), 'DIST_INVALID');
    await appended;
    // Nothing of it was taken: the request broke off before its end.
    expect(standIn.index.uploads.filter((u) => u.status === 200)).toEqual([]);
  });

  it('streams the file: memory does not grow with its size', async () => {
    const size = 96 * 1024 * 1024;
    const big = path.join(probes.temp, 'big-1.0.0.tar.gz');
    const handle = await fs.open(big, 'w');
    const block = Buffer.alloc(1024 * 1024, 7);
    for (let i = 0; i < size / block.length; i++) await handle.write(block);
    await handle.close();
    const dist: Dist = { ...probes.dists[0]!, path: big, filename: 'big-1.0.0.tar.gz', size };
    // The stand-in in a process of its own: this process's memory is then the client's alone.
    const server = await spawnStandIn(path.join(probes.temp, 'index-big'));
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    let error;
    try {
      error = await failure(upload(dist, { urls: resolveIndexUrls(`${server.url}/legacy/`), token: TOKEN }, testDeps()));
    } finally {
      clearInterval(timer);
      await server.stop();
    }
    // Warehouse reads the whole form before it answers: it took all of it, then refused what is no archive.
    expectCode(error, 'INDEX_REJECTED');
    expect(error.message).toContain('big-1.0.0.tar.gz');
    // Reading the file whole would add at least its size.
    expect(peak - before).toBeLessThan(size / 2);
  });
});
