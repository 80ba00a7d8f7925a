// How the embedded index receives a file (ingest.ts): the bytes on disk and
// the three digests, hashed here or in worker threads, for any cut of the
// stream into chunks; failures of the disk or of a worker end the upload with
// an error; and through HTTP, a large upload (hashed by the workers) is
// stored and refused exactly as a small one is.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../src/index/multipart.ts';
import { FileIngest, HashPool } from '../packages/pypi-standin/src/ingest.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { exec, ROOT } from './helpers/harness.ts';
import { basic, digestsOf, send, twineForm } from './helpers/index-http.ts';

const MIB = 1024 * 1024;
const TOKEN = 'pypi-AgEIcHlwaS5vcmc-ingest-test';

let root: string;
const pools: HashPool[] = [];
const running: RunningIndex[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pypi-promote-ingest-'));
});

afterAll(async () => {
  await Promise.all([...pools.map((p) => p.close()), ...running.map((r) => r.close())]);
  if (root) await rm(root, { recursive: true, force: true });
});

function pool(): HashPool {
  const created = new HashPool();
  pools.push(created);
  return created;
}

/** `bytes` cut into chunks of the sizes given in turn (the last size repeats). */
function* cut(bytes: Buffer, sizes: number[]): Generator<Buffer> {
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)]!;
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

async function ingest(bytes: Buffer, sizes: number[], hashPool: HashPool | undefined, name: string) {
  const file = path.join(root, name);
  const receiving = await FileIngest.open(file, hashPool);
  for (const chunk of cut(bytes, sizes)) await receiving.push(chunk);
  return { digests: await receiving.finish(), stored: await readFile(file) };
}

describe('FileIngest', () => {
  const cases: Array<[string, number, number[]]> = [
    ['nothing', 0, [1]],
    ['one byte', 1, [1]],
    ['one slot less a byte, in socket-sized chunks', MIB - 1, [65536]],
    ['one slot exactly', MIB, [65536]],
    ['one slot and a byte, in odd chunks', MIB + 1, [7, 65521, 3000]],
    ['a chunk larger than a slot', 3 * MIB + 5, [3 * MIB + 1]],
  ];
  for (const [label, size, sizes] of cases) {
    it(`stores and hashes ${label}, here and in workers alike`, async () => {
      const bytes = randomBytes(size);
      const expected = await digestsOf(bytes);
      const here = await ingest(bytes, sizes, undefined, `here-${size}`);
      const workers = await ingest(bytes, sizes, pool(), `workers-${size}`);
      for (const result of [here, workers]) {
        expect(result.digests).toEqual(expected);
        expect(result.stored.equals(bytes)).toBe(true);
      }
    });
  }

  it('goes round the ring more than once, and a reused pool starts each file afresh', async () => {
    // More than the 32 slots of the ring: later chunks wait for the workers to free a slot.
    const shared = pool();
    for (const [size, name] of [[41 * MIB + 3, 'first'], [37 * MIB + 11, 'second']] as const) {
      const bytes = randomBytes(size);
      const result = await ingest(bytes, [65536], shared, name);
      expect(result.digests).toEqual(await digestsOf(bytes));
      expect(result.stored.equals(bytes)).toBe(true);
    }
  });

  it('fails when the disk refuses the bytes (a full disk)', async () => {
    for (const hashPool of [undefined, pool()]) {
      const receiving = await FileIngest.open('/dev/full', hashPool);
      const pushing = (async () => {
        for (const chunk of cut(randomBytes(3 * MIB), [65536])) await receiving.push(chunk);
        return receiving.finish();
      })();
      await expect(pushing).rejects.toMatchObject({ code: 'ENOSPC' });
    }
  });

  it('fails when its workers stop (the index closing mid-upload)', async () => {
    const closing = pool();
    const receiving = await FileIngest.open(path.join(root, 'cut-short'), closing);
    await receiving.push(randomBytes(2 * MIB));
    await closing.close();
    const finishing = (async () => {
      await receiving.push(randomBytes(40 * MIB));
      return receiving.finish();
    })();
    await expect(finishing).rejects.toThrow(/worker/);
  });
});

describe('a large upload over HTTP', () => {
  let wheelPath: string;
  let wheel: Buffer;
  const name = 'ingest-big';

  beforeAll(async () => {
    // Above the size from which the index hashes in worker threads.
    const out = await exec('python3', [path.join(ROOT, 'scripts', 'bench', 'make_wheel.py'), root, name, '1.0', 'py3-none-any', '20', '0']);
    wheelPath = out.trim();
    wheel = await readFile(wheelPath);
  });

  async function index(dirName: string, maxFileSize?: number): Promise<RunningIndex> {
    const started = await startIndex({ dir: path.join(root, dirName), token: TOKEN, port: 0, maxFileSize });
    running.push(started);
    return started;
  }

  async function upload(target: RunningIndex, fields: Record<string, string> = {}) {
    const body = await twineForm({ filename: path.basename(wheelPath), bytes: wheel }, { name, version: '1.0', metadata_version: '2.1', ...fields });
    return send(target.uploadUrl, { method: 'POST', body, headers: { authorization: basic('__token__', TOKEN) } });
  }

  it('is stored with the digests of its bytes', async () => {
    const pypi = await index('big');
    expect((await upload(pypi)).status).toBe(200);
    const expected = await digestsOf(wheel);
    const json = JSON.parse((await send(`${pypi.url}/pypi/${name}/json`)).body) as { urls: Array<{ url: string; digests: Record<string, string>; md5_digest: string }> };
    expect(json.urls).toHaveLength(1);
    expect(json.urls[0]!.digests).toMatchObject({ md5: expected.md5, sha256: expected.sha256, blake2b_256: expected.blake2_256 });
    expect(json.urls[0]!.md5_digest).toBe(expected.md5);
    const served = await fetch(json.urls[0]!.url);
    expect(Buffer.from(await served.arrayBuffer()).equals(wheel)).toBe(true);
  });

  it('is refused, with the messages of a small one, when a digest is wrong or the file too large', async () => {
    const blank = await index('big-refusals');
    const wrong = await upload(blank, { sha256_digest: '0'.repeat(64) });
    expect({ status: wrong.status, reason: wrong.reason }).toEqual({
      status: 400,
      reason: 'The digest supplied does not match a digest calculated from the uploaded file.',
    });
    const small = await index('big-limit', 16 * MIB);
    const tooLarge = await upload(small);
    expect({ status: tooLarge.status, reason: tooLarge.reason }).toEqual({
      status: 400,
      reason:
        "File too large. Limit for project 'ingest-big' is 16 MB. " +
        'See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.',
    });
    for (const dir of ['big-refusals', 'big-limit']) expect(await readdir(path.join(root, dir, 'tmp'))).toEqual([]);
  });

  it('drops an upload whose client goes away halfway, and then takes the whole file', async () => {
    const pypi = await index('big-cut');
    const ended = once(pypi.events, 'upload');
    const digests = await digestsOf(wheel);
    const fields: Array<[string, string]> = [
      [':action', 'file_upload'], ['protocol_version', '1'], ['metadata_version', '2.1'], ['name', name], ['version', '1.0'],
      ['filetype', 'bdist_wheel'], ['pyversion', 'py3'], ['sha256_digest', digests.sha256],
    ];
    const body = multipartBody(fields, {
      field: 'content', path: wheelPath, filename: path.basename(wheelPath), size: wheel.length, contentType: 'application/octet-stream',
    });
    const url = new URL(pypi.uploadUrl);
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    socket.write(
      `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${basic('__token__', TOKEN)}\r\n` +
        `Content-Type: ${body.contentType}\r\nContent-Length: ${body.contentLength}\r\n\r\n`,
    );
    let sent = 0;
    for await (const chunk of body.chunks()) {
      await new Promise<void>((resolve, reject) => socket.write(Buffer.from(chunk), (error) => (error ? reject(error) : resolve())));
      sent += chunk.length;
      if (sent > body.contentLength / 2) break;
    }
    socket.destroy();
    // The index notices when the rest does not come; its answer has nowhere to go.
    await ended;
    // Cut short before the form ended: the request failed as a whole (no file was received).
    expect(pypi.uploads).toEqual([{ filename: undefined, status: 500 }]);
    expect(await readdir(path.join(root, 'big-cut', 'tmp'))).toEqual([]);
    expect((await upload(pypi)).status).toBe(200);
  });
});
