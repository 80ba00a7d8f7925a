// The embedded index against the real tools: a package built by pypa/build,
// uploaded by twine, installed by pip; then Warehouse's refusals, status and
// message, over real HTTP with undici; then a restart on the same directory.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptableOffers } from '../packages/pypi-standin/src/accept.ts';
import { pyRepr } from '../packages/pypi-standin/src/python-text.ts';
import { reasonPhrase } from '../packages/pypi-standin/src/responses.ts';
import { startIndex, type IndexOptions, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { checkFile, type IndexView } from '../packages/pypi-standin/src/upload-file.ts';
import type { CheckedForm } from '../packages/pypi-standin/src/upload.ts';
import { basic, digestsOf, send, tarGz, twineForm, type Answer, type FileToSend } from './helpers/index-http.ts';
import { buildTinyProject, pipInstall, pythonIn, twineUpload, type Built } from './helpers/python.ts';

const TOKEN = 'pypi-AgEIcHlwaS5vcmc-local-index-test';
const PIP_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01';
const INVALID_AUTH = 'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';

let root: string;
let built: Built;
let sdist: Buffer;
let wheel: Buffer;
const running: RunningIndex[] = [];

async function index(name: string, options: Partial<IndexOptions> = {}): Promise<RunningIndex> {
  const started = await startIndex({ dir: path.join(root, 'indexes', name), token: TOKEN, port: 0, ...options });
  running.push(started);
  return started;
}

async function upload(target: RunningIndex, file: FileToSend, fields: Record<string, string | string[] | undefined> = {}, auth?: string | null): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (auth !== null) headers['authorization'] = auth ?? basic('__token__', TOKEN);
  return send(target.uploadUrl, { method: 'POST', body: await twineForm(file, fields), headers });
}

/** Warehouse's way: the message is the reason phrase, and the body says it too. */
function expectRefused(answer: Answer, status: number, message: string): void {
  expect({ status: answer.status, reason: answer.reason }).toEqual({ status, reason: message });
  expect(answer.body).toContain(message);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pypi-promote-local-index-'));
  built = await buildTinyProject(path.join(root, 'build'), path.join(root, 'dist'), {
    name: 'Tiny_Pkg.x',
    version: '1.0',
    module: 'tiny_pkg_x',
  });
  [sdist, wheel] = await Promise.all([readFile(built.sdist), readFile(built.wheel)]);
});

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  if (root) await rm(root, { recursive: true, force: true });
});

describe('with twine and pip', () => {
  let pypi: RunningIndex;
  beforeAll(async () => {
    pypi = await index('twine');
  });

  it('builds the sdist and wheel the way PyPI wants them named', () => {
    expect(path.basename(built.sdist)).toBe('tiny_pkg_x-1.0.tar.gz');
    expect(path.basename(built.wheel)).toBe('tiny_pkg_x-1.0-py3-none-any.whl');
  });

  it('takes a real twine upload, and an identical re-upload as a no-op', async () => {
    const first = await twineUpload(pypi.uploadUrl, TOKEN, [built.wheel, built.sdist]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const serial = (await send(`${pypi.simpleUrl}tiny-pkg-x/`)).headers['x-pypi-last-serial'];

    const again = await twineUpload(pypi.uploadUrl, TOKEN, [built.wheel, built.sdist]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(pypi.uploads).toEqual([
      { filename: 'tiny_pkg_x-1.0-py3-none-any.whl', status: 200 },
      { filename: 'tiny_pkg_x-1.0.tar.gz', status: 200 },
      { filename: 'tiny_pkg_x-1.0-py3-none-any.whl', status: 200 },
      { filename: 'tiny_pkg_x-1.0.tar.gz', status: 200 },
    ]);
    expect((await send(`${pypi.simpleUrl}tiny-pkg-x/`)).headers['x-pypi-last-serial']).toBe(serial);
  });

  it('shows twine the 403 and its message for a wrong token', async () => {
    const result = await twineUpload(pypi.uploadUrl, 'pypi-wrong', [built.wheel]);
    expect(result.code).not.toBe(0);
    const output = (result.stdout + result.stderr).replace(/\s+/g, ' ');
    expect(output).toContain('403 Forbidden');
    expect(output).toContain('Invalid or non-existent authentication information.');
    expect(pypi.uploads.at(-1)).toEqual({ filename: 'tiny_pkg_x-1.0-py3-none-any.whl', status: 403 });
  });

  it('serves what pip installs, from this index alone', async () => {
    const target = path.join(root, 'pip-target');
    const install = await pipInstall(pypi.simpleUrl, target, 'tiny-pkg-x==1.0');
    expect(install.code, install.stdout + install.stderr).toBe(0);
    const imported = await pythonIn(target, 'import tiny_pkg_x; print(tiny_pkg_x.ANSWER)');
    expect(imported.stdout.trim()).toBe('42');
  });

  it('answers the simple API in HTML or JSON by Accept', async () => {
    const digests = await digestsOf(wheel);
    const html = await send(`${pypi.simpleUrl}tiny-pkg-x/`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=UTF-8');
    expect(html.headers['vary']).toBe('Accept');
    expect(html.body).toContain(`#sha256=${digests.sha256}" data-requires-python="&gt;=3.9"`);
    expect(html.body).toContain('>tiny_pkg_x-1.0-py3-none-any.whl</a>');

    const v1html = await send(`${pypi.simpleUrl}tiny-pkg-x/`, { headers: { accept: 'application/vnd.pypi.simple.v1+html' } });
    expect(v1html.headers['content-type']).toBe('application/vnd.pypi.simple.v1+html');

    const json = await send(`${pypi.simpleUrl}tiny-pkg-x/`, { headers: { accept: PIP_ACCEPT } });
    expect(json.headers['content-type']).toBe('application/vnd.pypi.simple.v1+json');
    expect(Number(json.headers['x-pypi-last-serial'])).toBeGreaterThan(0);
    const page = JSON.parse(json.body);
    expect(page.meta['api-version']).toMatch(/^1\.\d+$/);
    expect(page.name).toBe('tiny-pkg-x');
    expect(page.versions).toEqual(['1.0']);
    const file = page.files.find((f: { filename: string }) => f.filename.endsWith('.whl'));
    expect(file).toMatchObject({
      hashes: { sha256: digests.sha256 },
      'requires-python': '>=3.9',
      size: wheel.length,
      yanked: false,
      url: `${pypi.url}/files/${digests.blake2_256.slice(0, 2)}/${digests.blake2_256.slice(2, 4)}/${digests.blake2_256.slice(4)}/tiny_pkg_x-1.0-py3-none-any.whl`,
    });
    expect(file['upload-time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

    const list = await send(pypi.simpleUrl);
    expect(list.body).toContain('<a href="/simple/tiny-pkg-x/">Tiny-Pkg.x</a>');
  });

  it('redirects other spellings of the name and knows no other project', async () => {
    const moved = await send(`${pypi.simpleUrl}Tiny_Pkg.x/`);
    expect(moved.status).toBe(301);
    expect(moved.headers['location']).toBe(`${pypi.simpleUrl}tiny-pkg-x/`);
    expect((await send(`${pypi.simpleUrl}tiny-pkg-x`)).status).toBe(301);
    expect((await send(`${pypi.simpleUrl}no-such-project/`)).status).toBe(404);
  });

  it('answers the JSON API with the release and its files', async () => {
    const digests = await digestsOf(sdist);
    const project = await send(`${pypi.url}/pypi/Tiny-Pkg.x/json`);
    expect(project.status).toBe(200);
    const doc = JSON.parse(project.body);
    expect(doc.info).toMatchObject({
      name: 'Tiny-Pkg.x',
      version: '1.0',
      summary: 'A tiny package for the embedded index tests',
      requires_python: '>=3.9',
    });
    expect(doc.urls.map((u: { filename: string }) => u.filename)).toEqual(['tiny_pkg_x-1.0-py3-none-any.whl', 'tiny_pkg_x-1.0.tar.gz']);
    expect(doc.urls[1]).toMatchObject({
      packagetype: 'sdist',
      python_version: 'source',
      digests: { md5: digests.md5, sha256: digests.sha256, blake2b_256: digests.blake2_256 },
      size: sdist.length,
      requires_python: '>=3.9',
      yanked: false,
    });
    expect(doc.urls[0]).toMatchObject({ packagetype: 'bdist_wheel', python_version: 'py3' });
    expect(Object.keys(doc.releases)).toEqual(['1.0']);

    const release = JSON.parse((await send(`${pypi.url}/pypi/Tiny-Pkg.x/1.0/json`)).body);
    expect(release.info.version).toBe('1.0');
    expect(release.releases).toBeUndefined();

    // As PyPI, other spellings go to the project's own spelling.
    const moved = await send(`${pypi.url}/pypi/tiny-pkg-x/json`);
    expect(moved.status).toBe(301);
    expect(moved.headers['location']).toBe(`${pypi.url}/pypi/Tiny-Pkg.x/json`);
    expect((await send(`${pypi.url}/pypi/Tiny-Pkg.x/9.9/json`)).status).toBe(404);
    expect((await send(`${pypi.url}/pypi/no-such-project/json`)).status).toBe(404);
  });

  it('serves the stored bytes and a project page', async () => {
    const doc = JSON.parse((await send(`${pypi.url}/pypi/Tiny-Pkg.x/json`)).body);
    const res = await fetch(doc.urls[0].url);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await res.arrayBuffer()).equals(wheel)).toBe(true);
    const head = await send(doc.urls[1].url, { method: 'HEAD' });
    expect(head.headers['content-length']).toBe(String(sdist.length));

    // PEP 658: the wheel's METADATA beside it, with the hash the simple API announces.
    const simple = JSON.parse((await send(`${pypi.simpleUrl}tiny-pkg-x/`, { headers: { accept: PIP_ACCEPT } })).body);
    const announced = simple.files.find((f: { filename: string }) => f.filename.endsWith('.whl'))['core-metadata'];
    const metadata = await send(`${doc.urls[0].url}.metadata`);
    expect(metadata.body).toContain('Name: Tiny_Pkg.x');
    expect(announced).toEqual({ sha256: createHash('sha256').update(metadata.body).digest('hex') });

    const page = await send(`${pypi.url}/project/Tiny-Pkg.x/1.0/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('tiny_pkg_x-1.0.tar.gz');
    expect((await send(`${pypi.url}/project/tiny-pkg-x/`)).status).toBe(301);
  });
});

describe("Warehouse's refusals", () => {
  let pypi: RunningIndex;
  let blank: RunningIndex;
  const sdistFile = (): FileToSend => ({ filename: 'tiny_pkg_x-1.0.tar.gz', bytes: sdist });

  beforeAll(async () => {
    pypi = await index('checks');
    // Never accepts anything: for checks that must not meet an existing file or release.
    blank = await index('blank');
  });

  it('accepts a twine-shaped form sent with undici', async () => {
    const answer = await upload(pypi, sdistFile());
    expect(answer.status).toBe(200);
    expect(pypi.uploads).toEqual([{ filename: 'tiny_pkg_x-1.0.tar.gz', status: 200 }]);
  });

  it('refuses a wrong token, a missing one and a username', async () => {
    expectRefused(await upload(pypi, sdistFile(), {}, basic('__token__', 'pypi-not-it')), 403, INVALID_AUTH);
    expectRefused(await upload(pypi, sdistFile(), {}, null), 403, INVALID_AUTH);
    expectRefused(
      await upload(pypi, sdistFile(), {}, basic('alice', TOKEN)),
      403,
      'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. ' +
        'See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers',
    );
  });

  it('refuses a digest that does not match the bytes', async () => {
    const answer = await upload(blank, sdistFile(), { sha256_digest: '0'.repeat(64) });
    expectRefused(answer, 400, 'The digest supplied does not match a digest calculated from the uploaded file.');
  });

  it('refuses a local version, and an unknown metadata version', async () => {
    expectRefused(
      await upload(blank, { filename: 'tiny_pkg_x-1.0+g1.tar.gz', bytes: sdist }, { version: '1.0+G1' }),
      400,
      "The use of local versions in '1.0+g1' is not allowed. " +
        'See https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers for more information.',
    );
    expectRefused(
      await upload(blank, sdistFile(), { metadata_version: '2.0' }),
      400,
      "'2.0' is not a valid metadata version. See https://packaging.python.org/specifications/core-metadata for more information.",
    );
    expectRefused(
      await upload(blank, sdistFile(), { name: '-bad-' }),
      400,
      "'-bad-' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. " +
        'See https://packaging.python.org/specifications/core-metadata for more information.',
    );
  });

  it('refuses an sdist not named as PEP 625 says', async () => {
    const answer = await upload(blank, { filename: 'Tiny_Pkg.x-1.0.tar.gz', bytes: sdist });
    expectRefused(answer, 400, "Filename 'Tiny_Pkg.x-1.0.tar.gz' is invalid, should be 'tiny_pkg_x-1.0.tar.gz'.");
  });

  it('looks inside the archive before the wheel name', async () => {
    const renamed = await upload(blank, { filename: 'Tiny_Pkg.x-1.0-py3-none-any.whl', bytes: wheel });
    expectRefused(renamed, 400, 'Invalid distribution file. WHEEL not found at Tiny_Pkg.x-1.0.dist-info/WHEEL');
    const junk = await upload(blank, { filename: 'tiny_pkg_x-1.0.tar.gz', bytes: Buffer.from('not a tarball') });
    expectRefused(junk, 400, 'Invalid distribution file. File is not a tarfile');
    const noPkgInfo = await upload(blank, { filename: 'tiny_pkg_x-1.0.tar.gz', bytes: await tarGz({ 'tiny_pkg_x-1.0/setup.py': '', 'tiny_pkg_x-1.0/README': '' }) });
    expectRefused(noPkgInfo, 400, 'Invalid distribution file. PKG-INFO not found at tiny_pkg_x-1.0/PKG-INFO');
  });

  it('refuses the same filename with other bytes, and the same bytes under another name', async () => {
    const other = await tarGz({ 'tiny_pkg_x-1.0/PKG-INFO': 'Metadata-Version: 2.4\nName: Tiny_Pkg.x\nVersion: 1.0\n' });
    const { blake2_256 } = await digestsOf(other);
    expectRefused(
      await upload(pypi, { filename: 'tiny_pkg_x-1.0.tar.gz', bytes: other }),
      400,
      `File already exists ('tiny_pkg_x-1.0.tar.gz', with blake2_256 hash '${blake2_256}'). See https://pypi.org/help/#file-name-reuse for more information.`,
    );
    const same = await digestsOf(sdist);
    expectRefused(
      await upload(pypi, { filename: 'tiny_pkg_x-1.0.0.tar.gz', bytes: sdist }, { version: '1.0.0' }),
      400,
      `File already exists ('tiny_pkg_x-1.0.0.tar.gz', with blake2_256 hash '${same.blake2_256}'). See https://pypi.org/help/#file-name-reuse for more information.`,
    );
  });

  it('refuses a second sdist for a release (1.0.0 is 1.0)', async () => {
    const other = await tarGz({ 'tiny_pkg_x-1.0.0/PKG-INFO': 'Metadata-Version: 2.4\nName: Tiny_Pkg.x\nVersion: 1.0.0\n' });
    const answer = await upload(pypi, { filename: 'tiny_pkg_x-1.0.0.tar.gz', bytes: other }, { version: '1.0.0' });
    expectRefused(answer, 400, 'Only one sdist may be uploaded per release.');
  });

  it('refuses a file over the size limit, and keeps none of it', async () => {
    const small = await index('small', { maxFileSize: 1024 * 1024 });
    const big = Buffer.alloc(1024 * 1024 + 1, 7);
    const answer = await upload(small, { filename: 'tiny_pkg_x-1.0.tar.gz', bytes: big });
    expectRefused(
      answer,
      400,
      "File too large. Limit for project 'Tiny-Pkg.x' is 1 MB. " +
        'See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.',
    );
    expect(await readdir(path.join(root, 'indexes', 'small', 'tmp'))).toEqual([]);
    expect((await send(`${small.simpleUrl}tiny-pkg-x/`)).status).toBe(404);
  });

  it('answers /legacy with 308 and retired actions with 410', async () => {
    const moved = await send(`${pypi.url}/legacy`, { method: 'POST', body: await twineForm(sdistFile()) });
    expect(moved.status).toBe(308);
    expect(moved.reason).toBe('An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)');
    expect(moved.headers['location']).toBe(pypi.uploadUrl);
    expectRefused(
      await upload(pypi, sdistFile(), { ':action': 'submit' }),
      410,
      'Project pre-registration is no longer required or supported, upload your files instead.',
    );
  });

  it('puts the message in the body in the format asked for', async () => {
    const form = await twineForm(sdistFile());
    const answer = await send(pypi.uploadUrl, { method: 'POST', body: form, headers: { accept: 'application/json' } });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ code: `403 ${INVALID_AUTH}`, title: 'Forbidden' });
  });

  it('has stored nothing that it refused', async () => {
    expect((await send(`${blank.simpleUrl}tiny-pkg-x/`)).status).toBe(404);
    expect(blank.uploads.every((u) => u.status === 400)).toBe(true);
    expect(await readdir(path.join(root, 'indexes', 'blank', 'tmp'))).toEqual([]);
  });

  it('keeps its files across a restart', async () => {
    await pypi.close();
    running.splice(running.indexOf(pypi), 1);
    const again = await index('checks');
    const page = JSON.parse((await send(`${again.simpleUrl}tiny-pkg-x/`, { headers: { accept: PIP_ACCEPT } })).body);
    expect(page.files.map((f: { filename: string }) => f.filename)).toEqual(['tiny_pkg_x-1.0.tar.gz']);
    const bytes = Buffer.from(await (await fetch(page.files[0].url)).arrayBuffer());
    expect(bytes.equals(sdist)).toBe(true);
    // The same file again is still a no-op, another one still a conflict.
    expect((await upload(again, sdistFile())).status).toBe(200);
    expect((await upload(again, { filename: 'tiny_pkg_x-1.0.tar.gz', bytes: Buffer.from('x') })).reason).toMatch(/^File already exists/);
  });
});

describe('pure pieces', () => {
  it("prefers JSON for pip's Accept header and HTML for none", () => {
    const offers = ['text/html', 'application/vnd.pypi.simple.v1+html', 'application/vnd.pypi.simple.v1+json'];
    expect(acceptableOffers(PIP_ACCEPT, offers)[0]).toBe('application/vnd.pypi.simple.v1+json');
    expect(acceptableOffers(undefined, offers)[0]).toBe('text/html');
    expect(acceptableOffers('*/*', offers)[0]).toBe('text/html');
    expect(acceptableOffers('application/vnd.pypi.simple.v1+json;q=0, text/*;q=0.5', offers)).toEqual(['text/html']);
  });

  it('keeps reason phrases within iso-8859-1 and quotes as Python does', () => {
    expect(reasonPhrase('naïve ☃\nnext')).toBe('naïve ??next');
    expect(pyRepr("it's")).toBe(`"it's"`);
    expect(pyRepr('a\\b')).toBe(`'a\\\\b'`);
  });

  it('refuses new files for a release older than 14 days', async () => {
    const bytes = Buffer.from('wheel');
    const digests = await digestsOf(bytes);
    const form: CheckedForm = {
      ok: true,
      name: 'Tiny-Pkg.x',
      normalizedName: 'tiny-pkg-x',
      version: '1.0',
      filetype: 'bdist_wheel',
      pyversion: 'py3',
      comment: undefined,
      digests: { sha256: digests.sha256 },
      metadata: {},
      requiresPython: undefined,
      licenseFiles: [],
      content: { filename: 'tiny_pkg_x-1.0-py3-none-any.whl', contentType: 'application/octet-stream', size: bytes.length, digests },
    };
    const created = new Date('2026-01-01T00:00:00Z');
    const view: IndexView = { findFile: () => undefined, findRelease: () => ({ created, hasSdist: true }) };
    const later = (days: number) => new Date(created.getTime() + days * 86_400_000);
    expect(checkFile(form, view, undefined, { maxFileSize: 100 }, later(15))).toEqual({
      ok: false,
      status: 400,
      message: 'Uploading new files to releases older than 14 days is not allowed.',
    });
    expect(checkFile(form, view, undefined, { maxFileSize: 100 }, later(13))).toMatchObject({ ok: true, duplicate: false });
  });
});
