// The token an upload presents: the one given as input, or one minted by
// trusted publishing (OIDC), as PyPI defines it:
//   1. GET  <index>/_/oidc/audience          -> {"audience": "pypi"}
//   2. GET  $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud>  (bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN) -> {"value": <jwt>}
//   3. POST <index>/_/oidc/mint-token {"token": <jwt>} -> {"token": "pypi-...", "expires": <unix>}
//      or 422 {"message", "errors": [{"code", "description"}]}
// <index> is the upload URL's origin (upload.pypi.org for PyPI), as
// pypa/gh-action-pypi-publish and uv build it. The JWT and the minted token
// are masked the moment they exist and appear in no message: errors quote the
// JWT's claims (repository, workflow, environment), which are not secret.
//
// The audience is the index's name in the JWT: an index that could choose it
// could ask for PyPI's and use the job's token to publish there as the
// project. So PyPI's and TestPyPI's are pinned by host (never asked), another
// index may not name either of them, and staging and production never share
// one (each could use the other's token).
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { describeNetworkError, isRetryableNetworkError, isRetryableStatus, networkHint } from '../http/errors.ts';
import { API_DEADLINE_MS, fetchText, type Method } from '../http/request.ts';
import { DEFAULT_RETRY, retryAfterMs, withRetries, type RetryPolicy } from '../http/retry.ts';
import { TOKEN_USER, type IndexConfig } from './config.ts';
import { redact } from './errors.ts';
import { idTokenIn, idTokenRequest, UNSAFE_REQUEST_HINT, UNSAFE_REQUEST_URL } from './id-token.ts';
import { displayUrl, type IndexUrls } from './url.ts';

/**
 * The credentials reads carry, by URL: an index given an account (a user name
 * other than __token__, with its password) is read with that account on its
 * own origin (the scheme, host and port of its upload and simple URLs, where
 * private indexes serve their files too); no other origin gets them. PyPI-style
 * indexes are read anonymously: their pages are public and their tokens only
 * upload. The header's encoded value is handed to `secret` to be masked like
 * the password.
 */
export function readCredentials(indexes: readonly IndexConfig[], secret?: (value: string) => void): ((url: URL) => string | undefined) | undefined {
  const scopes: Array<{ origin: string; path: string; header: string }> = [];
  for (const index of indexes) {
    if (index.username === TOKEN_USER || index.token === '') continue;
    const encoded = Buffer.from(`${index.username}:${index.token}`).toString('base64');
    secret?.(encoded);
    for (const url of [index.urls.upload, index.urls.simple]) {
      scopes.push({ origin: url.origin, path: url.pathname, header: `Basic ${encoded}` });
    }
  }
  if (scopes.length === 0) return undefined;
  return (url) => {
    // Two indexes of one server (devpi's /acme/staging/ and /acme/prod/), each with its account:
    // the one whose URL shares the longer path with this one.
    let best: { header: string; shared: number } | undefined;
    for (const scope of scopes) {
      if (scope.origin !== url.origin) continue;
      let shared = 0;
      while (shared < scope.path.length && scope.path[shared] === url.pathname[shared]) shared++;
      if (best === undefined || shared > best.shared) best = { header: scope.header, shared };
    }
    return best?.header;
  };
}

/** Where an upload's credentials come from. `token()` is called right before each publish. */
export interface UploadAuth {
  method: 'token' | 'trusted-publishing';
  token(): Promise<string>;
}

export interface MintedToken {
  token: string;
  /** Epoch milliseconds; the index's `expires`, or 15 minutes (PyPI's lifetime) when it gives none. */
  expiresAt: number;
  /** What the job's OIDC token said about it, for the log. */
  claims: JobIdentity;
}

/** The claims an index matches a publisher against. */
export interface JobIdentity {
  repository?: string;
  workflowFile?: string;
  jobWorkflowRef?: string;
  workflowRef?: string;
  environment?: string;
  ref?: string;
  eventName?: string;
}

/**
 * A minted token older than this is replaced before use: PyPI's last 15
 * minutes, and the upload of a large release may take a few.
 */
export const REMINT_MARGIN_MS = 5 * 60_000;
const DEFAULT_LIFETIME_MS = 15 * 60_000;
/** The exchange's answers are small JSON documents: an answer larger than this is cut there (and then not JSON). */
const MAX_BODY = 64 * 1024;

/**
 * The credentials for one index. With a token input, that token. Without,
 * a token is minted now (so a publisher that is not set up fails before
 * anything is uploaded anywhere) and minted again when `token()` is called
 * with less than REMINT_MARGIN_MS left, as happens to production's after a
 * long wait for staging.
 */
export async function uploadAuth(index: IndexConfig, project: string, deps: Deps, audience?: string): Promise<UploadAuth> {
  if (index.token) {
    const token = index.token;
    return { method: 'token', token: async () => token };
  }
  let current = await mintToken(index.urls, project, deps, audience);
  return {
    method: 'trusted-publishing',
    async token() {
      if (current.expiresAt - deps.now() < REMINT_MARGIN_MS) current = await mintToken(index.urls, project, deps, audience);
      return current.token;
    },
  };
}

/** The audiences of the public indexes, by the hosts that serve them; no other index may ask for one. */
const PINNED_AUDIENCES: ReadonlyArray<{ audience: string; hosts: readonly string[]; index: string; uploadUrl: string }> = [
  { audience: 'pypi', hosts: ['pypi.org', 'upload.pypi.org', 'www.pypi.org'], index: 'PyPI', uploadUrl: 'https://upload.pypi.org/legacy/' },
  { audience: 'testpypi', hosts: ['test.pypi.org', 'upload.test.pypi.org'], index: 'TestPyPI', uploadUrl: 'https://test.pypi.org/legacy/' },
];

/** PyPI's or TestPyPI's audience when `urls` is one of them (https, its own host): nothing to ask. */
export function pinnedAudience(urls: IndexUrls): string | undefined {
  const url = urls.upload;
  if (url.protocol !== 'https:') return undefined;
  return PINNED_AUDIENCES.find((p) => p.hosts.includes(url.hostname.toLowerCase()))?.audience;
}

/**
 * The audience to ask GitHub for, for this index: pinned for PyPI and
 * TestPyPI; the index's own answer otherwise, unless that answer names an
 * audience that belongs to another index.
 */
export async function indexAudience(urls: IndexUrls, deps: Deps): Promise<string> {
  const pinned = pinnedAudience(urls);
  if (pinned !== undefined) return pinned;
  let last: ReleaseError | undefined;
  return withRetries<string>(EXCHANGE_RETRY, deps, `Trusted publishing with ${urls.label}`, async () => {
    try {
      return { kind: 'done', value: checkAudience(await readAudience(urls, deps), urls) };
    } catch (error) {
      if (!(error instanceof Transient)) throw error;
      last = error.failure;
      return { kind: 'retry', reason: error.failure.message, retryAfterMs: error.retryAfterMs };
    }
  }, { giveUp: (reason) => last ?? new ReleaseError({ code: 'INDEX_UNREACHABLE', message: `Trusted publishing with ${urls.label} failed: ${reason}` }) });
}

function checkAudience(audience: string, urls: IndexUrls): string {
  const owner = PINNED_AUDIENCES.find((p) => p.audience === audience.trim().toLowerCase());
  if (!owner) return audience;
  throw new ReleaseError({
    code: 'TRUSTED_PUBLISHING_AUDIENCE',
    message: `${urls.label} asked for the OIDC audience '${audience}', which is ${owner.index}'s: the job's token for it could publish to ${owner.index} as your project, so none was requested.`,
    hint: `Only ${owner.hosts[0]} gets a token for '${owner.audience}'. If ${urls.label} is a private index, configure its trusted publishing with an audience of its own, or give it an API token (its *-token input). If you meant ${owner.index}, set the URL to ${owner.uploadUrl}.`,
  });
}

/**
 * Before any token is minted: the audiences of the indexes this run mints for.
 * Staging and production never share one: the token sent to one would be
 * good at the other.
 */
export async function distinctAudiences(
  indexes: { staging: IndexUrls | undefined; production: IndexUrls | undefined },
  deps: Deps,
): Promise<{ staging: string | undefined; production: string | undefined }> {
  const staging = indexes.staging && await indexAudience(indexes.staging, deps);
  const production = indexes.production && await indexAudience(indexes.production, deps);
  if (staging !== undefined && staging === production) {
    throw new ReleaseError({
      code: 'TRUSTED_PUBLISHING_AUDIENCE',
      message: `Staging (${indexes.staging!.label}) and production (${indexes.production!.label}) both ask for the OIDC audience '${staging}': either could use the job's token to publish to the other, so none was requested.`,
      hint: 'Give each index an audience of its own in its trusted-publishing setup, or give one of them an API token (staging-token or production-token).',
    });
  }
  return { staging, production };
}

/** Attempts of the whole exchange when an answer is transient (5xx, 429, a dropped connection). */
export const EXCHANGE_ATTEMPTS = 3;
const EXCHANGE_RETRY: RetryPolicy = { ...DEFAULT_RETRY, attempts: EXCHANGE_ATTEMPTS };

/**
 * A failure worth another try. The whole exchange is tried again, not the
 * one request: a JWT is good for one mint-token call only.
 */
class Transient extends Error {
  constructor(readonly failure: ReleaseError, readonly retryAfterMs?: number) {
    super(failure.message);
  }
}

/** The trusted-publishing exchange for one index, retried whole by the run's one retry policy. */
export async function mintToken(urls: IndexUrls, project: string, deps: Deps, audience?: string): Promise<MintedToken> {
  let last: ReleaseError | undefined;
  return withRetries<MintedToken>(EXCHANGE_RETRY, deps, `Trusted publishing with ${urls.label}`, async () => {
    try {
      return { kind: 'done', value: await exchangeOnce(urls, project, deps, audience) };
    } catch (error) {
      if (!(error instanceof Transient)) throw error;
      last = error.failure;
      return { kind: 'retry', reason: error.failure.message, retryAfterMs: error.retryAfterMs };
    }
  }, { giveUp: (reason) => last ?? new ReleaseError({ code: 'INDEX_UNREACHABLE', message: `Trusted publishing with ${urls.label} failed: ${reason}` }) });
}

async function exchangeOnce(urls: IndexUrls, project: string, deps: Deps, known?: string): Promise<MintedToken> {
  const audience = known ?? pinnedAudience(urls) ?? checkAudience(await readAudience(urls, deps), urls);
  const jwt = await requestIdToken(audience, urls, deps);
  deps.secret?.(jwt);
  const claims = identityOf(jwt);
  const minted = await exchange(jwt, claims, urls, project, deps);
  const left = Math.round((minted.expiresAt - deps.now()) / 60_000);
  deps.log.info(
    `Trusted publishing: ${urls.label} accepted ${describeJob(claims)} and issued an upload token for ${project}, valid ${left} min.`,
  );
  return minted;
}

function oidcUrl(urls: IndexUrls, endpoint: 'audience' | 'mint-token'): URL {
  return new URL(`/_/oidc/${endpoint}`, urls.upload.origin);
}

interface Answer {
  status: number;
  body: string;
}

/**
 * One request of the exchange, through the run's HTTP layer (its deadline,
 * its body cap). A dropped connection worth retrying, and 5xx / 429 answers
 * (with their Retry-After), become Transient with the failure `fail` describes.
 */
async function call(
  url: URL,
  init: { method: Method; headers: Record<string, string>; body?: string },
  deps: Deps,
  fail: (what: string, cause?: unknown) => ReleaseError,
): Promise<Answer> {
  let answer: Answer & { retryAfter: string | undefined };
  try {
    answer = await fetchText(url, { ...init, deadlineMs: API_DEADLINE_MS }, deps, { limit: MAX_BODY, overflow: 'truncate' });
  } catch (cause) {
    const failure = fail(describeNetworkError(cause), cause);
    throw isRetryableNetworkError(cause) ? new Transient(failure) : failure;
  }
  if (isRetryableStatus(answer.status)) {
    throw new Transient(fail(`HTTP ${answer.status}${excerpt(answer.body)}`), retryAfterMs(answer.retryAfter, deps.now()));
  }
  return { status: answer.status, body: answer.body };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The first line of a body, for messages about answers that are not the JSON expected. */
function excerpt(body: string): string {
  const line = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  return line ? `: ${line}` : '';
}

function noTokenHint(index: string): string {
  return `Give an API token for ${index} instead (its *-token input), or use an index that supports trusted publishing (PyPI, TestPyPI). ` +
    'If you meant to give a token: a secret that is not set, or not available to this workflow, arrives empty.';
}

async function readAudience(urls: IndexUrls, deps: Deps): Promise<string> {
  const url = oidcUrl(urls, 'audience');
  const answer = await call(url, { method: 'GET', headers: { accept: 'application/json' } }, deps, (what, cause) => new ReleaseError({
    code: 'INDEX_UNREACHABLE',
    message: `No token was given for ${urls.label}, so trusted publishing was tried, but ${displayUrl(url)} failed: ${what}.`,
    hint: networkHint(cause) ?? `Is ${urls.upload.origin} up? ${noTokenHint(urls.label)}`,
    cause,
  }));
  const audience = field(parseJson(answer.body), 'audience');
  if (answer.status === 200 && typeof audience === 'string' && audience !== '') return audience;
  const message = field(parseJson(answer.body), 'message');
  const why = answer.status === 404 || answer.status === 405
    ? `${displayUrl(url)} does not exist (HTTP ${answer.status}): ${urls.label} does not support trusted publishing.`
    : `${displayUrl(url)} answered HTTP ${answer.status}${typeof message === 'string' ? `: ${message}` : excerpt(answer.body)}.`;
  throw new ReleaseError({
    code: 'TRUSTED_PUBLISHING_UNSUPPORTED',
    message: `No token was given for ${urls.label}, so trusted publishing was tried: ${why}`,
    hint: noTokenHint(urls.label),
  });
}

function noIdToken(indexes: string, env: NodeJS.ProcessEnv): ReleaseError | undefined {
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return undefined;
  return new ReleaseError({
    code: 'TRUSTED_PUBLISHING_NO_ID_TOKEN',
    message: `No token was given for ${indexes}, and this job cannot get an OIDC token for trusted publishing: ` +
      `${!env.ACTIONS_ID_TOKEN_REQUEST_URL ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'} is not set.`,
    hint:
      'GitHub gives a job an OIDC token only with `permissions: id-token: write` (on the job, or the workflow), ' +
      'and never to a workflow run by a pull request from a fork. Add the permission, or give an API token ' +
      '(staging-token / production-token). A pull request from a fork can still check a release with `dry-run: true`.',
  });
}

/**
 * The one trusted-publishing check that needs no network, run before the
 * release writes or builds anything: an index without a token needs a job
 * that can get an OIDC token. (The exchange itself waits until just before
 * the first upload, so the minted tokens are fresh when used.)
 */
export function requireIdToken(config: { uploadsTo: readonly IndexConfig[] }, env: NodeJS.ProcessEnv): void {
  const without = config.uploadsTo.filter((i) => !i.token).map((i) => `${i.urls.label} (${i.role}-token)`);
  const missing = without.length > 0 ? noIdToken(without.join(' and '), env) : undefined;
  if (missing) throw missing;
}

async function requestIdToken(audience: string, urls: IndexUrls, deps: Deps): Promise<string> {
  const missing = noIdToken(urls.label, deps.env);
  if (missing) throw missing;
  const request = idTokenRequest(deps.env, audience);
  if (!('url' in request)) {
    throw new ReleaseError({ code: 'TRUSTED_PUBLISHING_NO_ID_TOKEN', message: UNSAFE_REQUEST_URL, hint: UNSAFE_REQUEST_HINT });
  }
  const { url, bearer } = request;
  const answer = await call(url, { method: 'GET', headers: { authorization: `bearer ${bearer}`, accept: 'application/json' } }, deps, (what, cause) => new ReleaseError({
    code: 'TRUSTED_PUBLISHING_NO_ID_TOKEN',
    message: `Requesting the job's OIDC token from GitHub (audience ${audience}) failed: ${redact(what, [bearer])}.`,
    hint: 'GitHub\'s token service or the way to it failed: re-run the job.',
    cause,
  }));
  const value = idTokenIn(answer.status, answer.body);
  if (value === undefined) {
    throw new ReleaseError({
      code: 'TRUSTED_PUBLISHING_NO_ID_TOKEN',
      message: `GitHub did not give the job an OIDC token for audience ${audience}: HTTP ${answer.status}${redact(excerpt(answer.body), [bearer])}.`,
      hint: 'The job needs `permissions: id-token: write`. If it has it, this is GitHub\'s side: re-run the job.',
    });
  }
  return value;
}

/** The claims of a JWT, read without verifying: the index verifies; we only describe the job. */
export function identityOf(jwt: string): JobIdentity {
  let claims: Record<string, unknown> = {};
  try {
    claims = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    // An unreadable token is the index's to refuse; there is nothing to describe.
  }
  const text = (name: string): string | undefined => (typeof claims[name] === 'string' ? claims[name] : undefined);
  const jobWorkflowRef = text('job_workflow_ref');
  return {
    repository: text('repository'),
    jobWorkflowRef,
    workflowRef: text('workflow_ref'),
    workflowFile: jobWorkflowRef && /([^/]+\.ya?ml)(?=@)/.exec(jobWorkflowRef)?.[1],
    environment: text('environment'),
    ref: text('ref'),
    eventName: text('event_name'),
  };
}

function describeJob(c: JobIdentity): string {
  const parts = [
    `repository ${c.repository ?? '(none)'}`,
    `workflow ${c.workflowFile ?? c.jobWorkflowRef ?? '(none)'}`,
    `environment ${c.environment ? c.environment : '(none)'}`,
  ];
  return `the job's OIDC token (${parts.join(', ')})`;
}

/** Where PyPI and TestPyPI let a project's owner register a publisher. */
function publisherPages(urls: IndexUrls, project: string): string {
  if (urls.label !== 'PyPI' && urls.label !== 'TestPyPI') return `the trusted publishers of ${project} on ${urls.label}`;
  const origin = new URL(urls.projectPage(project)).origin;
  return `${origin}/manage/project/${encodeURIComponent(project)}/settings/publishing/ ` +
    `(before the project's first upload: a pending publisher at ${origin}/manage/account/publishing/)`;
}

function refusalHint(code: string | undefined, c: JobIdentity, urls: IndexUrls, project: string): string {
  const where = publisherPages(urls, project);
  switch (code) {
    case 'invalid-publisher': {
      const reusable = c.jobWorkflowRef && c.workflowRef && c.jobWorkflowRef.split('@')[0] !== c.workflowRef.split('@')[0];
      return [
        `${urls.label} has no trusted publisher for ${project} that matches this job: repository ${c.repository ?? '?'}, ` +
        `workflow file ${c.workflowFile ?? '?'}, environment ${c.environment ? `'${c.environment}'` : '(none)'}. ` +
        'A publisher matches when it names that repository and workflow file, and either no environment or exactly the job\'s. ' +
        `Register or correct it at ${where}, or run the job where the publisher expects it (its workflow file; \`environment:\` on the job). ` +
        'TestPyPI and PyPI each need their own publisher.',
        reusable
          ? `This job runs in a reusable workflow (${c.jobWorkflowRef}, called by ${c.workflowRef}): the publisher must name the called file, ${c.workflowFile ?? '?'}, and it must live in the same repository.`
          : '',
        c.eventName === 'pull_request_target' ? 'Workflows run by pull_request_target cannot publish: PyPI refuses them.' : '',
      ].filter((l) => l !== '').join('\n');
    }
    case 'invalid-token':
      return 'The index refused the OIDC token itself: it expired before it was used (the runner\'s clock, or a long pause between ' +
        'steps), or it was issued for another audience or by another issuer than the index trusts. Re-run the job; if it ' +
        'persists, check that the upload URL is the index\'s own.';
    case 'invalid-reuse-token':
      return 'Each OIDC token is good for one exchange and this one was used already. Re-run the job.';
    case 'invalid-pending-publisher':
      return `A pending publisher was registered for ${project}, but the project already exists: register the publisher on the project itself, at ${where}.`;
    case 'not-enabled':
      return `Trusted publishing is switched off on ${urls.label} for now. Give an API token instead, or try later.`;
    default:
      return `Check the trusted publisher of ${project} on ${urls.label} (${where}), or give an API token instead.`;
  }
}

async function exchange(jwt: string, claims: JobIdentity, urls: IndexUrls, project: string, deps: Deps): Promise<MintedToken> {
  const url = oidcUrl(urls, 'mint-token');
  const answer = await call(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ token: jwt }),
  }, deps, (what, cause) => new ReleaseError({
    code: 'INDEX_UNREACHABLE',
    message: `Exchanging the job's OIDC token at ${displayUrl(url)} failed: ${redact(what, [jwt])}.`,
    hint: networkHint(cause) ?? `${urls.label} or the way to it failed: re-run the job.`,
    cause,
  }));
  const body = parseJson(answer.body);
  const token = field(body, 'token');
  if (answer.status === 200 && typeof token === 'string' && token !== '') {
    // From here on the token may be printed by nothing: mask it before any log line.
    deps.secret?.(token);
    const expires = field(body, 'expires');
    const expiresAt = typeof expires === 'number' && expires > 0 ? expires * 1000 : deps.now() + DEFAULT_LIFETIME_MS;
    return { token, expiresAt, claims };
  }
  const errors = field(body, 'errors');
  const listed = Array.isArray(errors)
    ? errors.map((e) => ({ code: field(e, 'code'), description: field(e, 'description') }))
      .filter((e): e is { code: string; description: string } => typeof e.code === 'string' && typeof e.description === 'string')
    : [];
  const message = field(body, 'message');
  const secrets = [jwt, ...(typeof token === 'string' && token !== '' ? [token] : [])];
  throw new ReleaseError({
    code: 'TRUSTED_PUBLISHING_REFUSED',
    message: `${urls.label} refused to exchange ${describeJob(claims)} for an upload token for ${project} ` +
      `(HTTP ${answer.status}${typeof message === 'string' ? `: ${redact(message, secrets)}` : listed.length === 0 ? redact(excerpt(answer.body), secrets) : ''}).`,
    details: listed.map((e) => `${e.code}: ${redact(e.description, secrets)}`),
    hint: refusalHint(listed[0]?.code, claims, urls, project),
  });
}
