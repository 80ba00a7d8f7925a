// PEP 740 end to end: the action as GitHub runs it (dist/index.js), by trusted
// publishing, signs each file once against the loopback Sigstore (Fulcio
// checks the job's token from the test issuer; Rekor v1 logs the envelope),
// uploads the attestation to both embedded indexes, which verify it as
// Warehouse does, then reads each file's provenance back and verifies it:
// on staging before the smoke test, on production after promotion.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSigstore, type RunningSigstore } from '../packages/pypi-standin/src/sigstore/server.ts';
import { startIssuer, type RunningIssuer } from '../packages/pypi-standin/src/issuer.ts';
import type { TrustedPublishingOptions } from '../packages/pypi-standin/src/oidc.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

const JOB = { repository: 'octo-org/hello-pkg', workflow: 'release.yml' };

let issuer: RunningIssuer;
let sigstore: RunningSigstore;
let staging: RunningIndex;
let production: RunningIndex;
let temp: string;

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-attest-'));
  issuer = await startIssuer({ job: JOB });
  sigstore = await startSigstore({ issuer: issuer.issuer, jwks: issuer.jwksUrl });
  const trust = (audience: string): TrustedPublishingOptions =>
    // publish.yml: the file a reusable workflow's job runs in, registered as Warehouse's minting expects.
    ({ audience, issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [{ project: 'hello-pkg', ...JOB }, { project: 'hello-pkg', ...JOB, workflow: 'publish.yml' }] });
  const index = (name: string, audience: string, integrityRoot?: string) =>
    startIndex({ dir: path.join(temp, name), token: `pypi-${name}-attest-secret`, port: 0, trustedPublishing: trust(audience), sigstoreTrustedRoot: sigstore.trustedRoot, integrityRoot });
  // Staging serves provenance where PyPI's integrity API would not be, and
  // links it from its simple pages: the action reads it where the index says.
  staging = await index('staging', 'staging-local', 'attestations');
  production = await index('production', 'production-local');
});
afterAll(async () => {
  await staging?.close();
  await production?.close();
  await sigstore?.close();
  await issuer?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});
beforeEach(() => {
  issuer.reset();
  sigstore.faults.fulcio.length = 0;
  sigstore.faults.rekor.length = 0;
});

let counter = 0;
async function release(inputs: Record<string, string>): Promise<ActionRun> {
  const dir = path.join(temp, `project-${++counter}`);
  await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), dir, { recursive: true });
  return runAction({
    workspace: await projectRepo(dir, path.join(temp, `workspace-${counter}`)),
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(temp, `runner-${counter}`),
    env: { ...process.env, ...issuer.env, PYPI_PROMOTE_TEST_SIGSTORE: sigstore.url },
    inputs: { 'staging-url': staging.uploadUrl, 'production-url': production.uploadUrl, git: 'none', ...inputs },
  });
}

interface SimpleFile {
  filename: string;
  provenance: string | null;
}

async function simpleFiles(index: RunningIndex, version: string): Promise<SimpleFile[]> {
  const res = await fetch(`${index.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
  if (res.status === 404) return [];
  return ((await res.json()) as { files: SimpleFile[] }).files.filter((f) => f.filename.includes(`-${version}`));
}

const FILES = ['hello_pkg-0.3.0-py3-none-any.whl', 'hello_pkg-0.3.0.tar.gz'];

describe('a release with attestations (default with trusted publishing)', () => {
  let run: ActionRun;
  let rekorBefore: number;
  let audiences: Array<string | undefined>;
  beforeAll(async () => {
    rekorBefore = sigstore.rekor.size;
    run = await release({ version: '0.3.0', 'smoke-test': 'hello' });
    audiences = issuer.requests.map((r) => r.audience);
  });

  it('signs each file once, before the first upload', () => {
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(sigstore.rekor.size).toBe(rekorBefore + 2);
    for (const file of FILES) expect(run.stdout).toMatch(new RegExp(`${file.replaceAll('.', '\\.')}: attestation signed, Rekor log index \\d+ \\(GitHub workflow release\\.yml of octo-org/hello-pkg at refs/heads/main\\)`));
    expect(run.stdout.indexOf('::group::Attest')).toBeGreaterThan(run.stdout.indexOf('::group::Trusted publishing'));
    expect(run.stdout.indexOf('::group::Attest')).toBeLessThan(run.stdout.indexOf('::group::Stage'));
    // Fulcio's token is asked for the audience `sigstore`, beside the two indexes' own.
    expect(audiences).toEqual(['staging-local', 'production-local', 'sigstore']);
  });

  it('verifies staging\'s provenance before the smoke test, production\'s after promotion', () => {
    const provenance = run.stdout.indexOf('::group::Provenance');
    expect(provenance).toBeGreaterThan(run.stdout.indexOf('::group::Await'));
    expect(provenance).toBeLessThan(run.stdout.indexOf('::group::Smoke test'));
    for (const [index, after] of [[staging, 'Provenance'], [production, 'Promote']] as const) {
      for (const file of FILES) {
        const line = run.stdout.split('\n').findIndex((l) => l.includes(`provenance of ${file} verified`) && l.includes(new URL(index.url).host));
        expect(line, `${file} on ${index.url}`).toBeGreaterThan(run.stdout.split('\n').findIndex((l) => l === `::group::${after}`));
      }
    }
  });

  it('both indexes serve the provenance (integrity API and PEP 691), and the outputs and summary name it', async () => {
    for (const [index, output] of [[staging, 'staging-provenance'], [production, 'production-provenance']] as const) {
      const files = await simpleFiles(index, '0.3.0');
      expect(files.map((f) => f.filename).sort()).toEqual(FILES);
      const urls = run.outputs[output]!.split('\n').sort();
      expect(urls).toEqual(files.map((f) => f.provenance!).sort());
      const root = index === staging ? 'attestations' : 'integrity';
      for (const url of urls) expect(new URL(url).pathname).toMatch(new RegExp(`^/${root}/hello-pkg/0\\.3\\.0/hello_pkg-0\\.3\\.0[^/]+/provenance$`));
      // Where PyPI's integrity API would be, staging has nothing.
      if (index === staging) expect((await fetch(urls[0]!.replace('/attestations/', '/integrity/'))).status).toBe(404);
      for (const url of urls) {
        const provenance = (await (await fetch(url)).json()) as { version: number; attestation_bundles: Array<{ publisher: unknown; attestations: unknown[] }> };
        expect(provenance.version).toBe(1);
        expect(provenance.attestation_bundles).toHaveLength(1);
        expect(provenance.attestation_bundles[0]!.publisher).toEqual({ kind: 'GitHub', repository: 'octo-org/hello-pkg', workflow: 'release.yml', environment: null });
        expect(provenance.attestation_bundles[0]!.attestations).toHaveLength(1);
      }
    }
    expect(run.summary).toContain('Attestations (PEP 740), verified as each index serves them:');
    expect(run.summary.match(/\| `hello_pkg-0\.3\.0[^`]*` \| (staging|production) \| \d+ \| \[provenance\]/g)).toHaveLength(4);
  });
});

describe('Rekor\'s answer lost', () => {
  it('the retried entry meets 409, is fetched, and the release goes on with one entry per file', async () => {
    const before = sigstore.rekor.size;
    sigstore.requests.length = 0;
    sigstore.faults.rekor.push('lose-answer');
    const run = await release({ version: '0.4.0' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sigstore.rekor.size).toBe(before + 2);
    expect(sigstore.requests.filter((r) => r.service === 'rekor').map((r) => `${r.method} ${r.status}`)).toEqual(['POST 500', 'POST 409', 'GET 200', 'POST 201']);
    expect(run.outputs['production-provenance']!.split('\n')).toHaveLength(2);
  });
});

describe('two jobs: stage, then promote', () => {
  it('the stage job attests for staging, the promote job signs for production itself', async () => {
    const before = sigstore.rekor.size;
    const stage = await release({ version: '0.5.0', mode: 'stage' });
    expect(stage.exitCode, stage.stdout).toBe(0);
    expect(stage.outputs['staging-provenance']!.split('\n')).toHaveLength(2);
    expect(stage.outputs['production-provenance']).toBe('');
    expect(sigstore.rekor.size).toBe(before + 2);
    const promote = await release({ mode: 'promote', manifest: stage.outputs.manifest! });
    expect(promote.exitCode, promote.stdout).toBe(0);
    expect(sigstore.rekor.size).toBe(before + 4);
    expect(promote.outputs['production-provenance']!.split('\n')).toHaveLength(2);
    expect((await simpleFiles(production, '0.5.0')).every((f) => f.provenance !== null)).toBe(true);
  });
});

describe('signing fails closed', () => {
  it('Fulcio down: nothing is uploaded, and the error says how to re-run or turn attestations off', async () => {
    const uploads = { staging: staging.uploads.length, production: production.uploads.length };
    // Every attempt (the first and two retries) meets a 500.
    sigstore.faults.fulcio.push('error', 'error', 'error');
    const run = await release({ version: '0.3.1' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error ATTESTATION_SIGNING_FAILED');
    expect(run.stdout).toMatch(/Signing the attestation of hello_pkg-0\.3\.1[^ ]* failed at Fulcio \(the certificate\)/);
    expect(run.stdout).toContain('Nothing was uploaded.');
    expect(run.stdout).toContain('`attestations: false`');
    expect({ staging: staging.uploads.length, production: production.uploads.length }).toEqual(uploads);
    expect(await simpleFiles(staging, '0.3.1')).toEqual([]);
  });

  it('a job of a reusable workflow is stopped before anything is signed', async () => {
    const before = sigstore.requests.length;
    // Trusted publishing passes (publish.yml is registered); the attestation would not: its Build Config URI names release.yml.
    issuer.claims.job_workflow_ref = 'octo-org/hello-pkg/.github/workflows/publish.yml@refs/heads/main';
    const run = await release({ version: '0.3.2' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error ATTESTATION_UNSUPPORTED');
    expect(run.stdout).toContain('This job runs in the reusable workflow publish.yml, called by release.yml');
    expect(sigstore.requests.length).toBe(before);
    expect(await simpleFiles(staging, '0.3.2')).toEqual([]);
  });
});

describe('the embedded index checks attestations as Warehouse does', () => {
  it('attestations: true with a token is an input problem, with Warehouse\'s reason', async () => {
    const run = await release({ version: '0.3.3', attestations: 'true', 'staging-token': 'pypi-staging-attest-secret' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error INPUT_INVALID');
    expect(run.stdout).toContain('Attestations are only supported when using Trusted Publishing with GitHub Actions.');
  });
});
