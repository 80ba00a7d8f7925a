// The loopback Sigstore (packages/pypi-standin/src/sigstore/): sigstore-js
// signs against it exactly as against the public-good instance, and what it
// signs verifies under its trusted root with the same code that verifies
// PyPI's real attestations. Tokens come from the test OIDC issuer.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSigstore, type RunningSigstore } from '../packages/pypi-standin/src/sigstore/server.ts';
import {
  isAttestationError,
  publicGoodTrustedRoot,
  trustedRootFromJSON,
  verifyAttestation,
  type AttestedFile,
  type Publisher,
  type PyPIAttestation,
} from '../src/attest/index.ts';
import { isSigningError, signFile, type SignOptions, type SigningError } from '../src/attest/sign.ts';
import { startIssuer, type RunningIssuer } from '../packages/pypi-standin/src/issuer.ts';

let issuer: RunningIssuer;
let sigstore: RunningSigstore;

beforeAll(async () => {
  issuer = await startIssuer({ job: { repository: 'octo-org/hello-pkg', workflow: 'release.yml', ref: 'refs/tags/v1.0.0' } });
  sigstore = await startSigstore({ issuer: issuer.issuer, jwks: issuer.jwksUrl });
});
afterAll(async () => {
  await sigstore?.close();
  await issuer?.close();
});
beforeEach(() => {
  issuer.reset();
  sigstore.requests.length = 0;
  sigstore.faults.fulcio.length = 0;
  sigstore.faults.rekor.length = 0;
});

const WHEEL: AttestedFile = { filename: 'hello_pkg-1.0.0-py3-none-any.whl', sha256: 'ab'.repeat(32) };
const SDIST: AttestedFile = { filename: 'hello_pkg-1.0.0.tar.gz', sha256: 'cd'.repeat(32) };

/** A job's token as GitHub hands it out: the issuer's current claims, for `audience`. */
async function token(audience = 'sigstore'): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return issuer.sign({ ...issuer.claims, iss: issuer.issuer, aud: audience, iat: now, nbf: now, exp: now + 300 });
}

const options = (over: Partial<SignOptions> = {}): SignOptions => ({
  endpoints: { fulcio: sigstore.fulcioUrl, rekor: sigstore.rekorUrl },
  getToken: () => token(),
  timeout: 5_000,
  retries: 1,
  minRetryWait: 10,
  ...over,
});

const publisher = (over: Partial<Extract<Publisher, { kind: 'github' }>> = {}): Publisher => ({
  kind: 'github',
  repository: 'octo-org/hello-pkg',
  workflow: 'release.yml',
  ref: 'refs/tags/v1.0.0',
  issuer: issuer.issuer,
  ...over,
});

const verify = (attestation: PyPIAttestation, file: AttestedFile, who = publisher()) =>
  verifyAttestation(attestation, { file, publisher: who, trustedRoot: trustedRootFromJSON(sigstore.trustedRoot) });

type Entry = PyPIAttestation['verification_material']['transparency_entries'][number];

/** The attestation's Rekor entry as Rekor serves it now (GET by UUID), in the bundle's JSON form. */
async function laterEntry(attestation: PyPIAttestation): Promise<Entry> {
  const entry = attestation.verification_material.transparency_entries[0]!;
  const uuid = createHash('sha256').update(Buffer.from([0])).update(Buffer.from(entry.canonicalizedBody, 'base64')).digest('hex');
  const answer = (await (await fetch(`${sigstore.rekorUrl}/api/v1/log/entries/${uuid}`)).json()) as Record<string, RekorEntry>;
  const got = answer[uuid]!;
  const hex = (h: string) => Buffer.from(h, 'hex').toString('base64');
  return {
    ...entry,
    inclusionPromise: { signedEntryTimestamp: got.verification.signedEntryTimestamp },
    inclusionProof: {
      logIndex: String(got.verification.inclusionProof.logIndex),
      rootHash: hex(got.verification.inclusionProof.rootHash),
      treeSize: String(got.verification.inclusionProof.treeSize),
      hashes: got.verification.inclusionProof.hashes.map(hex),
      checkpoint: { envelope: got.verification.inclusionProof.checkpoint },
    },
  };
}

interface RekorEntry {
  verification: {
    signedEntryTimestamp: string;
    inclusionProof: { logIndex: number; rootHash: string; treeSize: number; hashes: string[]; checkpoint: string };
  };
}

async function signingFailure(run: Promise<unknown>): Promise<SigningError> {
  const e = await run.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isSigningError(e)) throw new Error(`expected a SigningError, got ${String(e)}`);
  return e;
}

describe('the loopback Sigstore', () => {
  it('signs each file once; each attestation verifies for its own file and no other', async () => {
    const before = sigstore.rekor.size;
    const wheel = await signFile(WHEEL, options());
    const sdist = await signFile(SDIST, options());
    // A third entry makes the log's tree deeper than one level: inclusion proofs with real paths.
    await signFile({ ...WHEEL, sha256: 'ef'.repeat(32) }, options());
    expect(sigstore.rekor.size).toBe(before + 3);
    expect(sigstore.requests.map((r) => `${r.service} ${r.status}`)).toEqual(['fulcio 201', 'rekor 201', 'fulcio 201', 'rekor 201', 'fulcio 201', 'rekor 201']);

    const verified = verify(wheel, WHEEL);
    expect(verified.claims).toMatchObject({
      issuer: issuer.issuer,
      subjectAlternativeName: 'https://github.com/octo-org/hello-pkg/.github/workflows/release.yml@refs/tags/v1.0.0',
      sourceRepositoryUri: 'https://github.com/octo-org/hello-pkg',
      sourceRepositoryRef: 'refs/tags/v1.0.0',
      buildConfigUri: 'https://github.com/octo-org/hello-pkg/.github/workflows/release.yml@refs/tags/v1.0.0',
    });
    expect(verified.predicateType).toBe('https://docs.pypi.org/attestations/publish/v1');
    expect(verify(sdist, SDIST).logIndex).toBe(String(Number(verified.logIndex) + 1));
    expect(wheel.verification_material.transparency_entries[0]?.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });

    // The first entry's proof, asked for now that the log has grown: a path through the older subtree.
    const later = await laterEntry(wheel);
    expect(Number(later.inclusionProof?.treeSize)).toBeGreaterThan(Number(later.inclusionProof?.logIndex) + 1);
    expect(verify({ ...wheel, verification_material: { ...wheel.verification_material, transparency_entries: [later] } }, WHEEL).logIndex).toBe(verified.logIndex);

    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        if (isAttestationError(e)) return e.problem;
        throw e;
      }
      return 'accepted';
    };
    expect(refused(() => verify(wheel, SDIST))).toBe('SUBJECT');
    expect(refused(() => verify(wheel, { ...WHEEL, sha256: SDIST.sha256 }))).toBe('SUBJECT');
    expect(refused(() => verify(wheel, WHEEL, publisher({ workflow: 'other.yml' })))).toBe('IDENTITY');
    expect(refused(() => verify(wheel, WHEEL, publisher({ repository: 'octo-org/other' })))).toBe('IDENTITY');
    expect(refused(() => verify(wheel, WHEEL, publisher({ ref: 'refs/heads/main' })))).toBe('IDENTITY');
    // GitHub's real issuer is not the stand-in's: a test certificate never passes for a real one.
    expect(refused(() => verify(wheel, WHEEL, publisher({ issuer: undefined })))).toBe('IDENTITY');
    // Nor does the stand-in's log or CA mean anything under the public-good root.
    expect(refused(() => verifyAttestation(wheel, { file: WHEEL, publisher: publisher(), trustedRoot: publicGoodTrustedRoot() }))).toBe('SIGNATURE');
  });

  it('puts the workflow that started the run in Build Config URI: a job of another workflow is refused', async () => {
    issuer.claims.workflow_ref = 'octo-org/hello-pkg/.github/workflows/nightly.yml@refs/tags/v1.0.0';
    const attestation = await signFile(WHEEL, options());
    expect(() => verify(attestation, WHEEL)).toThrow(/Build Config URI \(https:\/\/github.com\/octo-org\/hello-pkg\/.github\/workflows\/nightly.yml@refs\/tags\/v1.0.0\) does not match/);
  });

  it('Fulcio refuses a token for another audience, and signing fails at the certificate', async () => {
    const e = await signingFailure(signFile(WHEEL, options({ getToken: () => token('pypi') })));
    expect(e.step).toBe('fulcio');
    expect(e.code).toBe('CA_CREATE_SIGNING_CERTIFICATE_ERROR');
    expect(e.message).toContain('There was an error processing the identity token');
    expect(sigstore.requests).toMatchObject([{ service: 'fulcio', status: 401, reason: expect.stringContaining('aud') }]);
    expect(sigstore.requests.some((r) => r.service === 'rekor')).toBe(false);
  });

  it('Fulcio 500 on every attempt: signing fails after the retries, nothing logged', async () => {
    const before = sigstore.rekor.size;
    sigstore.faults.fulcio.push('error', 'error');
    const e = await signingFailure(signFile(WHEEL, options({ retries: 1 })));
    expect(e.step).toBe('fulcio');
    expect(sigstore.requests.map((r) => `${r.service} ${r.status}`)).toEqual(['fulcio 500', 'fulcio 500']);
    expect(sigstore.rekor.size).toBe(before);
  });

  it('Fulcio that never answers: the request times out and signing fails', async () => {
    sigstore.faults.fulcio.push('hang');
    const e = await signingFailure(signFile(WHEEL, options({ retries: 0, timeout: 300 })));
    expect(e.step).toBe('fulcio');
  });

  it('Rekor 409 after a lost answer: the existing entry is fetched and the attestation holds', async () => {
    const before = sigstore.rekor.size;
    sigstore.faults.rekor.push('lose-answer');
    const attestation = await signFile(WHEEL, options({ retries: 2 }));
    expect(sigstore.requests.map((r) => `${r.service} ${r.method} ${r.status}`)).toEqual([
      'fulcio POST 201',
      'rekor POST 500',
      'rekor POST 409',
      'rekor GET 200',
    ]);
    expect(sigstore.rekor.size).toBe(before + 1);
    expect(verify(attestation, WHEEL).predicateType).toBe('https://docs.pypi.org/attestations/publish/v1');
  });

  it('Rekor refuses an envelope whose signature its verifier did not make', async () => {
    const attestation = await signFile(WHEEL, options());
    const pem = `-----BEGIN CERTIFICATE-----\n${attestation.verification_material.certificate}\n-----END CERTIFICATE-----\n`;
    const forged = {
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        proposedContent: {
          envelope: JSON.stringify({
            payloadType: 'application/vnd.in-toto+json',
            payload: Buffer.from('{"another":"statement"}').toString('base64'),
            signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
          }),
          verifiers: [Buffer.from(pem).toString('base64')],
        },
      },
    };
    const answer = await fetch(`${sigstore.rekorUrl}/api/v1/log/entries`, { method: 'POST', body: JSON.stringify(forged), headers: { 'Content-Type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ code: 400, message: 'validation failure: could not verify envelope signature' });
  });

  it('serves its trusted root', async () => {
    const answer = await fetch(sigstore.trustedRootUrl);
    expect(await answer.json()).toEqual(sigstore.trustedRoot);
  });
});

describe('the action never imports a stand-in', () => {
  it('no module under src/ names packages/ or pypi-standin', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (file.endsWith('.ts') && /from '[^']*(packages\/|pypi-standin)/.test(readFileSync(file, 'utf8'))) offenders.push(file);
      }
    };
    walk(new URL('../src', import.meta.url).pathname);
    expect(offenders).toEqual([]);
  });
});
