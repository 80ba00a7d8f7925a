// The GitHub Release client against the loopback GitHub stand-in over real
// HTTP: created with notes and assets, found and completed on a re-run, a
// release event's own release, stale assets replaced, and every refusal
// explained with the way to finish.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { checkGitHubAccess, publishGitHubRelease, trustedUploadHost, type GitHubApi, type GitHubReleaseRequest, type ReleaseAsset } from '../src/release/github.ts';
import { startGitHubApi, type GitHubStandIn } from '../packages/pypi-standin/src/github-api.ts';
import { everything, testDeps, type TestDeps } from './helpers/index.ts';

const TOKEN = 'ghs_standin-SECRET-5f1e';
let gh: GitHubStandIn;
let temp: string;
let files: ReleaseAsset[];
let deps: TestDeps;
let api: GitHubApi;

beforeAll(async () => {
  gh = await startGitHubApi({ token: TOKEN, repository: 'octo/hello' });
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-gh-'));
  files = [];
  for (const [name, content] of [['hello_pkg-1.2.0.tar.gz', 'sdist bytes'], ['hello_pkg-1.2.0-py3-none-any.whl', 'wheel bytes, longer']] as const) {
    const file = path.join(temp, name);
    await fs.writeFile(file, content);
    files.push({ filename: name, path: file, size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
  }
  api = { apiUrl: new URL(gh.url), repository: 'octo/hello', token: TOKEN };
});
afterAll(async () => {
  await gh.close();
  await fs.rm(temp, { recursive: true, force: true });
});
beforeEach(() => {
  deps = testDeps();
  gh.releases.length = 0;
  gh.requests.length = 0;
  for (const key of Object.keys(gh.faults) as Array<keyof typeof gh.faults>) delete gh.faults[key];
});

function request(overrides: Partial<GitHubReleaseRequest> = {}): GitHubReleaseRequest & { notesRead: number } {
  const req = {
    tag: 'v1.2.0',
    title: 'hello-pkg 1.2.0',
    commit: 'abc123',
    prerelease: false,
    notesRead: 0,
    notes: async () => {
      req.notesRead++;
      return '### Features\n\n- French';
    },
    files,
    eventRelease: undefined,
    released: 'hello-pkg 1.2.0 is on production (https://pypi.example/project/hello-pkg/1.2.0/)',
    ...overrides,
  };
  return req;
}

async function refusal(promise: Promise<unknown>): Promise<ReleaseError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isReleaseError(error)) throw new Error(`expected a ReleaseError, got ${String(error)}`);
  expect(error.code).toBe('GITHUB_RELEASE_FAILED');
  expect(everything(deps, [error])).not.toContain(TOKEN);
  return error;
}

describe('publishGitHubRelease', () => {
  it('creates the release with notes and attaches every file; a second run skips all of it', async () => {
    const req = request();
    const result = await publishGitHubRelease(api, req, deps);
    expect(result.outcome).toBe('created');
    expect(result.assets).toEqual([{ name: files[0]!.filename, outcome: 'uploaded' }, { name: files[1]!.filename, outcome: 'uploaded' }]);
    const [release] = gh.releases;
    expect(release).toMatchObject({ tag_name: 'v1.2.0', name: 'hello-pkg 1.2.0', body: '### Features\n\n- French', prerelease: false, draft: false, target_commitish: 'abc123' });
    expect(release!.assets.map((a) => a.bytes.toString())).toEqual(['sdist bytes', 'wheel bytes, longer']);
    expect(result.url).toBe(`https://github.example/octo/hello/releases/tag/v1.2.0`);
    expect(gh.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);

    const again = request();
    const rerun = await publishGitHubRelease(api, again, deps);
    expect(rerun.outcome).toBe('found');
    expect(rerun.assets.map((a) => a.outcome)).toEqual(['exists', 'exists']);
    expect(again.notesRead).toBe(0);
    expect(gh.releases).toHaveLength(1);
    expect(gh.releases[0]!.assets).toHaveLength(2);
  });

  it('marks pre-releases', async () => {
    await publishGitHubRelease(api, request({ tag: 'v1.3.0rc1', prerelease: true }), deps);
    expect(gh.releases[0]).toMatchObject({ tag_name: 'v1.3.0rc1', prerelease: true });
  });

  it('fills an existing release\'s empty notes, and leaves written ones alone', async () => {
    const empty = gh.addRelease({ tag_name: 'v1.2.0', name: 'By hand', body: '' });
    expect((await publishGitHubRelease(api, request(), deps)).outcome).toBe('updated');
    expect(empty).toMatchObject({ name: 'By hand', body: '### Features\n\n- French' });

    gh.releases.length = 0;
    const written = gh.addRelease({ tag_name: 'v1.2.0', body: 'My own words.' });
    const req = request();
    expect((await publishGitHubRelease(api, req, deps)).outcome).toBe('found');
    expect(written.body).toBe('My own words.');
    expect(req.notesRead).toBe(0);
  });

  it('publishes a draft written ahead for the tag (GitHub does not find drafts by tag), keeping its words', async () => {
    gh.addRelease({ tag_name: 'v1.1.0', draft: true, body: 'older draft' });
    const draft = gh.addRelease({ tag_name: 'v1.2.0', name: 'Drafted', body: 'Drafted notes.', draft: true });
    const req = request();
    const result = await publishGitHubRelease(api, req, deps);
    expect(result).toMatchObject({ id: draft.id, outcome: 'published' });
    expect(draft).toMatchObject({ draft: false, name: 'Drafted', body: 'Drafted notes.' });
    expect(draft.assets).toHaveLength(2);
    expect(gh.releases).toHaveLength(2);
    expect(req.notesRead).toBe(0);
  });

  it('gives a release event\'s own release the assets, its title and notes untouched', async () => {
    const own = gh.addRelease({ tag_name: 'v1.2.0', name: 'Spring release', body: '' });
    const req = request({ eventRelease: { id: own.id } });
    const result = await publishGitHubRelease(api, req, deps);
    expect(result).toMatchObject({ id: own.id, outcome: 'found' });
    expect(own).toMatchObject({ name: 'Spring release', body: '' });
    expect(own.assets.map((a) => a.name)).toEqual(files.map((f) => f.filename));
    expect(req.notesRead).toBe(0);
    expect(gh.requests.some((r) => r.path.includes('/releases/tags/'))).toBe(false);
  });

  it('replaces an asset of the same name with other bytes (a cut-off upload) and says so', async () => {
    const release = gh.addRelease({ tag_name: 'v1.2.0', body: 'x' });
    release.assets.push({ id: 1, name: files[0]!.filename, size: 3, state: 'starter', content_type: 'application/octet-stream', digest: 'sha256:00', bytes: Buffer.from('sdi') });
    release.assets.push({ id: 2, name: files[1]!.filename, size: files[1]!.size, state: 'uploaded', content_type: 'application/octet-stream', digest: 'sha256:ffff', bytes: Buffer.alloc(files[1]!.size) });
    const result = await publishGitHubRelease(api, request(), deps);
    expect(result.assets.map((a) => a.outcome)).toEqual(['replaced', 'replaced']);
    expect(release.assets.map((a) => a.bytes.toString())).toEqual(['sdist bytes', 'wheel bytes, longer']);
    expect(deps.lines.join('\n')).toMatch(/warning: asset hello_pkg-1\.2\.0\.tar\.gz .* differs .*unfinished upload \(state starter\)/);
  });

  it('403 (no contents: write): says PyPI has the release, names the permission, and how to finish', async () => {
    gh.faults.denyWrites = true;
    const error = await refusal(publishGitHubRelease(api, request(), deps));
    expect(error.message).toBe('hello-pkg 1.2.0 is on production (https://pypi.example/project/hello-pkg/1.2.0/), but the GitHub Release of v1.2.0 could not be finished: ' +
      'GitHub answered 403 "Resource not accessible by integration" while creating the release.');
    expect(error.hint).toContain('permissions: contents: write');
    expect(error.hint).toContain('GitHub says this call needs contents=write');
    expect(error.hint).toContain('The release on PyPI succeeded');
    expect(error.hint).toContain('re-run the job');
  });

  it('404: the repository or the token\'s access', async () => {
    gh.faults.repoMissing = true;
    const error = await refusal(publishGitHubRelease(api, request(), deps));
    expect(error.message).toContain('GitHub answered 404 "Not Found" while looking up the release of the tag');
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(error.hint).toContain('The repository octo/hello was not found');
  });

  it('422: GitHub\'s validation errors are quoted', async () => {
    gh.faults.rejectCreate = true;
    const error = await refusal(publishGitHubRelease(api, request(), deps));
    expect(error.message).toContain('422 "Validation Failed" while creating the release');
    expect(error.hint).toContain('(tag_name invalid)');
  });

  it('401: a wrong token is named as such, and not shown', async () => {
    const error = await refusal(publishGitHubRelease({ ...api, token: `${TOKEN}-wrong` }, request(), deps));
    expect(error.message).toContain('401 "Bad credentials"');
    expect(error.hint).toContain('The token was refused');
  });

  it('an unreachable API is named, with the way to finish', async () => {
    const error = await refusal(publishGitHubRelease({ ...api, apiUrl: new URL('http://127.0.0.1:1') }, request(), deps));
    expect(error.message).toMatch(/127\.0\.0\.1:1 could not be reached while looking up the release of the tag \(ECONNREFUSED\)/);
    // The run's one retry policy: 1 s, then 2 s, each jittered over its upper half.
    expect(deps.sleeps).toHaveLength(2);
    expect(deps.sleeps[0]).toBeGreaterThanOrEqual(500);
    expect(deps.sleeps[0]).toBeLessThanOrEqual(1000);
    expect(deps.sleeps[1]).toBeGreaterThanOrEqual(1000);
    expect(deps.sleeps[1]).toBeLessThanOrEqual(2000);
  });

  it('a read answered 429 waits the Retry-After GitHub gives, in seconds or as a date', async () => {
    gh.faults.throttle = { count: 1, retryAfter: '7' };
    await checkGitHubAccess(api, 'v1.2.0', deps);
    expect(deps.sleeps).toEqual([7000]);
    expect(gh.requests.map((r) => r.status)).toEqual([429, 200]);

    deps = testDeps();
    gh.faults.throttle = { count: 1, retryAfter: new Date(Date.now() + 30_000).toUTCString() };
    await checkGitHubAccess(api, 'v1.2.0', deps);
    expect(deps.sleeps).toHaveLength(1);
    // An HTTP date has whole seconds: 29 to 30 s from now.
    expect(deps.sleeps[0]).toBeGreaterThan(28_000);
    expect(deps.sleeps[0]).toBeLessThanOrEqual(30_000);
  });

  it('a read still throttled after three attempts is explained with GitHub\'s answer', async () => {
    gh.faults.throttle = { count: 5, retryAfter: '1' };
    const error = await refusal(checkGitHubAccess(api, 'v1.2.0', deps));
    expect(error.message).toContain('429 "You have exceeded a secondary rate limit." while reading the repository');
    expect(gh.requests).toHaveLength(3);
  });
});

describe('checkGitHubAccess (before the first upload)', () => {
  it('passes for a readable repository and stops, saying nothing was uploaded, for a missing one', async () => {
    await checkGitHubAccess(api, 'v1.2.0', deps);
    gh.faults.repoMissing = true;
    const error = await refusal(checkGitHubAccess(api, 'v1.2.0', deps));
    expect(error.message).toBe('The GitHub Release of v1.2.0 could not be prepared: GitHub answered 404 "Not Found" while reading the repository octo/hello. Nothing was uploaded.');
    expect(error.hint).not.toContain('PyPI succeeded');
  });
});

describe('trustedUploadHost', () => {
  it('sends the token to GitHub\'s upload host only', () => {
    const t = (api: string, up: string) => trustedUploadHost(new URL(api), new URL(up));
    expect(t('https://api.github.com', 'https://uploads.github.com/repos/o/r/releases/1/assets')).toBe(true);
    expect(t('https://ghe.example.com/api/v3', 'https://ghe.example.com/api/uploads/repos/o/r/releases/1/assets')).toBe(true);
    expect(t('https://api.github.com', 'https://uploads.evil.example/repos/o/r/releases/1/assets')).toBe(false);
    expect(t('https://api.github.com', 'http://uploads.github.com/x')).toBe(false);
    expect(t('https://ghe.example.com/api/v3', 'https://uploads.ghe.example.com/x')).toBe(false);
  });

  it('refuses a release whose upload_url points elsewhere, before sending anything there', async () => {
    const other = await startGitHubApi({ token: TOKEN, repository: 'octo/hello' });
    try {
      // The stand-in's upload_url names 127.0.0.1; the API is asked as localhost: another host.
      other.addRelease({ tag_name: 'v1.2.0', body: 'x' });
      const error = await refusal(publishGitHubRelease({ ...api, apiUrl: new URL(other.url.replace('127.0.0.1', 'localhost')) }, request(), deps));
      expect(error.message).toContain('is not on the GitHub API\'s host');
      expect(other.requests.filter((r) => r.path.startsWith('/uploads/'))).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
