// Who may have signed: the trusted publisher an index knows. Checked on the
// leaf certificate's Fulcio extensions, by the rules of pypi-attestations'
// GitHub policy, which Warehouse applies to uploads.
import type { X509Certificate } from '@sigstore/core';
import { AttestationError } from './errors.ts';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const GOOGLE_ISSUER = 'https://accounts.google.com';

// Fulcio's certificate extensions (fulcio docs/oid-info.md). From .8 on each
// holds a DER UTF8String; .1 (the deprecated issuer) holds the raw bytes.
const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
} as const;

export type Publisher =
  /**
   * A GitHub Actions workflow: `repository` is `owner/name`, `workflow` the
   * file name under .github/workflows. `ref`, when given, is the one git ref
   * the signing job must have run on (the action knows it; an index does not).
   */
  | {
      kind: 'github';
      repository: string;
      workflow: string;
      ref?: string;
      /** The OIDC issuer in the certificate: GitHub's, unless a test stands in for it. */
      issuer?: string;
    }
  /** A Google service account (the signer of PyPI's sampleproject 3.0.0). */
  | { kind: 'google'; email: string };

/** What the certificate says about its signer, as shown to users. */
export interface CertificateClaims {
  issuer: string | undefined;
  subjectAlternativeName: string | undefined;
  sourceRepositoryUri: string | undefined;
  sourceRepositoryRef: string | undefined;
  sourceRepositoryDigest: string | undefined;
  buildConfigUri: string | undefined;
}

function utf8Extension(cert: X509Certificate, oid: string): string | undefined {
  const inner = cert.extension(oid)?.valueObj.subs[0];
  // 12 is UTF8String: anything else is not what Fulcio writes.
  if (inner === undefined || inner.tag.number !== 12) return undefined;
  return inner.value.toString('utf8');
}

export function certificateClaims(cert: X509Certificate): CertificateClaims {
  return {
    issuer: utf8Extension(cert, OID.issuerV2) ?? cert.extension(OID.issuerV1)?.value.toString('utf8'),
    subjectAlternativeName: cert.subjectAltName,
    sourceRepositoryUri: utf8Extension(cert, OID.sourceRepositoryUri),
    sourceRepositoryRef: utf8Extension(cert, OID.sourceRepositoryRef),
    sourceRepositoryDigest: utf8Extension(cert, OID.sourceRepositoryDigest),
    buildConfigUri: utf8Extension(cert, OID.buildConfigUri),
  };
}

export function describePublisher(publisher: Publisher): string {
  return publisher.kind === 'github'
    ? `GitHub workflow ${publisher.workflow} of ${publisher.repository}${publisher.ref ? ` at ${publisher.ref}` : ''}`
    : `Google service account ${publisher.email}`;
}

function refuse(message: string): never {
  throw new AttestationError('IDENTITY', message);
}

/** Throws an IDENTITY AttestationError unless the certificate was issued to this publisher. */
export function checkPublisher(cert: X509Certificate, publisher: Publisher): CertificateClaims {
  const claims = certificateClaims(cert);
  if (publisher.kind === 'google') {
    if (claims.issuer !== GOOGLE_ISSUER) refuse(`Certificate's issuer is ${claims.issuer ?? 'missing'}, not ${GOOGLE_ISSUER}`);
    if (claims.subjectAlternativeName !== publisher.email) {
      refuse(`Certificate's identity is ${claims.subjectAlternativeName ?? 'missing'}, not ${publisher.email}`);
    }
    return claims;
  }
  // Compared as written: GitHub's claims and Fulcio's copies of them are exact strings.
  const issuer = publisher.issuer ?? GITHUB_ISSUER;
  if (claims.issuer !== issuer) refuse(`Certificate's OIDC issuer (Issuer V2) is ${claims.issuer ?? 'missing'}, not ${issuer}`);
  const repositoryUri = `https://github.com/${publisher.repository}`;
  if (claims.sourceRepositoryUri !== repositoryUri) {
    refuse(`Certificate's Source Repository URI is ${claims.sourceRepositoryUri ?? 'missing'}, not ${repositoryUri}`);
  }
  if (publisher.ref !== undefined && claims.sourceRepositoryRef !== publisher.ref) {
    refuse(`Certificate's Source Repository Ref is ${claims.sourceRepositoryRef ?? 'missing'}, not ${publisher.ref}`);
  }
  // The Build Config URI is the workflow at a ref or commit that only the
  // certificate knows: rebuild it from the certificate's own ref and digest
  // and the workflow we trust. A reusable workflow's URI names the called
  // file, so it fails here, as it does on Warehouse.
  const workflowUri = `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}`;
  const expected = [claims.sourceRepositoryDigest, claims.sourceRepositoryRef].filter((s) => s !== undefined).map((at) => `${workflowUri}@${at}`);
  if (claims.buildConfigUri === undefined || !expected.includes(claims.buildConfigUri)) {
    refuse(
      `Certificate's Build Config URI (${claims.buildConfigUri ?? 'missing'}) does not match expected Trusted Publisher (${publisher.workflow} @ ${publisher.repository})`,
    );
  }
  return claims;
}
