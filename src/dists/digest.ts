// The one pass that reads a file: its sha256 (the digest the upload form
// carries, the simple index lists and pip checks), a wheel's walk through its
// zip records with every member hashed for RECORD (zip-walk.ts), or another
// reader's look at the same bytes (an sdist's tar). No file is read twice and
// none is held in memory.
//
// sha256 alone, as uv publish sends it: Warehouse verifies each digest the
// form carries and needs one; it computes BLAKE2b (its storage path) itself.
// BLAKE2b here was the slowest part of the pass (684 MiB/s in WebAssembly,
// against sha256's 1294 MiB/s with the CPU's SHA extensions, npm run bench).
//
// All on this thread, but for zlib's inflating, which runs on libuv's pool
// while the next chunk is hashed here. A worker thread for the zip walk was
// measured on 2 cores (issue #6): a 48 MiB wheel took 0.59 s with it against
// 0.46 s without (its start and a message per chunk), a 1 GiB wheel as long
// either way, with 17 MB more peak RSS.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { ZipWalk, type CentralEntry, type ZipWalkResult } from './zip-walk.ts';

export interface FileDigest {
  /** Lower-case hex. */
  sha256: string;
  size: number;
}

/** Takes each chunk of the pass in order; the bytes are only valid until it settles. */
export type ChunkReader = (chunk: Buffer) => void | Promise<void>;

export interface PassOptions {
  /** Another look at the same bytes (an sdist's tar). */
  reader?: ChunkReader;
  /** A wheel's walk: its central directory, and the hash RECORD names for each member. */
  zip?: { central: ReadonlyMap<string, CentralEntry>; algorithms: ReadonlyMap<string, string> };
}

export interface Pass extends FileDigest {
  /** Set when `zip` was asked for. */
  zip?: ZipWalkResult;
}

const CHUNK = 1 << 20;

export async function digestFile(path: string, options: PassOptions = {}): Promise<Pass> {
  const handle = await open(path, 'r');
  try {
    const { zip } = options;
    const walk = zip && new ZipWalk(zip.central, (name) => zip.algorithms.get(name));
    const sha256 = createHash('sha256');
    // Two buffers, reused: the next chunk is read into one while the other is
    // worked on (a fresh buffer per chunk left its garbage in the peak RSS).
    const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    let size = 0;
    let reading = handle.read(buffers[0]!, 0, CHUNK, 0);
    for (let n = 0; ; n++) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffers[n % 2]!.subarray(0, bytesRead);
      size += bytesRead;
      reading = handle.read(buffers[(n + 1) % 2]!, 0, CHUNK, size);
      // The readers first: what they hand to zlib's pool inflates while sha256 runs here.
      const consuming = Promise.all([options.reader?.(chunk), walk?.write(chunk)]);
      sha256.update(chunk);
      await consuming;
    }
    const result = await walk?.end();
    return { sha256: sha256.digest('hex'), size, ...(result && { zip: result }) };
  } finally {
    await handle.close();
  }
}
