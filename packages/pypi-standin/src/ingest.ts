// Receiving an uploaded file: its bytes go to a temporary file and through
// the three digests Warehouse computes (md5, sha256, BLAKE2b-256), in one
// pass, never read back. One thread doing all of it took about 9 ms of CPU
// per MiB (4.5 of them hashing): the index took uploads at about 100 MiB/s,
// slower than the clients it stands in for could send (npm run bench, issue
// #7). So for a large upload the received chunks are copied once into a ring
// of shared 1 MiB slots, and two worker threads take each slot: one writes it
// to disk and computes md5, the other sha256 and BLAKE2b, while this thread
// does HTTP, the form and the copy. With one worker doing all of it, that
// worker was the limit (about 150 MiB/s from curl, this thread idle three
// quarters of the time). A small upload is hashed and written from here, the
// same way: starting workers costs more than it saves.
// BLAKE2b in V8's optimizing tier (the flags are the process's, workers'
// too): at V8's default tiering budget it ran in baseline code for the first
// several hundred MiB an index received.
import './wasm-tiering.ts';
import { createHash, type Hash } from 'node:crypto';
import { close, open, write } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { createBLAKE2b } from 'hash-wasm';
import type { Digests } from './upload.ts';

/** hash-wasm's BLAKE2b alone, which the worker requires by its path (an evaluated worker resolves nothing). */
const BLAKE2B_MODULE = createRequire(import.meta.url).resolve('hash-wasm/dist/blake2b.umd.min.js');

const SLOT = 1 << 20;
/**
 * A worker takes 30 to 160 ms to start; the ring holds what arrives meanwhile
 * (pages of a SharedArrayBuffer are touched only once written, so an upload
 * smaller than the ring uses no more).
 */
const SHARED_SLOTS = 32;
/** Without a worker the ring only has to cover writes in flight. */
const LOCAL_SLOTS = 4;

type DigestName = keyof Digests;

/**
 * What each of an upload's two workers does with every slot: about 2.5 ms of
 * CPU per MiB each here (md5 alone is as slow as sha256 and BLAKE2b together).
 */
const SHARES: readonly Share[] = [
  { write: true, digests: ['md5'] },
  { write: false, digests: ['sha256', 'blake2_256'] },
];

interface Share {
  /** Whether this worker writes the slots to the file. */
  write: boolean;
  digests: readonly DigestName[];
}

// CommonJS evaluated from a string: node's own modules and hash-wasm's
// BLAKE2b by path, so it runs the same under tsx, vitest and plain node. A
// slot is acknowledged once written and hashed; after a failed write nothing
// more is (the upload ends). Messages are handled in turn, begin included
// (BLAKE2b's wasm instance is made asynchronously).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { writeSync } = require('node:fs');
const { createBLAKE2b } = require(workerData.blake2b);
let job;
let queue = Promise.resolve();
parentPort.on('message', (m) => {
  queue = queue.then(() => handle(m)).catch((error) => setImmediate(() => { throw error; }));
});
async function hasher(name) {
  if (name !== 'blake2_256') return createHash(name);
  const blake2 = await createBLAKE2b(256);
  blake2.init();
  return blake2;
}
async function handle(m) {
  if (m.type === 'begin') {
    const hashes = [];
    for (const name of m.digests) hashes.push([name, await hasher(name)]);
    job = { fd: m.fd, ring: new Uint8Array(m.ring), hashes, failed: false };
  } else if (m.type === 'update') {
    if (job.failed) return;
    const bytes = job.ring.subarray(m.offset, m.offset + m.length);
    if (job.fd !== undefined) {
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(job.fd, bytes, done, bytes.length - done, m.position + done);
      } catch (error) {
        job.failed = true;
        parentPort.postMessage({ type: 'failed', message: String(error && error.message), code: error && error.code });
        return;
      }
    }
    for (const [, hash] of job.hashes) hash.update(bytes);
    parentPort.postMessage({ type: 'done', slot: m.slot });
  } else if (m.type === 'end') {
    const digests = {};
    for (const [name, hash] of job.hashes) digests[name] = hash.digest('hex');
    job = undefined;
    parentPort.postMessage({ type: 'digests', digests });
  }
}
`;

type WorkerMessage =
  | { type: 'done'; slot: number }
  | { type: 'failed'; message: string; code: string | undefined }
  | { type: 'digests'; digests: Partial<Digests> };

/** A worker thread that writes or hashes (or both) one upload at a time. */
class HashWorker {
  private readonly worker: Worker;
  private onDone: ((slot: number) => void) | undefined;
  private onDigests: ((digests: Partial<Digests>) => void) | undefined;
  private onFailure: ((error: Error) => void) | undefined;
  /** Set once the worker is of no further use. */
  failure: Error | undefined;

  constructor() {
    this.worker = new Worker(WORKER, { eval: true, workerData: { blake2b: BLAKE2B_MODULE } });
    // An idle worker must not keep the process alive; the pool ends it with the server.
    this.worker.unref();
    this.worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'done') this.onDone?.(m.slot);
      else if (m.type === 'digests') this.onDigests?.(m.digests);
      else this.fail(Object.assign(new Error(m.message), { code: m.code }));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the hashing worker exited with code ${code}`)));
  }

  begin(ring: SharedArrayBuffer, fd: number, share: Share, onDone: (slot: number) => void, onFailure: (error: Error) => void): void {
    this.onDone = onDone;
    this.onFailure = onFailure;
    this.worker.postMessage({ type: 'begin', ring, fd: share.write ? fd : undefined, digests: share.digests });
  }

  update(slot: number, offset: number, length: number, position: number): void {
    this.worker.postMessage({ type: 'update', slot, offset, length, position });
  }

  /** Its share of the digests of everything since begin, all of it written; the worker then waits for the next upload. */
  end(): Promise<Partial<Digests>> {
    return new Promise((resolve) => {
      this.onDigests = (digests) => {
        this.onDigests = undefined;
        this.onDone = undefined;
        this.onFailure = undefined;
        resolve(digests);
      };
      this.worker.postMessage({ type: 'end' });
    });
  }

  /** Ends the worker (once a write in progress returns); an upload still using it fails. */
  async terminate(): Promise<void> {
    this.fail(new Error('the hashing worker was stopped'));
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.onFailure?.(error);
  }
}

/** The workers of an index, kept between uploads and ended with it. */
export class HashPool {
  private idle: HashWorker[] = [];
  private readonly busy = new Set<HashWorker>();
  private closed = false;

  acquire(): HashWorker {
    if (this.closed) throw new Error('the index is closing');
    let worker: HashWorker | undefined;
    while ((worker = this.idle.pop()) && worker.failure) void worker.terminate();
    worker ??= new HashWorker();
    this.busy.add(worker);
    return worker;
  }

  /** Back to the pool if sound and done with its upload; ended otherwise (resolves once it no longer runs). */
  async release(worker: HashWorker, reusable: boolean): Promise<void> {
    this.busy.delete(worker);
    if (reusable && !this.closed && !worker.failure) this.idle.push(worker);
    else await worker.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy];
    this.idle = [];
    this.busy.clear();
    await Promise.all(all.map((worker) => worker.terminate()));
  }
}

/** Where the digests are computed and the slots written from. */
type Hashing =
  | { kind: 'here'; md5: Hash; sha256: Hash; blake2: Awaited<ReturnType<typeof createBLAKE2b>> }
  | { kind: 'workers'; workers: HashWorker[]; pool: HashPool };

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
  /** Per slot: how many are still writing or hashing it (a write here, or the workers). */
  private readonly busy: number[];
  /** Writes issued from this thread and not yet returned. */
  private writing = 0;
  private writesDone: (() => void) | undefined;
  private waiter: { slot: number; resolve: () => void } | undefined;
  private failure: Error | undefined;
  private readonly failed: Promise<never>;
  private fail!: (error: Error) => void;
  private closed = false;

  private constructor(
    private readonly fd: number,
    private readonly ring: Buffer,
    private readonly hashing: Hashing,
  ) {
    this.busy = new Array<number>(ring.length / SLOT).fill(0);
    this.failed = new Promise<never>((_resolve, reject) => {
      this.fail = (error) => {
        if (this.failure) return;
        this.failure = error;
        reject(error);
      };
    });
    this.failed.catch(() => undefined);
  }

  /** Opens `path` for writing; with a pool, the digests and the writes are done by two of its workers. */
  static async open(path: string, pool: HashPool | undefined): Promise<FileIngest> {
    const fd = await new Promise<number>((resolve, reject) => open(path, 'w', (error, fd) => (error ? reject(error) : resolve(fd))));
    if (!pool) {
      const blake2 = await createBLAKE2b(256);
      blake2.init();
      const hashing: Hashing = { kind: 'here', md5: createHash('md5'), sha256: createHash('sha256'), blake2 };
      return new FileIngest(fd, Buffer.allocUnsafe(LOCAL_SLOTS * SLOT), hashing);
    }
    const shared = new SharedArrayBuffer(SHARED_SLOTS * SLOT);
    const workers = SHARES.map(() => pool.acquire());
    const ingest = new FileIngest(fd, Buffer.from(shared), { kind: 'workers', workers, pool });
    workers.forEach((worker, i) => worker.begin(shared, fd, SHARES[i]!, (slot) => ingest.release(slot), (error) => ingest.fail(error)));
    return ingest;
  }

  async push(chunk: Uint8Array): Promise<void> {
    const source = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let offset = 0;
    while (offset < source.length) {
      if (this.failure) throw this.failure;
      if (this.busy[this.slot]! > 0) {
        await Promise.race([new Promise<void>((resolve) => (this.waiter = { slot: this.slot, resolve })), this.failed]);
        continue;
      }
      // Buffer's copy is a memmove; a typed array's set into shared memory copies byte by byte.
      const n = source.copy(this.ring, this.slot * SLOT + this.fill, offset, Math.min(source.length, offset + SLOT - this.fill));
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
      if (this.hashing.kind === 'workers') {
        const shares = await Promise.race([Promise.all(this.hashing.workers.map((worker) => worker.end())), this.failed]);
        const { md5, sha256, blake2_256 } = Object.assign({}, ...shares) as Partial<Digests>;
        if (md5 === undefined || sha256 === undefined || blake2_256 === undefined) throw new Error('a hashing worker gave no digest');
        return { md5, sha256, blake2_256 };
      }
      await Promise.race([this.writesSettled(), this.failed]);
      const { md5, sha256, blake2 } = this.hashing;
      return { md5: md5.digest('hex'), sha256: sha256.digest('hex'), blake2_256: blake2.digest('hex') };
    } finally {
      await this.close(this.failure === undefined);
    }
  }

  /** Stops: a write in progress is let finish (the file is not closed under it), the rest is dropped. */
  async abort(): Promise<void> {
    await this.close(false);
  }

  private async close(reusable: boolean): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Every write must have returned before the descriptor goes (it could be reused for another file).
    if (this.hashing.kind === 'workers') {
      const { pool, workers } = this.hashing;
      await Promise.all(workers.map((worker) => pool.release(worker, reusable)));
    }
    else await this.writesSettled();
    await new Promise<void>((resolve, reject) => close(this.fd, (error) => (error ? reject(error) : resolve())));
  }

  /** Hands the current slot to the disk and the digests, and moves to the next slot. */
  private dispatch(): void {
    const length = this.fill;
    if (length === 0) return;
    const slot = this.slot;
    const start = slot * SLOT;
    const bytes = this.ring.subarray(start, start + length);
    if (this.hashing.kind === 'workers') {
      this.busy[slot] = this.hashing.workers.length;
      for (const worker of this.hashing.workers) worker.update(slot, start, length, this.position);
    } else {
      this.busy[slot] = 1;
      this.hashing.md5.update(bytes);
      this.hashing.sha256.update(bytes);
      this.hashing.blake2.update(bytes);
      this.writing++;
      writeFully(this.fd, bytes, this.position, (error) => {
        this.writing--;
        if (error) this.fail(error);
        this.release(slot);
        if (this.writing === 0) this.writesDone?.();
      });
    }
    this.position += length;
    this.slot = (slot + 1) % this.busy.length;
    this.fill = 0;
  }

  private release(slot: number): void {
    if (--this.busy[slot]! > 0) return;
    if (this.waiter?.slot === slot) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve();
    }
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
