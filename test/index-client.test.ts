// The index client over real HTTP on loopback. The server here is a small
// index written for these tests: it serves what the embedded index does not
// inject (a 503 then success, a 429 with Retry-After, a connection cut after
// the file was stored, a 308, an HTML-only listing as pypiserver's, a file
// listed without its hash) and records every request it sees.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import busboy from 'busboy';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dist } from '../src/dists/dist.ts';
import { isReleaseError, type ErrorCode, type ReleaseError } from '../src/errors.ts';
import { download } from '../src/index/download.ts';
import { SIMPLE_ACCEPT, listFiles, parseSimpleHtml, parseSimpleJson } from '../src/index/simple.ts';
import { publish, upload } from '../src/index/upload.ts';
import { verifyFiles, waitForFiles } from '../src/index/wait.ts';
import { resolveIndexUrls, type IndexUrls } from '../src/index/url.ts';
import { buildProbes, everything, testDeps, type ProbeBuilds } from './helpers/index.ts';

const TOKEN = 'pypi-AgEIcHlwaS5vcmc-test-secret-4f1d';

type Fault =
  | { kind: 'status'; status: number; reason?: string; headers?: Record<string, string>; body?: string }
  | { kind: 'reset-after-store' };

interface Stored {
  bytes: Buffer;
  sha256: string;
  fields: Record<string, string[]>;
  partType: string;
  partFilename: string;
}

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

/** A small, real index: legacy uploads, PEP 503/691 listings, files. */
class MiniIndex {
  readonly stored = new Map<string, Stored>();
  readonly requests: Seen[] = [];
  uploadFaults: Fault[] = [];
  listFaults: Fault[] = [];
  /** 'html' answers as pypiserver does, whatever the Accept. */
  format: 'negotiate' | 'html' = 'negotiate';
  /** pypiserver answers 409 even to the identical file; Warehouse answers 200. */
  duplicate: 'warehouse' | 'pypiserver' = 'warehouse';
  /** Listings to answer before a newly stored file shows (a CDN that has not refreshed). */
  staleListings = 0;
  /** Files whose listing carries no sha256 (indexes that list md5 or nothing). */
  noHash = false;
  /** Files served with other bytes than listed. */
  corrupt = false;
  /** Extra listing entries: another file under one of our names. */
  foreign = new Map<string, Buffer>();
  private server!: http.Server;
  private visibleFrom = new Map<string, number>();
  private listings = 0;
  base = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as { port: number };
    this.base = `http://127.0.0.1:${port}`;
  }

  get urls(): IndexUrls {
    return resolveIndexUrls(`${this.base}/legacy/`);
  }

  posts(): number {
    return this.requests.filter((r) => r.method === 'POST').length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', this.base);
    if (req.method === 'POST' && url.pathname === '/legacy') {
      req.resume();
      req.on('end', () => {
        res.writeHead(308, { location: `${this.base}/legacy/` });
        res.end();
      });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/legacy/') return this.upload(req, res);
    const project = /^\/simple\/([^/]+)\/$/.exec(url.pathname);
    if (req.method === 'GET' && project) return this.listing(project[1]!, req, res);
    const file = /^\/files\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && file) {
      const name = decodeURIComponent(file[1]!);
      const bytes = this.foreign.get(name) ?? this.stored.get(name)?.bytes;
      if (!bytes) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(this.corrupt ? Buffer.concat([bytes, Buffer.from('x')]) : bytes);
      return;
    }
    res.writeHead(404).end('not found');
  }

  private async upload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const fields: Record<string, string[]> = {};
    let file: { bytes: Buffer; type: string; filename: string } | undefined;
    // Like Warehouse, read the whole request before answering.
    await new Promise<void>((resolve, reject) => {
      const bb = busboy({ headers: req.headers });
      bb.on('field', (name, value) => (fields[name] ??= []).push(value));
      bb.on('file', (_name, stream, info) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => (file = { bytes: Buffer.concat(chunks), type: info.mimeType, filename: info.filename ?? '' }));
      });
      bb.on('close', resolve);
      bb.on('error', reject);
      req.pipe(bb);
    });
    const fault = this.uploadFaults.shift();
    if (fault?.kind === 'status') return this.answer(res, fault);
    const expected = `Basic ${Buffer.from(`__token__:${TOKEN}`).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      return this.answer(res, {
        status: 403,
        reason: 'Invalid or non-existent authentication information. See http://127.0.0.1/help/#invalid-auth for more information.',
      });
    }
    if (!file) return this.answer(res, { status: 400, reason: 'Upload payload does not have a file.' });
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    if (fields.sha256_digest?.[0] !== sha256) {
      return this.answer(res, { status: 400, reason: 'The digest supplied does not match a digest calculated from the uploaded file.' });
    }
    const existing = this.stored.get(file.filename);
    if (existing && (existing.sha256 !== sha256 || this.duplicate === 'pypiserver')) {
      return this.duplicate === 'pypiserver'
        ? this.answer(res, { status: 409, body: `Package '${file.filename}' already exists!` })
        : this.answer(res, {
            status: 400,
            reason: `File already exists ('${file.filename}', with blake2_256 hash '${fields.blake2_256_digest?.[0]}'). See http://127.0.0.1/help/#file-name-reuse for more information.`,
          });
    }
    if (!existing) {
      this.stored.set(file.filename, { bytes: file.bytes, sha256, fields, partType: file.type, partFilename: file.filename });
      this.visibleFrom.set(file.filename, this.listings + this.staleListings);
    }
    if (fault?.kind === 'reset-after-store') {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end();
  }

  private listing(name: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    const fault = this.listFaults.shift();
    if (fault?.kind === 'status') return this.answer(res, fault);
    const now = this.listings++;
    const files = [...this.stored.entries()]
      .filter(([f]) => (this.visibleFrom.get(f) ?? 0) <= now)
      .map(([filename, s]) => ({ filename, sha256: s.sha256 }));
    for (const [filename, bytes] of this.foreign) {
      files.push({ filename, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    const ours = files.filter((f) => f.filename.startsWith(name.replace(/-/g, '_')));
    if (ours.length === 0) return void res.writeHead(404).end('Not Found');
    const json = this.format === 'negotiate' && /vnd\.pypi\.simple\.v1\+json/.test(req.headers.accept ?? '');
    if (json) {
      res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' });
      res.end(
        JSON.stringify({
          meta: { 'api-version': '1.1' },
          name,
          files: ours.map((f) => ({
            filename: f.filename,
            url: `../../files/${f.filename}`,
            hashes: this.noHash ? {} : { sha256: f.sha256 },
            'requires-python': '>=3.8',
          })),
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!DOCTYPE html><html><body><h1>Links for ${name}</h1>\n` +
        ours
          .map((f) => `<a href="/files/${f.filename}${this.noHash ? '' : `#sha256=${f.sha256}`}" data-requires-python="&gt;=3.8">${f.filename}</a><br/>`)
          .join('\n') +
        '</body></html>',
    );
  }

  private answer(res: http.ServerResponse, fault: { status: number; reason?: string; headers?: Record<string, string>; body?: string }): void {
    const body = fault.body ?? (fault.reason ? `${fault.status} ${http.STATUS_CODES[fault.status]}\n\n${fault.reason}\n` : '');
    if (fault.reason === undefined) res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers });
    else res.writeHead(fault.status, fault.reason, { 'content-type': 'text/plain', ...fault.headers });
    res.end(body);
  }
}

async function failure(promise: Promise<unknown>): Promise<ReleaseError> {
  try {
    await promise;
  } catch (error) {
    if (isReleaseError(error)) return error;
    throw error;
  }
  throw new Error('expected a ReleaseError');
}

function expectCode(error: ReleaseError, code: ErrorCode): void {
  expect(error.code, error.render()).toBe(code);
}

let dists: Dist[];
let others: Dist[];
let temp: string;
let probes: ProbeBuilds | undefined;
beforeAll(async () => {
  probes = await buildProbes({ name: 'idx-probe', version: '1.0.0' }, ['VALUE = 1', 'VALUE = 2'], 'client');
  ({ dists, others, temp } = probes);
});
afterAll(() => probes?.cleanup());

let index: MiniIndex;
beforeEach(async () => {
  index = new MiniIndex();
  await index.start();
});
afterEach(async () => {
  await index.close();
});

describe('the fixtures', () => {
  it('are a real sdist and wheel, and the second build differs in bytes only', () => {
    expect(dists.map((d) => d.filename)).toEqual(['idx_probe-1.0.0.tar.gz', 'idx_probe-1.0.0-py3-none-any.whl']);
    expect(others.map((d) => d.filename)).toEqual(dists.map((d) => d.filename));
    expect(others[1]!.sha256).not.toBe(dists[1]!.sha256);
  });
});

describe('publish', () => {
  it('uploads sdist then wheel, streamed as application/octet-stream, with the metadata form', async () => {
    const deps = testDeps();
    const results = await publish([...dists].reverse(), { urls: index.urls, token: TOKEN }, deps);
    expect(results).toEqual([
      { filename: 'idx_probe-1.0.0.tar.gz', result: 'uploaded' },
      { filename: 'idx_probe-1.0.0-py3-none-any.whl', result: 'uploaded' },
    ]);
    const posts = index.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.headers['content-length']).toBeDefined();
    for (const dist of dists) {
      const stored = index.stored.get(dist.filename)!;
      expect(stored.sha256).toBe(dist.sha256);
      expect(stored.partType).toBe('application/octet-stream');
      expect(stored.partFilename).toBe(dist.filename);
      expect(stored.fields).toMatchObject({
        ':action': ['file_upload'],
        protocol_version: ['1'],
        name: ['idx-probe'],
        version: ['1.0.0'],
        filetype: [dist.kind === 'sdist' ? 'sdist' : 'bdist_wheel'],
        pyversion: [dist.kind === 'sdist' ? 'source' : 'py3'],
        sha256_digest: [dist.sha256],
        license_expression: ['MIT'],
        project_urls: ['Homepage, https://example.com/project'],
        description_content_type: ['text/markdown'],
      });
      expect(stored.fields.description?.[0]).toContain('A *test* package.');
    }
  });

  it('skips what the index already has with the same sha256, uploading nothing', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    const before = index.posts();
    const deps = testDeps();
    const results = await publish(dists, { urls: index.urls, token: TOKEN }, deps);
    expect(results.map((r) => r.result)).toEqual(['exists', 'exists']);
    expect(index.posts()).toBe(before);
    expect(deps.lines.filter((l) => l.includes('already on') && l.includes('same sha256'))).toHaveLength(2);
  });

  it('resumes a half-done release: uploads only the missing file', async () => {
    await upload(dists[0]!, { urls: index.urls, token: TOKEN }, testDeps());
    const results = await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    expect(results.map((r) => r.result)).toEqual(['exists', 'uploaded']);
  });

  it('refuses a filename the index holds with other bytes before uploading anything', async () => {
    // Only the wheel is there: the sdist must not be uploaded either.
    await upload(dists[1]!, { urls: index.urls, token: TOKEN }, testDeps());
    const before = index.posts();
    const error = await failure(publish(others, { urls: index.urls, token: TOKEN }, testDeps()));
    expectCode(error, 'FILENAME_REUSED');
    expect(index.posts()).toBe(before);
    expect(index.stored.has('idx_probe-1.0.0.tar.gz')).toBe(false);
    const text = error.render();
    expect(text).toContain('idx_probe-1.0.0-py3-none-any.whl');
    expect(text).toContain(dists[1]!.sha256);
    expect(text).toContain(others[1]!.sha256);
    expect(text).toMatch(/new version/);
    expect(text).toMatch(/post release/);
  });

  it('lists the conflicts of a listing without hashes by hashing the files', async () => {
    await upload(dists[1]!, { urls: index.urls, token: TOKEN }, testDeps());
    index.noHash = true;
    const error = await failure(publish(others, { urls: index.urls, token: TOKEN }, testDeps()));
    expectCode(error, 'FILENAME_REUSED');
    expect(error.render()).toContain(dists[1]!.sha256);
  });
});

describe('upload', () => {
  it('answers a refused token with INDEX_AUTH, never showing the token', async () => {
    const deps = testDeps();
    const error = await failure(upload(dists[0]!, { urls: index.urls, token: 'pypi-wrong-token-0123456789' }, deps));
    expectCode(error, 'INDEX_AUTH');
    expect(error.message).toContain('idx_probe-1.0.0.tar.gz');
    expect(error.message).toContain(index.base);
    expect(error.message).toContain('Invalid or non-existent authentication information');
    expect(error.hint).toMatch(/TestPyPI and PyPI/);
    expect(error.hint).toMatch(/scope/);
    expect(everything(deps, [error])).not.toContain('pypi-wrong-token');
    expect(index.posts()).toBe(1);
  });

  it('blanks the token out of anything the server echoes', async () => {
    const deps = testDeps();
    index.uploadFaults.push({ kind: 'status', status: 403, reason: `Token ${TOKEN} is not valid for project: 'idx-probe'` });
    const error = await failure(upload(dists[0]!, { urls: index.urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_AUTH');
    expect(error.hint).toMatch(/scoped to another project/);
    expect(everything(deps, [error])).not.toContain(TOKEN);
    expect(error.message).toContain('****');
  });

  it('quotes the index on a rejection and does not retry it', async () => {
    const deps = testDeps();
    index.uploadFaults.push({
      kind: 'status',
      status: 400,
      reason: "'Programming Language :: Cobol :: 2' is not a valid classifier. See https://packaging.python.org/specifications/core-metadata for more information.",
    });
    const error = await failure(upload(dists[0]!, { urls: index.urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_REJECTED');
    expect(error.message).toContain("'Programming Language :: Cobol :: 2' is not a valid classifier");
    expect(error.message).toContain('idx_probe-1.0.0.tar.gz');
    expect(index.posts()).toBe(1);
  });

  it('reads the message from the body when the reason phrase is the standard one (HTTP/2, proxies)', async () => {
    index.uploadFaults.push({ kind: 'status', status: 400, body: '<html><body><h1>400 Bad Request</h1>\n<p>Invalid distribution file.</p></body></html>' });
    const error = await failure(upload(dists[0]!, { urls: index.urls, token: TOKEN }, testDeps()));
    expectCode(error, 'INDEX_REJECTED');
    expect(error.message).toContain('"Invalid distribution file."');
  });

  it('retries a 503, rebuilding the body from the file', async () => {
    const deps = testDeps();
    index.uploadFaults.push({ kind: 'status', status: 503, reason: 'Service Unavailable' });
    expect(await upload(dists[0]!, { urls: index.urls, token: TOKEN }, deps)).toBe('uploaded');
    expect(index.posts()).toBe(2);
    expect(index.stored.get(dists[0]!.filename)?.sha256).toBe(dists[0]!.sha256);
    expect(deps.sleeps).toHaveLength(1);
    expect(deps.lines.some((l) => l.startsWith('warning:') && l.includes('503') && l.includes('Retry 1 of 3'))).toBe(true);
  });

  it('honours Retry-After on a 429', async () => {
    const deps = testDeps();
    index.uploadFaults.push({ kind: 'status', status: 429, reason: 'Too many new projects created', headers: { 'retry-after': '7' } });
    expect(await upload(dists[0]!, { urls: index.urls, token: TOKEN }, deps)).toBe('uploaded');
    expect(deps.sleeps).toEqual([7000]);
  });

  it('gives up after a bounded number of attempts with growing pauses', async () => {
    const deps = testDeps();
    for (let i = 0; i < 10; i++) index.uploadFaults.push({ kind: 'status', status: 502 });
    const error = await failure(upload(dists[0]!, { urls: index.urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_UNREACHABLE');
    expect(error.message).toMatch(/gave up after 4 attempts/);
    expect(error.message).toContain('idx_probe-1.0.0.tar.gz');
    expect(index.posts()).toBe(4);
    expect(deps.sleeps).toHaveLength(3);
    // Jittered over the upper half of 1 s, 2 s, 4 s.
    deps.sleeps.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(500 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(1000 * 2 ** i);
    });
  });

  it('finds the file already stored when the connection dropped after the upload', async () => {
    const deps = testDeps();
    index.uploadFaults.push({ kind: 'reset-after-store' });
    expect(await upload(dists[0]!, { urls: index.urls, token: TOKEN }, deps)).toBe('exists');
    // Asked the index before retrying, and did not send the file again.
    expect(index.posts()).toBe(1);
    const listingAfterPost = index.requests.findIndex((r, i) => i > 0 && r.method === 'GET' && index.requests[i - 1]!.method === 'POST');
    expect(listingAfterPost).toBeGreaterThan(0);
    expect(index.requests[listingAfterPost]!.url).toMatch(/[?&]t=/);
  });

  it('treats pypiserver\'s 409 for our own bytes as done, after checking the listing', async () => {
    await upload(dists[0]!, { urls: index.urls, token: TOKEN }, testDeps());
    index.duplicate = 'pypiserver';
    expect(await upload(dists[0]!, { urls: index.urls, token: TOKEN }, testDeps())).toBe('exists');
  });

  it('turns "File already exists" for other bytes into FILENAME_REUSED naming both hashes', async () => {
    // A stale listing hides the first file from publish's check; the upload answer then tells.
    await upload(dists[1]!, { urls: index.urls, token: TOKEN }, testDeps());
    const error = await failure(upload(others[1]!, { urls: index.urls, token: TOKEN }, testDeps()));
    expectCode(error, 'FILENAME_REUSED');
    expect(error.render()).toContain(dists[1]!.sha256);
    expect(error.render()).toContain(others[1]!.sha256);
  });

  it('never follows a redirect of an upload, and blames the missing trailing slash', async () => {
    const deps = testDeps();
    const urls = resolveIndexUrls(`${index.base}/legacy`, `${index.base}/simple/`);
    const error = await failure(upload(dists[0]!, { urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_REDIRECT');
    expect(error.message).toContain('308');
    expect(error.hint).toContain(`${index.base}/legacy/`);
    expect(error.hint).toMatch(/trailing slash/);
    expect(index.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /legacy']);
  });

  it('retries a refused connection and then says the index is unreachable', async () => {
    const deps = testDeps();
    const urls = index.urls;
    await index.close();
    const error = await failure(upload(dists[0]!, { urls, token: TOKEN }, deps));
    expectCode(error, 'INDEX_UNREACHABLE');
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(deps.sleeps).toHaveLength(3);
    index = new MiniIndex();
    await index.start();
  });

  it('refuses a file that changed on disk since it was inspected', async () => {
    const copy = path.join(temp, 'changed.tar.gz');
    await fs.copyFile(dists[0]!.path, copy);
    await fs.appendFile(copy, 'more');
    const error = await failure(upload({ ...dists[0]!, path: copy }, { urls: index.urls, token: TOKEN }, testDeps()));
    expectCode(error, 'DIST_INVALID');
    expect(index.posts()).toBe(0);
  });

  it('stops when the file is rewritten while it is being sent', async () => {
    const size = 64 * 1024 * 1024;
    const file = path.join(temp, 'rewritten-1.0.0.tar.gz');
    await fs.writeFile(file, Buffer.alloc(size, 1));
    const sink = http.createServer((req, res) => {
      // The first bytes have arrived: the rest is still on disk, and now differs.
      req.once('data', () => void fs.appendFile(file, 'x'));
      req.resume();
      req.on('end', () => res.writeHead(200).end());
      req.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const { port } = sink.address() as { port: number };
    try {
      const urls = resolveIndexUrls(`http://127.0.0.1:${port}/legacy/`);
      const dist: Dist = { ...dists[0]!, path: file, filename: 'rewritten-1.0.0.tar.gz', size };
      expectCode(await failure(upload(dist, { urls, token: TOKEN }, testDeps())), 'DIST_INVALID');
    } finally {
      sink.closeAllConnections();
      sink.close();
    }
  });

  it('streams the file: memory does not grow with its size', async () => {
    const size = 96 * 1024 * 1024;
    const big = path.join(temp, 'big-1.0.0.tar.gz');
    const handle = await fs.open(big, 'w');
    const block = Buffer.alloc(1024 * 1024, 7);
    for (let i = 0; i < size / block.length; i++) await handle.write(block);
    await handle.close();
    let received = 0;
    const sink = http.createServer((req, res) => {
      req.on('data', (c: Buffer) => (received += c.length));
      req.on('end', () => res.writeHead(200).end());
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const { port } = sink.address() as { port: number };
    const dist: Dist = { ...dists[0]!, path: big, filename: 'big-1.0.0.tar.gz', size };
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      const urls = resolveIndexUrls(`http://127.0.0.1:${port}/legacy/`);
      expect(await upload(dist, { urls, token: TOKEN }, testDeps())).toBe('uploaded');
    } finally {
      clearInterval(timer);
      sink.close();
    }
    expect(received).toBeGreaterThan(size);
    // Reading the file whole would add at least its size.
    expect(peak - before).toBeLessThan(size / 2);
  });
});

describe('listFiles', () => {
  it('reads PEP 691 JSON, asking as pip does, with a cache buster when fresh', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    index.requests.length = 0;
    const files = await listFiles(index.urls, 'IDX.Probe', testDeps(), { fresh: true });
    expect([...files.keys()].sort()).toEqual(dists.map((d) => d.filename).sort());
    const wheel = files.get(dists[1]!.filename)!;
    expect(wheel).toEqual({
      filename: dists[1]!.filename,
      url: `${index.base}/files/${dists[1]!.filename}`,
      sha256: dists[1]!.sha256,
      requiresPython: '>=3.8',
    });
    const request = index.requests[0]!;
    expect(request.url).toMatch(/^\/simple\/idx-probe\/\?t=/);
    expect(request.headers.accept).toBe(SIMPLE_ACCEPT);
    expect(request.headers['cache-control']).toBe('no-cache');
  });

  it('reads PEP 503 HTML from an index that speaks nothing else', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    index.format = 'html';
    index.requests.length = 0;
    const files = await listFiles(index.urls, 'idx_probe', testDeps());
    expect(files.get(dists[0]!.filename)).toEqual({
      filename: dists[0]!.filename,
      url: `${index.base}/files/${dists[0]!.filename}`,
      sha256: dists[0]!.sha256,
      requiresPython: '>=3.8',
    });
    expect(index.requests[0]!.url).toBe('/simple/idx-probe/');
    expect(index.requests[0]!.headers['cache-control']).toBeUndefined();
  });

  it('answers an unknown project with an empty listing', async () => {
    expect((await listFiles(index.urls, 'nothing-here', testDeps())).size).toBe(0);
  });

  it('retries a transient failure of the listing', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    index.listFaults.push({ kind: 'status', status: 503 });
    const deps = testDeps();
    expect((await listFiles(index.urls, 'idx-probe', deps)).size).toBe(2);
    expect(deps.sleeps).toHaveLength(1);
  });

  it('follows a redirect on the same host, and refuses one to another host', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    index.listFaults.push({ kind: 'status', status: 301, headers: { location: '/simple/idx-probe/' } });
    expect((await listFiles(index.urls, 'idx-probe', testDeps())).size).toBe(2);

    const other = index.base.replace('127.0.0.1', 'localhost');
    index.listFaults.push({ kind: 'status', status: 301, headers: { location: `${other}/simple/idx-probe/` } });
    const error = await failure(listFiles(index.urls, 'idx-probe', testDeps()));
    expectCode(error, 'INDEX_REDIRECT');
    expect(error.message).toMatch(/another host/);
  });

  it('says when the listing needs credentials', async () => {
    index.listFaults.push({ kind: 'status', status: 401 });
    expectCode(await failure(listFiles(index.urls, 'idx-probe', testDeps())), 'INDEX_AUTH');
  });
});

describe('parseSimpleHtml and parseSimpleJson', () => {
  const page = new URL('https://index.example.com/simple/pkg/');

  it('resolves relative links, unescapes entities, takes the sha256 from the fragment', () => {
    const html = `<!DOCTYPE html>
<html><head><meta name="pypi:repository-version" content="1.1"></head><body>
<a href="../../packages/ab/cd/pkg-1.0.tar.gz#sha256=${'A'.repeat(64)}" data-requires-python="&gt;=3.9,&lt;4" data-yanked="">pkg-1.0.tar.gz</a><br/>
<A HREF='https://files.example.com/pkg-1.0-py3-none-any.whl?a=1&amp;b=2#md5=00ff'>pkg-1.0-py3-none-any.whl</A>
<a href=/x/pkg%2B1-2.0.tar.gz></a>
<a name="anchor-without-href">nothing</a>
</body></html>`;
    const files = parseSimpleHtml(html, page);
    expect([...files.values()]).toEqual([
      {
        filename: 'pkg-1.0.tar.gz',
        url: 'https://index.example.com/packages/ab/cd/pkg-1.0.tar.gz',
        sha256: 'a'.repeat(64),
        requiresPython: '>=3.9,<4',
      },
      {
        filename: 'pkg-1.0-py3-none-any.whl',
        url: 'https://files.example.com/pkg-1.0-py3-none-any.whl?a=1&b=2',
        sha256: undefined,
      },
      { filename: 'pkg+1-2.0.tar.gz', url: 'https://index.example.com/x/pkg%2B1-2.0.tar.gz', sha256: undefined },
    ]);
  });

  it('honours a <base> element', () => {
    const files = parseSimpleHtml('<base href="https://cdn.example.com/f/"><a href="pkg-1.0.tar.gz">pkg-1.0.tar.gz</a>', page);
    expect(files.get('pkg-1.0.tar.gz')?.url).toBe('https://cdn.example.com/f/pkg-1.0.tar.gz');
  });

  it('tokenizes as a browser would: markup inside an anchor, anchors left open, comments and scripts skipped', () => {
    const html = `<a href="a-1.0.tar.gz"><span>a-1.0</span>.tar.gz</a>
<a href="b-1.0.tar.gz">b-1.0.tar.gz
<a href="c-1.0.tar.gz">c-1.0.tar.gz</a>
<!-- <a href="hidden-1.0.tar.gz">hidden-1.0.tar.gz</a> -->
<script>document.write('<a href="written-1.0.tar.gz">written-1.0.tar.gz</a>')</script>`;
    expect([...parseSimpleHtml(html, page).keys()]).toEqual(['a-1.0.tar.gz', 'b-1.0.tar.gz', 'c-1.0.tar.gz']);
  });

  it('parses the page that made a regex quadratic (anchors never closed) in one pass', () => {
    // 96 000 anchors never closed: the old regex scanned the rest of the page from each (about 35 s here).
    const html = `<!DOCTYPE html><html><body>${'<a href=#>'.repeat(96_000)}`;
    expect(parseSimpleHtml(html, page).size).toBe(0);
    const named = `${'<a href="f.tar.gz">'.repeat(1000)}`;
    expect([...parseSimpleHtml(named, page).keys()]).toEqual(['f.tar.gz']);
  });

  it('reads PEP 691 JSON, resolving relative URLs, skipping malformed entries', () => {
    const files = parseSimpleJson(
      JSON.stringify({
        meta: { 'api-version': '1.4' },
        name: 'pkg',
        files: [
          { filename: 'pkg-1.0.tar.gz', url: '/files/pkg-1.0.tar.gz', hashes: { sha256: 'B'.repeat(64) }, size: 10, 'requires-python': '>=3.8' },
          { filename: 'broken' },
          { filename: 'pkg-1.0-py3-none-any.whl', url: 'https://files.example.com/w.whl#sha256=x', hashes: { md5: '00' } },
        ],
      }),
      page,
    );
    expect([...files.values()]).toEqual([
      { filename: 'pkg-1.0.tar.gz', url: 'https://index.example.com/files/pkg-1.0.tar.gz', sha256: 'b'.repeat(64), size: 10, requiresPython: '>=3.8' },
      { filename: 'pkg-1.0-py3-none-any.whl', url: 'https://files.example.com/w.whl', sha256: undefined },
    ]);
    expect(() => parseSimpleJson('{"name":"x"}', page)).toThrow(/files/);
  });
});

describe('waitForFiles', () => {
  it('polls with growing pauses until every file shows with our sha256', async () => {
    index.staleListings = 3;
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    const deps = testDeps();
    const found = await waitForFiles(index.urls, 'idx-probe', dists, deps, { timeoutMs: 600_000 });
    expect([...found.keys()].sort()).toEqual(dists.map((d) => d.filename).sort());
    expect(found.get(dists[0]!.filename)?.sha256).toBe(dists[0]!.sha256);
    // Three stale listings: three misses, pauses doubling from 1 s, then found.
    expect(deps.sleeps).toEqual([1000, 2000, 4000]);
    expect(deps.lines.some((l) => l.includes('Waiting for'))).toBe(true);
  });

  it('caps the pause between polls', async () => {
    index.staleListings = 12;
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    const deps = testDeps();
    await waitForFiles(index.urls, 'idx-probe', dists, deps, { timeoutMs: 600_000 });
    expect(Math.max(...deps.sleeps)).toBe(15_000);
  });

  it('fails at once on a listed file with another sha256', async () => {
    await publish(others, { urls: index.urls, token: TOKEN }, testDeps());
    const deps = testDeps();
    const error = await failure(waitForFiles(index.urls, 'idx-probe', dists, deps, { timeoutMs: 600_000 }));
    expectCode(error, 'STAGING_MISMATCH');
    expect(deps.sleeps).toHaveLength(0);
    expect(error.render()).toContain(others[0]!.sha256);
    expect(error.render()).toContain(dists[0]!.sha256);
  });

  it('times out naming the missing files and the index', async () => {
    await upload(dists[0]!, { urls: index.urls, token: TOKEN }, testDeps());
    const deps = testDeps({ virtualClock: true });
    const error = await failure(waitForFiles(index.urls, 'idx-probe', dists, deps, { timeoutMs: 60_000 }));
    expectCode(error, 'STAGING_TIMEOUT');
    expect(error.message).toContain(dists[1]!.filename);
    expect(error.message).not.toContain(dists[0]!.filename);
    expect(error.message).toContain(`${index.base}/simple/`);
    expect(deps.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
  });

  it('keeps polling through an index that is down for a while', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    for (let i = 0; i < 4; i++) index.listFaults.push({ kind: 'status', status: 503 });
    const found = await waitForFiles(index.urls, 'idx-probe', dists, testDeps(), { timeoutMs: 600_000 });
    expect(found.size).toBe(2);
  });

  it('hashes the files of a listing without sha256', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    index.noHash = true;
    const found = await waitForFiles(index.urls, 'idx-probe', dists, testDeps(), { timeoutMs: 600_000 });
    expect(found.get(dists[1]!.filename)?.sha256).toBe(dists[1]!.sha256);
  });
});

describe('verifyFiles', () => {
  it('reads the files back with our sha256', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    const found = await verifyFiles(index.urls, 'idx-probe', dists, testDeps());
    expect(found.size).toBe(2);
  });

  it('fails as PROMOTE_UNVERIFIED when a file does not show, or shows other bytes', async () => {
    await upload(dists[0]!, { urls: index.urls, token: TOKEN }, testDeps());
    const missing = await failure(verifyFiles(index.urls, 'idx-probe', dists, testDeps({ virtualClock: true })));
    expectCode(missing, 'PROMOTE_UNVERIFIED');
    expect(missing.message).toContain(dists[1]!.filename);

    await upload(others[1]!, { urls: index.urls, token: TOKEN }, testDeps());
    const different = await failure(verifyFiles(index.urls, 'idx-probe', dists, testDeps({ virtualClock: true })));
    expectCode(different, 'PROMOTE_UNVERIFIED');
    expect(different.render()).toContain(others[1]!.sha256);
  });
});

describe('download', () => {
  it('writes the listed file and checks its sha256 on the way', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    const listed = await waitForFiles(index.urls, 'idx-probe', dists, testDeps(), { timeoutMs: 1 });
    const dir = path.join(temp, 'dl-ok');
    const file = await download(listed.get(dists[1]!.filename)!, dir, testDeps());
    expect(file).toBe(path.join(dir, dists[1]!.filename));
    expect(await fs.readFile(file)).toEqual(await fs.readFile(dists[1]!.path));
    expect(await fs.readdir(dir)).toEqual([dists[1]!.filename]);
  });

  it('refuses bytes that do not match, leaving nothing behind', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    index.corrupt = true;
    const dir = path.join(temp, 'dl-bad');
    const wheel = dists[1]!;
    const error = await failure(
      download({ url: `${index.base}/files/${wheel.filename}`, sha256: wheel.sha256, filename: wheel.filename }, dir, testDeps()),
    );
    expectCode(error, 'STAGING_MISMATCH');
    expect(error.render()).toContain(wheel.sha256);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('follows a redirect on the same host only', async () => {
    await publish(dists, { urls: index.urls, token: TOKEN }, testDeps());
    const wheel = dists[1]!;
    const sameHost = http.createServer((_req, res) => res.writeHead(302, { location: `${index.base}/files/${wheel.filename}` }).end());
    await new Promise<void>((resolve) => sameHost.listen(0, '127.0.0.1', resolve));
    const { port } = sameHost.address() as { port: number };
    try {
      // Another port on the same machine is another host (origin) to us.
      const error = await failure(
        download({ url: `http://127.0.0.1:${port}/x`, sha256: wheel.sha256, filename: wheel.filename }, path.join(temp, 'dl-r'), testDeps()),
      );
      expectCode(error, 'INDEX_REDIRECT');
    } finally {
      sameHost.close();
    }
  });

  it('refuses a file name with a path in it', async () => {
    const error = await failure(download({ url: `${index.base}/files/x`, sha256: 'a'.repeat(64), filename: '../evil.whl' }, temp, testDeps()));
    expectCode(error, 'STAGING_MISMATCH');
  });
});
