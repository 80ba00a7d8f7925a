// PEP 740 verification on real data this project did not make: the attestation
// PyPI serves for sampleproject-3.0.0.tar.gz, signed by the public-good
// Sigstore in 2024, checked against the trusted root shipped inside
// @sigstore/tuf. No network: Rekor's inclusion promise and proof travel in the object.
import { readFileSync } from 'node:fs';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { describe, expect, it } from 'vitest';
import {
  attestationFromBundle,
  attestationToBundle,
  isAttestationError,
  parseAttestation,
  publicGoodTrustedRoot,
  trustedRootFromJSON,
  ultranormalizeFilename,
  verifyAttestation,
  type AttestationProblem,
  type Publisher,
  type PyPIAttestation,
  type VerifyOptions,
} from '../src/attest/index.ts';

// A copy of ../shared/fixtures/attestations/, committed: it is public data, and a clone must test alone.
const FIXTURE = new URL('./fixtures/attestations/sampleproject-3.0.0.tar.gz.publish.attestation', import.meta.url);
const FILENAME = 'sampleproject-3.0.0.tar.gz';
const SHA256 = '117ed88e5db073bb92969a7545745fd977ee85b7019706dd256a64058f70963d';
const SIGNER: Publisher = { kind: 'google', email: '919436158236-compute@developer.gserviceaccount.com' };

const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown;
const fixture = (): PyPIAttestation => parseAttestation(structuredClone(raw));
const options = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({
  file: { filename: FILENAME, sha256: SHA256 },
  publisher: SIGNER,
  trustedRoot: publicGoodTrustedRoot(),
  ...over,
});

function refusal(run: () => unknown): { problem: AttestationProblem; message: string } {
  try {
    run();
  } catch (e) {
    if (isAttestationError(e)) return { problem: e.problem, message: e.message };
    throw e;
  }
  throw new Error('accepted');
}

describe('verifyAttestation on PyPI\'s sampleproject-3.0.0 attestation', () => {
  it('accepts it for its file name and sha256, signed by its service account', () => {
    const verified = verifyAttestation(fixture(), options());
    expect(verified.predicateType).toBe('https://docs.pypi.org/attestations/publish/v1');
    expect(verified.logIndex).toBe('125970014');
    expect(verified.integratedTime.toISOString()).toBe('2024-08-29T17:09:39.000Z');
    expect(verified.claims.issuer).toBe('https://accounts.google.com');
    expect(verified.claims.subjectAlternativeName).toBe(SIGNER.kind === 'google' ? SIGNER.email : '');
  });

  it('accepts the file name written another way that normalizes the same (as pypi-attestations)', () => {
    expect(() => verifyAttestation(fixture(), options({ file: { filename: 'SampleProject-3.0.0.tar.gz', sha256: SHA256 } }))).not.toThrow();
  });

  it('refuses it for any other file name', () => {
    for (const filename of ['sampleproject-3.0.1.tar.gz', 'sampleproject-3.0.0-py3-none-any.whl', 'otherproject-3.0.0.tar.gz']) {
      const { problem, message } = refusal(() => verifyAttestation(fixture(), options({ file: { filename, sha256: SHA256 } })));
      expect(problem).toBe('SUBJECT');
      expect(message).toContain('subject does not match distribution name');
    }
  });

  it('refuses it for any other sha256', () => {
    const other = SHA256.replace(/^1/, '2');
    expect(refusal(() => verifyAttestation(fixture(), options({ file: { filename: FILENAME, sha256: other } })))).toEqual({
      problem: 'SUBJECT',
      message: 'subject does not match distribution digest',
    });
  });

  it('refuses it for another signer: a GitHub workflow, another service account', () => {
    const github = refusal(() => verifyAttestation(fixture(), options({ publisher: { kind: 'github', repository: 'pypa/sampleproject', workflow: 'release.yml' } })));
    expect(github.problem).toBe('IDENTITY');
    expect(github.message).toContain('https://accounts.google.com, not https://token.actions.githubusercontent.com');
    const google = refusal(() => verifyAttestation(fixture(), options({ publisher: { kind: 'google', email: 'someone@developer.gserviceaccount.com' } })));
    expect(google.problem).toBe('IDENTITY');
  });

  it('refuses a tampered statement: the signature no longer holds', () => {
    const att = fixture();
    const statement = Buffer.from(att.envelope.statement, 'base64').toString('utf8').replace(SHA256, '0'.repeat(64));
    att.envelope.statement = Buffer.from(statement).toString('base64');
    const { problem, message } = refusal(() => verifyAttestation(att, options({ file: { filename: FILENAME, sha256: '0'.repeat(64) } })));
    expect(problem).toBe('SIGNATURE');
    expect(message).toMatch(/^Verification failed: /);
  });

  it('refuses a signature from another envelope', () => {
    const att = fixture();
    const sig = Buffer.from(att.envelope.signature, 'base64');
    sig.writeUInt8(sig.readUInt8(sig.length - 1) ^ 1, sig.length - 1);
    att.envelope.signature = sig.toString('base64');
    expect(refusal(() => verifyAttestation(att, options())).problem).toBe('SIGNATURE');
  });

  it('refuses it under a trusted root that does not hold the public-good Rekor key', () => {
    const root = TrustedRoot.toJSON(publicGoodTrustedRoot()) as Record<string, unknown>;
    const withoutRekor = trustedRootFromJSON({ ...root, tlogs: [] });
    expect(refusal(() => verifyAttestation(fixture(), options({ trustedRoot: withoutRekor }))).problem).toBe('SIGNATURE');
  });
});

describe('PyPI attestation object <-> Sigstore bundle', () => {
  it('round-trips PyPI\'s object through a v0.3 DSSE bundle and its JSON', () => {
    const bundle = attestationToBundle(fixture());
    const json = bundleToJSON(bundle);
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(json.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json');
    expect(json.verificationMaterial.certificate?.rawBytes).toBe(fixture().verification_material.certificate);
    const back = attestationFromBundle(bundleFromJSON(JSON.parse(JSON.stringify(json))));
    expect(back).toEqual(raw);
  });

  it('refuses what is not a PEP 740 object, saying where', () => {
    type Spoilable = { version: unknown; verification_material: Record<string, unknown>; envelope: Record<string, unknown> };
    const cases: [string, (a: Spoilable) => void, string][] = [
      ['version 2', (a) => (a.version = 2), "the attestation's version is 2, not 1"],
      ['no transparency entry', (a) => (a.verification_material.transparency_entries = []), 'verification_material.transparency_entries is not a list of at least one entry'],
      ['a signature that is not base64', (a) => (a.envelope.signature = 'not base64!'), 'envelope.signature is not base64'],
      ['no certificate', (a) => delete a.verification_material.certificate, 'verification_material.certificate is not base64'],
    ];
    for (const [, spoil, message] of cases) {
      const value = structuredClone(raw) as Spoilable;
      spoil(value);
      expect(refusal(() => parseAttestation(value))).toEqual({ problem: 'MALFORMED', message });
    }
    const notACert = fixture();
    notACert.verification_material.certificate = Buffer.from('not a certificate').toString('base64');
    expect(refusal(() => attestationToBundle(notACert)).problem).toBe('MALFORMED');
  });
});

describe('ultranormalizeFilename', () => {
  it('normalizes name and version and sorts compressed tag sets', () => {
    expect(ultranormalizeFilename('Sample.Project-3.0.tar.gz')).toBe('sample_project-3.0.tar.gz');
    expect(ultranormalizeFilename('foo-1.0-py3.py2-none-any.whl')).toBe('foo-1.0-py2.py3-none-any.whl');
    expect(ultranormalizeFilename('foo-01.0-1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toBe(
      'foo-1.0-1-cp312-cp312-manylinux2014_x86_64.manylinux_2_17_x86_64.whl',
    );
  });
});
