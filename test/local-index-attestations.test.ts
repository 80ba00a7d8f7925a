// The embedded index's PEP 740 checks, driven by the action's own upload
// client: Warehouse's refusals (with its texts) for an API token, an
// attestation of another file or another workflow, two attestations; an
// identical re-upload answered before attestations are read; and provenance
// served by the integrity API and the PEP 691 listing.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSigstore, type RunningSigstore } from '../packages/pypi-standin/src/sigstore/server.ts';
import type { PyPIAttestation } from '../src/attest/object.ts';
import { signFile } from '../src/attest/sign.ts';
import type { Dist } from '../src/dists/dist.ts';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { mintToken } from '../src/index/auth.ts';
import { upload } from '../src/index/upload.ts';
import { resolveIndexUrls, type IndexUrls } from '../src/index/url.ts';
import { startIssuer, type RunningIssuer } from '../packages/pypi-standin/src/issuer.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { createBuilder, testDeps, type Builder } from './helpers/index.ts';

const STATIC_TOKEN = 'pypi-static-attest-test-51aa';
const PUBLISHER = { project: 'hello-pkg', repository: 'octo-org/hello-pkg', workflow: 'release.yml' };

let issuer: RunningIssuer;
let sigstore: RunningSigstore;
let index: RunningIndex;
let urls: IndexUrls;
let builder: Builder;
let temp: string;
let sdist: Dist;
let wheel: Dist;
let minted: string;

beforeAll(async () => {
  issuer = await startIssuer({ job: { repository: PUBLISHER.repository, workflow: PUBLISHER.workflow } });
  sigstore = await startSigstore({ issuer: issuer.issuer, jwks: issuer.jwksUrl });
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-index-attest-'));
  index = await startIndex({
    dir: path.join(temp, 'index'),
    token: STATIC_TOKEN,
    trustedPublishing: { audience: 'staging-local', issuer: issuer.issuer, jwks: issuer.jwksUrl, publishers: [PUBLISHER] },
    sigstoreTrustedRoot: sigstore.trustedRoot,
  });
  urls = resolveIndexUrls(index.uploadUrl);
  builder = await createBuilder();
  const built = await builder.build({ name: 'hello-pkg', version: '1.0.0', body: 'X = 1' });
  sdist = built.find((d) => d.kind === 'sdist')!;
  wheel = built.find((d) => d.kind === 'wheel')!;
  minted = (await mintToken(urls, 'hello-pkg', Object.assign(testDeps(), { env: issuer.env }))).token;
});
afterAll(async () => {
  await index?.close();
  await sigstore?.close();
  await issuer?.close();
  await builder?.cleanup();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});
beforeEach(() => issuer.reset());

async function attest(dist: Dist): Promise<PyPIAttestation> {
  const now = Math.floor(Date.now() / 1000);
  const token = await issuer.sign({ ...issuer.claims, iss: issuer.issuer, aud: 'sigstore', iat: now, nbf: now, exp: now + 300 });
  return signFile({ filename: dist.filename, sha256: dist.sha256 }, {
    endpoints: { fulcio: sigstore.fulcioUrl, rekor: sigstore.rekorUrl },
    getToken: async () => token,
    timeout: 5_000,
    retries: 0,
  });
}

async function refused(dist: Dist, token: string): Promise<ReleaseError> {
  const error = await upload(dist, { urls, token }, testDeps()).then(() => undefined, (e: unknown) => e);
  if (!isReleaseError(error)) throw new Error(`expected a ReleaseError, got ${String(error)}`);
  return error;
}

describe('attestations on upload, as Warehouse checks them', () => {
  it('refuses them with an API token', async () => {
    const error = await refused({ ...wheel, attestations: [await attest(wheel)] }, STATIC_TOKEN);
    expect(error.code).toBe('ATTESTATION_REJECTED');
    expect(error.message).toContain('failed with 400: "Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing with GitHub Actions."');
  });

  it('refuses an attestation of another file', async () => {
    const error = await refused({ ...wheel, attestations: [await attest(sdist)] }, minted);
    expect(error.code).toBe('ATTESTATION_REJECTED');
    expect(error.message).toContain(
      'Invalid attestations supplied during upload: Could not verify the uploaded artifact using the included attestation: Verification failed: subject does not match distribution name: hello_pkg-1.0.0.tar.gz != hello_pkg-1.0.0-py3-none-any.whl',
    );
  });

  it('refuses an attestation signed by another workflow of the repository (what a reusable workflow looks like to it)', async () => {
    issuer.claims.workflow_ref = 'octo-org/hello-pkg/.github/workflows/nightly.yml@refs/heads/main';
    const error = await refused({ ...wheel, attestations: [await attest(wheel)] }, minted);
    expect(error.message).toContain("does not match expected Trusted Publisher (release.yml @ octo-org/hello-pkg)");
  });

  it('refuses two attestations for one file', async () => {
    const one = await attest(wheel);
    const error = await refused({ ...wheel, attestations: [one, one] }, minted);
    expect(error.message).toContain('Invalid attestations supplied during upload: Only a single attestation per file is supported.');
  });

  it('keeps a valid one, serves it as provenance, and answers an identical re-upload before reading attestations', async () => {
    const deps = testDeps();
    expect(await upload({ ...wheel, attestations: [await attest(wheel)] }, { urls, token: minted }, deps)).toBe('uploaded');
    const listing = (await (await fetch(`${index.simpleUrl}hello-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })).json()) as {
      files: Array<{ filename: string; provenance: string | null }>;
    };
    const url = `${index.url}/integrity/hello-pkg/1.0.0/${wheel.filename}/provenance`;
    expect(listing.files.find((f) => f.filename === wheel.filename)?.provenance).toBe(url);
    const served = (await (await fetch(url)).json()) as { attestation_bundles: Array<{ publisher: unknown }> };
    expect(served.attestation_bundles[0]?.publisher).toEqual({ kind: 'GitHub', repository: 'octo-org/hello-pkg', workflow: 'release.yml', environment: null });
    // Warehouse finds the identical file first: what the upload carries is never read.
    const other = await attest(sdist);
    expect(await upload({ ...wheel, attestations: [other] }, { urls, token: STATIC_TOKEN }, deps)).toBe('uploaded');
    // A file uploaded without attestations has no provenance.
    expect(await upload(sdist, { urls, token: minted }, deps)).toBe('uploaded');
    expect((await fetch(`${index.url}/integrity/hello-pkg/1.0.0/${sdist.filename}/provenance`)).status).toBe(404);
  });
});
