// The thread a large wheel's zip walk runs on (digest.ts): the file is read
// once, into memory shared with this thread, and while the main thread
// computes the file's sha256 over a chunk, this one walks the same chunk's
// zip records, inflating and hashing the members for RECORD (zip-walk.ts).
// Inflating a wheel allocates as much memory as the wheel unpacks to; here,
// on a small heap, the garbage collections that causes are cheap.
//
// Started by digest.ts from dist/zip-walk-worker.js (bundled beside
// dist/index.js) or, from the sources, through tsx. Several wheels may stream
// at once; each stream has its id and its own shared buffer.
import { parentPort } from 'node:worker_threads';
import { ZipWalk, type CentralEntry, type ZipWalkResult } from './zip-walk.ts';

export type ToWalkThread =
  | { type: 'start'; id: number; memory: SharedArrayBuffer; central: Map<string, CentralEntry>; algorithms: Map<string, string> }
  | { type: 'chunk'; id: number; offset: number; length: number }
  | { type: 'end'; id: number };

export type FromWalkThread =
  | { type: 'done'; id: number; offset: number }
  | { type: 'result'; id: number; zip: ZipWalkResult }
  | { type: 'failed'; id: number; message: string };

interface Stream {
  memory: Uint8Array;
  walk: ZipWalk;
}

const port = parentPort;
if (port === null) throw new Error('zip-walk-worker.ts runs as a worker thread');
const streams = new Map<number, Stream>();

// One after the other, in the order sent: a chunk must not pass its stream's start.
let queue = Promise.resolve();
port.on('message', (message: ToWalkThread) => {
  queue = queue
    .then(() => handle(message))
    .catch((error: unknown) => {
      streams.delete(message.id);
      reply({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    });
});

function reply(message: FromWalkThread): void {
  port!.postMessage(message);
}

async function handle(message: ToWalkThread): Promise<void> {
  if (message.type === 'start') {
    const { algorithms } = message;
    streams.set(message.id, { memory: new Uint8Array(message.memory), walk: new ZipWalk(message.central, (name) => algorithms.get(name)) });
    return;
  }
  const stream = streams.get(message.id);
  if (stream === undefined) throw new Error(`no stream ${message.id}`);
  if (message.type === 'chunk') {
    const bytes = stream.memory.subarray(message.offset, message.offset + message.length);
    await stream.walk.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    reply({ type: 'done', id: message.id, offset: message.offset });
  } else {
    streams.delete(message.id);
    reply({ type: 'result', id: message.id, zip: await stream.walk.end() });
  }
}
