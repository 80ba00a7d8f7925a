// Verifies a PEP 740 attestation for one file, offline: Sigstore checks the
// signature, the certificate chain and its SCT, and the Rekor entry (inclusion
// promise and proof, and that the entry records this very envelope); then the
// certificate must name the expected publisher and the statement this file.
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { X509Certificate } from '@sigstore/core';
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial } from '@sigstore/verify';
import { AttestationError } from './errors.ts';
import { checkPublisher, type CertificateClaims, type Publisher } from './identity.ts';
import { attestationToBundle, IN_TOTO_PAYLOAD_TYPE, type PyPIAttestation } from './object.ts';
import { checkStatement, PUBLISH_PREDICATE, type AttestedFile } from './statement.ts';

export interface VerifyOptions {
  file: AttestedFile;
  publisher: Publisher;
  trustedRoot: TrustedRoot;
  /** The predicate types accepted; PyPI's publish attestation unless said otherwise. */
  predicateTypes?: readonly string[];
}

export interface VerifiedAttestation {
  predicateType: string;
  claims: CertificateClaims;
  /** The Rekor entry that logged the signature, to point users at it. */
  logIndex: string;
  integratedTime: Date;
}

const trustMaterials = new WeakMap<TrustedRoot, TrustMaterial>();

function trustMaterial(root: TrustedRoot): TrustMaterial {
  let material = trustMaterials.get(root);
  if (material === undefined) {
    material = toTrustMaterial(root);
    trustMaterials.set(root, material);
  }
  return material;
}

/** Throws an AttestationError (with its `problem`) unless the attestation holds for this file and publisher. */
export function verifyAttestation(attestation: PyPIAttestation, options: VerifyOptions): VerifiedAttestation {
  const bundle = attestationToBundle(attestation);
  try {
    new Verifier(trustMaterial(options.trustedRoot)).verify(toSignedEntity(bundle));
  } catch (e) {
    // sigstore-js's errors carry a code (SIGNATURE_ERROR, TLOG_ERROR, CERTIFICATE_ERROR...) and a sentence.
    const code = (e as { code?: unknown }).code;
    throw new AttestationError('SIGNATURE', `Verification failed: ${typeof code === 'string' ? `${code}: ` : ''}${(e as Error).message}`, e);
  }
  const cert = X509Certificate.parse(Buffer.from(attestation.verification_material.certificate, 'base64'));
  const claims = checkPublisher(cert, options.publisher);
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new AttestationError('MALFORMED', `expected JSON envelope, got ${envelope.payloadType}`);
  }
  const predicateType = checkStatement(envelope.payload, options.file, options.predicateTypes ?? [PUBLISH_PREDICATE]);
  const entry = bundle.verificationMaterial.tlogEntries[0];
  return {
    predicateType,
    claims,
    logIndex: entry?.logIndex ?? '',
    integratedTime: new Date(Number(entry?.integratedTime ?? 0) * 1000),
  };
}
