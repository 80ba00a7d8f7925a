// The upload request's body: a multipart/form-data form whose last part is
// the file, streamed from disk. Written by hand rather than through
// undici's FormData because that path goes through web streams and a fresh
// buffer per chunk: on a 100 MiB file it was 3x slower and its garbage took
// the peak RSS past 130 MB (npm run bench, issue #7). Here the file is read
// through a small ring of buffers that are reused, the length is known up
// front (Content-Length, no chunked encoding), and values are sent as
// written, as twine sends them (FormData would turn every LF into CRLF).
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FormField } from './form.ts';

/** Thrown (as the request body's error) when the file differs from the one the form describes. */
export class FileChangedError extends Error {
  override name = 'FileChangedError';
}

export interface MultipartBody {
  contentType: string;
  contentLength: number;
  /** Yields the body once; each call starts a fresh read of the file. */
  chunks(): AsyncGenerator<Uint8Array>;
}

const CHUNK = 256 * 1024;
/**
 * Buffers in the ring. undici asks for the next chunk only once the socket
 * took the last one (or drained): a buffer is refilled three chunks later,
 * long after its bytes left. Were that ever not so, the index would see
 * bytes whose sha256 differs from the form's and refuse the file.
 */
const RING = 4;

/** Quotes a name or filename in a Content-Disposition header as browsers and undici do. */
function quoted(value: string): string {
  return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

/**
 * A form of `fields` then one file part named `fileField`, holding the
 * `size` bytes of the file at `path`. The body stops with FileChangedError
 * when the file is no longer that size or is modified while it is read.
 */
export function multipartBody(
  fields: readonly FormField[],
  file: { field: string; path: string; filename: string; size: number; contentType: string },
): MultipartBody {
  const boundary = `----pypi-promote-${randomBytes(16).toString('hex')}`;
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    parts.join('') +
      `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.filename)}"\r\n` +
      `Content-Type: ${file.contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: head.length + file.size + tail.length,
    async *chunks() {
      yield head;
      yield* fileChunks(file.path, file.size);
      yield tail;
    },
  };
}

async function* fileChunks(path: string, size: number): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const before = await handle.stat();
    if (before.size !== size) throw new FileChangedError(`${path} is ${before.size} bytes, not the ${size} inspected`);
    const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(CHUNK));
    let offset = 0;
    for (let n = 0; offset < size; n++) {
      const buffer = ring[n % RING]!;
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, size - offset), offset);
      if (bytesRead === 0) throw new FileChangedError(`${path} ended after ${offset} of ${size} bytes`);
      offset += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
    const after = await handle.stat();
    if (after.size !== size || after.mtimeMs !== before.mtimeMs) {
      throw new FileChangedError(`${path} was modified while it was being sent`);
    }
  } finally {
    await handle.close();
  }
}
