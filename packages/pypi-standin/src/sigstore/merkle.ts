// An append-only Merkle tree as RFC 6962 defines it (section 2.1), which is the
// tree Rekor v1 keeps: leaves hashed with a 0x00 prefix, nodes with 0x01, and
// the audit path of a leaf from the bottom up. sigstore-js checks our proofs
// against the checkpoint's root exactly as it checks the real Rekor's.
import { createHash } from 'node:crypto';

const sha256 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export const leafHash = (body: Buffer): Buffer => sha256(Buffer.from([0]), body);
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

/** The largest power of two strictly below n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes. */
function rootOf(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/** PATH(m, D[n]): the sibling hashes from the leaf up to the root. */
function pathOf(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...pathOf(m, leaves.slice(0, k)), rootOf(leaves.slice(k))]
    : [...pathOf(m - k, leaves.slice(k)), rootOf(leaves.slice(0, k))];
}

export class MerkleTree {
  private readonly leaves: Buffer[] = [];

  get size(): number {
    return this.leaves.length;
  }

  /** Appends a leaf (the entry's canonical body) and returns its index. */
  append(body: Buffer): number {
    this.leaves.push(leafHash(body));
    return this.leaves.length - 1;
  }

  /** The root of the first `size` leaves. */
  root(size = this.leaves.length): Buffer {
    return rootOf(this.leaves.slice(0, size));
  }

  /** The audit path of leaf `index` in the tree of its first `size` leaves. */
  inclusionProof(index: number, size = this.leaves.length): Buffer[] {
    return pathOf(index, this.leaves.slice(0, size));
  }
}
