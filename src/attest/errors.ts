// Why an attestation was refused, as a code a caller can branch on and a
// sentence a user can read. Callers turn it into their own words: the action
// into a ReleaseError, the embedded index into Warehouse's 400 texts.

export type AttestationProblem =
  /** Not a PEP 740 attestation object (shape, version, base64, certificate). */
  | 'MALFORMED'
  /** Sigstore refused it: signature, certificate chain, transparency log, SCT. */
  | 'SIGNATURE'
  /** The certificate is valid but names another signer than the one expected. */
  | 'IDENTITY'
  /** The statement does not bind this file: subject name, sha256, or count. */
  | 'SUBJECT'
  /** A statement that is not a PyPI publish attestation. */
  | 'PREDICATE';

export class AttestationError extends Error {
  readonly problem: AttestationProblem;

  constructor(problem: AttestationProblem, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AttestationError';
    this.problem = problem;
  }
}

/** Matched by shape, not `instanceof`: a bundled copy of this module would not share the class. */
export function isAttestationError(e: unknown): e is AttestationError {
  return e instanceof Error && e.name === 'AttestationError' && typeof (e as AttestationError).problem === 'string';
}
