// Reading a listed file's bytes: downloaded into a directory with its sha256
// checked, or hashed and dropped (an index that lists no sha256). Each read
// has a deadline that scales with the most it may carry, and stops at the
// size cap (max-file-size) while it streams: an index cannot fill the disk,
// or hold the release, with a file larger than any the release could have.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Deps } from '../deps.ts';
import { formatSize } from '../dists/dist.ts';
import { ReleaseError } from '../errors.ts';
import { isRetryableStatus } from '../http/errors.ts';
import { exchange, header, MAX_ERROR_BODY, readAnswer, transferDeadlineMs, USER_AGENT } from '../http/request.ts';
import { DEFAULT_RETRY, retryAfterMs, withRetries, type RetryPolicy } from '../http/retry.ts';
import { quote, serverMessage, unreachable } from './errors.ts';
import { isDistFilename } from './listing-names.ts';
import { followable } from './redirects.ts';
import type { ListedFile } from './simple.ts';
import { displayUrl } from './url.ts';

/** PyPI's own per-file limit: what a download may carry when the caller names no cap. */
export const DEFAULT_MAX_DOWNLOAD = 100 * 1024 * 1024;

export interface DownloadOptions {
  retry?: RetryPolicy;
  /** The most bytes the file may have: the run's max-file-size (default 100 MiB). */
  maxBytes?: number;
}

/**
 * Streams a listed file into destDir, hashing as it goes; refuses (and
 * deletes) bytes whose sha256 is not the one expected, or more bytes than
 * `maxBytes`. Returns the path.
 */
export async function download(
  file: { url: string; sha256: string; filename: string },
  destDir: string,
  deps: Deps,
  opts: DownloadOptions = {},
): Promise<string> {
  if (!isDistFilename(file.filename)) {
    throw new ReleaseError({
      code: 'STAGING_MISMATCH',
      message: `Refusing to download ${JSON.stringify(file.filename)}: not a plain file name.`,
      hint: 'The index listed a file name with a path in it. Check the index.',
    });
  }
  await fsp.mkdir(destDir, { recursive: true });
  const dest = path.join(destDir, file.filename);
  const partial = `${dest}.part`;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DOWNLOAD;
  let actual: string;
  try {
    actual = await fetchFile(new URL(file.url), file.filename, deps, opts.retry ?? DEFAULT_RETRY, `Downloading ${file.filename}`, { bytes: maxBytes, named: 'max-file-size' }, async (body) => {
      const hash = createHash('sha256');
      await pipeline(body, hashing(hash), fs.createWriteStream(partial));
      return hash.digest('hex');
    });
  } catch (error) {
    await fsp.rm(partial, { force: true });
    throw error;
  }
  if (actual !== file.sha256.toLowerCase()) {
    await fsp.rm(partial, { force: true });
    throw new ReleaseError({
      code: 'STAGING_MISMATCH',
      message: `${file.filename} downloaded from ${displayUrl(file.url)} does not have the sha256 the index listed.`,
      details: [`expected: sha256 ${file.sha256}`, `got:      sha256 ${actual}`],
      hint: 'The index served other bytes than it lists (a broken mirror or a tampered file). Nothing was installed or promoted.',
    });
  }
  await fsp.rename(partial, dest);
  deps.log.debug(`Downloaded ${file.filename} (sha256 ${actual})`);
  return dest;
}

/**
 * The sha256 of a listed file, for indexes whose listing carries none: read
 * and hashed, nothing kept. It is compared with a file of ours of `oursSize`
 * bytes, so the read stops at 100 MiB or that size, whichever is more.
 */
export async function hashRemote(file: ListedFile, deps: Deps, policy: RetryPolicy = DEFAULT_RETRY, oursSize = 0): Promise<string> {
  deps.log.debug(`${file.filename} is listed without a sha256: hashing ${displayUrl(file.url)}`);
  return fetchFile(new URL(file.url), file.filename, deps, policy, `Hashing ${file.filename}`, { bytes: Math.max(DEFAULT_MAX_DOWNLOAD, oursSize), named: 'the file it should match could be' }, async (body) => {
    const hash = createHash('sha256');
    await pipeline(body, hashing(hash), new Writable({ write: (_chunk, _enc, done) => done() }));
    return hash.digest('hex');
  });
}

/** A file's body, capped at `maxBytes`, handed to `consume`; same-host redirects followed, transient failures retried. */
async function fetchFile<T>(
  start: URL,
  filename: string,
  deps: Deps,
  policy: RetryPolicy,
  what: string,
  cap: Cap,
  consume: (body: Readable) => Promise<T>,
): Promise<T> {
  const maxBytes = cap.bytes;
  const request = { method: 'GET' as const, headers: { 'user-agent': USER_AGENT }, deadlineMs: transferDeadlineMs(maxBytes) };
  return withRetries(policy, deps, what, async () => {
    let url = start;
    for (let hop = 0; ; hop++) {
      const step = await exchange(url, request, deps, async (res): Promise<Step<T>> => {
        if (res.statusCode >= 300 && res.statusCode < 400) return { next: followable(url, header(res.headers, 'location'), res.statusCode, hop, what) };
        if (res.statusCode === 200) {
          if (Number(header(res.headers, 'content-length')) > maxBytes) throw tooLarge(filename, url, cap);
          return { value: await consume(Readable.from(capped(res.body as AsyncIterable<Buffer>, maxBytes, () => tooLarge(filename, url, cap)), { objectMode: false })) };
        }
        const answer = await readAnswer(res, { limit: MAX_ERROR_BODY, overflow: 'truncate' });
        if (isRetryableStatus(answer.status)) {
          return { retry: `${answer.status}${quote(serverMessage(answer))}`, retryAfter: retryAfterMs(answer.retryAfter, deps.now()) };
        }
        throw unreachable(
          `${what} from ${displayUrl(url)}: the server answered ${answer.status}${quote(serverMessage(answer))}.`,
          'The file is listed but cannot be fetched: re-run later, or check the index.',
        );
      });
      if ('next' in step) {
        url = step.next;
        continue;
      }
      if ('retry' in step) return { kind: 'retry', reason: step.retry, retryAfterMs: step.retryAfter };
      return { kind: 'done', value: step.value };
    }
  }, {
    giveUp: (reason, cause) => unreachable(`${what} from ${displayUrl(start)} failed: ${reason}`, 'Re-run later, or check the index.', cause),
  });
}

type Step<T> = { next: URL } | { retry: string; retryAfter: number | undefined } | { value: T };

/** The most bytes a read may carry, and what that limit is called in the message. */
interface Cap {
  bytes: number;
  named: string;
}

function tooLarge(filename: string, url: URL, cap: Cap): ReleaseError {
  return new ReleaseError({
    code: 'STAGING_MISMATCH',
    message: `${filename} from ${displayUrl(url)} is larger than ${cap.named} (${formatSize(cap.bytes)}): reading stopped there.`,
    hint: 'No file of this release is that large, so the index served other bytes than the ones it lists. Nothing was installed or promoted. Check the index.',
  });
}

/**
 * The body's bytes until there are more than `max`, then `error()`. A
 * generator, not a piped Transform: the body's own failures (a cut, the
 * deadline) must reach the consumer, and its end must stop the body.
 */
async function* capped(body: AsyncIterable<Buffer>, max: number, error: () => Error): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of body) {
    seen += chunk.length;
    if (seen > max) throw error();
    yield chunk;
  }
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

