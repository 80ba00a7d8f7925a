// An index's listing of a project (PEP 691 JSON or PEP 503 HTML): read with
// the run's one HTTP layer (bounded in size and time), parsed in linear time.
import { randomUUID } from 'node:crypto';
import { Parser } from 'htmlparser2';
import type { Deps } from '../deps.ts';
import { normalizeName } from '../dists/filename.ts';
import { ReleaseError, isReleaseError } from '../errors.ts';
import { isRetryableStatus } from '../http/errors.ts';
import { BodyTooLarge, exchange, MAX_ERROR_BODY, READ_DEADLINE_MS, readAnswer, USER_AGENT, type TextAnswer } from '../http/request.ts';
import { DEFAULT_RETRY, retryAfterMs, withRetries, type Attempt, type RetryPolicy } from '../http/retry.ts';
import { listingTarget, quote, serverMessage, unreachable } from './errors.ts';
import { screenListing } from './listing-names.ts';
import { followable } from './redirects.ts';
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
  /** PEP 740: where the index serves this file's provenance (absolute), when it lists one. */
  provenance?: string;
}

/** A listed file whose sha256 is known (from the listing, or by hashing its bytes). */
export type VerifiedFile = ListedFile & { sha256: string };

export type FileListing = Map<string, ListedFile>;

/** pip's preference order: JSON first. The CDN caches each variant apart, so we ask as installers do. */
export const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01';

/**
 * A project page is read whole (parsing needs all of it), up to this size.
 * PyPI's pages for projects with thousands of files are a few MiB; past this
 * the index is not one we can use.
 */
export const MAX_LISTING = 32 * 1024 * 1024;

export interface ListOptions {
  /** Bypass caches between us and the index (a CDN keeps simple pages for minutes). */
  fresh?: boolean;
  retry?: RetryPolicy;
  /** The deadline of each read, default READ_DEADLINE_MS (the wait passes what is left of wait-timeout when less). */
  deadlineMs?: number;
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
    const answer = await withRetries<TextAnswer>(policy, deps, what, async () =>
      exchange(target, { method: 'GET', headers, deadlineMs: opts.deadlineMs ?? READ_DEADLINE_MS }, deps, async (res) => {
        if (isRetryableStatus(res.statusCode)) return retryAnswer(await readAnswer(res, { limit: MAX_ERROR_BODY, overflow: 'truncate' }), deps);
        try {
          return { kind: 'done', value: await readAnswer(res, { limit: MAX_LISTING, overflow: 'fail' }) };
        } catch (error) {
          if (error instanceof BodyTooLarge) throw listingTooLarge(what, urls);
          throw error;
        }
      }), {
      giveUp: (reason, cause) => unreachable(`${what} failed: ${reason}`, `Is ${listingTarget(urls)} up, and is that the index's simple URL?`, cause),
    });

    if (answer.status === 404) return new Map();
    if (answer.status >= 300 && answer.status < 400) {
      pageUrl = followable(pageUrl, answer.location, answer.status, hop, `The listing of ${name} on ${urls.label}`);
      continue;
    }
    if (answer.status === 401 || answer.status === 403) {
      throw new ReleaseError({
        code: 'INDEX_AUTH',
        message: `${what}: ${urls.label} answered ${answer.status}${quote(serverMessage(answer))}: it wants credentials to read its listing.`,
        hint: 'Check the simple index URL. For a private index, give its account (staging-username and staging-token, or the ' +
          'production ones): reads then carry it too; if you gave one, check its username and token, and the account\'s read permission. ' +
          'PyPI-style tokens (__token__) are never sent on reads.',
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

/** The listings of a release's project, merged: its files could spell the name differently (My_Pkg, my-pkg). */
export async function listingFor(dists: ReadonlyArray<{ name: string }>, urls: IndexUrls, deps: Deps, policy?: RetryPolicy): Promise<FileListing> {
  const merged: FileListing = new Map();
  const names = [...new Map(dists.map((d) => [normalizeName(d.name), d.name])).values()];
  for (const name of names) {
    const opts: ListOptions = policy === undefined ? { fresh: true } : { fresh: true, retry: policy };
    for (const [filename, file] of await listFiles(urls, name, deps, opts)) merged.set(filename, file);
  }
  return merged;
}

function listingTooLarge(what: string, urls: IndexUrls): ReleaseError {
  return new ReleaseError({
    code: 'INDEX_ANSWER_TOO_LARGE',
    message: `${what}: ${urls.label} sent a project page larger than ${MAX_LISTING / 1024 / 1024} MiB, more than any index's page for one project. Reading stopped there.`,
    hint: `Check that ${displayUrl(urls.simple)} is the index's simple URL, and that nothing between the runner and the index (a proxy, a captive portal) rewrites its answers.`,
  });
}

function retryAnswer<T>(answer: TextAnswer, deps: Deps): Attempt<T> {
  return { kind: 'retry', reason: `${answer.status}${quote(serverMessage(answer))}`, retryAfterMs: retryAfterMs(answer.retryAfter, deps.now()) };
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
    const provenance = typeof entry.provenance === 'string' ? absolute(entry.provenance, pageUrl) : undefined;
    if (provenance !== undefined) file.provenance = provenance;
    if (!files.has(file.filename)) files.set(file.filename, file);
  }
  return files;
}

interface Anchor {
  attrs: Record<string, string>;
  text: string[];
}

/**
 * A PEP 503 project page: one anchor per file, the hash in the URL fragment,
 * attribute values HTML-escaped, a `<base href>` moving the base URL.
 * Tokenized by htmlparser2 in one pass, linear in the page's length (a
 * regex over anchors went quadratic on a hostile page). Lenient, as pip is:
 * anything not an anchor with an href is skipped; an anchor left open ends
 * where the next one starts.
 */
export function parseSimpleHtml(html: string, pageUrl: URL): FileListing {
  let baseHref: string | undefined;
  const anchors: Anchor[] = [];
  let open: Anchor | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && baseHref === undefined && attrs.href !== undefined) baseHref = attrs.href;
        if (name !== 'a') return;
        open = { attrs, text: [] };
        anchors.push(open);
      },
      ontext(text) {
        open?.text.push(text);
      },
      onclosetag(name) {
        if (name === 'a') open = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  let base = pageUrl;
  if (baseHref !== undefined) {
    try {
      base = new URL(baseHref, pageUrl);
    } catch {
      // An unusable <base> leaves the page's own URL as the base, as browsers do.
    }
  }
  const files: FileListing = new Map();
  for (const anchor of anchors) {
    const href = anchor.attrs.href;
    if (href === undefined) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    const fragment = new URLSearchParams(url.hash.slice(1));
    url.hash = '';
    const text = anchor.text.join('').trim();
    const filename = text !== '' ? text : lastSegment(url);
    if (filename === '') continue;
    const file: ListedFile = { filename, url: url.href, sha256: hexDigest(fragment.get('sha256')) };
    const requiresPython = anchor.attrs['data-requires-python'];
    if (requiresPython !== undefined && requiresPython !== '') file.requiresPython = requiresPython;
    const provenance = anchor.attrs['data-provenance'] ? absolute(anchor.attrs['data-provenance'], base) : undefined;
    if (provenance !== undefined) file.provenance = provenance;
    if (!files.has(filename)) files.set(filename, file);
  }
  return files;
}

/** An http(s) URL against the page, or undefined for anything else (the listing is the index's word, not ours). */
function absolute(href: string, base: URL): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function withNonce(url: URL, deps: Deps): URL {
  const copy = new URL(url.href);
  // A query the CDN has never seen is a cache miss, served from the origin.
  copy.searchParams.set('t', `${deps.now().toString(36)}${randomUUID().slice(0, 8)}`);
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hexDigest(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{64}$/i.test(value) ? value.toLowerCase() : undefined;
}

function lastSegment(url: URL): string {
  const segment = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
