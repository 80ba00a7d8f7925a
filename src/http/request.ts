// One HTTP exchange, bounded: a deadline for the whole of it (connecting, the
// answer's head and every byte of its body that is read, so a server that
// drips its body a byte at a time cannot hold a release: undici's own
// body timeout restarts with every chunk), and a size cap on every body read
// into memory. Redirects are never followed here: each caller decides what a
// 3xx means for it (reads of an index follow them on the same host, uploads
// and the GitHub API never).
import type { Readable } from 'node:stream';
import { request, type Dispatcher } from 'undici';
import type { Deps } from '../deps.ts';

export const USER_AGENT = 'pypi-promote';

/** An error body is read this far: enough for any message, never a whole HTML page of a proxy. */
export const MAX_ERROR_BODY = 64 * 1024;

/** Deadlines of the requests that carry no file, before PYPI_PROMOTE_DEADLINE_SCALE. */
export const READ_DEADLINE_MS = 120_000;
export const API_DEADLINE_MS = 60_000;

/**
 * The deadline of a request that carries a file of `bytes` either way: 2
 * minutes, plus the file at 512 KiB/s, a slow link's rate (5.3 min for 100 MiB).
 */
export function transferDeadlineMs(bytes: number): number {
  return Math.round(120_000 + (bytes / (512 * 1024)) * 1000);
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: Method;
  headers: Record<string, string>;
  /** An async iterable is pulled one chunk per socket write (multipart.ts relies on it); a Readable would read ahead. */
  body?: string | Readable | AsyncIterable<Uint8Array>;
  /** How long the whole exchange may take, body included, in ms (scaled by PYPI_PROMOTE_DEADLINE_SCALE). */
  deadlineMs: number;
  /** What the DeadlineExceeded error says (default: no complete answer within N s). */
  deadlineMessage?: string;
}

export type Response = Dispatcher.ResponseData;

/** The request took longer than its deadline: retried like a dropped connection. */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
  readonly code = 'ETIMEDOUT';
}

/** A body longer than the cap of its kind. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  constructor(readonly limit: number) {
    super(`the answer is larger than ${limit} bytes`);
  }
}

/**
 * Sends one request and hands its answer to `consume`, all within the
 * request's deadline: past it the connection is torn down and the pending
 * read fails with DeadlineExceeded. Whatever `consume` leaves of the body is
 * discarded. (A private index's account reaches its reads through the
 * dispatcher: read-credentials.ts.)
 */
export async function exchange<T>(url: URL, req: HttpRequest, deps: Deps, consume: (res: Response) => Promise<T>): Promise<T> {
  const deadlineMs = scaledDeadline(req.deadlineMs, deps.env);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(req.deadlineMessage ?? `no complete answer within ${formatSeconds(deadlineMs)}`)), deadlineMs);
  try {
    const res = await request(url, {
      method: req.method,
      headers: req.headers,
      // undici takes an async iterable body (documented) though its types list only Readable.
      body: req.body as Readable | string | undefined,
      signal: controller.signal,
      dispatcher: deps.dispatcher,
    });
    try {
      return await consume(res);
    } finally {
      // Drained a little so the connection can be reused; dump() gives up on a long body (and the deadline on a slow one).
      if (!res.body.readableEnded) await res.body.dump().catch(() => undefined);
    }
  } catch (error) {
    // undici rejects with the abort reason; a deadline passed while the body was read shows the same way.
    throw controller.signal.aborted && controller.signal.reason instanceof DeadlineExceeded ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

export interface ReadOptions {
  limit: number;
  /** 'truncate': keep the first `limit` bytes (messages); 'fail': throw BodyTooLarge (a listing cut short would lie). */
  overflow: 'truncate' | 'fail';
}

/**
 * A body as text, never more than `limit` bytes held. A Content-Length over
 * the limit fails before a byte is read.
 */
export async function readText(res: Response, opts: ReadOptions): Promise<string> {
  const announced = Number(header(res.headers, 'content-length'));
  if (opts.overflow === 'fail' && Number.isFinite(announced) && announced > opts.limit) throw new BodyTooLarge(opts.limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    const room = opts.limit - size;
    if (chunk.length > room) {
      if (opts.overflow === 'fail') throw new BodyTooLarge(opts.limit);
      chunks.push(chunk.subarray(0, room));
      size = opts.limit;
      // The rest is not wanted: stop reading rather than drain what may be endless.
      break;
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** An answer read whole (a message, a listing, an API's JSON), with what callers ask of its head. */
export interface TextAnswer {
  status: number;
  /** The HTTP/1.1 reason phrase ('' over HTTP/2). */
  statusText: string;
  contentType: string;
  body: string;
  headers: Response['headers'];
  location: string | undefined;
  retryAfter: string | undefined;
}

export async function readAnswer(res: Response, opts: ReadOptions): Promise<TextAnswer> {
  const body = await readText(res, opts);
  return {
    status: res.statusCode,
    statusText: res.statusText ?? '',
    contentType: header(res.headers, 'content-type') ?? '',
    body,
    headers: res.headers,
    location: header(res.headers, 'location'),
    retryAfter: header(res.headers, 'retry-after'),
  };
}

/** One request whose answer is read whole as text. */
export async function fetchText(url: URL, req: HttpRequest, deps: Deps, opts: ReadOptions): Promise<TextAnswer> {
  return exchange(url, req, deps, (res) => readAnswer(res, opts));
}

export function header(headers: Response['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * PYPI_PROMOTE_DEADLINE_SCALE multiplies every request deadline (default 1),
 * as PYPI_PROMOTE_PAUSE_SCALE does the pauses: the hostile-index tests meet a
 * slow-drip body in seconds rather than minutes.
 */
export function scaledDeadline(ms: number, env: NodeJS.ProcessEnv): number {
  const scale = Number(env.PYPI_PROMOTE_DEADLINE_SCALE ?? '1');
  return Math.max(1, Math.round(ms * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
