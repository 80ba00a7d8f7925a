// Uploading through the legacy API: the file streamed from disk into a
// multipart form (rebuilt from the file on each attempt), each attempt within
// a time limit that scales with the file, retried by the run's one policy;
// after a lost answer the index's listing says whether the file got there.
import fsp from 'node:fs/promises';
import type { Deps } from '../deps.ts';
import { formatSize, type Dist } from '../dists/dist.ts';
import { ReleaseError, isReleaseError } from '../errors.ts';
import { isRetryableStatus } from '../http/errors.ts';
import { exchange, MAX_ERROR_BODY, readAnswer, USER_AGENT, type TextAnswer } from '../http/request.ts';
import { DEFAULT_RETRY, retryAfterMs, withRetries, type RetryPolicy } from '../http/retry.ts';
import { TOKEN_USER } from './config.ts';
import { hashRemote } from './download.ts';
import {
  filenameReused,
  quote,
  redact,
  saysAlreadyExists,
  serverMessage,
  unreachable,
  uploadRedirected,
  uploadRejected,
  uploadTarget,
  type Conflict,
  type UploadContext,
} from './errors.ts';
import { uploadFormFields } from './form.ts';
import { FileChangedError, multipartBody, type MultipartBody } from './multipart.ts';
import { listFiles, listingFor, type ListedFile } from './simple.ts';
import { displayUrl, type IndexUrls } from './url.ts';

export interface UploadTarget {
  urls: IndexUrls;
  /** The password: an API token, or an account's password on a private index. */
  token: string;
  /** Default `__token__`, as PyPI's API tokens and trusted publishing want. */
  username?: string;
}

export type UploadResult = 'uploaded' | 'exists';

export interface PublishResult {
  filename: string;
  result: UploadResult;
}

export interface UploadOptions {
  retry?: RetryPolicy;
  /** How long one attempt may take (tests shorten it). */
  timeLimit?: UploadTimeLimit;
  /** Least time between two progress lines of one file (tests shorten it). */
  progressEveryMs?: number;
}

/**
 * One upload attempt's time limit: `baseMs` for the index's own work and
 * answer, plus the file at `bytesPerSecond`, a slow link's rate. Past it the
 * attempt is dropped and retried like a lost connection (after asking the
 * index whether the file got there).
 */
export interface UploadTimeLimit {
  baseMs: number;
  bytesPerSecond: number;
}

/** 2 minutes, plus the file at 512 KiB/s: 2.3 min for 10 MiB, 5.3 min for 100 MiB, 36 min for 1 GiB. */
export const DEFAULT_UPLOAD_TIME_LIMIT: UploadTimeLimit = { baseMs: 120_000, bytesPerSecond: 512 * 1024 };

export function uploadTimeLimitMs(size: number, limit: UploadTimeLimit = DEFAULT_UPLOAD_TIME_LIMIT): number {
  return Math.round(limit.baseMs + (size / limit.bytesPerSecond) * 1000);
}

/** A file's upload says how far it got at most this often; one sent in less time says nothing. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * Uploads one file. 'exists' when the index already holds these very bytes
 * (found before a retry, or after an "already exists" answer). The file is
 * streamed from disk and the body rebuilt from the file on each attempt.
 */
export async function upload(dist: Dist, target: UploadTarget, deps: Deps, opts: UploadOptions = {}): Promise<UploadResult> {
  const policy = opts.retry ?? DEFAULT_RETRY;
  const { urls, token } = target;
  const username = target.username ?? TOKEN_USER;
  const basic = Buffer.from(`${username}:${token}`).toString('base64');
  const ctx: UploadContext = { filename: dist.filename, urls, secrets: [token, basic], ...(username !== TOKEN_USER && { account: username }) };
  const where = uploadTarget(urls);
  await assertUnchanged(dist);

  const limitMs = uploadTimeLimitMs(dist.size, opts.timeLimit);
  deps.log.info(`Uploading ${dist.filename} (${formatSize(dist.size)}) to ${where}`);
  const result = await withRetries<UploadResult>(
    policy,
    deps,
    `Uploading ${dist.filename} to ${where}`,
    async () => {
      const body = uploadBody(dist);
      let answer: TextAnswer;
      try {
        answer = await exchange(urls.upload, {
          method: 'POST',
          headers: {
            authorization: `Basic ${basic}`, 'user-agent': USER_AGENT, accept: '*/*',
            'content-type': body.contentType, 'content-length': String(body.contentLength),
          },
          body: withProgress(body, dist.filename, deps, opts.progressEveryMs ?? PROGRESS_EVERY_MS),
          deadlineMs: limitMs,
          deadlineMessage: `no answer within ${Math.round(limitMs / 1000)} s, the time limit for ${formatSize(dist.size)}`,
        }, deps, (res) => readAnswer(res, { limit: MAX_ERROR_BODY, overflow: 'truncate' }));
      } catch (error) {
        if (fileChanged(error)) throw changedOnDisk(dist, error);
        throw error;
      }
      deps.log.debug(`POST ${displayUrl(urls.upload)} ${dist.filename}: ${answer.status} ${redact(answer.statusText, ctx.secrets)}`);
      if (answer.status >= 200 && answer.status < 300) {
        const warnings = redact(answer.body.trim(), ctx.secrets);
        if (warnings !== '' && /^text\/plain/i.test(answer.contentType)) deps.log.warning(`${urls.label} on ${dist.filename}: ${warnings}`);
        return { kind: 'done', value: 'uploaded' };
      }
      if (answer.status >= 300 && answer.status < 400) throw uploadRedirected(ctx, answer.location, answer.status);
      if (saysAlreadyExists(answer)) {
        // Taken: ours from an earlier attempt or run, or another file. Only the listing can tell.
        const said = redact(serverMessage(answer), ctx.secrets);
        const listed = await lookup(dist, urls, deps, policy);
        if (listed?.sha256 === dist.sha256) return { kind: 'done', value: 'exists' };
        throw filenameReused([{ filename: dist.filename, ours: dist.sha256, theirs: listed?.sha256, serverSaid: said }], urls);
      }
      if (isRetryableStatus(answer.status)) {
        return { kind: 'retry', reason: `${answer.status}${quote(redact(serverMessage(answer), ctx.secrets))}`, retryAfterMs: retryAfterMs(answer.retryAfter, deps.now()) };
      }
      throw uploadRejected(answer, ctx);
    },
    {
      giveUp: (reason, cause) =>
        unreachable(
          `Uploading ${dist.filename} to ${where} failed: ${redact(reason, ctx.secrets)}`,
          'The index or the network kept failing. Re-run the job: files already on the index with the same sha256 are recognised and skipped.',
          cause,
        ),
      beforeRetry: async () => {
        // The last attempt may have stored the file before the answer was lost.
        let listed: ListedFile | undefined;
        try {
          listed = await lookup(dist, urls, deps, { ...policy, attempts: 1 });
        } catch (error) {
          if (isReleaseError(error) && error.code === 'FILENAME_REUSED') throw error;
          deps.log.debug(`Could not read the listing before retrying: ${describeError(error)}`);
          return undefined;
        }
        if (listed === undefined) return undefined;
        if (listed.sha256 === dist.sha256) return 'exists';
        throw filenameReused([{ filename: dist.filename, ours: dist.sha256, theirs: listed.sha256 }], urls);
      },
    },
  );
  deps.log.info(
    result === 'uploaded'
      ? `Uploaded ${dist.filename}`
      : `${dist.filename} is already on ${urls.label} with the same sha256 (${dist.sha256})`,
  );
  return result;
}

/**
 * Uploads a release's files, sdist first. Idempotent: a file the index
 * already lists with our sha256 is skipped; one it lists with another sha256
 * stops everything before the first byte is sent.
 */
export async function publish(dists: readonly Dist[], target: UploadTarget, deps: Deps, opts: UploadOptions = {}): Promise<PublishResult[]> {
  const { urls } = target;
  const ordered = [...dists.filter((d) => d.kind === 'sdist'), ...dists.filter((d) => d.kind !== 'sdist')];
  const listing = await listingFor(ordered, urls, deps, opts.retry);

  const results = new Map<string, UploadResult>();
  const conflicts: Conflict[] = [];
  for (const dist of ordered) {
    const listed = listing.get(dist.filename);
    if (listed === undefined) continue;
    const theirs = listed.sha256 ?? (await hashRemote(listed, deps, opts.retry, dist.size));
    if (theirs === dist.sha256) {
      deps.log.info(`${dist.filename} is already on ${urls.label} with the same sha256: skipped`);
      results.set(dist.filename, 'exists');
    } else {
      conflicts.push({ filename: dist.filename, ours: dist.sha256, theirs });
    }
  }
  if (conflicts.length > 0) throw filenameReused(conflicts, urls);

  const out: PublishResult[] = [];
  for (const dist of ordered) {
    const result = results.get(dist.filename) ?? (await upload(dist, target, deps, opts));
    out.push({ filename: dist.filename, result });
  }
  return out;
}

/**
 * The body's chunks, passed on as undici asks for them (one per socket
 * write, so a chunk asked for means the one before it was written), with a
 * line on how far the upload got every `everyMs` at most.
 */
async function* withProgress(body: MultipartBody, filename: string, deps: Deps, everyMs: number): AsyncGenerator<Uint8Array> {
  const start = deps.now();
  const total = body.contentLength;
  let sent = 0;
  let nextReport = start + everyMs;
  for await (const chunk of body.chunks()) {
    yield chunk;
    sent += chunk.length;
    const now = deps.now();
    if (now >= nextReport && sent < total) {
      nextReport = now + everyMs;
      const rate = (sent / Math.max(1, now - start)) * 1000;
      deps.log.info(`${filename}: ${formatSize(sent)} of ${formatSize(total)} sent (${Math.floor((sent / total) * 100)}%, ${formatSize(rate)}/s)`);
    }
  }
}

/** The form streamed from the file; each attempt reads the file afresh. */
function uploadBody(dist: Dist): MultipartBody {
  return multipartBody(uploadFormFields(dist), {
    field: 'content', path: dist.path, filename: dist.filename, size: dist.size, contentType: 'application/octet-stream',
  });
}

/** The file must still be the one inspected: production receives only the bytes that were staged. */
async function assertUnchanged(dist: Dist): Promise<void> {
  let size: number;
  try {
    size = (await fsp.stat(dist.path)).size;
  } catch (error) {
    throw changedOnDisk(dist, error);
  }
  if (size !== dist.size) throw changedOnDisk(dist, new Error(`size ${size}, inspected ${dist.size}`));
}

function changedOnDisk(dist: Dist, cause: unknown): ReleaseError {
  return new ReleaseError({
    code: 'DIST_INVALID',
    message: `${dist.filename} changed or vanished on disk after it was inspected (${describeError(cause)}).`,
    hint: 'Something rewrote the dist directory during the release. Nothing more is uploaded; re-run the job.',
    cause,
  });
}

/** The body stops with FileChangedError when the file is not the one inspected any more. */
function fileChanged(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof FileChangedError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

async function lookup(dist: Dist, urls: IndexUrls, deps: Deps, policy: RetryPolicy): Promise<ListedFile | undefined> {
  const listed = (await listFiles(urls, dist.name, deps, { fresh: true, retry: policy })).get(dist.filename);
  if (listed === undefined || listed.sha256 !== undefined) return listed;
  return { ...listed, sha256: await hashRemote(listed, deps, policy, dist.size) };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
