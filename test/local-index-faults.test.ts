// The embedded index's fault injection, over real HTTP: each fault is what a
// client on the other end sees (a status, a connection closed before or after
// the file was stored, a late answer, a short body, a listing that lags), and
// the spec strings the CLI takes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { once } from 'node:events';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaults } from '../packages/pypi-standin/src/faults.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { ROOT } from './helpers/harness.ts';
import { basic, send, tarGz, twineForm } from './helpers/index-http.ts';

const TOKEN = 'pypi-faults-unit-token';
const JSON_ACCEPT = 'application/vnd.pypi.simple.v1+json';
let root: string;
let sdist: Buffer;
const running: RunningIndex[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pypi-promote-faults-unit-'));
  sdist = await tarGz({ 'tiny_pkg_x-1.0/PKG-INFO': 'Metadata-Version: 2.4\nName: Tiny-Pkg.x\nVersion: 1.0\n', 'tiny_pkg_x-1.0/setup.py': '' });
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  await rm(root, { recursive: true, force: true });
});

let counter = 0;
async function index(faults: string, clock?: () => number): Promise<RunningIndex> {
  const started = await startIndex({ dir: path.join(root, `index-${++counter}`), token: TOKEN, port: 0, faults, clock });
  running.push(started);
  return started;
}

async function upload(target: RunningIndex) {
  return send(target.uploadUrl, {
    method: 'POST',
    body: await twineForm({ filename: 'tiny_pkg_x-1.0.tar.gz', bytes: sdist }),
    headers: { authorization: basic('__token__', TOKEN) },
  });
}

async function listedNames(target: RunningIndex): Promise<string[]> {
  const answer = await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } });
  if (answer.status === 404) return [];
  return (JSON.parse(answer.body) as { files: Array<{ filename: string }> }).files.map((f) => f.filename);
}

/** The transport error a request ends with, or 'answered' when it got a whole answer. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'answered';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('fault specs', () => {
  it('parse into rules', () => {
    expect(parseFaults('upload:503:2; simple:429/3:every=2 files:truncate json:hide=1.5 any:delay=20:1;simple:500:4-5;files:503/9')).toEqual([
      { route: 'upload', action: { kind: 'status', status: 503 }, first: 2 },
      { route: 'simple', action: { kind: 'status', status: 429, retryAfterSeconds: 3 }, every: 2 },
      { route: 'files', action: { kind: 'truncate' } },
      { route: 'json', hideSeconds: 1.5 },
      { route: 'any', action: { kind: 'delay', ms: 20 }, first: 1 },
      { route: 'simple', action: { kind: 'status', status: 500 }, skip: 3, first: 5 },
      { route: 'files', action: { kind: 'status', status: 503, retryAfterSeconds: 9 } },
    ]);
    expect(parseFaults('')).toEqual([]);
  });

  it('parse redirects, corrupt files and echoed credentials', () => {
    expect(parseFaults('simple:redirect:1;files:redirect=localhost;files:corrupt:2;upload:echo-auth')).toEqual([
      { route: 'simple', action: { kind: 'redirect' }, first: 1 },
      { route: 'files', action: { kind: 'redirect', host: 'localhost' } },
      { route: 'files', action: { kind: 'corrupt' }, first: 2 },
      { route: 'upload', action: { kind: 'echo-auth' } },
    ]);
  });

  it('parse the hostile answers', () => {
    expect(parseFaults('simple:huge=50;files:drip=100:1;simple:quadratic')).toEqual([
      { route: 'simple', action: { kind: 'huge', mib: 50 } },
      { route: 'files', action: { kind: 'drip', ms: 100 }, first: 1 },
      { route: 'simple', action: { kind: 'quadratic' } },
    ]);
  });

  it.each([
    ['nowhere:503', "unknown route 'nowhere'"],
    ['upload:404', 'status 404 is not one of'],
    ['upload:500/2', 'only 429 and 503 carry a Retry-After'],
    ['upload:explode', "unknown action 'explode'"],
    ['upload:503:0', "count '0' is neither N, K-L nor every=N"],
    ['upload:503:3-2', "count '3-2' is neither N, K-L nor every=N"],
    ['upload:hide=3', 'hide applies to the listings'],
    ['upload', 'expected ROUTE:ACTION[:COUNT]'],
    ['files:quadratic', 'quadratic is a listing'],
    ['simple:huge=0', "unknown action 'huge=0'"],
    ['simple:corrupt', 'corrupt changes a file: files'],
    ['files:echo-auth', 'echo-auth answers an upload: upload'],
    ['simple:redirect=', "unknown action 'redirect='"],
    ['files:redirect=a_b', "unknown action 'redirect=a_b'"],
    ['simple:redirect=-bad-', "unknown action 'redirect=-bad-'"],
  ])('refuse %s', (spec, message) => {
    expect(() => parseFaults(spec)).toThrow(message);
  });
});

describe('faults over HTTP', () => {
  it('answers the status the first N times, with Retry-After on a 429, then serves normally', async () => {
    // Both rules count the first upload; the first rule due applies; neither is due for the second.
    const target = await index('upload:429/7:1;upload:502:1');
    const first = await upload(target);
    expect([first.status, first.headers['retry-after']]).toEqual([429, '7']);
    expect(await listedNames(target)).toEqual([]); // nothing was stored
    expect((await upload(target)).status).toBe(200);
    expect(await listedNames(target)).toEqual(['tiny_pkg_x-1.0.tar.gz']);
    expect(target.faults.fired.map((f) => `${f.route}:${f.action}`)).toEqual(['upload:status']);
  });

  it('counts each rule by itself: every=N hits every Nth matching request, K-L the Kth to the Lth', async () => {
    const target = await index('simple:503:every=2;json:502:2-3');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(`${target.simpleUrl}`)).status);
    for (let i = 0; i < 4; i++) statuses.push((await send(`${target.url}/pypi/nothing/json`)).status);
    expect(statuses).toEqual([200, 503, 200, 503, 404, 502, 502, 404]);
  });

  it('cut-before: the connection closes unanswered and the file is not stored', async () => {
    const target = await index('upload:cut-before:1');
    expect(await failure(upload(target))).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
    expect(await listedNames(target)).toEqual([]);
    expect(target.uploads).toEqual([]);
  });

  it('cut-after: the connection closes unanswered but the file is stored', async () => {
    const target = await index('upload:cut-after:1');
    expect(await failure(upload(target))).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
    expect(await listedNames(target)).toEqual(['tiny_pkg_x-1.0.tar.gz']);
    expect(target.uploads).toEqual([{ filename: 'tiny_pkg_x-1.0.tar.gz', status: 200 }]);
  });

  it('truncate: a body announced whole and cut in half, on file downloads and simple pages', async () => {
    const target = await index('files:truncate:1;simple:truncate:1');
    expect((await upload(target)).status).toBe(200);
    expect(await failure(send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } }))).toMatch(/^(UND_ERR_SOCKET|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)$/);
    const page = JSON.parse((await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } })).body) as { files: Array<{ url: string }> };
    const url = page.files[0]!.url;
    const res = await request(url);
    expect(res.headers['content-length']).toBe(String(sdist.length));
    expect(await failure(res.body.arrayBuffer())).toMatch(/^(UND_ERR_SOCKET|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)$/);
    expect(Buffer.from(await (await request(url)).body.arrayBuffer())).toEqual(sdist);
  });

  it('huge, quadratic, drip: 200s without a Content-Length, of the size and shape asked', async () => {
    const target = await index('simple:huge=2:1;simple:quadratic:2-2;files:drip=10');
    expect((await upload(target)).status).toBe(200);
    const huge = await request(`${target.simpleUrl}tiny-pkg-x/`);
    expect(huge.headers['content-length']).toBeUndefined();
    const page = await huge.body.text();
    expect(page.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(page).toMatch(/^<!DOCTYPE html>[\s\S]*-->\n<\/body><\/html>\n$/);
    const quadratic = await (await request(`${target.simpleUrl}tiny-pkg-x/`)).body.text();
    expect(quadratic.split('<a href=#>')).toHaveLength(96_001);
    expect(quadratic).not.toContain('</a>');
    const listed = JSON.parse((await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } })).body) as { files: Array<{ url: string }> };
    const drip = await request(listed.files[0]!.url);
    expect(drip.statusCode).toBe(200);
    // A few bytes come, one at a time, and the body does not end: the client ends it.
    let bytes = 0;
    for await (const chunk of drip.body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes >= 5) break;
    }
    expect(bytes).toBe(5);
  });

  it('delay: answers late, and counts only the first N', async () => {
    const target = await index('simple:delay=1000:1');
    const order: string[] = [];
    const arrived = once(target.events, 'request');
    const slow = send(target.simpleUrl).then(() => order.push('delayed'));
    await arrived;
    await send(target.simpleUrl).then(() => order.push('prompt'));
    await slow;
    expect(order).toEqual(['prompt', 'delayed']);
  });

  it('hide: a new file stays out of the simple and JSON listings for a while, and is downloadable meanwhile', async () => {
    let now = Date.now();
    const target = await index('any:hide=1', () => now);
    expect((await upload(target)).status).toBe(200);
    expect(await listedNames(target)).toEqual([]);
    const json = JSON.parse((await send(`${target.url}/pypi/Tiny-Pkg.x/1.0/json`)).body) as { urls: unknown[] };
    expect(json.urls).toEqual([]);
    now += 999;
    expect(await listedNames(target)).toEqual([]);
    now += 1_001;
    expect(await listedNames(target)).toEqual(['tiny_pkg_x-1.0.tar.gz']);
  });

  it('redirect: 301 to the same URL for a read, 308 for an upload, on this host or on the one named', async () => {
    // Each rule counts every listing: the second applies to the second.
    const target = await index('simple:redirect:1;simple:redirect=localhost:2-2;upload:redirect:1');
    const port = new URL(target.url).port;
    const same = await send(`${target.simpleUrl}tiny-pkg-x/?t=1`);
    expect([same.status, same.headers.location]).toEqual([301, `${target.simpleUrl}tiny-pkg-x/?t=1`]);
    const other = await send(`${target.simpleUrl}tiny-pkg-x/`);
    expect([other.status, other.headers.location]).toEqual([301, `http://localhost:${port}/simple/tiny-pkg-x/`]);
    const moved = await upload(target);
    expect([moved.status, moved.headers.location]).toEqual([308, target.uploadUrl]);
    // Nothing was stored: the upload was answered unread.
    expect(target.uploads).toEqual([]);
    expect((await send(`${target.simpleUrl}tiny-pkg-x/`)).status).toBe(404);
  });

  it('corrupt: the file as long as listed, with other bytes', async () => {
    const target = await index('files:corrupt:1');
    expect((await upload(target)).status).toBe(200);
    const page = JSON.parse((await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } })).body) as { files: Array<{ url: string; hashes: { sha256: string } }> };
    const { url, hashes } = page.files[0]!;
    const bad = Buffer.from(await (await request(url)).body.arrayBuffer());
    expect(bad.length).toBe(sdist.length);
    expect(bad.equals(sdist)).toBe(false);
    expect(createHash('sha256').update(bad).digest('hex')).not.toBe(hashes.sha256);
    expect(Buffer.from(await (await request(url)).body.arrayBuffer())).toEqual(sdist);
  });

  it('echo-auth: a 403 quoting the credentials sent, in the reason phrase and the body', async () => {
    const target = await index('upload:echo-auth:1');
    const answer = await upload(target);
    expect(answer.status).toBe(403);
    const header = basic('__token__', TOKEN);
    for (const text of [answer.reason, answer.body]) {
      expect(text).toContain(header);
      expect(text).toContain(`password '${TOKEN}'`);
    }
    expect(target.uploads).toEqual([]);
  });

  it('records every request as sent, and can be cleared while running', async () => {
    const target = await index('simple:500');
    expect((await send(`${target.simpleUrl}?t=1`)).status).toBe(500);
    target.faults.clear();
    expect((await send(`${target.simpleUrl}?t=2`)).status).toBe(200);
    expect(target.requests.map(({ method, url }) => ({ method, url }))).toEqual([{ method: 'GET', url: '/simple/?t=1' }, { method: 'GET', url: '/simple/?t=2' }]);
    expect(target.requests[0]!.headers.host).toBe(new URL(target.url).host);
  });
});

describe('the CLI', () => {
  it('takes --faults, falls back to LOCAL_INDEX_FAULTS, and refuses a bad spec', async () => {
    const run = (args: string[], env: NodeJS.ProcessEnv) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'packages', 'pypi-standin', 'src', 'cli.ts'), ...args], {
          env: { ...process.env, LOCAL_INDEX_TOKEN: TOKEN, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        const seen = (chunk: Buffer) => {
          out += chunk;
          if (out.includes('injecting faults')) child.kill('SIGTERM');
        };
        child.stdout.on('data', seen);
        child.stderr.on('data', seen);
        child.on('close', (code) => resolve({ code: code ?? 1, out }));
      });
    const bad = await run(['--dir', path.join(root, 'cli'), '--faults', 'upload:418'], {});
    expect(bad.code).toBe(2);
    expect(bad.out).toContain("fault 'upload:418': status 418 is not one of 500, 502, 503, 429");
    const fromEnv = await run(['--dir', path.join(root, 'cli')], { LOCAL_INDEX_FAULTS: 'upload:503:2' });
    expect(fromEnv.out).toContain('injecting faults: upload:503:2');
  });
});
