// Signs a publish attestation for one file with sigstore-js, the way npm
// signs provenance: the job's OIDC token (audience `sigstore`) buys a Fulcio
// certificate for an ephemeral key, the key signs the DSSE envelope of the
// statement, and Rekor v1 logs the envelope as a `dsse` entry. No
// cryptography here: this module only chooses endpoints and shapes the result.
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign';
import { attestationFromBundle, IN_TOTO_PAYLOAD_TYPE, type PyPIAttestation } from './object.ts';
import { publishStatement, type AttestedFile } from './statement.ts';

export interface SigstoreEndpoints {
  fulcio: string;
  rekor: string;
}

/** Sigstore's public-good instance: the only one PyPI trusts. */
export const PUBLIC_GOOD_ENDPOINTS: SigstoreEndpoints = {
  fulcio: 'https://fulcio.sigstore.dev',
  rekor: 'https://rekor.sigstore.dev',
};

export interface SignOptions {
  endpoints: SigstoreEndpoints;
  /** The job's OIDC token for the audience `sigstore`; asked for once per file, as sigstore-js does. */
  getToken: () => Promise<string>;
  /** Per request, in milliseconds. */
  timeout: number;
  /** Retries of a request that failed on the network or with a 5xx, 408 or 429. */
  retries: number;
  /** The first retry's wait, in milliseconds (sigstore-js backs off from it). */
  minRetryWait?: number;
}

export type SigningStep = 'token' | 'fulcio' | 'rekor' | 'sigstore';

/** Why a file could not be signed; `step` says which service to blame. */
export class SigningError extends Error {
  readonly step: SigningStep;
  readonly code: string;

  constructor(step: SigningStep, code: string, message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'SigningError';
    this.step = step;
    this.code = code;
  }
}

export function isSigningError(e: unknown): e is SigningError {
  return e instanceof Error && e.name === 'SigningError' && typeof (e as SigningError).step === 'string';
}

// sigstore-js's InternalError codes (sign/src/error.ts), by the service they name.
const STEP_OF: Record<string, SigningStep> = {
  IDENTITY_TOKEN_READ_ERROR: 'token',
  IDENTITY_TOKEN_PARSE_ERROR: 'token',
  CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'fulcio',
  TLOG_CREATE_ENTRY_ERROR: 'rekor',
  TLOG_FETCH_ENTRY_ERROR: 'rekor',
};

function describe(e: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = e; at instanceof Error && parts.length < 4; at = at.cause) parts.push(at.message);
  return parts.join(': ');
}

/** One attestation for one file: a fresh certificate, one Rekor entry. */
export async function signFile(file: AttestedFile, options: SignOptions): Promise<PyPIAttestation> {
  const retry = { retries: options.retries, factor: 2, minTimeout: options.minRetryWait ?? 1000, maxTimeout: 10_000 };
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: options.endpoints.fulcio,
      identityProvider: { getToken: options.getToken },
      timeout: options.timeout,
      retry,
    }),
    // fetchOnConflict: a retried POST whose first answer was lost meets 409
    // (the entry exists); the entry is then fetched instead of failing.
    witnesses: [new RekorWitness({ rekorBaseURL: options.endpoints.rekor, entryType: 'dsse', fetchOnConflict: true, timeout: options.timeout, retry })],
  });
  try {
    const bundle = await builder.create({ data: publishStatement(file), type: IN_TOTO_PAYLOAD_TYPE });
    return attestationFromBundle(bundle);
  } catch (e) {
    const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'UNKNOWN';
    throw new SigningError(STEP_OF[code] ?? 'sigstore', code, `${file.filename}: ${describe(e)}`, e);
  }
}
