// Receiving an uploaded file: its bytes go to a temporary file and through
// the three digests Warehouse computes (md5, sha256, BLAKE2b-256), in one
// pass, never read back. One thread doing all three took about 4.5 ms of CPU
// per MiB: the index took uploads at about 100 MiB/s, slower than the clients
// it stands in for could send (npm run bench, issue #7). So a large upload's
// md5 and sha256 run in worker threads, fed from a ring of shared 1 MiB
// slots the received chunks are copied into (one copy; the slots are written
// to disk from there too), while BLAKE2b (wasm, in hash-wasm, which a worker
// evaluated from a string could not load as simply) stays on this thread.
// A small upload is hashed here, the same way: starting workers costs more
// than it saves.
import { createHash, type Hash } from 'node:crypto';
import { close, open, write } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createBLAKE2b } from 'hash-wasm';
import type { Digests } from './upload.ts';

const SLOT = 1 << 20;
/**
 * Workers take 30 to 100 ms to start; the ring holds what arrives meanwhile
 * (pages of a SharedArrayBuffer are touched only once written, so an upload
 * smaller than the ring uses no more).
 */
const SHARED_SLOTS = 32;
/** Without workers the ring only has to cover writes in flight. */
const LOCAL_SLOTS = 4;

// CommonJS evaluated from a string: it needs node's own modules only, so it
// runs the same under tsx, vitest and plain node.
const HASH_WORKER = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
let hash;
let ring;
parentPort.on('message', (m) => {
  if (m.type === 'begin') {
    hash = createHash(m.algorithm);
    ring = new Uint8Array(m.ring);
  } else if (m.type === 'update') {
    hash.update(ring.subarray(m.offset, m.offset + m.length));
    parentPort.postMessage({ type: 'done', slot: m.slot });
  } else if (m.type === 'end') {
    parentPort.postMessage({ type: 'digest', hex: hash.digest('hex') });
    hash = undefined;
    ring = undefined;
  }
});
`;

type Algorithm = 'md5' | 'sha256';

/** One worker thread computing one digest for one upload at a time. */
class Lane {
  private readonly worker: Worker;
  private onDone: ((slot: number) => void) | undefined;
  private onDigest: ((hex: string) => void) | undefined;
  private onFailure: ((error: Error) => void) | undefined;
  /** Set once the worker is of no further use. */
  failure: Error | undefined;

  constructor(readonly algorithm: Algorithm) {
    this.worker = new Worker(HASH_WORKER, { eval: true });
    // An idle worker must not keep the process alive; the pool ends them with the server.
    this.worker.unref();
    this.worker.on('message', (m: { type: 'done'; slot: number } | { type: 'digest'; hex: string }) => {
      if (m.type === 'done') this.onDone?.(m.slot);
      else this.onDigest?.(m.hex);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the ${this.algorithm} worker exited with code ${code}`)));
  }

  begin(ring: SharedArrayBuffer, onDone: (slot: number) => void, onFailure: (error: Error) => void): void {
    this.onDone = onDone;
    this.onFailure = onFailure;
    this.worker.postMessage({ type: 'begin', algorithm: this.algorithm, ring });
  }

  update(slot: number, offset: number, length: number): void {
    this.worker.postMessage({ type: 'update', slot, offset, length });
  }

  /** The digest of everything updated since begin; the worker then waits for the next upload. */
  end(): Promise<string> {
    return new Promise((resolve) => {
      this.onDigest = (hex) => {
        this.onDigest = undefined;
        this.onDone = undefined;
        this.onFailure = undefined;
        resolve(hex);
      };
      this.worker.postMessage({ type: 'end' });
    });
  }

  /** Ends the worker; an upload still using it fails. */
  terminate(): Promise<number> {
    this.fail(new Error(`the ${this.algorithm} worker was stopped`));
    return this.worker.terminate();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.onFailure?.(error);
  }
}

/** The workers of an index, kept between uploads and ended with it. */
export class HashPool {
  private idle: Lane[][] = [];
  private readonly busy = new Set<Lane[]>();
  private closed = false;

  acquire(): Lane[] {
    if (this.closed) throw new Error('the index is closing');
    let lanes: Lane[] | undefined;
    while ((lanes = this.idle.pop()) && lanes.some((l) => l.failure)) for (const lane of lanes) void lane.terminate();
    lanes ??= [new Lane('md5'), new Lane('sha256')];
    this.busy.add(lanes);
    return lanes;
  }

  /** Back to the pool if every worker is sound and finished its upload; ended otherwise. */
  release(lanes: Lane[], reusable: boolean): void {
    this.busy.delete(lanes);
    if (reusable && !this.closed && lanes.every((l) => !l.failure)) this.idle.push(lanes);
    else for (const lane of lanes) void lane.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy].flat();
    this.idle = [];
    this.busy.clear();
    await Promise.all(all.map((lane) => lane.terminate()));
  }
}

/**
 * A file being received. `push` each chunk in order (awaiting it: it waits
 * while the ring is full, which is the backpressure), then `finish` for the
 * digests, or `abort` to drop what is left. The bytes written stay in `path`
 * either way; removing it is the caller's.
 */
export class FileIngest {
  private slot = 0;
  private fill = 0;
  private position = 0;
  /** Per slot: the disk write and the workers' digests still using it. */
  private readonly refs: number[];
  private writing = 0;
  private writesDone: (() => void) | undefined;
  private waiter: { slot: number; resolve: () => void } | undefined;
  private allReleased: (() => void) | undefined;
  private failure: Error | undefined;
  private failed: Promise<never>;
  private fail!: (error: Error) => void;
  private done = false;

  private constructor(
    private readonly fd: number,
    private readonly ring: Buffer,
    private readonly slots: number,
    private readonly blake2: Awaited<ReturnType<typeof createBLAKE2b>>,
    private readonly local: { md5: Hash; sha256: Hash } | undefined,
    private readonly lanes: Lane[] | undefined,
    private readonly pool: HashPool | undefined,
  ) {
    this.refs = new Array<number>(slots).fill(0);
    this.failed = new Promise<never>((_resolve, reject) => {
      this.fail = (error) => {
        if (this.failure) return;
        this.failure = error;
        reject(error);
      };
    });
    this.failed.catch(() => undefined);
  }

  /** Opens `path` for writing; with a pool, md5 and sha256 are computed by its workers. */
  static async open(path: string, pool: HashPool | undefined): Promise<FileIngest> {
    const blake2 = await createBLAKE2b(256);
    blake2.init();
    const fd = await new Promise<number>((resolve, reject) => open(path, 'w', (error, fd) => (error ? reject(error) : resolve(fd))));
    if (!pool) {
      const ring = Buffer.allocUnsafe(LOCAL_SLOTS * SLOT);
      return new FileIngest(fd, ring, LOCAL_SLOTS, blake2, { md5: createHash('md5'), sha256: createHash('sha256') }, undefined, undefined);
    }
    const shared = new SharedArrayBuffer(SHARED_SLOTS * SLOT);
    const lanes = pool.acquire();
    const ingest = new FileIngest(fd, Buffer.from(shared), SHARED_SLOTS, blake2, undefined, lanes, pool);
    for (const lane of lanes) {
      lane.begin(shared, (slot) => ingest.release(slot), (error) => ingest.fail(error));
    }
    return ingest;
  }

  async push(chunk: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.failure) throw this.failure;
      if (this.refs[this.slot]! > 0) {
        await Promise.race([new Promise<void>((resolve) => (this.waiter = { slot: this.slot, resolve })), this.failed]);
        continue;
      }
      const n = Math.min(SLOT - this.fill, chunk.length - offset);
      // Buffer's copy is a memmove; a typed array's set into shared memory copies byte by byte.
      Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).copy(this.ring, this.slot * SLOT + this.fill, offset, offset + n);
      this.fill += n;
      offset += n;
      if (this.fill === SLOT) this.dispatch();
    }
  }

  /** The digests of every byte pushed, once all of them are on disk. */
  async finish(): Promise<Digests> {
    try {
      if (this.failure) throw this.failure;
      this.dispatch();
      await Promise.race([this.settled(), this.failed]);
      const [md5, sha256] = this.lanes
        ? await Promise.race([Promise.all(this.lanes.map((lane) => lane.end())), this.failed])
        : [this.local!.md5.digest('hex'), this.local!.sha256.digest('hex')];
      return { md5: md5!, sha256: sha256!, blake2_256: this.blake2.digest('hex') };
    } finally {
      await this.close(this.failure === undefined);
    }
  }

  /** Stops: what is in flight is let finish (the file is not closed under a pending write), the rest is dropped. */
  async abort(): Promise<void> {
    await this.close(false);
  }

  private async close(reusable: boolean): Promise<void> {
    if (this.done) return;
    this.done = true;
    // Writes still in flight must end before the descriptor goes (it could be reused for another file).
    await this.writesSettled();
    this.pool?.release(this.lanes!, reusable);
    await new Promise<void>((resolve, reject) => close(this.fd, (error) => (error ? reject(error) : resolve())));
  }

  /** Hands the current slot to the disk and the digests, and moves to the next slot. */
  private dispatch(): void {
    const length = this.fill;
    if (length === 0) return;
    const slot = this.slot;
    const start = slot * SLOT;
    const bytes = this.ring.subarray(start, start + length);
    this.refs[slot] = 1 + (this.lanes?.length ?? 0);
    this.writing++;
    writeFully(this.fd, bytes, this.position, (error) => {
      this.writing--;
      if (error) this.fail(error);
      this.release(slot);
    });
    for (const lane of this.lanes ?? []) lane.update(slot, start, length);
    this.blake2.update(bytes);
    if (this.local) {
      this.local.md5.update(bytes);
      this.local.sha256.update(bytes);
    }
    this.position += length;
    this.slot = (slot + 1) % this.slots;
    this.fill = 0;
  }

  private release(slot: number): void {
    this.refs[slot]!--;
    if (this.refs[slot] === 0 && this.waiter?.slot === slot) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve();
    }
    if (this.allReleased && this.refs.every((r) => r === 0)) this.allReleased();
    if (this.writing === 0) this.writesDone?.();
  }

  private settled(): Promise<void> {
    if (this.refs.every((r) => r === 0)) return Promise.resolve();
    return new Promise((resolve) => (this.allReleased = resolve));
  }

  private writesSettled(): Promise<void> {
    if (this.writing === 0) return Promise.resolve();
    return new Promise((resolve) => (this.writesDone = resolve));
  }
}

/** Writes all of `bytes` at `position` (a write may take fewer bytes than it was given). */
function writeFully(fd: number, bytes: Uint8Array, position: number, callback: (error: Error | null) => void): void {
  write(fd, bytes, 0, bytes.length, position, (error, written) => {
    if (error) callback(error);
    else if (written < bytes.length) writeFully(fd, bytes.subarray(written), position + written, callback);
    else callback(null);
  });
}
