// The digests Warehouse verifies on upload (sha256, blake2b-256; the latter
// also names the file's storage path), in the one pass that reads a file: each
// chunk is hashed and handed to the archive reader that asked for it before
// its buffer is reused, so no file is read twice and none is held in memory.
//
// BLAKE2b (WebAssembly) is the slowest part of the pass. For a large file it
// runs on a thread of its own (blake2b-worker.ts) over memory both threads
// share, while sha256 and the archive reader run here: on a 1 GiB wheel the
// pass then takes about as long as BLAKE2b alone (npm run bench, issue #6).
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import blake2b from 'hash-wasm/dist/blake2b.umd.min.js';
import type { FromBlake2Thread, ToBlake2Thread } from './blake2b-worker.ts';

export interface FileDigest {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex BLAKE2b with a 32-byte digest (Python's `blake2b(digest_size=32)`). */
  blake2_256: string;
  size: number;
}

/** Takes each chunk of the pass in order; the bytes are only valid until it settles. */
export type ChunkReader = (chunk: Buffer) => void | Promise<void>;

const CHUNK = 1 << 20;
/**
 * Below this the thread costs more than it saves: starting it takes 30 to 50 ms
 * (its WebAssembly compiled again), in which BLAKE2b does ~25 MiB here. One
 * thread serves every file read at the same time, and stops when none is left.
 */
const THREAD_FROM = 24 * CHUNK;
/** Chunks in flight with the thread: reading, hashing there, hashing here. */
const SLOTS = 4;

export async function digestFile(path: string, reader?: ChunkReader): Promise<FileDigest> {
  const handle = await open(path, 'r');
  let blake2: Blake2Pass | undefined;
  try {
    const { size: statSize } = await handle.stat();
    blake2 = statSize >= THREAD_FROM ? await Blake2Thread.stream() : await blake2Here();
    const { buffers } = blake2;
    const sha256 = createHash('sha256');
    // Settles when the BLAKE2b thread is done with that buffer.
    const inUse: (Promise<void> | undefined)[] = [];
    let size = 0;
    let reading = handle.read(buffers[0]!, 0, CHUNK, 0);
    for (let n = 0; ; n++) {
      const i = n % buffers.length;
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffers[i]!.subarray(0, bytesRead);
      size += bytesRead;
      inUse[i] = blake2.update(i, bytesRead);
      // The next chunk is read while this one is hashed and read as an archive.
      const next = (n + 1) % buffers.length;
      await inUse[next];
      reading = handle.read(buffers[next]!, 0, CHUNK, size);
      // The reader first: what it hands to zlib's thread inflates while sha256 runs here.
      const consuming = reader?.(chunk);
      sha256.update(chunk);
      await consuming;
    }
    await Promise.all(inUse);
    return { sha256: sha256.digest('hex'), blake2_256: await blake2.digest(), size };
  } finally {
    blake2?.close();
    await handle.close();
  }
}

/** BLAKE2b over the pass's buffers, here or on the thread. */
interface Blake2Pass {
  /** Where the pass reads to. */
  buffers: Buffer[];
  /** Hashes the first `length` bytes of buffers[i]; settles when the buffer may be reused. */
  update(i: number, length: number): Promise<void> | undefined;
  digest(): Promise<string>;
  /** Frees the thread's share of the pass, whether it finished or failed. */
  close(): void;
}

async function blake2Here(): Promise<Blake2Pass> {
  const hasher = await blake2b.createBLAKE2b(256);
  hasher.init();
  // Two buffers, reused: a fresh one per chunk left its garbage in the peak RSS.
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  return {
    buffers,
    update: (i, length) => {
      hasher.update(buffers[i]!.subarray(0, length));
      return undefined;
    },
    digest: async () => hasher.digest('hex'),
    close: () => undefined,
  };
}

interface Waiter {
  resolve: (value: string | void) => void;
  reject: (error: Error) => void;
}

/** The one BLAKE2b thread of the process, shared by the files read at the same time. */
class Blake2Thread {
  private static current: Blake2Thread | undefined;
  private readonly worker: Worker;
  private streams = 0;
  private nextId = 0;
  /** Per stream id, per buffer offset ('digest' for the end): who waits for the thread's answer. */
  private readonly waiting = new Map<number, Map<number | 'digest', Waiter>>();
  private failure: Error | undefined;

  private constructor() {
    this.worker = startWorker();
    this.worker.on('message', (m: FromBlake2Thread) => this.onMessage(m));
    this.worker.on('error', (e) => this.failAll(e));
    this.worker.on('exit', (code) => this.failAll(new Error(`the BLAKE2b thread stopped (exit code ${code})`)));
  }

  static async stream(): Promise<Blake2Pass> {
    const thread = (Blake2Thread.current ??= new Blake2Thread());
    return thread.open();
  }

  private open(): Blake2Pass {
    const id = this.nextId++;
    this.streams++;
    this.waiting.set(id, new Map());
    const memory = new SharedArrayBuffer(SLOTS * CHUNK);
    const buffers = Array.from({ length: SLOTS }, (_, i) => Buffer.from(memory, i * CHUNK, CHUNK));
    this.send({ type: 'start', id, memory });
    let closed = false;
    return {
      buffers,
      update: (i, length) => {
        const done = this.wait<void>(id, i * CHUNK);
        this.send({ type: 'chunk', id, offset: i * CHUNK, length });
        return done;
      },
      digest: () => {
        const hex = this.wait<string>(id, 'digest');
        this.send({ type: 'end', id });
        return hex;
      },
      close: () => {
        if (closed) return;
        closed = true;
        this.waiting.delete(id);
        if (--this.streams === 0) this.stop();
      },
    };
  }

  private wait<T extends string | void>(id: number, key: number | 'digest'): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.waiting.get(id)?.set(key, { resolve: resolve as Waiter['resolve'], reject });
    });
  }

  private send(message: ToBlake2Thread): void {
    if (!this.failure) this.worker.postMessage(message);
  }

  private onMessage(m: FromBlake2Thread): void {
    const stream = this.waiting.get(m.id);
    if (stream === undefined) return;
    if (m.type === 'failed') {
      const error = new Error(`BLAKE2b failed: ${m.message}`);
      for (const waiter of stream.values()) waiter.reject(error);
      stream.clear();
      return;
    }
    const key = m.type === 'done' ? m.offset : 'digest';
    const waiter = stream.get(key);
    stream.delete(key);
    waiter?.resolve(m.type === 'digest' ? m.hex : undefined);
  }

  private failAll(error: Error): void {
    if (this === Blake2Thread.current) Blake2Thread.current = undefined;
    if (this.stopping) return;
    this.failure ??= error;
    for (const stream of this.waiting.values()) {
      for (const waiter of stream.values()) waiter.reject(error);
      stream.clear();
    }
  }

  private stopping = false;

  private stop(): void {
    this.stopping = true;
    if (this === Blake2Thread.current) Blake2Thread.current = undefined;
    void this.worker.terminate();
  }
}

/**
 * The thread runs dist/blake2b-worker.js, bundled beside dist/index.js (and
 * beside a bench entry, .mjs there); from the sources (tests), the .ts file
 * through tsx.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  const extension = /\.m?js$/.exec(new URL(here).pathname)?.[0];
  if (extension !== undefined) return new Worker(new URL(`./blake2b-worker${extension}`, here));
  const source = new URL('./blake2b-worker.ts', here).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}
