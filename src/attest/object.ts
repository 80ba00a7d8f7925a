// PEP 740's attestation object and the Sigstore bundle (v0.3, DSSE) it is a
// repackaging of, both ways. PyPI keeps the certificate, the Rekor entries and
// the envelope's two variable parts; the rest of the bundle is fixed, so the
// conversion loses nothing (tests round-trip PyPI's own object).
import {
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  bundleToJSON,
  isBundleWithDsseEnvelope,
  type Bundle,
  type BundleWithDsseEnvelope,
  type SerializedBundle,
} from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { AttestationError } from './errors.ts';

/** The DSSE payload type of an in-toto statement: the only one PyPI accepts. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** A Rekor entry in its protobuf JSON form (camelCase keys, int64 as strings), as PyPI serves it. */
export type TransparencyEntry = SerializedBundle['verificationMaterial']['tlogEntries'][number];

export interface PyPIAttestation {
  version: 1;
  verification_material: {
    /** base64 of the DER of the Fulcio leaf certificate. */
    certificate: string;
    transparency_entries: TransparencyEntry[];
  };
  envelope: {
    /** base64 of the in-toto Statement v1 (the DSSE payload). */
    statement: string;
    /** base64 of the DSSE signature over PAE(payload type, statement). */
    signature: string;
  };
}

// Strict, as pydantic's `b64decode(validate=True)` in pypi-attestations: Node's
// decoder skips what it does not know, which would let garbage through.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function base64Field(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '' || !BASE64.test(value)) {
    throw new AttestationError('MALFORMED', `${where} is not base64`);
  }
  return value;
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AttestationError('MALFORMED', `${where} is not an object`);
  }
  return value as Record<string, unknown>;
}

/**
 * Checks that a parsed JSON value is a PEP 740 attestation object and returns
 * it typed. The transparency entries are checked when the bundle is built
 * (`attestationToBundle`), by Sigstore's own parser.
 */
export function parseAttestation(value: unknown): PyPIAttestation {
  const top = record(value, 'the attestation');
  if (top.version !== 1) {
    throw new AttestationError('MALFORMED', `the attestation's version is ${JSON.stringify(top.version)}, not 1`);
  }
  const material = record(top.verification_material, 'verification_material');
  const envelope = record(top.envelope, 'envelope');
  const entries = material.transparency_entries;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new AttestationError('MALFORMED', 'verification_material.transparency_entries is not a list of at least one entry');
  }
  entries.forEach((entry, i) => record(entry, `transparency_entries[${i}]`));
  return {
    version: 1,
    verification_material: {
      certificate: base64Field(material.certificate, 'verification_material.certificate'),
      transparency_entries: entries as TransparencyEntry[],
    },
    envelope: {
      statement: base64Field(envelope.statement, 'envelope.statement'),
      signature: base64Field(envelope.signature, 'envelope.signature'),
    },
  };
}

/**
 * The Sigstore bundle an attestation stands for. Like pypi-attestations, only
 * the first transparency entry goes into the bundle: a bundle carries the entry
 * for its one signature.
 */
export function attestationToBundle(attestation: PyPIAttestation): BundleWithDsseEnvelope {
  const certificate = Buffer.from(attestation.verification_material.certificate, 'base64');
  try {
    X509Certificate.parse(certificate);
  } catch (e) {
    throw new AttestationError('MALFORMED', 'verification_material.certificate is not an X.509 certificate', e);
  }
  const serialized: SerializedBundle = {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      certificate: { rawBytes: attestation.verification_material.certificate },
      x509CertificateChain: undefined,
      publicKey: undefined,
      tlogEntries: attestation.verification_material.transparency_entries.slice(0, 1),
      timestampVerificationData: undefined,
    },
    messageSignature: undefined,
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
    },
  };
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(serialized);
  } catch (e) {
    throw new AttestationError('MALFORMED', `not a valid Sigstore bundle: ${(e as Error).message}`, e);
  }
  if (!isBundleWithDsseEnvelope(bundle)) throw new AttestationError('MALFORMED', 'the bundle has no DSSE envelope');
  return bundle;
}

/** PyPI's object for a bundle that a signer made: one DSSE signature, one leaf certificate. */
export function attestationFromBundle(bundle: Bundle): PyPIAttestation {
  const json = bundleToJSON(bundle);
  const envelope = json.dsseEnvelope;
  if (envelope === undefined) throw new AttestationError('MALFORMED', 'the bundle holds a message signature, not a DSSE envelope');
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new AttestationError('MALFORMED', `the envelope's payload type is ${envelope.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}`);
  }
  const [signature, ...more] = envelope.signatures;
  if (signature === undefined || more.length > 0) {
    throw new AttestationError('MALFORMED', `expected exactly one signature, got ${envelope.signatures.length}`);
  }
  const material = json.verificationMaterial;
  // A v0.1/v0.2 bundle names its leaf as the first certificate of a chain.
  const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  if (certificate === undefined) throw new AttestationError('MALFORMED', 'the bundle has no signing certificate (a public key cannot attest on PyPI)');
  if (material.tlogEntries.length === 0) throw new AttestationError('MALFORMED', 'the bundle has no transparency log entry');
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: material.tlogEntries },
    envelope: { statement: envelope.payload, signature: signature.sig },
  };
}
