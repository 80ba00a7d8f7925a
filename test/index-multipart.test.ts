import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileChangedError, multipartBody, type MultipartBody } from '../src/index/multipart.ts';

/** What a real multipart parser (the embedded index's) makes of the body. */
async function parse(body: MultipartBody): Promise<{ fields: Array<[string, string]>; file: { name: string; filename: string; type: string; bytes: Buffer } }> {
  const chunks: Buffer[] = [];
  // Copied as they come: the body reuses its buffers.
  for await (const chunk of body.chunks()) chunks.push(Buffer.from(chunk));
  const raw = Buffer.concat(chunks);
  expect(raw.length).toBe(body.contentLength);
  const parser = busboy({ headers: { 'content-type': body.contentType }, limits: { fieldSize: 1 << 24 } });
  const fields: Array<[string, string]> = [];
  let file: { name: string; filename: string; type: string; bytes: Buffer } | undefined;
  const done = new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => fields.push([name, value]));
    parser.on('file', (name, stream, info) => {
      const parts: Buffer[] = [];
      stream.on('data', (c: Buffer) => parts.push(c));
      stream.on('end', () => (file = { name, filename: info.filename ?? '', type: info.mimeType, bytes: Buffer.concat(parts) }));
    });
    parser.on('close', resolve);
    parser.on('error', reject);
  });
  Readable.from([raw]).pipe(parser);
  await done;
  return { fields, file: file! };
}

describe('multipartBody', () => {
  let dir: string;
  let path: string;
  // Several of the body's reused buffers, and a last one that is not full.
  const bytes = randomBytes(5 * 256 * 1024 + 123);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'index-multipart-'));
    path = join(dir, 'pkg-1.0.tar.gz');
    await writeFile(path, bytes);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sends the fields as written, then the file byte for byte, with its length known up front', async () => {
    const fields: Array<[string, string]> = [
      ['name', 'pkg'],
      ['description', '# Title\n\nLine one\nline two with "quotes" and ünïcode\r\n'],
      ['classifiers', 'A :: B'],
      ['classifiers', 'C :: D'],
    ];
    const body = multipartBody(fields, { field: 'content', path, filename: 'pkg-1.0.tar.gz', size: bytes.length, contentType: 'application/octet-stream' });
    expect(body.contentType).toMatch(/^multipart\/form-data; boundary=-+pypi-promote-[0-9a-f]{32}$/);
    const parsed = await parse(body);
    expect(parsed.fields).toEqual(fields);
    expect(parsed.file.name).toBe('content');
    expect(parsed.file.filename).toBe('pkg-1.0.tar.gz');
    expect(parsed.file.type).toBe('application/octet-stream');
    expect(parsed.file.bytes.equals(bytes)).toBe(true);
    // A second pass (a retry) reads the file afresh.
    expect((await parse(body)).file.bytes.equals(bytes)).toBe(true);
  });

  it('stops with FileChangedError when the file is not the size the form describes', async () => {
    const short = join(dir, 'short.tar.gz');
    await writeFile(short, bytes);
    await truncate(short, 1000);
    const body = multipartBody([], { field: 'content', path: short, filename: 'short.tar.gz', size: bytes.length, contentType: 'application/octet-stream' });
    await expect(parse(body)).rejects.toBeInstanceOf(FileChangedError);
  });
});
