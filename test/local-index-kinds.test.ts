// The kinds of index the stand-in answers as besides Warehouse (startIndex's
// kind, listedHash, statusLine, projectTokens), over real HTTP: pypiserver's
// HTML-only pages and its 409 for a filename it holds, listings with md5 or
// no hash, messages in the body only, tokens scoped to one project.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type IndexOptions, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { basic, send, tarGz, twineForm, type Answer } from './helpers/index-http.ts';

const TOKEN = 'pypi-kinds-unit-token';
const JSON_ACCEPT = 'application/vnd.pypi.simple.v1+json';
const SDIST = 'tiny_pkg_x-1.0.tar.gz';
let root: string;
let sdist: Buffer;
let other: Buffer;
const running: RunningIndex[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pypi-promote-kinds-unit-'));
  const files = (body: string) => ({ 'tiny_pkg_x-1.0/PKG-INFO': 'Metadata-Version: 2.4\nName: Tiny-Pkg.x\nVersion: 1.0\n', 'tiny_pkg_x-1.0/setup.py': body });
  sdist = await tarGz(files(''));
  other = await tarGz(files('# other bytes\n'));
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  await rm(root, { recursive: true, force: true });
});

let counter = 0;
async function index(options: Partial<IndexOptions> = {}): Promise<RunningIndex> {
  const started = await startIndex({ dir: path.join(root, `index-${++counter}`), token: TOKEN, port: 0, ...options });
  running.push(started);
  return started;
}

async function upload(target: RunningIndex, bytes = sdist, headers: Record<string, string> = {}, token = TOKEN): Promise<Answer> {
  return send(target.uploadUrl, {
    method: 'POST',
    body: await twineForm({ filename: SDIST, bytes }),
    headers: { authorization: basic('__token__', token), ...headers },
  });
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const md5 = (bytes: Buffer): string => createHash('md5').update(bytes).digest('hex');

describe("kind: 'pypiserver'", () => {
  it('answers its own PEP 503 page whatever the Accept: anchors with a #sha256= fragment, nothing more', async () => {
    const target = await index({ kind: 'pypiserver' });
    expect((await upload(target)).status).toBe(200);
    const page = await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } });
    expect(page.headers['content-type']).toBe('text/html; charset=UTF-8');
    expect(page.body).toContain('<title>Links for tiny-pkg-x</title>');
    const anchors = [...page.body.matchAll(/<a href="([^"]+)">([^<]+)<\/a><br>/g)];
    expect(anchors.map((a) => a[2])).toEqual([SDIST]);
    expect(anchors[0]![1]).toMatch(new RegExp(`^${target.url}/files/.+/${SDIST}#sha256=${sha256(sdist)}$`));
    expect(page.body).not.toMatch(/data-|pypi:repository-version/);
  });

  it('refuses a filename it holds with 409, identical bytes or not; with 400 when twine asks', async () => {
    const target = await index({ kind: 'pypiserver' });
    expect((await upload(target)).status).toBe(200);
    const same = await upload(target);
    expect([same.status, same.reason]).toEqual([409, 'Conflict']);
    expect(same.body).toContain(`Package &#39;${SDIST}&#39; already exists!`);
    expect((await upload(target, other)).status).toBe(409);
    expect((await upload(target, sdist, { 'user-agent': 'twine/6.1.0 CPython/3.12' })).status).toBe(400);
    expect(target.uploads.map((u) => u.status)).toEqual([200, 409, 409, 400]);
  });

  it('leaves Warehouse its own: the default kind takes identical bytes again, and negotiates JSON', async () => {
    const target = await index();
    expect((await upload(target)).status).toBe(200);
    expect((await upload(target)).status).toBe(200);
    expect((await upload(target, other)).status).toBe(400);
    const page = await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } });
    expect(page.headers['content-type']).toBe(JSON_ACCEPT);
  });
});

describe('listedHash', () => {
  const cases: Array<[NonNullable<IndexOptions['listedHash']>, () => Record<string, string>, () => string]> = [
    ['sha256', () => ({ sha256: sha256(sdist) }), () => `#sha256=${sha256(sdist)}`],
    ['md5', () => ({ md5: md5(sdist) }), () => `#md5=${md5(sdist)}`],
    ['none', () => ({}), () => ''],
  ];
  it.each(cases)('%s: the hash each listing gives, JSON and HTML', async (listedHash, hashes, fragment) => {
    const target = await index({ listedHash });
    expect((await upload(target)).status).toBe(200);
    const page = await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: JSON_ACCEPT } });
    const json = JSON.parse(page.body) as { files: Array<{ url: string; hashes: Record<string, string> }> };
    expect(json.files.map((f) => f.hashes)).toEqual([hashes()]);
    const html = (await send(`${target.simpleUrl}tiny-pkg-x/`, { headers: { accept: 'text/html' } })).body;
    expect(html).toContain(`href="${json.files[0]!.url}${fragment()}"`);
    expect((await send(json.files[0]!.url)).status).toBe(200);
  });
});

describe('statusLine', () => {
  it("'standard': the standard reason phrase, Warehouse's message in the body only", async () => {
    const warehouse = await index();
    const standard = await index({ statusLine: 'standard' });
    const wrong = 'pypi-not-the-token';
    const said = await upload(warehouse, sdist, {}, wrong);
    expect([said.status, said.reason]).toEqual([403, expect.stringMatching(/^Invalid or non-existent authentication information/)]);
    const plain = await upload(standard, sdist, {}, wrong);
    expect([plain.status, plain.reason]).toEqual([403, 'Forbidden']);
    expect(plain.body).toBe(said.body);
    expect(plain.body).toContain('Invalid or non-existent authentication information');
  });
});

describe('projectTokens', () => {
  it("upload to their own project only, with Warehouse's 403 elsewhere", async () => {
    const target = await index({ projectTokens: { 'pypi-for-tiny': 'Tiny_Pkg.X', 'pypi-for-else': 'something-else' } });
    const elsewhere = await upload(target, sdist, {}, 'pypi-for-else');
    expect([elsewhere.status, elsewhere.reason]).toEqual([403, expect.stringContaining("The given token isn't allowed to upload to project 'Tiny-Pkg.x'")]);
    expect((await upload(target, sdist, {}, 'pypi-for-tiny')).status).toBe(200);
    // The index's own token still uploads anything.
    expect((await upload(target, sdist, {}, TOKEN)).status).toBe(200);
  });
});
