// The GitHub Release of the tag, made after production has the files: found
// or created, its notes filled when empty, the release files attached as
// assets. Every step is idempotent, so a re-run finishes what a failed run
// left: a release that exists is reused, an asset already there with our
// bytes is skipped.
//
// Plain undici on the run's dispatcher rather than @actions/github: four
// endpoints do not need Octokit, whose own fetch would bypass the dispatcher
// the tests aim at a loopback stand-in, and whose retry and throttling
// plugins would hide the 403 this module must explain.
import fs from 'node:fs';
import type { Deps } from '../deps.ts';
import { formatSize } from '../dists/dist.ts';
import { ReleaseError } from '../errors.ts';
import { isRetryableStatus } from '../http/errors.ts';
import { API_DEADLINE_MS, BodyTooLarge, fetchText, transferDeadlineMs, type HttpRequest } from '../http/request.ts';
import { DEFAULT_RETRY, retryAfterMs, withRetries, type RetryPolicy } from '../http/retry.ts';

export interface GitHubApi {
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: URL;
  /** GITHUB_REPOSITORY: owner/name. */
  repository: string;
  token: string;
}

export interface ReleaseAsset {
  filename: string;
  path: string;
  size: number;
  sha256: string;
}

export interface GitHubReleaseRequest {
  tag: string;
  /** The release's title when this run creates it. */
  title: string;
  /** The commit the tag is made on when GitHub has to create the tag (`target_commitish`). */
  commit: string | undefined;
  prerelease: boolean;
  /** The notes, read only when a release is created or has an empty body. */
  notes: () => Promise<string>;
  files: ReleaseAsset[];
  /** A `release` event's own release: it gets the assets; its title and notes are the user's. */
  eventRelease: { id: number } | undefined;
  /** What production already has, for the error text: "hello-pkg 1.2.0 is on production (URL)". */
  released: string;
}

export type AssetOutcome = 'uploaded' | 'exists' | 'replaced';

export interface GitHubReleaseResult {
  id: number;
  url: string;
  outcome: 'created' | 'published' | 'updated' | 'found';
  assets: Array<{ name: string; outcome: AssetOutcome }>;
}

interface ReleaseJson {
  id: number;
  html_url: string;
  upload_url: string;
  body: string | null;
  tag_name: string;
}

interface AssetJson {
  id: number;
  name: string;
  size: number;
  state: string;
  digest?: string | null;
}

interface Answer {
  status: number;
  json: unknown;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Creates or updates the tag's GitHub Release and attaches the files; see the module comment. */
export async function publishGitHubRelease(api: GitHubApi, req: GitHubReleaseRequest, deps: Deps): Promise<GitHubReleaseResult> {
  const client = new Client(api, req, deps);
  let release: ReleaseJson;
  let outcome: GitHubReleaseResult['outcome'] = 'found';
  if (req.eventRelease) {
    release = await client.json<ReleaseJson>('GET', `releases/${req.eventRelease.id}`, 'reading the release that started the run');
    deps.log.info(`GitHub Release ${release.html_url}: the release that started this run; its title and notes are left as they are.`);
  } else {
    const existing = await client.call('GET', `releases/tags/${encodeURIComponent(req.tag)}`, 'looking up the release of the tag');
    if (existing.status === 200) {
      release = existing.json as ReleaseJson;
      if (!release.body?.trim()) {
        const notes = await req.notes();
        if (notes) {
          release = await client.json<ReleaseJson>('PATCH', `releases/${release.id}`, 'filling the empty notes of the release', { body: notes });
          outcome = 'updated';
        }
      }
      deps.log.info(`GitHub Release ${release.html_url}: already there${outcome === 'updated' ? '; its empty notes were filled' : ', notes left as written'}.`);
    } else if (existing.status === 404) {
      const draft = await findDraft(client, req.tag);
      if (draft) {
        // A draft written ahead for this tag (release-drafter, or by hand) is
        // the release: it is published with its title and notes (filled if empty).
        const notes = draft.body?.trim() ? {} : { body: await req.notes() };
        release = await client.json<ReleaseJson>('PATCH', `releases/${draft.id}`, 'publishing the draft release of the tag', { draft: false, ...notes });
        outcome = 'published';
        deps.log.info(`GitHub Release ${release.html_url}: the draft for ${req.tag} was published.`);
      } else {
        const created = await client.call('POST', 'releases', 'creating the release', {
          tag_name: req.tag,
          ...(req.commit ? { target_commitish: req.commit } : {}),
          name: req.title,
          body: await req.notes(),
          draft: false,
          prerelease: req.prerelease,
        });
        if (created.status === 201) {
          release = created.json as ReleaseJson;
          outcome = 'created';
          deps.log.info(`GitHub Release ${release.html_url}: created${req.prerelease ? ' (pre-release)' : ''}.`);
        } else if (created.status === 422 && /already_exists/.test(created.text)) {
          // Another run made it between our two requests: use theirs.
          release = await client.json<ReleaseJson>('GET', `releases/tags/${encodeURIComponent(req.tag)}`, 'looking up the release of the tag');
        } else {
          throw client.failure(created, 'POST', 'creating the release');
        }
      }
    } else {
      throw client.failure(existing, 'GET', 'looking up the release of the tag');
    }
  }

  const uploadBase = client.uploadUrl(release.upload_url);
  let assets = await client.assets(release.id);
  const results: GitHubReleaseResult['assets'] = [];
  for (const file of req.files) {
    const there = assets.find((a) => a.name === file.filename);
    if (there && sameAsset(there, file)) {
      results.push({ name: file.filename, outcome: 'exists' });
      deps.log.info(`asset ${file.filename}: already attached`);
      continue;
    }
    if (there) {
      // PyPI never takes a filename twice, so production's bytes are the
      // release: a different asset of that name is a leftover (a run cut off
      // mid-upload leaves a 'starter' asset) and is replaced.
      deps.log.warning(`asset ${file.filename} on the GitHub Release differs from the released file (${describeAsset(there)}; ours ${formatSize(file.size)}): replacing it.`);
      await client.expect('DELETE', `releases/assets/${there.id}`, `deleting the stale asset ${file.filename}`, [204, 404]);
    }
    const uploaded = await client.upload(uploadBase, file);
    if (uploaded === 'exists') {
      // Uploaded meanwhile by a concurrent run: check it is ours.
      assets = await client.assets(release.id);
      const now = assets.find((a) => a.name === file.filename);
      if (!now || !sameAsset(now, file)) throw client.mismatch(file, now);
    }
    results.push({ name: file.filename, outcome: there ? 'replaced' : uploaded === 'exists' ? 'exists' : 'uploaded' });
    deps.log.info(`asset ${file.filename}: ${there ? 'replaced' : 'uploaded'} (${formatSize(file.size)})`);
  }
  return { id: release.id, url: release.html_url, outcome, assets: results };
}

/** GitHub does not find drafts by tag: they are looked for among the latest releases. */
async function findDraft(client: Client, tag: string): Promise<ReleaseJson | undefined> {
  const latest = await client.json<Array<ReleaseJson & { draft: boolean }>>('GET', 'releases?per_page=100', 'looking up the release of the tag');
  return latest.find((r) => r.draft && r.tag_name === tag);
}

/** GitHub reports a `sha256:` digest for assets (since 2025); else the size and a finished upload are all there is to compare. */
function sameAsset(asset: AssetJson, file: ReleaseAsset): boolean {
  if (asset.state !== 'uploaded' || asset.size !== file.size) return false;
  return !asset.digest || asset.digest.toLowerCase() === `sha256:${file.sha256}`;
}

function describeAsset(asset: AssetJson): string {
  return asset.state !== 'uploaded' ? `an unfinished upload (state ${asset.state})` : `${formatSize(asset.size)}${asset.digest ? `, ${asset.digest}` : ''}`;
}

/**
 * The upload host GitHub names in `upload_url` may receive the token only if
 * it is GitHub's: the API's own host (GitHub Enterprise Server serves uploads
 * under /api/uploads) or its `uploads.` sibling (api.github.com ->
 * uploads.github.com).
 */
export function trustedUploadHost(apiUrl: URL, uploadUrl: URL): boolean {
  if (uploadUrl.protocol !== apiUrl.protocol && uploadUrl.protocol !== 'https:') return false;
  if (uploadUrl.host === apiUrl.host) return true;
  const apiHost = apiUrl.hostname.replace(/^api\./, '');
  return apiUrl.hostname.startsWith('api.') && uploadUrl.hostname === `uploads.${apiHost}` && uploadUrl.port === apiUrl.port;
}

/**
 * Before the first upload: the repository is there and the token may read it
 * (a wrong GITHUB_REPOSITORY, a revoked token, GitHub Enterprise without
 * GITHUB_API_URL). Whether it may write cannot be asked without writing.
 */
export async function checkGitHubAccess(api: GitHubApi, tag: string, deps: Deps): Promise<void> {
  const client = new Client(api, { tag, released: undefined }, deps);
  const answer = await client.call('GET', '', `reading the repository ${api.repository}`);
  if (answer.status !== 200) throw client.failure(answer, 'GET', `reading the repository ${api.repository}`);
}

interface ErrorContext {
  tag: string;
  /** What production already has; undefined before the first upload. */
  released: string | undefined;
}

class Client {
  constructor(private readonly api: GitHubApi, private readonly req: ErrorContext, private readonly deps: Deps) {}

  private url(path: string): URL {
    const base = this.api.apiUrl.href.replace(/\/+$/, '');
    return new URL(`${base}/repos/${this.api.repository}${path ? `/${path}` : ''}`);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      authorization: `Bearer ${this.api.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'pypi-promote',
      ...extra,
    };
  }

  async call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, what: string, body?: object): Promise<Answer> {
    const url = this.url(path);
    // Reads are retried on transient answers and dropped connections; a write
    // is not (a repeated POST could make a second release), and a re-run finishes it.
    const policy: RetryPolicy = { ...DEFAULT_RETRY, attempts: method === 'GET' ? READ_ATTEMPTS : 1 };
    try {
      return await withRetries<Answer>(policy, this.deps, `GitHub API: ${what}`, async (attempt) => {
        this.deps.log.debug(`GitHub API: ${method} ${url.pathname}`);
        const answer = await send(url, {
          method,
          headers: this.headers(body ? { 'content-type': 'application/json' } : {}),
          body: body ? JSON.stringify(body) : undefined,
          deadlineMs: API_DEADLINE_MS,
        }, this.deps);
        // The last transient answer is handed back, to be explained by failure() as any other status.
        if (!isRetryableStatus(answer.status) || attempt >= policy.attempts) return { kind: 'done', value: answer };
        return { kind: 'retry', reason: `${answer.status}`, retryAfterMs: retryAfterMs(header(answer.headers, 'retry-after'), this.deps.now()) };
      }, { giveUp: (_reason, cause) => this.unreachable(what, url, cause) });
    } catch (error) {
      if (error instanceof BodyTooLarge) throw this.tooLarge(what);
      throw error;
    }
  }

  tooLarge(what: string): ReleaseError {
    return this.error(`GitHub's answer while ${what} was larger than ${MAX_ANSWER / 1024 / 1024} MiB; reading stopped there`,
      'Check GITHUB_API_URL: it must be the API of the server that holds the repository.');
  }

  async json<T>(method: 'GET' | 'PATCH', path: string, what: string, body?: object): Promise<T> {
    const answer = await this.call(method, path, what, body);
    if (answer.status !== 200) throw this.failure(answer, method, what);
    return answer.json as T;
  }

  async expect(method: 'DELETE', path: string, what: string, ok: number[]): Promise<void> {
    const answer = await this.call(method, path, what);
    if (!ok.includes(answer.status)) throw this.failure(answer, method, what);
  }

  async assets(id: number): Promise<AssetJson[]> {
    const all: AssetJson[] = [];
    for (let page = 1; ; page++) {
      const batch = await this.json<AssetJson[]>('GET', `releases/${id}/assets?per_page=100&page=${page}`, 'listing the release\'s assets');
      all.push(...batch);
      if (batch.length < 100) return all;
    }
  }

  uploadUrl(template: string): URL {
    let url: URL | undefined;
    try {
      url = new URL(template.replace(/\{[^}]*\}$/, ''));
    } catch {
      url = undefined;
    }
    if (!url || !trustedUploadHost(this.api.apiUrl, url)) {
      throw this.error(`the release's upload_url (${template.split('{')[0]}) is not on the GitHub API's host (${this.api.apiUrl.host}), so the token is not sent there`,
        'Check GITHUB_API_URL: it must be the API of the server that holds the repository.');
    }
    return url;
  }

  /** Uploads one asset; 'exists' when GitHub says an asset of that name is already there. */
  async upload(base: URL, file: ReleaseAsset): Promise<'uploaded' | 'exists'> {
    const url = new URL(base);
    url.searchParams.set('name', file.filename);
    let answer: Answer;
    try {
      this.deps.log.debug(`GitHub API: POST ${url.pathname}?name=${file.filename}`);
      answer = await send(url, {
        method: 'POST',
        headers: this.headers({ 'content-type': 'application/octet-stream', 'content-length': String(file.size) }),
        body: fs.createReadStream(file.path),
        deadlineMs: transferDeadlineMs(file.size),
      }, this.deps);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw this.tooLarge(`uploading ${file.filename}`);
      throw this.unreachable(`uploading ${file.filename}`, url, error);
    }
    if (answer.status === 201) return 'uploaded';
    if (answer.status === 422 && /already_exists/.test(answer.text)) return 'exists';
    throw this.failure(answer, 'POST', `uploading ${file.filename}`);
  }

  /** The status explained: what GitHub said, the likely cause, and how to finish. */
  failure(answer: Answer, method: string, what: string): ReleaseError {
    const message = githubMessage(answer);
    const said = `GitHub answered ${answer.status}${message ? ` "${message}"` : ''} while ${what}`;
    const remaining = header(answer.headers, 'x-ratelimit-remaining');
    const accepted = header(answer.headers, 'x-accepted-github-permissions');
    const hint =
      answer.status === 401
        ? 'The token was refused: `github-token` must be a valid token (the default, `${{ github.token }}`, always is while the job runs).'
        : (answer.status === 403 || answer.status === 429) && remaining === '0'
          ? 'The API rate limit is used up; re-run the job once it resets.'
          : answer.status === 403
            ? `The token may not ${method === 'GET' ? 'read' : 'write'} releases: give the job \`permissions: contents: write\` (a workflow or organisation default of read-only makes GITHUB_TOKEN unable to create releases)${accepted ? `; GitHub says this call needs ${accepted}` : ''}.`
            : answer.status === 404
              ? `The repository ${this.api.repository} was not found by ${this.api.apiUrl.host}, or the token cannot see it: check GITHUB_REPOSITORY and that \`github-token\` belongs to this repository (a private repository answers 404 to a token without access).`
              : answer.status === 422
                ? `GitHub refused the request as invalid${validationDetails(answer)}. A tag name GitHub cannot use, or a target commit it does not have (push the commit, or let the Tag stage push the tag), are the usual causes.`
                : 'GitHub may be having trouble (see https://www.githubstatus.com).';
    return this.error(said, hint);
  }

  mismatch(file: ReleaseAsset, asset: AssetJson | undefined): ReleaseError {
    return this.error(`the asset ${file.filename} on the release is not the released file (${asset ? describeAsset(asset) : 'missing'}; ours ${formatSize(file.size)} sha256:${file.sha256})`,
      'Another run may be attaching files to the same release; delete the asset and re-run.');
  }

  unreachable(what: string, url: URL, error: unknown): ReleaseError {
    const reason = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
    return this.error(`${url.host} could not be reached while ${what} (${reason})`, 'Check GITHUB_API_URL and the network, or GitHub\'s status.', error);
  }

  error(what: string, hint: string, cause?: unknown): ReleaseError {
    if (this.req.released === undefined) {
      return new ReleaseError({
        code: 'GITHUB_RELEASE_FAILED',
        message: `The GitHub Release of ${this.req.tag} could not be prepared: ${what}. Nothing was uploaded.`,
        hint: `${hint}\nOr set \`github-release: false\` to release without a GitHub Release.`,
        cause,
      });
    }
    return new ReleaseError({
      code: 'GITHUB_RELEASE_FAILED',
      message: `${this.req.released}, but the GitHub Release of ${this.req.tag} could not be finished: ${what}.`,
      hint: `${hint}\nThe release on PyPI succeeded; only the GitHub Release is left. To finish it, fix the cause and re-run the job: ` +
        'files already on both indexes, the tag, the release and its assets are found and skipped. Or set `github-release: false`.',
      cause,
    });
  }
}

/** Reads at most this much of an answer: a page of 100 releases with their notes fits; more is not GitHub. */
const MAX_ANSWER = 16 * 1024 * 1024;
const READ_ATTEMPTS = 3;

async function send(url: URL, req: HttpRequest, deps: Deps): Promise<Answer> {
  // No redirect is followed: the token would go along.
  const answer = await fetchText(url, req, deps, { limit: MAX_ANSWER, overflow: 'fail' });
  let json: unknown;
  try {
    json = answer.body ? JSON.parse(answer.body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: answer.status, json, text: answer.body, headers: answer.headers };
}

function header(headers: Answer['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function githubMessage(answer: Answer): string {
  const message = (answer.json as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message.slice(0, 300) : answer.text.slice(0, 200).trim();
}

/** GitHub's 422 lists what it refused: `errors: [{resource, field, code, message}]`. */
function validationDetails(answer: Answer): string {
  const errors = (answer.json as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return '';
  const parts = errors.map((e: { field?: string; code?: string; message?: string }) =>
    [e.field, e.code, e.message].filter(Boolean).join(' '));
  return ` (${parts.join('; ')})`;
}
