// Trusted publishing over real HTTP on loopback: the action's side
// (src/index/auth.ts) against the embedded index's (packages/pypi-standin/src/oidc.ts),
// with a stand-in for GitHub's token service signing the job's OIDC tokens.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dist } from '../src/dists/dist.ts';
import { isReleaseError, type ErrorCode, type ReleaseError } from '../src/errors.ts';
import { distinctAudiences, EXCHANGE_ATTEMPTS, indexAudience, mintToken, pinnedAudience, readCredentials, REMINT_MARGIN_MS, requireIdToken, uploadAuth } from '../src/index/auth.ts';
import { upload } from '../src/index/upload.ts';
import { resolveIndexUrls, type IndexUrls } from '../src/index/url.ts';
import { uploadTargets, type IndexConfig } from '../src/index/config.ts';
import { jobClaims, startIssuer, type RunningIssuer } from '../packages/pypi-standin/src/issuer.ts';
import { TrustedPublishing } from '../packages/pypi-standin/src/oidc.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { createBuilder, testDeps, type Builder, type TestDeps } from './helpers/index.ts';

const STATIC_TOKEN = 'pypi-static-auth-test-9c1e';
const AUDIENCE = 'testpypi-local';
const PUBLISHER = { project: 'hello-pkg', repository: 'octo-org/hello-pkg', workflow: 'release.yml', environment: 'pypi' };

let issuer: RunningIssuer;
let index: RunningIndex;
let plain: RunningIndex;
let urls: IndexUrls;
let builder: Builder;
let temp: string;
let hello: Dist[];
let other: Dist[];

beforeAll(async () => {
  issuer = await startIssuer({ job: { repository: 'octo-org/hello-pkg', workflow: 'release.yml', environment: 'pypi' } });
  temp = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'pypi-promote-auth-'));
  index = await startIndex({
    dir: path.join(temp, 'index'),
    token: STATIC_TOKEN,
    trustedPublishing: { audience: AUDIENCE, issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [PUBLISHER] },
  });
  plain = await startIndex({ dir: path.join(temp, 'plain'), token: STATIC_TOKEN });
  urls = resolveIndexUrls(index.uploadUrl);
  builder = await createBuilder();
  hello = await builder.build({ name: 'hello-pkg', version: '1.0.0', body: 'X = 1' });
  other = await builder.build({ name: 'other-pkg', version: '1.0.0', body: 'X = 2' });
});

afterAll(async () => {
  await index?.close();
  await plain?.close();
  await issuer?.close();
  await builder?.cleanup();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

beforeEach(() => issuer.reset());

interface Job extends TestDeps {
  masked: string[];
}

/** Deps of a job that has `id-token: write`, recording what it masks. */
function job(env: NodeJS.ProcessEnv = issuer.env, now?: () => number): Job {
  const masked: string[] = [];
  const deps = testDeps();
  return Object.assign(deps, { env, masked, secret: (v: string) => void masked.push(v), ...(now ? { now } : {}) });
}

async function refusal(p: Promise<unknown>): Promise<ReleaseError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
  if (!isReleaseError(error)) throw new Error(`expected a ReleaseError, got ${String(error)}`);
  return error;
}

function expectNothingLeaked(deps: Job, error?: ReleaseError): void {
  const text = [...deps.lines, error ? error.render() : ''].join('\n');
  for (const jwt of issuer.issued) expect(text).not.toContain(jwt);
  expect(text).not.toContain(issuer.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

async function expectRefused(code: ErrorCode, deps: Job, p: Promise<unknown>, text: RegExp): Promise<ReleaseError> {
  const error = await refusal(p);
  expect(error.code).toBe(code);
  expect(error.render()).toMatch(text);
  expectNothingLeaked(deps, error);
  return error;
}

describe('trusted publishing', () => {
  it('mints a token for the audience the index names, masks it and the JWT, and the index takes uploads with it', async () => {
    const deps = job();
    const minted = await mintToken(urls, 'hello-pkg', deps);
    expect(minted.token).toMatch(/^pypi-/);
    expect(issuer.requests.at(-1)).toEqual({ audience: AUDIENCE, status: 200 });
    // The JWT first (before anything could print it), then the minted token.
    expect(deps.masked).toEqual([issuer.issued.at(-1), minted.token]);
    expect(minted.expiresAt).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(deps.lines.join('\n')).toContain('accepted the job\'s OIDC token (repository octo-org/hello-pkg, workflow release.yml, environment pypi)');
    expectNothingLeaked(deps);
    expect(deps.lines.join('\n')).not.toContain(minted.token);

    for (const dist of hello) expect(await upload(dist, { urls, token: minted.token }, deps)).toBe('uploaded');
  });

  it('mints a token good for its publisher\'s project only', async () => {
    const deps = job();
    const minted = await mintToken(urls, 'hello-pkg', deps);
    const error = await refusal(upload(other[0]!, { urls, token: minted.token }, deps));
    expect(error.code).toBe('INDEX_AUTH');
    expect(error.render()).toContain("The given token isn't allowed to upload to project 'other-pkg'");
    // The index's own API token still uploads anything.
    expect(await upload(other[0]!, { urls, token: STATIC_TOKEN }, deps)).toBe('uploaded');
  });

  it('uses a token given as input, and asks nobody for one', async () => {
    const before = issuer.requests.length;
    const auth = await uploadAuth({ role: 'staging', urls, token: STATIC_TOKEN, username: '__token__' } satisfies IndexConfig, 'hello-pkg', job());
    expect(auth.method).toBe('token');
    expect(await auth.token()).toBe(STATIC_TOKEN);
    expect(issuer.requests.length).toBe(before);
  });

  it('mints again when the token it holds is about to expire, not before', async () => {
    let skew = 0;
    const deps = job(issuer.env, () => Date.now() + skew);
    const auth = await uploadAuth({ role: 'production', urls, token: '', username: '__token__' }, 'hello-pkg', deps);
    const first = await auth.token();
    expect(await auth.token()).toBe(first);
    skew = 15 * 60_000 - REMINT_MARGIN_MS + 1000;
    const second = await auth.token();
    expect(second).not.toBe(first);
    expect(second).toMatch(/^pypi-/);
    expect(deps.masked).toContain(second);
  });

  it('works with ES256 tokens as well as RS256', async () => {
    const es = await startIssuer({ algorithm: 'ES256', job: { repository: 'octo-org/hello-pkg', workflow: 'release.yml' } });
    const esIndex = await startIndex({
      dir: path.join(temp, 'es'),
      token: STATIC_TOKEN,
      trustedPublishing: { audience: 'es-local', issuer: es.issuer, jwks: es.jwksUrl, publishers: [{ ...PUBLISHER, environment: undefined }] },
    });
    try {
      const minted = await mintToken(resolveIndexUrls(esIndex.uploadUrl), 'hello-pkg', job(es.env));
      expect(minted.token).toMatch(/^pypi-/);
    } finally {
      await esIndex.close();
      await es.close();
    }
  });
});

describe('trusted publishing failures, explained', () => {
  it('a job without `id-token: write` (or from a fork) has no OIDC request URL', async () => {
    const deps = job({});
    const error = await expectRefused('TRUSTED_PUBLISHING_NO_ID_TOKEN', deps, mintToken(urls, 'hello-pkg', deps), /ACTIONS_ID_TOKEN_REQUEST_URL is not set/);
    expect(error.hint).toContain('id-token: write');
    expect(error.hint).toContain('fork');
  });

  it('is told before anything is written when an index has no token and the job no OIDC request URL', () => {
    const index = (role: 'staging' | 'production', token: string): IndexConfig => ({ role, urls, token, username: '__token__' });
    const config = { uploadsTo: [index('staging', ''), index('production', '')] };
    expect(() => requireIdToken(config, {})).toThrow(/No token was given for 127\.0\.0\.1:\d+ \(staging-token\) and 127\.0\.0\.1:\d+ \(production-token\)/);
    expect(() => requireIdToken({ uploadsTo: [index('staging', ''), index('production', STATIC_TOKEN)] }, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x/?a=1' })).toThrow(/ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set/);
    expect(() => requireIdToken(config, issuer.env)).not.toThrow();
    // A dry run uploads to nothing (uploadTargets), so it needs no OIDC token.
    expect(() => requireIdToken({ uploadsTo: uploadTargets('release', true, index('staging', ''), index('production', '')) }, {})).not.toThrow();
    expect(() => requireIdToken({ uploadsTo: uploadTargets('stage', false, index('staging', STATIC_TOKEN), index('production', '')) }, {})).not.toThrow();
    expect(() => requireIdToken({ uploadsTo: [index('staging', STATIC_TOKEN), index('production', STATIC_TOKEN)] }, {})).not.toThrow();
  });

  it('an index without trusted publishing (404 on its audience)', async () => {
    const deps = job();
    const before = issuer.requests.length;
    const error = await expectRefused('TRUSTED_PUBLISHING_UNSUPPORTED', deps, mintToken(resolveIndexUrls(plain.uploadUrl), 'hello-pkg', deps), /does not support trusted publishing/);
    expect(error.message).toContain('/_/oidc/audience does not exist (HTTP 404)');
    expect(error.hint).toContain('API token');
    // GitHub is not asked for a token the index cannot use.
    expect(issuer.requests.length).toBe(before);
  });

  it('a job of another workflow file', async () => {
    issuer.claims = jobClaims({ repository: 'octo-org/hello-pkg', workflow: 'deploy.yml', environment: 'pypi' });
    const deps = job();
    const error = await expectRefused('TRUSTED_PUBLISHING_REFUSED', deps, mintToken(urls, 'hello-pkg', deps),
      /invalid-publisher: valid token, but no corresponding publisher \(Publisher with matching claims was not found\)/);
    expect(error.hint).toContain('workflow file deploy.yml');
    expect(error.message).toContain('workflow deploy.yml');
  });

  it('a job in another environment than the publisher\'s, or in none', async () => {
    issuer.claims = jobClaims({ repository: 'octo-org/hello-pkg', workflow: 'release.yml', environment: 'staging' });
    const deps = job();
    const error = await expectRefused('TRUSTED_PUBLISHING_REFUSED', deps, mintToken(urls, 'hello-pkg', deps), /Publisher with matching claims was not found/);
    expect(error.hint).toContain("environment 'staging'");
    issuer.claims = jobClaims({ repository: 'octo-org/hello-pkg', workflow: 'release.yml' });
    const none = await expectRefused('TRUSTED_PUBLISHING_REFUSED', deps, mintToken(urls, 'hello-pkg', deps), /invalid-publisher/);
    expect(none.hint).toContain('environment (none');
  });

  it('a job of another repository', async () => {
    issuer.claims = jobClaims({ repository: 'someone/fork', workflow: 'release.yml', environment: 'pypi' });
    const deps = job();
    await expectRefused('TRUSTED_PUBLISHING_REFUSED', deps, mintToken(urls, 'hello-pkg', deps), /matches this job: repository someone\/fork/);
  });

  it('a reusable workflow: the publisher must name the called file', async () => {
    issuer.claims = {
      ...jobClaims({ repository: 'octo-org/hello-pkg', workflow: 'publish-reusable.yml', environment: 'pypi' }),
      workflow_ref: 'octo-org/hello-pkg/.github/workflows/release.yml@refs/heads/main',
    };
    const deps = job();
    const error = await expectRefused('TRUSTED_PUBLISHING_REFUSED', deps, mintToken(urls, 'hello-pkg', deps), /reusable workflow/);
    expect(error.hint).toContain('must name the called file, publish-reusable.yml');
  });

  it('an expired token', async () => {
    issuer.lifetime = -60;
    const deps = job();
    const error = await expectRefused('TRUSTED_PUBLISHING_REFUSED', deps, mintToken(urls, 'hello-pkg', deps), /invalid-token: malformed or invalid token/);
    expect(error.hint).toContain('expired');
  });

  it('a token for another audience', async () => {
    issuer.audienceOverride = 'pypi';
    const deps = job();
    const error = await expectRefused('TRUSTED_PUBLISHING_REFUSED', deps, mintToken(urls, 'hello-pkg', deps), /invalid-token/);
    expect(error.hint).toContain('another audience');
  });

  it('a token signed with a key the issuer does not publish', async () => {
    const impostor = await startIssuer();
    try {
      const now = Math.floor(Date.now() / 1000);
      // The right issuer name and audience, the wrong key.
      const forged = await impostor.sign({ ...jobClaims(), iss: issuer.issuer, aud: AUDIENCE, iat: now, nbf: now, exp: now + 300, jti: 'forged' });
      const res = await fetch(`${index.url}/_/oidc/mint-token`, { method: 'POST', body: JSON.stringify({ token: forged }) });
      expect(res.status).toBe(422);
      expect(await res.json()).toEqual({ message: 'Token request failed', errors: [{ code: 'invalid-token', description: 'malformed or invalid token' }] });
    } finally {
      await impostor.close();
    }
  });
});

describe("the embedded index's mint-token endpoint", () => {
  const mint = (body: string) => fetch(`${index.url}/_/oidc/mint-token`, { method: 'POST', body });

  it('answers its audience', async () => {
    const res = await fetch(`${index.url}/_/oidc/audience`);
    expect(await res.json()).toEqual({ audience: AUDIENCE });
  });

  it('refuses a JWT used before', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await issuer.sign({ ...jobClaims({ environment: 'pypi' }), iss: issuer.issuer, aud: AUDIENCE, iat: now, nbf: now, exp: now + 300, jti: 'once' });
    expect((await mint(JSON.stringify({ token }))).status).toBe(200);
    const again = await mint(JSON.stringify({ token }));
    expect(again.status).toBe(422);
    expect(await again.json()).toEqual({ message: 'Token request failed', errors: [{ code: 'invalid-reuse-token', description: 'invalid token: already used' }] });
  });

  it.each([
    ['not JSON', '{', 'invalid-payload'],
    ['no token', '{}', 'invalid-payload'],
    ['not a JWT', '{"token":"abc"}', 'invalid-payload'],
  ])('refuses a body that is %s', async (_what, body, code) => {
    const res = await mint(body);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ code: string }> }).errors[0]!.code).toBe(code);
  });

  it('refuses a token of an issuer it does not trust', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await issuer.sign({ ...jobClaims(), iss: 'https://token.actions.githubusercontent.com', aud: AUDIENCE, iat: now, nbf: now, exp: now + 300, jti: 'x' });
    const res = await mint(JSON.stringify({ token }));
    expect(((await res.json()) as { errors: Array<{ description: string }> }).errors[0]!.description).toBe('unknown trusted publishing issuer');
  });

  it('refuses a job run by pull_request_target', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await issuer.sign({ ...jobClaims({ environment: 'pypi' }), event_name: 'pull_request_target', iss: issuer.issuer, aud: AUDIENCE, iat: now, nbf: now, exp: now + 300, jti: 'prt' });
    const res = await mint(JSON.stringify({ token }));
    expect(((await res.json()) as { errors: Array<{ description: string }> }).errors[0]!.description)
      .toContain("Publishing from a workflow invoked via 'pull_request_target' is not supported.");
  });

  it('lets a minted token expire', async () => {
    const oidc = new TrustedPublishing({ audience: AUDIENCE, issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [PUBLISHER] });
    const now = Math.floor(Date.now() / 1000);
    const jwt = await issuer.sign({ ...jobClaims({ environment: 'pypi' }), iss: issuer.issuer, aud: AUDIENCE, iat: now, nbf: now, exp: now + 300, jti: 'exp' });
    const reply = await oidc.mint(JSON.stringify({ token: jwt }), new Date());
    const { token, expires } = JSON.parse(reply.body) as { token: string; expires: number };
    expect(oidc.grant(token, new Date((expires - 1) * 1000))).toEqual({ project: 'hello-pkg', expires, publisher: PUBLISHER });
    expect(oidc.grant(token, new Date(expires * 1000))).toBeUndefined();
  });
});

/**
 * An index front that answers its audience with `script` (a status per
 * request; 200 answers the embedded index's audience, 0 drops the connection) and passes mint-token
 * through to the embedded index.
 */
async function front(script: number[], body = '', headers: Record<string, string> = {}): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      if (req.url === '/_/oidc/audience') {
        const status = script.shift() ?? 200;
        if (status === 0) return void req.socket.destroy();
        const text = status === 200 ? JSON.stringify({ audience: AUDIENCE }) : body;
        res.writeHead(status, { 'Content-Type': 'application/json', ...(status === 200 ? {} : headers) }).end(text);
        return;
      }
      fetch(`${index.url}${req.url}`, { method: req.method, body: Buffer.concat(chunks) })
        .then(async (r) => res.writeHead(r.status, { 'Content-Type': 'application/json' }).end(await r.text()))
        .catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/legacy/`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

describe('transient failures of the exchange', () => {
  it('tries the whole exchange again, with a fresh OIDC token, after a 503', async () => {
    const flaky = await front([503]);
    try {
      const deps = job();
      const minted = await mintToken(resolveIndexUrls(flaky.url), 'hello-pkg', deps);
      expect(minted.token).toMatch(/^pypi-/);
      expect(flaky.requests).toEqual(['GET /_/oidc/audience', 'GET /_/oidc/audience', 'POST /_/oidc/mint-token']);
      expect(deps.sleeps).toHaveLength(1);
      expect(deps.sleeps[0]).toBeGreaterThanOrEqual(500);
      expect(deps.sleeps[0]).toBeLessThanOrEqual(1000);
      expect(deps.lines.join('\n')).toMatch(/warning: .*audience failed: HTTP 503.*Retry 1 of 2 in/);
    } finally {
      await flaky.close();
    }
  });

  it('tries again after a dropped connection', async () => {
    const cut = await front([0]);
    try {
      const deps = job();
      expect((await mintToken(resolveIndexUrls(cut.url), 'hello-pkg', deps)).token).toMatch(/^pypi-/);
      expect(deps.sleeps).toHaveLength(1);
    } finally {
      await cut.close();
    }
  });

  it('waits the Retry-After of a 429, in seconds or as an HTTP date', async () => {
    const busy = await front([429, 429], '', { 'Retry-After': '7' });
    try {
      const deps = job();
      expect((await mintToken(resolveIndexUrls(busy.url), 'hello-pkg', deps)).token).toMatch(/^pypi-/);
      expect(deps.sleeps).toEqual([7000, 7000]);
    } finally {
      await busy.close();
    }
    const dated = await front([503], '', { 'Retry-After': new Date(Date.now() + 20_000).toUTCString() });
    try {
      const deps = job();
      expect((await mintToken(resolveIndexUrls(dated.url), 'hello-pkg', deps)).token).toMatch(/^pypi-/);
      expect(deps.sleeps).toHaveLength(1);
      expect(deps.sleeps[0]).toBeGreaterThan(18_000);
      expect(deps.sleeps[0]).toBeLessThanOrEqual(20_000);
    } finally {
      await dated.close();
    }
  });

  it('gives up after a few attempts, saying the index failed', async () => {
    const down = await front(Array(EXCHANGE_ATTEMPTS).fill(502));
    try {
      const deps = job();
      const error = await expectRefused('INDEX_UNREACHABLE', deps, mintToken(resolveIndexUrls(down.url), 'hello-pkg', deps), /audience failed: HTTP 502/);
      expect(error.hint).toContain('up?');
      expect(down.requests).toHaveLength(EXCHANGE_ATTEMPTS);
    } finally {
      await down.close();
    }
  });

  it('an index that has trusted publishing switched off (403, as Warehouse)', async () => {
    const off = await front([403], JSON.stringify({ message: 'Trusted publishing functionality not enabled' }));
    try {
      const deps = job();
      await expectRefused('TRUSTED_PUBLISHING_UNSUPPORTED', deps, mintToken(resolveIndexUrls(off.url), 'hello-pkg', deps),
        /answered HTTP 403: Trusted publishing functionality not enabled/);
      expect(off.requests).toHaveLength(1);
    } finally {
      await off.close();
    }
  });
});

describe('readCredentials', () => {
  const index = (role: 'staging' | 'production', upload: string, simple: string, username: string, token: string): IndexConfig => ({
    role,
    urls: resolveIndexUrls(upload, simple),
    token,
    username,
  });

  it('gives an account index its credentials on its own origin, and nothing elsewhere', () => {
    const masked: string[] = [];
    const staging = index('staging', 'https://devpi.example.com/acme/staging/', 'https://devpi.example.com/acme/staging/+simple/', 'acme', 'pw1');
    const production = index('production', 'https://upload.pypi.org/legacy/', 'https://pypi.org/simple/', '__token__', 'pypi-x');
    const credentials = readCredentials([staging, production], (v) => masked.push(v))!;
    const basic = `Basic ${Buffer.from('acme:pw1').toString('base64')}`;
    expect(masked).toEqual([Buffer.from('acme:pw1').toString('base64')]);
    expect(credentials(new URL('https://devpi.example.com/acme/staging/+simple/hello-pkg/'))).toBe(basic);
    expect(credentials(new URL('https://devpi.example.com/acme/staging/+f/abc/hello_pkg-1.0.tar.gz'))).toBe(basic);
    // The embedded index and pypiserver serve files beside, not below, their simple pages.
    expect(credentials(new URL('https://devpi.example.com/files/ab/cd/x.whl'))).toBe(basic);
    // Another host (a CDN the listing links to), another scheme or port, PyPI.
    for (const other of [
      'https://files.example.com/acme/staging/x.whl',
      'http://devpi.example.com/acme/staging/+simple/',
      'https://devpi.example.com:8443/acme/staging/+simple/',
      'https://pypi.org/simple/hello-pkg/',
    ]) {
      expect(credentials(new URL(other)), other).toBeUndefined();
    }
  });

  it('tells two accounts of one server apart by path, and gives nothing when no index has an account', () => {
    const a = index('staging', 'https://devpi.example.com/acme/staging/', 'https://devpi.example.com/acme/staging/+simple/', 'a', 'pa');
    const b = index('production', 'https://devpi.example.com/acme/prod/', 'https://devpi.example.com/acme/prod/+simple/', 'b', 'pb');
    const credentials = readCredentials([a, b])!;
    expect(credentials(new URL('https://devpi.example.com/acme/prod/+simple/x/'))).toBe(`Basic ${Buffer.from('b:pb').toString('base64')}`);
    expect(credentials(new URL('https://devpi.example.com/acme/staging/+simple/x/'))).toBe(`Basic ${Buffer.from('a:pa').toString('base64')}`);
    const pypi = index('production', 'https://upload.pypi.org/legacy/', 'https://pypi.org/simple/', '__token__', 'pypi-x');
    expect(readCredentials([pypi])).toBeUndefined();
  });
});

describe('the OIDC audience', () => {
  it("is pinned for PyPI and TestPyPI by host, over https only, and never asked of them", () => {
    expect(pinnedAudience(resolveIndexUrls('https://upload.pypi.org/legacy/'))).toBe('pypi');
    expect(pinnedAudience(resolveIndexUrls('https://test.pypi.org/legacy/'))).toBe('testpypi');
    expect(pinnedAudience(resolveIndexUrls('https://pypi.example.com/legacy/'))).toBeUndefined();
    expect(pinnedAudience(resolveIndexUrls('http://127.0.0.1:8080/legacy/'))).toBeUndefined();
  });

  for (const claimed of ['pypi', 'testpypi', 'PyPI']) {
    it(`is refused when another index asks for '${claimed}', before GitHub is asked for a token`, async () => {
      const hostile = await startIndex({
        dir: path.join(temp, `claims-${claimed}`),
        token: STATIC_TOKEN,
        trustedPublishing: { audience: claimed, issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [PUBLISHER] },
      });
      try {
        const deps = job();
        const hostileUrls = resolveIndexUrls(hostile.uploadUrl);
        await expectRefused('TRUSTED_PUBLISHING_AUDIENCE', deps, indexAudience(hostileUrls, deps), new RegExp(`asked for the OIDC audience '${claimed}'`));
        await expectRefused('TRUSTED_PUBLISHING_AUDIENCE', deps, mintToken(hostileUrls, 'hello-pkg', deps), /could publish to (PyPI|TestPyPI) as your project/);
        expect(issuer.requests).toEqual([]);
      } finally {
        await hostile.close();
      }
    });
  }

  it('is refused when staging and production ask for the same one, before either gets a token', async () => {
    const twin = await startIndex({
      dir: path.join(temp, 'twin'),
      token: STATIC_TOKEN,
      trustedPublishing: { audience: AUDIENCE, issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [PUBLISHER] },
    });
    try {
      const deps = job();
      await expectRefused('TRUSTED_PUBLISHING_AUDIENCE', deps, distinctAudiences({ staging: urls, production: resolveIndexUrls(twin.uploadUrl) }, deps), /both ask for the OIDC audience 'testpypi-local'/);
      expect(issuer.requests).toEqual([]);
      // Distinct ones pass, and only the indexes minted for are asked.
      expect(await distinctAudiences({ staging: urls, production: undefined }, deps)).toEqual({ staging: AUDIENCE, production: undefined });
    } finally {
      await twin.close();
    }
  });
});
