// Trusted publishing end to end: the action as GitHub runs it (dist/index.js),
// given no token, in a job whose ACTIONS_ID_TOKEN_REQUEST_* variables reach a
// loopback stand-in for GitHub's token service, releasing examples/hello-pkg
// to two embedded indexes that each trust a publisher.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startIssuer, jobClaims, type RunningIssuer } from '../packages/pypi-standin/src/issuer.ts';
import type { TrustedPublisher, TrustedPublishingOptions } from '../packages/pypi-standin/src/oidc.ts';
import type { RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { startIndex } from '../packages/pypi-standin/src/server.ts';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

const STAGING_TOKEN = 'pypi-STAGING-oidc-e2e-c41d-secret';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-oidc-e2e-9e07-secret';
const JOB = { repository: 'octo-org/hello-pkg', workflow: 'release.yml', environment: 'pypi' };

let issuer: RunningIssuer;
let indexes: TestIndexes;
let temp: string;
let staging: RunningIndex;
let production: RunningIndex;
const stagingPublisher: TrustedPublisher = { project: 'hello-pkg', repository: JOB.repository, workflow: JOB.workflow };
const productionPublisher: TrustedPublisher = { project: 'hello-pkg', repository: JOB.repository, workflow: JOB.workflow, environment: 'pypi' };

beforeAll(async () => {
  issuer = await startIssuer({ job: JOB });
  const trust = (audience: string, publisher: TrustedPublisher): TrustedPublishingOptions =>
    ({ audience, issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [publisher] });
  indexes = await startTestIndexes('oidc', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN }, {
    // Audiences of their own: a loopback index that asked for PyPI's (`pypi`) would be refused.
    staging: trust('staging-local', stagingPublisher),
    production: trust('production-local', productionPublisher),
  });
  ({ temp, staging, production } = indexes);
});
afterAll(async () => {
  await indexes?.close();
  await issuer?.close();
});
beforeEach(() => issuer.reset());

let counter = 0;
async function freshProject(): Promise<string> {
  const dir = path.join(temp, `project-${++counter}`);
  await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), dir, { recursive: true });
  return projectRepo(dir, path.join(temp, `workspace-${counter}`));
}

/** A job's environment: with `id-token: write` (the issuer's variables), or without. */
function jobEnv(idToken: boolean): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ACTIONS_ID_TOKEN_REQUEST_URL;
  delete env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return idToken ? { ...env, ...issuer.env } : env;
}

async function release(inputs: Record<string, string>, options: { idToken?: boolean } = {}): Promise<ActionRun> {
  return runAction({
    workspace: await freshProject(),
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${++counter}`),
    env: jobEnv(options.idToken ?? true),
    inputs: {
      'staging-url': staging.uploadUrl,
      'production-url': production.uploadUrl,
      git: 'none',
      // Trusted publishing alone here: attestations have their own file (release-attest.e2e.test.ts).
      attestations: 'false',
      ...inputs,
    },
  });
}

async function filesOf(index: RunningIndex, version: string): Promise<string[]> {
  const res = await fetch(`${index.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return [];
  const page = (await res.json()) as { files: Array<{ filename: string }> };
  return page.files.map((f) => f.filename).filter((f) => f.includes(`-${version}`));
}

/** Neither the OIDC JWTs nor any minted token, nor the job's request token, shows anywhere in the run's output. */
function expectNoSecrets(run: ActionRun): void {
  const secrets = [...issuer.issued, ...staging.mintedTokens(), ...production.mintedTokens(), issuer.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN];
  const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

async function expectNothingPublished(run: ActionRun, version: string, uploadsBefore: { staging: number; production: number }): Promise<void> {
  expect(run.exitCode, run.stdout).toBe(1);
  expect(staging.uploads.length).toBe(uploadsBefore.staging);
  expect(production.uploads.length).toBe(uploadsBefore.production);
  expect(await filesOf(staging, version)).toEqual([]);
  expect(await filesOf(production, version)).toEqual([]);
  expectNoSecrets(run);
}

const counts = () => ({ staging: staging.uploads.length, production: production.uploads.length });

describe('a release by trusted publishing', () => {
  let run: ActionRun;
  let audiences: Array<string | undefined>;
  beforeAll(async () => {
    issuer.reset();
    run = await release({ version: '0.1.1', 'smoke-test': 'hello' });
    audiences = issuer.requests.map((r) => r.audience);
  });

  it('succeeds with no token given, on both indexes', async () => {
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.version).toBe('0.1.1');
    expect((await filesOf(staging, '0.1.1')).sort()).toEqual(['hello_pkg-0.1.1-py3-none-any.whl', 'hello_pkg-0.1.1.tar.gz']);
    expect((await filesOf(production, '0.1.1')).sort()).toEqual(['hello_pkg-0.1.1-py3-none-any.whl', 'hello_pkg-0.1.1.tar.gz']);
    // One exchange per index, for its own audience, both before the first upload.
    expect(audiences).toEqual(['staging-local', 'production-local']);
    expect(run.stdout).toMatch(/Trusted publishing: 127\.0\.0\.1:\d+ accepted the job's OIDC token \(repository octo-org\/hello-pkg, workflow release\.yml, environment pypi\)/);
    expect(run.stdout.indexOf('Trusted publishing:')).toBeLessThan(run.stdout.indexOf('::group::Stage'));
  });

  it('masks the JWTs and minted tokens at once, and shows them nowhere', () => {
    const minted = [...staging.mintedTokens(), ...production.mintedTokens()];
    expect(minted).toHaveLength(2);
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    for (const secret of [...minted, ...issuer.issued]) expect(masks).toContain(secret);
    expectNoSecrets(run);
  });
});

describe('a token for one index, trusted publishing for the other', () => {
  it('uses the token given and mints the other', async () => {
    const run = await release({ version: '0.1.2', 'staging-token': STAGING_TOKEN });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(issuer.requests.map((r) => r.audience)).toEqual(['production-local']);
    expect(await filesOf(production, '0.1.2')).toHaveLength(2);
    expectNoSecrets(run);
  });
});

describe('trusted publishing failures stop the release before anything is uploaded', () => {
  it('a job without `permissions: id-token: write`', async () => {
    const before = counts();
    const run = await release({ version: '0.2.0' }, { idToken: false });
    await expectNothingPublished(run, '0.2.0', before);
    expect(run.stdout).toContain('error TRUSTED_PUBLISHING_NO_ID_TOKEN');
    expect(run.stdout).toContain('ACTIONS_ID_TOKEN_REQUEST_URL is not set');
    expect(run.stdout).toContain('permissions: id-token: write');
    // Said before the version is written or anything is built.
    expect(run.stdout).not.toContain('::group::Version');
    expect(run.stdout).not.toContain('::group::Build');
  });

  it('a job of another workflow file than the publisher\'s', async () => {
    issuer.claims = jobClaims({ ...JOB, workflow: 'ci.yml' });
    const before = counts();
    const run = await release({ version: '0.3.0' });
    await expectNothingPublished(run, '0.3.0', before);
    expect(run.stdout).toContain('error TRUSTED_PUBLISHING_REFUSED');
    expect(run.stdout).toContain('invalid-publisher: valid token, but no corresponding publisher (Publisher with matching claims was not found)');
    expect(run.stdout).toContain('workflow file ci.yml');
  });

  it('production\'s publisher wants another environment: refused before staging has anything', async () => {
    issuer.claims = jobClaims({ ...JOB, environment: 'testing' });
    const before = counts();
    const mintedBefore = staging.mintedTokens().length;
    const run = await release({ version: '0.4.0' });
    await expectNothingPublished(run, '0.4.0', before);
    // Staging's publisher names no environment and accepted the job; production's did not.
    expect(staging.mintedTokens().length).toBe(mintedBefore + 1);
    expect(run.stdout).toContain('error TRUSTED_PUBLISHING_REFUSED');
    expect(run.stdout).toMatch(/refused to exchange the job's OIDC token \(repository octo-org\/hello-pkg, workflow release\.yml, environment testing\)/);
    expect(run.stdout).toContain("environment 'testing'");
  });

  it('an expired OIDC token', async () => {
    issuer.lifetime = -120;
    const before = counts();
    const run = await release({ version: '0.5.0' });
    await expectNothingPublished(run, '0.5.0', before);
    expect(run.stdout).toContain('error TRUSTED_PUBLISHING_REFUSED');
    expect(run.stdout).toContain('invalid-token: malformed or invalid token');
    expect(run.stdout).toContain('expired');
  });

  it('an OIDC token for another audience', async () => {
    issuer.audienceOverride = 'some-other-index';
    const before = counts();
    const run = await release({ version: '0.6.0' });
    await expectNothingPublished(run, '0.6.0', before);
    expect(run.stdout).toContain('error TRUSTED_PUBLISHING_REFUSED');
    expect(run.stdout).toContain('invalid-token');
    expect(run.stdout).toContain('another audience');
  });
});

describe('an index that chooses its audience', () => {
  it("a staging index that asks for PyPI's audience gets no OIDC token at all, and nothing is published", async () => {
    const hostile = await startIndex({
      dir: path.join(temp, 'asks-for-pypi'),
      token: STAGING_TOKEN,
      port: 0,
      trustedPublishing: { audience: 'pypi', issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [stagingPublisher] },
    });
    try {
      const before = { hostile: hostile.uploads.length, production: production.uploads.length };
      const run = await release({ version: '0.7.0', 'staging-url': hostile.uploadUrl });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('error TRUSTED_PUBLISHING_AUDIENCE');
      expect(run.stdout).toContain("asked for the OIDC audience 'pypi', which is PyPI's");
      // Refused before GitHub was asked for any token, for either index.
      expect(issuer.requests).toEqual([]);
      expect(hostile.uploads.length).toBe(before.hostile);
      expect(production.uploads.length).toBe(before.production);
      expect(await filesOf(production, '0.7.0')).toEqual([]);
    } finally {
      await hostile.close();
    }
  });
});
