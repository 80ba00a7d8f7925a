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
// A large wheel's walk runs on a thread (zip-walk-worker.ts) that shares the
// memory the file is read into, while sha256 runs here; the thread also keeps
// the garbage its inflating makes off the action's larger heap.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { FromWalkThread, ToWalkThread } from './zip-walk-worker.ts';
import { ZipWalk, type CentralEntry, type ZipWalkResult } from './zip-walk.ts';

export interface FileDigest {
  /** Lower-case hex. */
  sha256: string;
  size: number;
}

/** Takes each chunk of the pass in order; the bytes are only valid until it settles. */
export type ChunkReader = (chunk: Buffer) => void | Promise<void>;

export interface PassOptions {
  /** Another look at the same bytes, here (an sdist's tar). */
  reader?: ChunkReader;
  /** A wheel's walk: its central directory, and the hash RECORD names for each member. */
  zip?: { central: ReadonlyMap<string, CentralEntry>; algorithms: ReadonlyMap<string, string> };
  /** From this size on, a wheel's walk runs on the thread (tests set 0 to run it on small files). */
  threadsFrom?: number;
}

export interface Pass extends FileDigest {
  /** Set when `zip` was asked for. */
  zip?: ZipWalkResult;
}

const CHUNK = 1 << 20;
/**
 * Below this a wheel is walked here: starting the thread took 100 to 160 ms
 * to its first chunk on the bench machine (node's start in a thread).
 */
const THREADS_FROM = 24 * CHUNK;
/** Chunks in flight with the thread: being read, being walked. */
const SLOTS = 4;

export async function digestFile(path: string, options: PassOptions = {}): Promise<Pass> {
  const handle = await open(path, 'r');
  let walk: Walk | undefined;
  try {
    const { size: statSize } = await handle.stat();
    walk = options.zip && statSize >= (options.threadsFrom ?? THREADS_FROM) ? WalkThread.walk(options.zip) : walkHere(options.zip);
    const { buffers } = walk;
    const sha256 = createHash('sha256');
    // Settles when the thread is done with that buffer.
    const inUse: Promise<void>[] = [];
    let size = 0;
    let reading = handle.read(buffers[0]!, 0, CHUNK, 0);
    for (let n = 0; ; n++) {
      const i = n % buffers.length;
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const chunk = buffers[i]!.subarray(0, bytesRead);
      size += bytesRead;
      inUse[i] = walk.chunk(i, bytesRead);
      // Awaited below; until then the thread's failure must not count as unhandled.
      inUse[i].catch(() => undefined);
      // The next chunk is read while this one is worked on.
      const next = (n + 1) % buffers.length;
      await inUse[next];
      reading = handle.read(buffers[next]!, 0, CHUNK, size);
      // The reader first: what it hands to zlib's thread inflates while sha256 runs here.
      const consuming = options.reader?.(chunk);
      sha256.update(chunk);
      await consuming;
      await walk.here?.(chunk);
    }
    await Promise.all(inUse);
    const zip = await walk.end();
    return { sha256: sha256.digest('hex'), size, ...(zip && { zip }) };
  } finally {
    walk?.close();
    await handle.close();
  }
}

/** A wheel's zip walk over the pass's buffers, here or on the thread; or none. */
interface Walk {
  /** Where the pass reads to. */
  buffers: Buffer[];
  /** Starts the thread's walk over the first `length` bytes of buffers[i]; settles when the buffer may be reused. */
  chunk(i: number, length: number): Promise<void>;
  /** The walk done here, in turn, on each chunk (a small wheel's). */
  here?: ChunkReader;
  end(): Promise<ZipWalkResult | undefined>;
  /** Frees the thread's share of the pass, whether it finished or failed. */
  close(): void;
}

function walkHere(zip: PassOptions['zip']): Walk {
  const walk = zip && new ZipWalk(zip.central, (name) => zip.algorithms.get(name));
  return {
    // Two buffers, reused: a fresh one per chunk left its garbage in the peak RSS.
    buffers: [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)],
    chunk: () => Promise.resolve(),
    ...(walk && { here: (chunk: Buffer) => walk.write(chunk) }),
    end: async () => walk?.end(),
    close: () => undefined,
  };
}

interface Waiter {
  resolve: (value: FromWalkThread) => void;
  reject: (error: Error) => void;
}

/**
 * The process's zip-walk thread, started with the first large wheel and
 * stopped when the last is read, shared by the wheels read at the same time.
 */
class WalkThread {
  private static current: WalkThread | undefined;
  private readonly worker: Worker;
  /** Per stream id, per buffer offset ('result' for the end). */
  private readonly waiting = new Map<number, Map<number | 'result', Waiter>>();
  private failure: Error | undefined;
  private stopping = false;
  private streams = 0;
  private nextId = 0;

  private constructor() {
    this.worker = startWorker();
    this.worker.on('message', (m: FromWalkThread) => this.onMessage(m));
    this.worker.on('error', (e) => this.failAll(e));
    this.worker.on('exit', (code) => this.failAll(new Error(`the zip-walk thread stopped (exit code ${code})`)));
  }

  static walk(zip: NonNullable<PassOptions['zip']>): Walk {
    return (WalkThread.current ??= new WalkThread()).open(zip);
  }

  private open(zip: NonNullable<PassOptions['zip']>): Walk {
    const id = this.nextId++;
    this.streams++;
    const memory = new SharedArrayBuffer(SLOTS * CHUNK);
    const buffers = Array.from({ length: SLOTS }, (_, i) => Buffer.from(memory, i * CHUNK, CHUNK));
    this.waiting.set(id, new Map());
    this.send({ type: 'start', id, memory, central: new Map(zip.central), algorithms: new Map(zip.algorithms) });
    let closed = false;
    return {
      buffers,
      chunk: async (i, length) => {
        await this.ask(id, i * CHUNK, { type: 'chunk', id, offset: i * CHUNK, length });
      },
      end: async () => {
        const answer = await this.ask(id, 'result', { type: 'end', id });
        if (answer.type !== 'result') throw new Error('the zip-walk thread gave no result');
        return answer.zip;
      },
      close: () => {
        if (closed) return;
        closed = true;
        this.waiting.delete(id);
        if (--this.streams === 0) this.stop();
      },
    };
  }

  /** Posts a message and resolves with the thread's answer to it. */
  private ask(id: number, key: number | 'result', message: ToWalkThread): Promise<FromWalkThread> {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise<FromWalkThread>((resolve, reject) => {
      this.waiting.get(id)?.set(key, { resolve, reject });
    });
    // Not every answer is awaited once a pass fails; none may go unhandled.
    answer.catch(() => undefined);
    this.send(message);
    return answer;
  }

  private stop(): void {
    if (WalkThread.current === this) WalkThread.current = undefined;
    this.stopping = true;
    void this.worker.terminate();
  }

  private send(message: ToWalkThread): void {
    if (!this.failure) this.worker.postMessage(message);
  }

  private onMessage(m: FromWalkThread): void {
    const stream = this.waiting.get(m.id);
    if (stream === undefined) return;
    if (m.type === 'failed') {
      const error = new Error(`the zip-walk thread failed: ${m.message}`);
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
    if (WalkThread.current === this) WalkThread.current = undefined;
    if (this.stopping) return;
    this.failure ??= error;
    for (const stream of this.waiting.values()) {
      for (const waiter of stream.values()) waiter.reject(error);
      stream.clear();
    }
  }
}

/**
 * The thread runs dist/zip-walk-worker.js, bundled beside dist/index.js (and
 * beside a bench entry, .mjs there); from the sources (tests), the .ts file
 * through tsx.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  const extension = /\.m?js$/.exec(new URL(here).pathname)?.[0];
  if (extension !== undefined) return new Worker(new URL(`./zip-walk-worker${extension}`, here));
  const source = new URL('./zip-walk-worker.ts', here).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}
