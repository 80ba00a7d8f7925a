// The trusted root of the stand-in: its CA, its Rekor and its CT log, in the
// JSON form of Sigstore's trusted_root.json, as a verifier loads the real one.
import { createHash } from 'node:crypto';

export interface TrustedRootParts {
  fulcioUrl: string;
  rekorUrl: string;
  ctUrl: string;
  caRoot: Buffer;
  rekorKey: Buffer;
  ctKey: Buffer;
  /** Start of validity of every key: before anything the stand-in signs. */
  since: Date;
}

const key = (rawBytes: Buffer, since: Date) => ({
  rawBytes: rawBytes.toString('base64'),
  keyDetails: 'PKIX_ECDSA_P256_SHA_256',
  validFor: { start: since.toISOString() },
});

const logId = (spki: Buffer) => ({ keyId: createHash('sha256').update(spki).digest('base64') });

export function trustedRootJSON(parts: TrustedRootParts): Record<string, unknown> {
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{ baseUrl: parts.rekorUrl, hashAlgorithm: 'SHA2_256', publicKey: key(parts.rekorKey, parts.since), logId: logId(parts.rekorKey) }],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: parts.fulcioUrl,
        certChain: { certificates: [{ rawBytes: parts.caRoot.toString('base64') }] },
        validFor: { start: parts.since.toISOString() },
      },
    ],
    ctlogs: [{ baseUrl: parts.ctUrl, hashAlgorithm: 'SHA2_256', publicKey: key(parts.ctKey, parts.since), logId: logId(parts.ctKey) }],
    timestampAuthorities: [],
  };
}
