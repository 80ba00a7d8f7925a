// The digests Warehouse verifies on upload (sha256, blake2b-256; the latter
// also names the file's storage path), computed in one streaming pass so a
// large wheel is read from disk once and never held in memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createBLAKE2b } from 'hash-wasm';

export interface FileDigest {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex BLAKE2b with a 32-byte digest (Python's `blake2b(digest_size=32)`). */
  blake2_256: string;
  size: number;
}

export async function digestFile(path: string): Promise<FileDigest> {
  const sha256 = createHash('sha256');
  // Node's crypto offers BLAKE2b only with a 512-bit digest, and a 256-bit
  // BLAKE2b is not a truncated 512-bit one (the length is part of the parameters).
  const blake2 = await createBLAKE2b(256);
  blake2.init();
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    sha256.update(bytes);
    blake2.update(bytes);
    size += bytes.length;
  }
  return { sha256: sha256.digest('hex'), blake2_256: blake2.digest('hex'), size };
}
