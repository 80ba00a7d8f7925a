// A thread for the pass over a large file (digest.ts): the file is read once,
// into memory the threads share, and each chunk is worked on by the main
// thread (sha256) and by two of these at once, one computing BLAKE2b (the
// slowest hash), the other walking a wheel's zip records and inflating and
// hashing its members for RECORD (zip-walk.ts). Inflating a wheel allocates
// as much memory as the wheel unpacks to; here, on a small heap, the garbage
// collections that causes are cheap.
//
// Started by digest.ts from dist/hash-worker.js (bundled beside dist/index.js)
// or, from the sources, through tsx. Several files may stream at once; each
// stream has its id and its own shared buffer.
import { parentPort } from 'node:worker_threads';
import blake2b from 'hash-wasm/dist/blake2b.umd.min.js';
import { ZipWalk, type CentralEntry, type ZipWalkResult } from './zip-walk.ts';

export type ToHashThread =
  | { type: 'start'; id: number; memory: SharedArrayBuffer; work: 'blake2' }
  | { type: 'start'; id: number; memory: SharedArrayBuffer; work: 'zip'; central: Map<string, CentralEntry>; algorithms: Map<string, string> }
  | { type: 'chunk'; id: number; offset: number; length: number }
  | { type: 'end'; id: number };

export type FromHashThread =
  | { type: 'done'; id: number; offset: number }
  | { type: 'result'; id: number; blake2?: string; zip?: ZipWalkResult }
  | { type: 'failed'; id: number; message: string };

type Hasher = Awaited<ReturnType<typeof blake2b.createBLAKE2b>>;

interface Stream {
  memory: Uint8Array;
  blake2?: Promise<Hasher>;
  zip?: ZipWalk;
}

const port = parentPort;
if (port === null) throw new Error('hash-worker.ts runs as a worker thread');
const streams = new Map<number, Stream>();

// One after the other, in the order sent: a chunk must not pass its stream's start.
let queue = Promise.resolve();
port.on('message', (message: ToHashThread) => {
  queue = queue
    .then(() => handle(message))
    .catch((error: unknown) => {
      streams.delete(message.id);
      reply({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    });
});

function reply(message: FromHashThread): void {
  port!.postMessage(message);
}

async function handle(message: ToHashThread): Promise<void> {
  if (message.type === 'start') {
    const stream: Stream = { memory: new Uint8Array(message.memory) };
    if (message.work === 'blake2') {
      stream.blake2 = blake2b.createBLAKE2b(256).then((h) => {
        h.init();
        return h;
      });
    } else {
      const { algorithms } = message;
      stream.zip = new ZipWalk(message.central, (name) => algorithms.get(name));
    }
    streams.set(message.id, stream);
    return;
  }
  const stream = streams.get(message.id);
  if (stream === undefined) throw new Error(`no stream ${message.id}`);
  if (message.type === 'chunk') {
    const bytes = stream.memory.subarray(message.offset, message.offset + message.length);
    if (stream.blake2) (await stream.blake2).update(bytes);
    if (stream.zip) await stream.zip.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    reply({ type: 'done', id: message.id, offset: message.offset });
  } else {
    streams.delete(message.id);
    reply({
      type: 'result',
      id: message.id,
      ...(stream.blake2 && { blake2: (await stream.blake2).digest('hex') }),
      ...(stream.zip && { zip: await stream.zip.end() }),
    });
  }
}
