// Speaking to the embedded index over real HTTP with undici, as the action
// does: multipart upload forms shaped like twine's, and small distribution
// archives made on the spot for the checks that look inside files.
import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { blake2b } from 'hash-wasm';
import tar from 'tar-stream';
import { FormData, request } from 'undici';

export interface Answer {
  status: number;
  /** The reason phrase, where Warehouse puts its message. */
  reason: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export async function send(
  url: string,
  options: { method?: 'GET' | 'HEAD' | 'POST'; headers?: Record<string, string>; body?: FormData | string } = {},
): Promise<Answer> {
  const res = await request(url, { method: options.method ?? 'GET', headers: options.headers, body: options.body });
  return { status: res.statusCode, reason: res.statusText, headers: res.headers, body: await res.body.text() };
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export interface Digests {
  md5: string;
  sha256: string;
  blake2_256: string;
}

export async function digestsOf(bytes: Buffer): Promise<Digests> {
  return {
    md5: createHash('md5').update(bytes).digest('hex'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blake2_256: await blake2b(bytes, 256),
  };
}

export interface FileToSend {
  filename: string;
  bytes: Buffer;
  type?: string;
}

/**
 * The form twine sends for a file: `:action`, protocol, identity, file type
 * and the three digests, then `content`. `fields` overrides or adds fields;
 * an `undefined` value leaves the field out, an array repeats it.
 */
export async function twineForm(file: FileToSend, fields: Record<string, string | string[] | undefined> = {}): Promise<FormData> {
  const digests = await digestsOf(file.bytes);
  const wheel = file.filename.endsWith('.whl');
  const all: Record<string, string | string[] | undefined> = {
    ':action': 'file_upload',
    protocol_version: '1',
    metadata_version: '2.4',
    name: 'Tiny-Pkg.x',
    version: '1.0',
    summary: 'A tiny package for the embedded index tests',
    requires_python: '>=3.9',
    filetype: wheel ? 'bdist_wheel' : 'sdist',
    pyversion: wheel ? 'py3' : 'source',
    md5_digest: digests.md5,
    sha256_digest: digests.sha256,
    blake2_256_digest: digests.blake2_256,
    ...fields,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(all)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  form.append('content', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.filename);
  return form;
}

/** A gzipped tar holding `entries` (name -> text), as a minimal sdist is. */
export async function tarGz(entries: Record<string, string>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, text] of Object.entries(entries)) pack.entry({ name, mtime: new Date(1_700_000_000_000) }, text);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack.pipe(createGzip())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
