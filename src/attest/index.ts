// PEP 740 attestations: PyPI's object, its Sigstore bundle, and verification.
export { AttestationError, isAttestationError, type AttestationProblem } from './errors.ts';
export { checkPublisher, certificateClaims, describePublisher, GITHUB_ISSUER, type CertificateClaims, type Publisher } from './identity.ts';
export { attestationFromBundle, attestationToBundle, IN_TOTO_PAYLOAD_TYPE, parseAttestation, type PyPIAttestation } from './object.ts';
export { checkStatement, PUBLISH_PREDICATE, publishStatement, ultranormalizeFilename, type AttestedFile } from './statement.ts';
export { publicGoodTrustedRoot, trustedRootFromJSON } from './trust.ts';
export { verifyAttestation, type VerifiedAttestation, type VerifyOptions } from './verify.ts';
