// The digests Warehouse verifies on upload (sha256, blake2b-256; the latter
// also names the file's storage path). A large wheel is never held in
// memory, and the two hashes run side by side: BLAKE2b here, through a pair
// of buffers that are reused (a fresh buffer per chunk left its garbage in
// the peak RSS), sha256, for a large file, in a worker thread that reads it from
// the page cache. On one 1 GiB wheel that is the time of BLAKE2b alone, the
// slower of the two (npm run bench, issue #6).
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { createBLAKE2b } from 'hash-wasm/dist/blake2b.umd.min.js';

export interface FileDigest {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex BLAKE2b with a 32-byte digest (Python's `blake2b(digest_size=32)`). */
  blake2_256: string;
  size: number;
}

const CHUNK = 1 << 20;
/**
 * Below this a worker costs more than it saves (starting one takes 30 to 50 ms
 * and 14 MB; sha256 does 64 MiB in about 50 ms): sha256 runs here, in the same pass.
 */
const WORKER_FROM = 64 * CHUNK;

// CommonJS, evaluated: it needs nothing but node's own modules, so it runs the
// same from the sources, under vitest and from the bundled dist/index.js.
const SHA256_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(${CHUNK});
const fd = fs.openSync(workerData.path, 'r');
let size = 0;
try {
  for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, size)) > 0; size += n) hash.update(buffer.subarray(0, n));
} finally {
  fs.closeSync(fd);
}
parentPort.postMessage({ sha256: hash.digest('hex'), size });
`;

export async function digestFile(path: string): Promise<FileDigest> {
  const handle = await open(path, 'r');
  try {
    const { size: statSize } = await handle.stat();
    const worker = statSize >= WORKER_FROM ? sha256InWorker(path) : undefined;
    // Settled below; until then a failure must not count as unhandled.
    worker?.catch(() => undefined);
    const sha256 = worker ? undefined : createHash('sha256');
    // Node's crypto offers BLAKE2b only with a 512-bit digest, and a 256-bit
    // BLAKE2b is not a truncated 512-bit one (the length is part of the parameters).
    const blake2 = await createBLAKE2b(256);
    blake2.init();
    const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    let size = 0;
    // The next chunk is read while this one is hashed.
    let reading = handle.read(buffers[0]!, 0, CHUNK, 0);
    for (let n = 0; ; n++) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffers[n % 2]!.subarray(0, bytesRead);
      size += bytesRead;
      reading = handle.read(buffers[(n + 1) % 2]!, 0, CHUNK, size);
      sha256?.update(chunk);
      blake2.update(chunk);
    }
    const other = worker ? await worker : { sha256: sha256!.digest('hex'), size };
    // The worker read the file on its own: it must have read the same bytes.
    if (other.size !== size) throw new Error(`${path} changed while it was being read (${other.size} bytes, then ${size})`);
    return { sha256: other.sha256, blake2_256: blake2.digest('hex'), size };
  } finally {
    await handle.close();
  }
}

function sha256InWorker(path: string): Promise<{ sha256: string; size: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SHA256_WORKER, { eval: true, workerData: { path } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the sha256 worker for ${path} exited with ${code}`)));
  });
}
