// Talking to a package index: read its listing (PEP 691 JSON or PEP 503
// HTML), upload files through the legacy API, wait for them to show, read
// them back, download them with their hash checked. All I/O goes through the
// Deps passed in; every answer the index can give becomes a ReleaseError
// naming the file and the index (./errors.ts).
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { request, type Dispatcher } from 'undici';
import type { Deps } from '../deps.ts';
import { formatSize, type Dist } from '../dists/dist.ts';
import { normalizeName } from '../dists/filename.ts';
import { ReleaseError, isReleaseError } from '../errors.ts';
import {
  describeNetworkError,
  filenameReused,
  isRetryableNetworkError,
  isRetryableStatus,
  listingTarget,
  networkErrorCode,
  networkHint,
  redact,
  saysAlreadyExists,
  serverMessage,
  uploadRedirected,
  uploadRejected,
  uploadTarget,
  type Answer,
  type Conflict,
  type UploadContext,
} from './errors.ts';
import { TOKEN_USER } from './auth.ts';
import { uploadFormFields } from './form.ts';
import { isDistFilename, screenListing } from './listing-names.ts';
import { FileChangedError, multipartBody, type MultipartBody } from './multipart.ts';
import { displayUrl, type IndexUrls } from './url.ts';

/** One file as an index lists it. */
export interface ListedFile {
  filename: string;
  /** Absolute download URL, without the hash fragment. */
  url: string;
  /** Lower-case hex; undefined when the index lists no sha256 (some list md5 only). */
  sha256: string | undefined;
  size?: number;
  requiresPython?: string;
}

/** A listed file whose sha256 is known (from the listing, or by hashing its bytes). */
export type VerifiedFile = ListedFile & { sha256: string };

export type FileListing = Map<string, ListedFile>;

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

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut short: the job should fail in minutes, not hours. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

/** pip's preference order: JSON first. The CDN caches each variant apart, so we ask as installers do. */
export const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01';

const USER_AGENT = 'pypi-promote';
const MAX_REDIRECTS = 5;
/** Error bodies are read only this far: enough for any message, never a whole HTML page of a proxy. */
const MAX_ERROR_BODY = 64 * 1024;

// ---------------------------------------------------------------------------
// Listing

export interface ListOptions {
  /** Bypass caches between us and the index (a CDN keeps simple pages for minutes). */
  fresh?: boolean;
  retry?: RetryPolicy;
}

/** The files an index lists for a project, by filename; empty when the project does not exist there. */
export async function listFiles(urls: IndexUrls, name: string, deps: Deps, opts: ListOptions = {}): Promise<FileListing> {
  const policy = opts.retry ?? DEFAULT_RETRY;
  let pageUrl = new URL(`${encodeURIComponent(normalizeName(name))}/`, urls.simple);
  for (let hop = 0; ; hop++) {
    const target = opts.fresh ? withNonce(pageUrl, deps) : pageUrl;
    const headers: Record<string, string> = { accept: SIMPLE_ACCEPT, 'user-agent': USER_AGENT };
    if (opts.fresh) Object.assign(headers, { 'cache-control': 'no-cache', pragma: 'no-cache' });
    const what = `Reading ${displayUrl(pageUrl)}`;
    const answer = await withRetries<ReadAnswer>(policy, deps, what, async () => {
      const res = await send(target, { method: 'GET', headers }, deps);
      if (isRetryableStatus(res.statusCode)) return retryAnswerFrom(await readAnswer(res, MAX_ERROR_BODY), deps);
      // The listing is read whole: parsing needs all of it.
      return { kind: 'done', value: await readAnswer(res, Infinity, res.headers.location) };
    }, (reason, cause) => unreachable(`${what} failed: ${reason}`, `Is ${listingTarget(urls)} up, and is that the index's simple URL?`, cause));

    if (answer.status === 404) return new Map();
    if (answer.status >= 300 && answer.status < 400) {
      pageUrl = followable(pageUrl, answer.location, answer.status, hop, `The listing of ${name} on ${urls.label}`);
      continue;
    }
    if (answer.status === 401 || answer.status === 403) {
      throw new ReleaseError({
        code: 'INDEX_AUTH',
        message: `${what}: ${urls.label} answered ${answer.status}${quote(serverMessage(answer))}: it wants credentials to read its listing.`,
        hint: deps.readAuthorization?.(target)
          ? 'The account given for this index may not read it: check its username and token inputs, and the account\'s read permission.'
          : 'Check the simple index URL. For a private index, give its account (staging-username and staging-token, or the ' +
            'production ones): reads then carry it too. PyPI-style tokens (__token__) are never sent on reads.',
      });
    }
    if (answer.status !== 200) {
      throw unreachable(
        `${what}: ${urls.label} answered ${answer.status}${quote(serverMessage(answer))}.`,
        `Check that ${displayUrl(urls.simple)} is the index's simple URL.`,
      );
    }
    try {
      const files = /json/i.test(answer.contentType)
        ? parseSimpleJson(answer.body, pageUrl)
        : parseSimpleHtml(answer.body, pageUrl);
      return screenListing(files, urls, name);
    } catch (cause) {
      if (isReleaseError(cause)) throw cause;
      throw unreachable(
        `${what}: the page is neither PEP 691 JSON nor PEP 503 HTML (${cause instanceof Error ? cause.message : String(cause)}).`,
        `Check that ${displayUrl(urls.simple)} is the index's simple URL.`,
        cause,
      );
    }
  }
}

/** A PEP 691 project page. Throws on a page that is not one; relative URLs resolve against the page. */
export function parseSimpleJson(text: string, pageUrl: URL): FileListing {
  const page: unknown = JSON.parse(text);
  if (!isRecord(page) || !Array.isArray(page.files)) throw new Error('no "files" array');
  const files: FileListing = new Map();
  for (const entry of page.files as unknown[]) {
    if (!isRecord(entry) || typeof entry.filename !== 'string' || typeof entry.url !== 'string') continue;
    const url = new URL(entry.url, pageUrl);
    url.hash = '';
    const hashes = isRecord(entry.hashes) ? entry.hashes : {};
    const file: ListedFile = { filename: entry.filename, url: url.href, sha256: hexDigest(hashes.sha256) };
    if (typeof entry.size === 'number') file.size = entry.size;
    if (typeof entry['requires-python'] === 'string') file.requiresPython = entry['requires-python'];
    if (!files.has(file.filename)) files.set(file.filename, file);
  }
  return files;
}

/**
 * A PEP 503 project page: one anchor per file, the hash in the URL fragment,
 * attribute values HTML-escaped. Lenient, as pip is: anything not an anchor
 * with an href is skipped.
 */
export function parseSimpleHtml(html: string, pageUrl: URL): FileListing {
  let base = pageUrl;
  const baseTag = /<base\b([^>]*)>/i.exec(html);
  const baseHref = baseTag ? attributes(baseTag[1] ?? '').get('href') : undefined;
  if (baseHref !== undefined) base = new URL(baseHref, pageUrl);

  const files: FileListing = new Map();
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const attrs = attributes(match[1] ?? '');
    const href = attrs.get('href');
    if (href === undefined) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    const fragment = new URLSearchParams(url.hash.slice(1));
    url.hash = '';
    const text = unescapeHtml((match[2] ?? '').replace(/<[^>]*>/g, '')).trim();
    const filename = text !== '' ? text : lastSegment(url);
    if (filename === '') continue;
    const file: ListedFile = { filename, url: url.href, sha256: hexDigest(fragment.get('sha256')) };
    const requiresPython = attrs.get('data-requires-python');
    if (requiresPython !== undefined && requiresPython !== '') file.requiresPython = requiresPython;
    if (!files.has(filename)) files.set(filename, file);
  }
  return files;
}

// ---------------------------------------------------------------------------
// Upload

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
 * index whether the file got there). undici's own timeout (300 s without a
 * byte taken or an answer) catches a stalled connection sooner.
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

/** The reason an attempt past its time limit is dropped: retried as a timeout. */
class UploadTimedOut extends Error {
  override name = 'UploadTimedOut';
  readonly code = 'ETIMEDOUT';
}

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
      const timeLimit = new AbortController();
      const timer = setTimeout(
        () => timeLimit.abort(new UploadTimedOut(`no answer within ${Math.round(limitMs / 1000)} s, the time limit for ${formatSize(dist.size)}`)),
        limitMs,
      );
      let answer: ReadAnswer;
      try {
        let res: Dispatcher.ResponseData;
        try {
          res = await send(urls.upload, {
            method: 'POST',
            headers: {
              authorization: `Basic ${basic}`, 'user-agent': USER_AGENT, accept: '*/*',
              'content-type': body.contentType, 'content-length': String(body.contentLength),
            },
            body: withProgress(body, dist.filename, deps, opts.progressEveryMs ?? PROGRESS_EVERY_MS),
            signal: timeLimit.signal,
          }, deps);
        } catch (error) {
          if (fileChanged(error)) throw changedOnDisk(dist, error);
          throw error;
        }
        answer = await readAnswer(res, MAX_ERROR_BODY, res.headers.location);
      } finally {
        clearTimeout(timer);
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
        return { kind: 'retry', reason: `${answer.status}${quote(redact(serverMessage(answer), ctx.secrets))}`, retryAfterMs: retryAfter(answer.retryAfter, deps) };
      }
      throw uploadRejected(answer, ctx);
    },
    (reason, cause) =>
      unreachable(
        `Uploading ${dist.filename} to ${where} failed: ${redact(reason, ctx.secrets)}`,
        'The index or the network kept failing. Re-run the job: files already on the index with the same sha256 are recognised and skipped.',
        cause,
      ),
    async () => {
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
    const theirs = listed.sha256 ?? (await hashRemote(listed, deps, opts.retry));
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

// ---------------------------------------------------------------------------
// Waiting and reading back

export interface WaitOptions {
  timeoutMs: number;
  /** First pause between polls; doubles up to maxIntervalMs. */
  intervalMs?: number;
  maxIntervalMs?: number;
  retry?: RetryPolicy;
}

/**
 * Polls the listing until every file shows with our sha256: what the smoke
 * install and the promotion then rely on. A file listed with another sha256
 * fails at once (STAGING_MISMATCH); files still missing at the deadline fail
 * with STAGING_TIMEOUT.
 */
export async function waitForFiles(urls: IndexUrls, name: string, dists: readonly Dist[], deps: Deps, opts: WaitOptions): Promise<Map<string, VerifiedFile>> {
  return poll(urls, name, dists, deps, opts, {
    mismatch: (bad) =>
      new ReleaseError({
        code: 'STAGING_MISMATCH',
        message: `${listingTarget(urls)} lists ${bad.map((b) => b.filename).join(', ')} with other contents than the files built here.`,
        details: conflictDetails(bad),
        hint:
          'Another upload of this version got there first (a concurrent or earlier run with a different build). ' +
          'Nothing was promoted. Release a new version; make the build reproducible (SOURCE_DATE_EPOCH) so that re-runs produce the same bytes.',
      }),
    timeout: (missing, waitedMs, lastError) =>
      new ReleaseError({
        code: 'STAGING_TIMEOUT',
        message: `${missing.join(', ')} did not appear on ${listingTarget(urls)} within ${Math.round(waitedMs / 1000)} s.`,
        details: lastError === undefined ? [] : [`last error: ${lastError}`],
        hint:
          `The upload was accepted but the index does not list the file yet, usually a CDN that has not refreshed (look at ${urls.projectPage(name)}). ` +
          'Re-run the job to resume (uploaded files are recognised and skipped), or allow a longer wait (the wait-timeout input).',
      }),
  });
}

/**
 * Reads the listing back after promotion and requires every file with our
 * sha256. Missing files are polled for a short while (a replica may lag even
 * past the cache buster); anything else fails as PROMOTE_UNVERIFIED.
 */
export async function verifyFiles(
  urls: IndexUrls,
  name: string,
  dists: readonly Dist[],
  deps: Deps,
  opts: Partial<WaitOptions> = {},
): Promise<Map<string, VerifiedFile>> {
  const hint = `Open ${urls.projectPage(name)} and compare the sha256 of each file with the ones above.`;
  return poll(urls, name, dists, deps, { timeoutMs: 120_000, ...opts }, {
    mismatch: (bad) =>
      new ReleaseError({
        code: 'PROMOTE_UNVERIFIED',
        message: `${listingTarget(urls)} lists ${bad.map((b) => b.filename).join(', ')} with other contents than the files promoted.`,
        details: conflictDetails(bad),
        hint,
      }),
    timeout: (missing, waitedMs, lastError) =>
      new ReleaseError({
        code: 'PROMOTE_UNVERIFIED',
        message: `The upload was accepted, but ${listingTarget(urls)} did not list ${missing.join(', ')} within ${Math.round(waitedMs / 1000)} s.`,
        details: lastError === undefined ? [] : [`last error: ${lastError}`],
        hint: `${hint} A re-run resumes: files already there with the same sha256 are skipped.`,
      }),
  });
}

interface Mismatch {
  filename: string;
  ours: string;
  theirs: string;
}

interface PollErrors {
  mismatch(bad: Mismatch[]): ReleaseError;
  timeout(missing: string[], waitedMs: number, lastError: string | undefined): ReleaseError;
}

async function poll(
  urls: IndexUrls,
  name: string,
  dists: readonly Dist[],
  deps: Deps,
  opts: WaitOptions,
  errors: PollErrors,
): Promise<Map<string, VerifiedFile>> {
  const start = deps.now();
  let delay = opts.intervalMs ?? 1_000;
  const maxDelay = opts.maxIntervalMs ?? 15_000;
  // A file listed without a sha256 is hashed once by download; the bytes behind a filename never change.
  const remoteHashes = new Map<string, string>();
  let missing = dists.map((d) => d.filename);
  let lastError: string | undefined;

  for (;;) {
    let listing: FileListing | undefined;
    try {
      listing = await listFiles(urls, name, deps, { fresh: true, retry: opts.retry ?? { ...DEFAULT_RETRY, attempts: 2 } });
    } catch (error) {
      // A bad moment of the index is not a verdict on the files: keep polling until the deadline.
      if (!isReleaseError(error) || error.code !== 'INDEX_UNREACHABLE') throw error;
      lastError = error.message;
      deps.log.debug(`Polling ${listingTarget(urls)}: ${error.message}`);
    }
    if (listing !== undefined) {
      const found = new Map<string, VerifiedFile>();
      const bad: Mismatch[] = [];
      missing = [];
      for (const dist of dists) {
        const listed = listing.get(dist.filename);
        if (listed === undefined) {
          missing.push(dist.filename);
          continue;
        }
        let theirs = listed.sha256 ?? remoteHashes.get(dist.filename);
        if (theirs === undefined) {
          theirs = await hashRemote(listed, deps, opts.retry);
          remoteHashes.set(dist.filename, theirs);
        }
        if (theirs === dist.sha256) found.set(dist.filename, { ...listed, sha256: theirs });
        else bad.push({ filename: dist.filename, ours: dist.sha256, theirs });
      }
      if (bad.length > 0) throw errors.mismatch(bad);
      if (missing.length === 0) {
        deps.log.info(`${listingTarget(urls)} lists ${dists.map((d) => d.filename).join(', ')} with our sha256`);
        return found;
      }
    }
    const waited = deps.now() - start;
    if (waited >= opts.timeoutMs) throw errors.timeout(missing, waited, lastError);
    const pause = Math.min(delay, opts.timeoutMs - waited);
    deps.log.info(`Waiting for ${missing.join(', ')} on ${urls.label} (${Math.round(waited / 1000)} s so far, next look in ${Math.ceil(pause / 1000)} s)`);
    await deps.sleep(pause);
    delay = Math.min(maxDelay, delay * 2);
  }
}

function conflictDetails(bad: readonly Mismatch[]): string[] {
  return bad.flatMap((b) => [`${b.filename}:`, `  ours:   sha256 ${b.ours}`, `  listed: sha256 ${b.theirs}`]);
}

// ---------------------------------------------------------------------------
// Download

/**
 * Streams a listed file into destDir, hashing as it goes; refuses (and
 * deletes) bytes whose sha256 is not the one expected. Returns the path.
 */
export async function download(
  file: { url: string; sha256: string; filename: string },
  destDir: string,
  deps: Deps,
  opts: { retry?: RetryPolicy } = {},
): Promise<string> {
  if (!isPlainFilename(file.filename)) {
    throw new ReleaseError({
      code: 'STAGING_MISMATCH',
      message: `Refusing to download ${JSON.stringify(file.filename)}: not a plain file name.`,
      hint: 'The index listed a file name with a path in it. Check the index.',
    });
  }
  await fsp.mkdir(destDir, { recursive: true });
  const dest = path.join(destDir, file.filename);
  const partial = `${dest}.part`;
  let actual: string;
  try {
    actual = await fetchBody(new URL(file.url), deps, opts.retry ?? DEFAULT_RETRY, `Downloading ${file.filename}`, async (body) => {
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

/** The sha256 of a listed file, for indexes whose listing carries none: read and hashed, nothing kept. */
async function hashRemote(file: ListedFile, deps: Deps, policy: RetryPolicy = DEFAULT_RETRY): Promise<string> {
  deps.log.debug(`${file.filename} is listed without a sha256: hashing ${displayUrl(file.url)}`);
  return fetchBody(new URL(file.url), deps, policy, `Hashing ${file.filename}`, async (body) => {
    const hash = createHash('sha256');
    await pipeline(body, hashing(hash), new Writable({ write: (_chunk, _enc, done) => done() }));
    return hash.digest('hex');
  });
}

async function fetchBody<T>(
  start: URL,
  deps: Deps,
  policy: RetryPolicy,
  what: string,
  consume: (body: Readable) => Promise<T>,
): Promise<T> {
  return withRetries(policy, deps, what, async () => {
    let url = start;
    for (let hop = 0; ; hop++) {
      const res = await send(url, { method: 'GET', headers: { 'user-agent': USER_AGENT } }, deps);
      if (res.statusCode >= 300 && res.statusCode < 400) {
        const location = header(res.headers, 'location');
        await res.body.dump();
        url = followable(url, location, res.statusCode, hop, what);
        continue;
      }
      if (res.statusCode === 200) return { kind: 'done', value: await consume(res.body) };
      const answer = await readAnswer(res, MAX_ERROR_BODY);
      if (isRetryableStatus(answer.status)) return retryAnswerFrom(answer, deps);
      throw unreachable(
        `${what} from ${displayUrl(url)}: the server answered ${answer.status}${quote(serverMessage(answer))}.`,
        'The file is listed but cannot be fetched: re-run later, or check the index.',
      );
    }
  }, (reason, cause) => unreachable(`${what} from ${displayUrl(start)} failed: ${reason}`, 'Re-run later, or check the index.', cause));
}

// ---------------------------------------------------------------------------
// HTTP plumbing

type Attempt<T> = { kind: 'done'; value: T } | { kind: 'retry'; reason: string; retryAfterMs: number | undefined };

/**
 * Runs `attempt` until it is done, a bounded number of times. Transient
 * answers and dropped connections are retried after an exponential, jittered
 * pause (or the server's Retry-After); anything else is thrown as it is.
 * `beforeRetry` may find the work already done (an upload stored before its
 * answer was lost) and end the loop with a value.
 */
async function withRetries<T>(
  policy: RetryPolicy,
  deps: Deps,
  what: string,
  attempt: (n: number) => Promise<Attempt<T>>,
  giveUp: (reason: string, cause: unknown) => ReleaseError,
  beforeRetry?: () => Promise<T | undefined>,
): Promise<T> {
  for (let n = 1; ; n++) {
    let outcome: Attempt<T>;
    let cause: unknown;
    try {
      outcome = await attempt(n);
    } catch (error) {
      // Our own verdicts, and bugs, pass through; only transport failures are judged here.
      if (isReleaseError(error) || networkErrorCode(error) === undefined) throw error;
      if (!isRetryableNetworkError(error)) {
        const hint = networkHint(error);
        const failure = giveUp(describeNetworkError(error), error);
        throw hint === undefined ? failure : new ReleaseError({ code: failure.code, message: failure.message, hint, cause: error });
      }
      outcome = { kind: 'retry', reason: describeNetworkError(error), retryAfterMs: undefined };
      cause = error;
    }
    if (outcome.kind === 'done') return outcome.value;
    if (n >= policy.attempts) throw giveUp(`${outcome.reason} (gave up after ${n} attempts)`, cause);
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
    // Full jitter over the upper half: clients failing together do not come back together.
    const delay = outcome.retryAfterMs !== undefined
      ? Math.min(outcome.retryAfterMs, policy.maxRetryAfterMs)
      : Math.round(backoff / 2 + Math.random() * (backoff / 2));
    deps.log.warning(`${what}: ${outcome.reason}. Retry ${n} of ${policy.attempts - 1} in ${(delay / 1000).toFixed(1)} s.`);
    await deps.sleep(delay);
    if (beforeRetry) {
      const done = await beforeRetry();
      if (done !== undefined) return done;
    }
  }
}

async function send(
  url: URL,
  options: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: AsyncIterable<Uint8Array>; signal?: AbortSignal },
  deps: Deps,
): Promise<Dispatcher.ResponseData> {
  // undici's request() follows no redirects: each caller decides what a 3xx means for it.
  // It takes an async iterable body (documented, and pulled one chunk per socket write, which
  // multipart.ts relies on) though its types list only Readable; a Readable would read ahead.
  const body = options.body as Readable | undefined;
  // A private index's pages and files: its account's credentials, for this URL alone (every hop
  // of a redirect asks again, so another host never gets them).
  const authorization = options.method === 'GET' ? deps.readAuthorization?.(url) : undefined;
  const headers = authorization === undefined ? options.headers : { ...options.headers, authorization };
  return request(url, { ...options, headers, body, dispatcher: deps.dispatcher });
}

interface ReadAnswer extends Answer {
  location: string | undefined;
  retryAfter: string | undefined;
}

/** Reads an answer's body as text, up to `limit` bytes; the rest is discarded so the connection can be reused. */
async function readAnswer(res: Dispatcher.ResponseData, limit: number, location?: string | string[]): Promise<ReadAnswer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    if (size < limit) {
      chunks.push(chunk);
      size += chunk.length;
    }
  }
  let body = Buffer.concat(chunks).toString('utf8');
  if (size > limit) body = body.slice(0, limit);
  return {
    status: res.statusCode,
    statusText: res.statusText ?? '',
    contentType: header(res.headers, 'content-type') ?? '',
    body,
    location: Array.isArray(location) ? location[0] : location,
    retryAfter: header(res.headers, 'retry-after'),
  };
}

function retryAnswerFrom<T>(answer: ReadAnswer, deps: Deps): Attempt<T> {
  return { kind: 'retry', reason: `${answer.status}${quote(serverMessage(answer))}`, retryAfterMs: retryAfter(answer.retryAfter, deps) };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfter(value: string | undefined, deps: Deps): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - deps.now());
}

/**
 * A redirect of a read, followed only on the same host (http may become
 * https, never the reverse) and only a few times.
 */
function followable(from: URL, location: string | undefined, status: number, hop: number, what: string): URL {
  let to: URL | undefined;
  try {
    to = location === undefined ? undefined : new URL(location, from);
  } catch {
    to = undefined;
  }
  const sameHost = to !== undefined && to.host === from.host && (to.protocol === from.protocol || to.protocol === 'https:');
  if (to === undefined || !sameHost || hop >= MAX_REDIRECTS) {
    const why = to === undefined ? 'without a usable Location' : !sameHost ? 'to another host' : 'too many times';
    return throwRedirect(
      `${what}: ${displayUrl(from)} answered ${status}, a redirect ${why}${to === undefined ? '' : ` (${displayUrl(to)})`}. Only redirects on the same host are followed.`,
    );
  }
  return to;
}

function throwRedirect(message: string): never {
  throw new ReleaseError({
    code: 'INDEX_REDIRECT',
    message,
    hint: 'Check the index URLs: give the address the index serves directly.',
  });
}

function unreachable(message: string, hint: string, cause?: unknown): ReleaseError {
  return new ReleaseError({ code: 'INDEX_UNREACHABLE', message, hint, cause });
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
  return { ...listed, sha256: await hashRemote(listed, deps, policy) };
}

async function listingFor(dists: readonly Dist[], urls: IndexUrls, deps: Deps, policy?: RetryPolicy): Promise<FileListing> {
  const merged: FileListing = new Map();
  // A release is one project; its files could still spell the name differently (My_Pkg, my-pkg).
  const names = [...new Map(dists.map((d) => [normalizeName(d.name), d.name])).values()];
  for (const name of names) {
    const opts: ListOptions = policy === undefined ? { fresh: true } : { fresh: true, retry: policy };
    for (const [filename, file] of await listFiles(urls, name, deps, opts)) merged.set(filename, file);
  }
  return merged;
}

function withNonce(url: URL, deps: Deps): URL {
  const copy = new URL(url.href);
  // A query the CDN has never seen is a cache miss, served from the origin.
  copy.searchParams.set('t', `${deps.now().toString(36)}${randomUUID().slice(0, 8)}`);
  return copy;
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hexDigest(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{64}$/i.test(value) ? value.toLowerCase() : undefined;
}

/** Attribute values of a tag, names lower-cased, values unescaped. */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, unescapeHtml(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeHtml(text: string): string {
  return text.replace(/&(#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function lastSegment(url: URL): string {
  const segment = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isPlainFilename(name: string): boolean {
  return isDistFilename(name);
}

function quote(message: string): string {
  return message === '' ? '' : ` "${message}"`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

