// The one pass that reads a file: the digests Warehouse verifies on upload
// (sha256, blake2b-256; the latter also names the file's storage path), a
// wheel's walk through its zip records with every member hashed for RECORD
// (zip-walk.ts), or another reader's look at the same bytes (an sdist's tar).
// No file is read twice and none is held in memory.
//
// For a large file the work is spread over threads (hash-worker.ts) that share
// the memory the file is read into: BLAKE2b (WebAssembly, the slowest hash) on
// one, the zip walk on another, sha256 here. The walk's own thread also keeps
// the garbage its inflating makes off the action's larger heap. On 2 cores a
// 1 GiB wheel took 3.3 to 3.9 s so, 3.96 s on this thread alone (issue #6).
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import blake2b from 'hash-wasm/dist/blake2b.umd.min.js';
import type { FromHashThread, ToHashThread } from './hash-worker.ts';
import { ZipWalk, type CentralEntry, type ZipWalkResult } from './zip-walk.ts';

export interface FileDigest {
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex BLAKE2b with a 32-byte digest (Python's `blake2b(digest_size=32)`). */
  blake2_256: string;
  size: number;
}

/** Takes each chunk of the pass in order; the bytes are only valid until it settles. */
export type ChunkReader = (chunk: Buffer) => void | Promise<void>;

export interface PassOptions {
  /** Another look at the same bytes, here (an sdist's tar). */
  reader?: ChunkReader;
  /** A wheel's walk: its central directory, and the hash RECORD names for each member. */
  zip?: { central: ReadonlyMap<string, CentralEntry>; algorithms: ReadonlyMap<string, string> };
  /** From this size on, the threads do the work (tests set 0 to run them on small files). */
  threadsFrom?: number;
}

export interface Pass extends FileDigest {
  /** Set when `zip` was asked for. */
  zip?: ZipWalkResult;
}

const CHUNK = 1 << 20;
/**
 * Below this a wheel's pass is worked on here: starting a thread took 100 to
 * 160 ms to its first chunk on the bench machine (node's start and the
 * WebAssembly compiled again), in which BLAKE2b does ~100 MiB here. Over a
 * wheel the zip walk is the larger share of the work: the bench's set of
 * wheels of 5 to 48 MiB took as long with 24, 64 or 256 MiB here, and a
 * 1 GiB wheel 3.96 s without the threads, 3.3 to 3.9 s with them.
 */
const THREADS_FROM = 24 * CHUNK;
/**
 * A pass without the zip walk (an sdist, or the digests alone) has only
 * BLAKE2b for a thread: over digests alone, 100 MiB took 25% longer with it
 * (thread's start included), 256 MiB as long, 1 GiB 15% less.
 */
const DIGESTS_THREADS_FROM = 256 * CHUNK;
/** Chunks in flight with the threads: being read, being worked on. */
const SLOTS = 4;

export async function digestFile(path: string, options: PassOptions = {}): Promise<Pass> {
  const handle = await open(path, 'r');
  let work: Work | undefined;
  try {
    const { size: statSize } = await handle.stat();
    const threadsFrom = options.threadsFrom ?? (options.zip ? THREADS_FROM : DIGESTS_THREADS_FROM);
    work = statSize >= threadsFrom ? HashThreads.work(options) : await workHere(options);
    const { buffers } = work;
    const sha256 = createHash('sha256');
    // Settles when the threads are done with that buffer.
    const inUse: Promise<void>[] = [];
    let size = 0;
    let reading = handle.read(buffers[0]!, 0, CHUNK, 0);
    for (let n = 0; ; n++) {
      const i = n % buffers.length;
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffers[i]!.subarray(0, bytesRead);
      size += bytesRead;
      inUse[i] = work.chunk(i, bytesRead);
      // Awaited below; until then a thread's failure must not count as unhandled.
      inUse[i].catch(() => undefined);
      // The next chunk is read while this one is worked on.
      const next = (n + 1) % buffers.length;
      await inUse[next];
      reading = handle.read(buffers[next]!, 0, CHUNK, size);
      // The reader first: what it hands to zlib's thread inflates while sha256 runs here.
      const consuming = options.reader?.(chunk);
      sha256.update(chunk);
      await consuming;
      await work.here?.(chunk);
    }
    await Promise.all(inUse);
    const done = await work.end();
    return { sha256: sha256.digest('hex'), blake2_256: done.blake2, size, ...(done.zip && { zip: done.zip }) };
  } finally {
    work?.close();
    await handle.close();
  }
}

/** BLAKE2b and the zip walk over the pass's buffers, here or on the threads. */
interface Work {
  /** Where the pass reads to. */
  buffers: Buffer[];
  /** Starts the work on the first `length` bytes of buffers[i]; settles when the buffer may be reused. */
  chunk(i: number, length: number): Promise<void>;
  /** Work done here, in turn, on each chunk (the zip walk of a small file). */
  here?: ChunkReader;
  end(): Promise<{ blake2: string; zip?: ZipWalkResult }>;
  /** Frees the threads' share of the pass, whether it finished or failed. */
  close(): void;
}

async function workHere(options: PassOptions): Promise<Work> {
  const hasher = await blake2b.createBLAKE2b(256);
  hasher.init();
  const zip = options.zip && new ZipWalk(options.zip.central, (name) => options.zip!.algorithms.get(name));
  // Two buffers, reused: a fresh one per chunk left its garbage in the peak RSS.
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  return {
    buffers,
    chunk: async (i, length) => {
      hasher.update(buffers[i]!.subarray(0, length));
    },
    ...(zip && { here: (chunk: Buffer) => zip.write(chunk) }),
    end: async () => ({ blake2: hasher.digest('hex'), ...(zip && { zip: await zip.end() }) }),
    close: () => undefined,
  };
}

interface Waiter {
  resolve: (value: FromHashThread) => void;
  reject: (error: Error) => void;
}

/** A thread of hash-worker.ts, and who waits for its answers. */
class HashThread {
  private readonly worker: Worker;
  /** Per stream id, per buffer offset ('result' for the end). */
  private readonly waiting = new Map<number, Map<number | 'result', Waiter>>();
  private failure: Error | undefined;
  private stopping = false;

  constructor(private readonly onGone: () => void) {
    this.worker = startWorker();
    this.worker.on('message', (m: FromHashThread) => this.onMessage(m));
    this.worker.on('error', (e) => this.failAll(e));
    this.worker.on('exit', (code) => this.failAll(new Error(`a hashing thread stopped (exit code ${code})`)));
  }

  open(id: number, start: ToHashThread & { type: 'start' }): void {
    this.waiting.set(id, new Map());
    this.send(start);
  }

  /** Posts a message and resolves with the thread's answer to it. */
  ask(id: number, key: number | 'result', message: ToHashThread): Promise<FromHashThread> {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise<FromHashThread>((resolve, reject) => {
      this.waiting.get(id)?.set(key, { resolve, reject });
    });
    // Not every answer is awaited once a pass fails; none may go unhandled.
    answer.catch(() => undefined);
    this.send(message);
    return answer;
  }

  forget(id: number): void {
    this.waiting.delete(id);
  }

  stop(): void {
    this.stopping = true;
    void this.worker.terminate();
  }

  private send(message: ToHashThread): void {
    if (!this.failure) this.worker.postMessage(message);
  }

  private onMessage(m: FromHashThread): void {
    const stream = this.waiting.get(m.id);
    if (stream === undefined) return;
    if (m.type === 'failed') {
      const error = new Error(`a hashing thread failed: ${m.message}`);
      for (const waiter of stream.values()) waiter.reject(error);
      stream.clear();
      return;
    }
    const key = m.type === 'done' ? m.offset : 'result';
    const waiter = stream.get(key);
    stream.delete(key);
    waiter?.resolve(m);
  }

  private failAll(error: Error): void {
    this.onGone();
    if (this.stopping) return;
    this.failure ??= error;
    for (const stream of this.waiting.values()) {
      for (const waiter of stream.values()) waiter.reject(error);
      stream.clear();
    }
  }
}

/**
 * The process's two hashing threads, started with the first large file and
 * stopped when the last is read: BLAKE2b runs on the first, the zip walk on
 * the second (started with the first wheel: an sdist or a digest alone does
 * not need it), each shared by the files read at the same time.
 */
class HashThreads {
  private static current: HashThreads | undefined;
  private readonly blake2Thread: HashThread;
  /** Started with the first pass that walks a zip. */
  private zipThread: HashThread | undefined;
  private streams = 0;
  private nextId = 0;

  private readonly gone = () => {
    if (HashThreads.current === this) HashThreads.current = undefined;
  };

  private constructor() {
    this.blake2Thread = new HashThread(this.gone);
  }

  static work(options: PassOptions): Work {
    return (HashThreads.current ??= new HashThreads()).open(options);
  }

  private open(options: PassOptions): Work {
    const { blake2Thread } = this;
    const zip = options.zip;
    const zipThread = zip ? (this.zipThread ??= new HashThread(this.gone)) : undefined;
    const id = this.nextId++;
    this.streams++;
    const memory = new SharedArrayBuffer(SLOTS * CHUNK);
    const buffers = Array.from({ length: SLOTS }, (_, i) => Buffer.from(memory, i * CHUNK, CHUNK));
    blake2Thread.open(id, { type: 'start', id, memory, work: 'blake2' });
    if (zip) zipThread?.open(id, { type: 'start', id, memory, work: 'zip', central: new Map(zip.central), algorithms: new Map(zip.algorithms) });
    let closed = false;
    return {
      buffers,
      chunk: async (i, length) => {
        const message: ToHashThread = { type: 'chunk', id, offset: i * CHUNK, length };
        await Promise.all([blake2Thread.ask(id, i * CHUNK, message), zipThread?.ask(id, i * CHUNK, message)]);
      },
      end: async () => {
        const message: ToHashThread = { type: 'end', id };
        const [hashed, walked] = await Promise.all([blake2Thread.ask(id, 'result', message), zipThread?.ask(id, 'result', message)]);
        const blake2 = hashed.type === 'result' ? hashed.blake2 : undefined;
        if (blake2 === undefined) throw new Error('the BLAKE2b thread gave no digest');
        const result = walked?.type === 'result' ? walked.zip : undefined;
        return { blake2, ...(result && { zip: result }) };
      },
      close: () => {
        if (closed) return;
        closed = true;
        blake2Thread.forget(id);
        zipThread?.forget(id);
        if (--this.streams === 0) {
          if (HashThreads.current === this) HashThreads.current = undefined;
          this.blake2Thread.stop();
          this.zipThread?.stop();
        }
      },
    };
  }
}

/**
 * The threads run dist/hash-worker.js, bundled beside dist/index.js (and
 * beside a bench entry, .mjs there); from the sources (tests), the .ts file
 * through tsx.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  const extension = /\.m?js$/.exec(new URL(here).pathname)?.[0];
  if (extension !== undefined) return new Worker(new URL(`./hash-worker${extension}`, here));
  const source = new URL('./hash-worker.ts', here).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}
