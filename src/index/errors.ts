// An index's answers turned into errors a user can act on. Warehouse puts its
// message in the reason phrase and the body; other servers use one or the
// other, HTML or JSON. Every message names the file and the index, and no
// text that came from the server or the request ever carries the token.
import { STATUS_CODES } from 'node:http';
import { ReleaseError } from '../errors.ts';
import { displayUrl, type IndexUrls } from './url.ts';

export interface Answer {
  status: number;
  /** The HTTP/1.1 reason phrase ('' over HTTP/2). */
  statusText: string;
  contentType: string;
  body: string;
}

export interface UploadContext {
  filename: string;
  urls: IndexUrls;
  /** Texts to blank out of anything shown: the token, and the Authorization value built from it. */
  secrets: readonly string[];
  /** The user name sent, when it is not `__token__` (an account on a private index). */
  account?: string;
}

/** How the upload endpoint is named in messages: 'TestPyPI (https://test.pypi.org/legacy/)'. */
export function uploadTarget(urls: IndexUrls): string {
  return `${urls.label} (${displayUrl(urls.upload)})`;
}

/** How the listing is named in messages. */
export function listingTarget(urls: IndexUrls): string {
  return `${urls.label} (${displayUrl(urls.simple)})`;
}

const MAX_MESSAGE = 600;

/**
 * The server's own words: a reason phrase that is not the standard one
 * (Warehouse's), else the body's JSON `message`/`detail`, else the body's text
 * without markup. Never longer than a few lines.
 */
export function serverMessage(answer: Answer): string {
  const phrase = answer.statusText.trim();
  if (phrase !== '' && phrase.toLowerCase() !== (STATUS_CODES[answer.status] ?? '').toLowerCase()) {
    return clip(phrase);
  }
  const body = answer.body.trim();
  if (body === '') return phrase;
  if (/json/i.test(answer.contentType) || body.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (typeof parsed === 'object' && parsed !== null) {
        const record = parsed as Record<string, unknown>;
        for (const key of ['message', 'detail', 'error', 'code']) {
          const value = record[key];
          if (typeof value === 'string' && value.trim() !== '') return clip(value.trim());
        }
      }
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  const text = body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
  // Pyramid's error page repeats the status line in its title and heading (Warehouse's is `400 <message>`,
  // the message itself) and a stock sentence before the message: each line once, without them.
  const status = `${answer.status} `;
  const standard = (STATUS_CODES[answer.status] ?? '').toLowerCase();
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .map((l) => (l.startsWith(status) ? l.slice(status.length) : l))
    .filter((l) => l !== '' && l.toLowerCase() !== standard)
    .filter((l) => !/^The server could not comply with the request/i.test(l))
    .filter((l) => !/^Access was denied to this resource\.?$/i.test(l));
  return clip([...new Set(lines)].join(' ') || phrase);
}

/** Blanks every secret out of a text that is about to be shown. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('****');
  }
  return out;
}

/** Warehouse (400), pypiserver (409) and others say "already exists" when a filename is taken. */
export function saysAlreadyExists(answer: Answer): boolean {
  if (answer.status !== 400 && answer.status !== 409) return false;
  return /already exist/i.test(`${answer.statusText}\n${answer.body}`);
}

// Which failures are worth a retry is the HTTP layer's, for every request alike.
export { describeNetworkError, isRetryableNetworkError, isRetryableStatus, networkErrorCode, networkHint } from '../http/errors.ts';

/** A 3xx answer to an upload: never followed, since a POST body and credentials must not go elsewhere. */
export function uploadRedirected(ctx: UploadContext, location: string | undefined, status: number): ReleaseError {
  const from = ctx.urls.upload.href;
  const to = location === undefined ? undefined : safeResolve(location, ctx.urls.upload);
  const where = to === undefined ? 'without saying where' : `to ${displayUrl(to)}`;
  const slash = to !== undefined && to === (from.endsWith('/') ? from : `${from}/`);
  return new ReleaseError({
    code: 'INDEX_REDIRECT',
    message: `Uploading ${ctx.filename}: ${uploadTarget(ctx.urls)} answered ${status}, a redirect ${where}. Uploads never follow redirects.`,
    hint: slash
      ? `The upload URL is missing its trailing slash: set it to ${displayUrl(to!)}.`
      : to === undefined
        ? 'Check the upload URL: it must be the index\'s legacy upload endpoint, usually ending in /legacy/ (a missing trailing slash is the usual cause).'
        : `A missing trailing slash is the usual cause. If you trust ${displayUrl(to)}, set it as the upload URL and re-run.`,
  });
}

/**
 * The error for a final, non-retryable answer to an upload (2xx, 3xx and an
 * "already exists" are the caller's: those need the index's listing first).
 */
export function uploadRejected(answer: Answer, ctx: UploadContext): ReleaseError {
  const said = redact(serverMessage(answer), ctx.secrets);
  const quoted = said === '' ? '' : `: "${said}"`;
  const head = `Uploading ${ctx.filename} to ${uploadTarget(ctx.urls)} failed with ${answer.status}${quoted}`;
  const { status } = answer;

  if (status === 401 || status === 403) {
    return new ReleaseError({
      code: 'INDEX_AUTH',
      message: head,
      hint: authHint(said, ctx, status),
    });
  }
  if (/previously used by a file that has since been deleted/i.test(said)) {
    return new ReleaseError({
      code: 'FILENAME_REUSED',
      message: head,
      hint: `${ctx.urls.label} never accepts a deleted file's name again. Release a new version (or a post release, e.g. 1.0.post1).`,
    });
  }
  if (status === 400 && /Invalid attestations supplied during upload/i.test(said)) {
    return new ReleaseError({
      code: 'ATTESTATION_REJECTED',
      message: head,
      hint:
        `${ctx.urls.label} checks that the attestation was signed by the trusted publisher it knows: the certificate's Build Config URI is the workflow ` +
        'that started the run, which for a reusable workflow is the caller, not the file registered. Register the workflow file that is triggered, ' +
        'or set `attestations: false` to upload without them.',
    });
  }
  return new ReleaseError({ code: 'INDEX_REJECTED', message: head, hint: rejectedHint(said, status, ctx) });
}

function authHint(said: string, ctx: UploadContext, status: number): string {
  if (ctx.account !== undefined) {
    return (
      `${ctx.urls.label} refused the account '${ctx.account}' with the password given: check this index's username and token inputs ` +
      '(staging-username and staging-token, or production-username and production-token), and that the account may upload to this project.'
    );
  }
  if (status === 401) {
    return `${ctx.urls.label} wants credentials: set the token input for this index (or set up trusted publishing).`;
  }
  if (/isn't allowed to upload to project|not valid for project|scoped/i.test(said)) {
    return (
      'The token is scoped to another project. A project-scoped token only uploads to that project; ' +
      'for a project that does not exist yet, use an account-wide token (or a pending trusted publisher) for the first upload.'
    );
  }
  if (/username\/password/i.test(said)) {
    return 'Only API tokens are accepted: the user name must be __token__ and the password a token starting with pypi-.';
  }
  if (/two-factor|verified primary email/i.test(said)) {
    return `The account that owns the token must meet ${ctx.urls.label}'s requirements: fix that in the account settings.`;
  }
  if (/read-only/i.test(said)) return `${ctx.urls.label} is read-only for now: re-run later.`;
  return (
    `The token was refused. TestPyPI and PyPI are separate sites with separate accounts and tokens: check that this is a ${ctx.urls.label} token, ` +
    'that it has not expired or been revoked, and that its scope covers this project.'
  );
}

function rejectedHint(said: string, status: number, ctx: UploadContext): string {
  if (status === 405 || status === 404) {
    return (
      `${displayUrl(ctx.urls.upload)} does not take uploads. Check the upload URL: it must be the legacy upload endpoint ` +
      '(https://upload.pypi.org/legacy/, https://test.pypi.org/legacy/), not the simple index or a project page.'
    );
  }
  if (status === 413 || /too large/i.test(said)) {
    return `The file is larger than ${ctx.urls.label} accepts. Make it smaller, or ask the index for a higher limit.`;
  }
  if (status === 410) return 'This upload API is retired on that server: check the upload URL.';
  if (status === 409) return 'The index refused the project name. Pick another name.';
  if (/description failed to render/i.test(said)) {
    return 'Fix the long description (README) or its Description-Content-Type; check it locally with `twine check`.';
  }
  if (/older than 14 days/i.test(said)) return 'Release the files as a new version instead.';
  if (/only one sdist/i.test(said)) return 'The release already has an sdist under another name: release a new version.';
  return `${ctx.urls.label} rejected the file as it is: fix what the message names in the project, build again and re-run. Nothing else was changed on the index.`;
}

export interface Conflict {
  filename: string;
  ours: string;
  /** The index's sha256, when its listing shows the file. */
  theirs: string | undefined;
  /** What the index said, when it refused an upload for this name. */
  serverSaid?: string;
}

/** Filenames the index holds with other bytes: only a new version (or a post release) gets past them. */
export function filenameReused(conflicts: readonly Conflict[], urls: IndexUrls): ReleaseError {
  const names = conflicts.map((c) => c.filename).join(', ');
  const details = conflicts.flatMap((c) => [
    `${c.filename}:`,
    `  ours:   sha256 ${c.ours}`,
    c.theirs === undefined
      ? `  theirs: not in the listing yet; the index said: ${c.serverSaid ?? 'already exists'}`
      : `  theirs: sha256 ${c.theirs}`,
  ]);
  return new ReleaseError({
    code: 'FILENAME_REUSED',
    message: `${names} ${conflicts.length === 1 ? 'is' : 'are'} already on ${listingTarget(urls)} with different contents.`,
    details,
    hint:
      'An index never replaces a file, and a filename once used cannot be used again. ' +
      'Release a new version (or a post release, e.g. 1.0.post1). If these bytes were meant to match, make the build reproducible (SOURCE_DATE_EPOCH).',
  });
}

function safeResolve(location: string, base: URL): string | undefined {
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

/** The index could not be used for now: down, failing, or answering what no index would. */
export function unreachable(message: string, hint: string, cause?: unknown): ReleaseError {
  return new ReleaseError({ code: 'INDEX_UNREACHABLE', message, hint, cause });
}

/** A server's words, quoted into a message, or nothing. */
export function quote(message: string): string {
  return message === '' ? '' : ` "${message}"`;
}
