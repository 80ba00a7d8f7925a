// Speaking to the embedded index over real HTTP with undici, as the action
// does: multipart upload forms shaped like twine's, and small distribution
// archives made on the spot for the checks that look inside files.
import { createHash } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { blake2b } from 'hash-wasm';
import tar from 'tar-stream';
import { randomBytes } from 'node:crypto';
import { request } from 'undici';

export interface Answer {
  status: number;
  /** The reason phrase, where Warehouse puts its message. */
  reason: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export async function send(
  url: string,
  options: { method?: 'GET' | 'HEAD' | 'POST'; headers?: Record<string, string>; body?: MultipartForm | string } = {},
): Promise<Answer> {
  const form = typeof options.body === 'object' ? options.body : undefined;
  const headers = form ? { 'content-type': form.contentType, ...options.headers } : options.headers;
  const res = await request(url, { method: options.method ?? 'GET', headers, body: form ? form.body : (options.body as string | undefined) });
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
/**
 * A multipart/form-data body, encoded here: undici's FormData fails on node 24
 * ("action is not a function", where the npm undici's FormData meets node's
 * own Blob), and the stand-in should see the bytes a form encoder sends.
 */
export interface MultipartForm {
  body: Buffer;
  contentType: string;
}

function multipart(parts: Array<{ name: string; value: string | Buffer; filename?: string; type?: string }>): MultipartForm {
  const boundary = `----pypi-promote-test-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function twineForm(file: FileToSend, fields: Record<string, string | string[] | undefined> = {}): Promise<MultipartForm> {
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
  const parts: Array<{ name: string; value: string | Buffer; filename?: string; type?: string }> = [];
  for (const [key, value] of Object.entries(all)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) parts.push({ name: key, value: v });
  }
  parts.push({ name: 'content', value: file.bytes, filename: file.filename, type: file.type ?? 'application/octet-stream' });
  return multipart(parts);
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
