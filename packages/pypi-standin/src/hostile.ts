// The answers of a hostile index (faults.ts): huge, quadratic and drip, each a
// 200 without a Content-Length, so a client learns how much is coming only
// by reading: whatever bounds it keeps, it must keep while it reads. And
// echo-auth, a refusal that quotes the credentials back.
import type { ServerResponse } from 'node:http';
import type { FaultAction } from './faults.ts';
import { errorReply, type Reply } from './responses.ts';
import type { Credentials } from './upload.ts';

/**
 * echo-auth: a 403 quoting what the request authenticated with, the header
 * as sent and the password decoded, in the reason phrase and in the body.
 */
export function echoCredentials(authorization: string | undefined, credentials: Credentials | undefined, accept: string | undefined): Reply {
  const said = authorization === undefined ? 'no Authorization header' : `Authorization: ${authorization} (user '${credentials?.username ?? ''}', password '${credentials?.password ?? ''}')`;
  return errorReply(403, `Access denied to ${said}`, accept);
}

type Hostile = Extract<FaultAction, { kind: 'huge' | 'quadratic' | 'drip' }>;

const CHUNK = 64 * 1024;

/** Sends the hostile answer; resolves when it is sent, or when the client goes away. */
export async function sendHostile(res: ServerResponse, fault: Hostile, route: 'listing' | 'file'): Promise<void> {
  const listing = route === 'listing';
  res.writeHead(200, { 'Content-Type': listing ? 'text/html; charset=utf-8' : 'application/octet-stream', 'Cache-Control': 'no-store' });
  if (fault.kind === 'quadratic') {
    // Anchors never closed: a lazy regex up to `</a>` scans the rest of the page from each of them.
    res.end(`<!DOCTYPE html>\n<html><body>\n${'<a href=#>'.repeat(96_000)}`);
    return;
  }
  if (fault.kind === 'huge') {
    const filler = Buffer.alloc(CHUNK, listing ? 'x' : 0);
    if (listing) await write(res, Buffer.from('<!DOCTYPE html>\n<html><body>\n<!-- '));
    for (let sent = 0; sent < fault.mib * 1024 * 1024 && !res.destroyed; sent += CHUNK) await write(res, filler);
    if (!res.destroyed) res.end(listing ? ' -->\n</body></html>\n' : undefined);
    return;
  }
  // drip: a byte at a time, for as long as the client listens.
  const byte = Buffer.from(listing ? ' ' : '\0');
  await write(res, Buffer.from(listing ? '<!DOCTYPE html>\n<html><body>\n' : '\0'));
  while (!res.destroyed) {
    await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (!res.destroyed) await write(res, byte);
  }
}

/** Writes a chunk, waiting for the client to take it (backpressure), or for the client to go. */
function write(res: ServerResponse, chunk: Buffer): Promise<void> {
  return new Promise((resolve) => {
    if (res.write(chunk)) return resolve();
    const done = (): void => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}
