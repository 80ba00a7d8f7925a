// Waiting for an index to list what was uploaded, and reading it back after
// promotion: the listing is polled until every file shows with our sha256.
// Every read of a poll ends by the wait's deadline: a slow index cannot hold
// the release past wait-timeout.
import type { Deps } from '../deps.ts';
import type { Dist } from '../dists/dist.ts';
import { ReleaseError, isReleaseError } from '../errors.ts';
import { READ_DEADLINE_MS } from '../http/request.ts';
import { DEFAULT_RETRY, type RetryPolicy } from '../http/retry.ts';
import { hashRemote } from './download.ts';
import { listingTarget } from './errors.ts';
import { listFiles, type FileListing, type VerifiedFile } from './simple.ts';
import type { IndexUrls } from './url.ts';

export interface WaitOptions {
  timeoutMs: number;
  /** First pause between polls; doubles up to maxIntervalMs. */
  intervalMs?: number;
  maxIntervalMs?: number;
  retry?: RetryPolicy;
}

/** A read of the listing gets at least this long, even with the wait's deadline nearer. */
const MIN_READ_MS = 5_000;

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
    const left = opts.timeoutMs - (deps.now() - start);
    try {
      listing = await listFiles(urls, name, deps, {
        fresh: true,
        retry: opts.retry ?? { ...DEFAULT_RETRY, attempts: 2 },
        deadlineMs: Math.min(READ_DEADLINE_MS, Math.max(MIN_READ_MS, left)),
      });
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
          theirs = await hashRemote(listed, deps, opts.retry, dist.size);
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
