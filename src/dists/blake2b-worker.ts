// The thread that computes BLAKE2b for large files while the main thread
// computes sha256 and reads the archive from the same bytes: a file is read
// once, into memory both threads share, and each chunk is hashed here while
// the main thread works on it too. BLAKE2b (WebAssembly) is the slowest of the
// pass's hashes, about as long as all the main thread's work on a wheel.
//
// Started by digest.ts from dist/blake2b-worker.js (bundled beside
// dist/index.js) or, from the sources, through tsx. Several files may stream
// at once; each has its id and its own shared buffer.
import { parentPort } from 'node:worker_threads';
import blake2b from 'hash-wasm/dist/blake2b.umd.min.js';

export type ToBlake2Thread =
  | { type: 'start'; id: number; memory: SharedArrayBuffer }
  | { type: 'chunk'; id: number; offset: number; length: number }
  | { type: 'end'; id: number };

export type FromBlake2Thread =
  | { type: 'done'; id: number; offset: number }
  | { type: 'digest'; id: number; hex: string }
  | { type: 'failed'; id: number; message: string };

type Hasher = Awaited<ReturnType<typeof blake2b.createBLAKE2b>>;

const port = parentPort;
if (port === null) throw new Error('blake2b-worker.ts runs as a worker thread');
const streams = new Map<number, { hasher: Promise<Hasher>; memory: Uint8Array }>();

// One after the other, in the order sent: a chunk must not pass its stream's start.
let queue = Promise.resolve();
port.on('message', (message: ToBlake2Thread) => {
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    port.postMessage({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) } satisfies FromBlake2Thread);
  });
});

async function handle(message: ToBlake2Thread): Promise<void> {
  if (message.type === 'start') {
    const hasher = blake2b.createBLAKE2b(256).then((h) => {
      h.init();
      return h;
    });
    streams.set(message.id, { hasher, memory: new Uint8Array(message.memory) });
    return;
  }
  const stream = streams.get(message.id);
  if (stream === undefined) throw new Error(`no BLAKE2b stream ${message.id}`);
  const hasher = await stream.hasher;
  if (message.type === 'chunk') {
    hasher.update(stream.memory.subarray(message.offset, message.offset + message.length));
    port!.postMessage({ type: 'done', id: message.id, offset: message.offset } satisfies FromBlake2Thread);
  } else {
    streams.delete(message.id);
    port!.postMessage({ type: 'digest', id: message.id, hex: hasher.digest('hex') } satisfies FromBlake2Thread);
  }
}
