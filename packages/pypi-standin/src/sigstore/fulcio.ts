// A Fulcio for GitHub Actions jobs: the caller's OIDC token is verified
// against the issuer it trusts (the test issuer, packages/pypi-standin/src/issuer.ts) for
// the audience `sigstore`, the proof of possession (the token's subject
// signed by the ephemeral key) is checked, and the certificate carries
// GitHub's claims in Fulcio's extensions, mapped as Fulcio maps them
// (pkg/identity/github/principal.go). Certificates come from @sigstore/mock's
// CA, with an SCT from its CT log embedded.
import { createPublicKey, verify } from 'node:crypto';
import { initializeCA, initializeCTLog } from '@sigstore/mock';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';

export interface FulcioOptions {
  /** The `iss` a token must carry, and the value written to the Issuer extensions. */
  issuer: string;
  /** The issuer's keys: its JWKS URL or the key set itself. */
  jwks: string | JSONWebKeySet;
  /** Fulcio's client ID for every issuer: `sigstore`. */
  audience?: string;
}

export interface FulcioAnswer {
  status: number;
  body: unknown;
  /** Why a token was refused: for the stand-in's record, as Fulcio writes it to its log, not to the caller. */
  reason?: string;
}

type KeyPair = Parameters<typeof initializeCA>[0];
type CA = Awaited<ReturnType<typeof initializeCA>>;
type CTLog = Awaited<ReturnType<typeof initializeCTLog>>;
type KeySet = ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;

// Fulcio's OIDs (docs/oid-info.md); .1 to .6 are the deprecated raw-bytes ones.
const EXT = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  workflowTrigger: '1.3.6.1.4.1.57264.1.2',
  workflowSha: '1.3.6.1.4.1.57264.1.3',
  workflowName: '1.3.6.1.4.1.57264.1.4',
  workflowRepository: '1.3.6.1.4.1.57264.1.5',
  workflowRef: '1.3.6.1.4.1.57264.1.6',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryId: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerId: '1.3.6.1.4.1.57264.1.17',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
} as const;

/** The certificate's SAN and extensions for a GitHub Actions token's claims. */
export function githubCertificateFields(claims: JWTPayload): { subjectAltName: string; extensions: { oid: string; value: string; legacy?: boolean }[] } {
  const text = (name: string): string | undefined => (typeof claims[name] === 'string' ? (claims[name] as string) : undefined);
  const gh = (path: string | undefined) => (path === undefined ? undefined : `https://github.com/${path}`);
  const jobWorkflowRef = text('job_workflow_ref');
  if (jobWorkflowRef === undefined) throw new Error('the token has no job_workflow_ref claim: not a GitHub Actions token');
  const repository = text('repository');
  const runs = repository && text('run_id') ? `${repository}/actions/runs/${text('run_id')}/attempts/${text('run_attempt') ?? '1'}` : undefined;
  const fields: [string, string | undefined, boolean?][] = [
    [EXT.issuerV1, claims.iss, true],
    [EXT.workflowTrigger, text('event_name'), true],
    [EXT.workflowSha, text('sha'), true],
    [EXT.workflowName, text('workflow'), true],
    [EXT.workflowRepository, repository, true],
    [EXT.workflowRef, text('ref'), true],
    [EXT.issuerV2, claims.iss],
    [EXT.buildSignerUri, gh(jobWorkflowRef)],
    [EXT.buildSignerDigest, text('job_workflow_sha')],
    [EXT.runnerEnvironment, text('runner_environment')],
    [EXT.sourceRepositoryUri, gh(repository)],
    [EXT.sourceRepositoryDigest, text('sha')],
    [EXT.sourceRepositoryRef, text('ref')],
    [EXT.sourceRepositoryId, text('repository_id')],
    [EXT.sourceRepositoryOwnerUri, gh(text('repository_owner'))],
    [EXT.sourceRepositoryOwnerId, text('repository_owner_id')],
    [EXT.buildConfigUri, gh(text('workflow_ref'))],
    [EXT.buildConfigDigest, text('workflow_sha')],
    [EXT.buildTrigger, text('event_name')],
    [EXT.runInvocationUri, gh(runs)],
    [EXT.sourceRepositoryVisibility, text('repository_visibility')],
  ];
  return {
    subjectAltName: gh(jobWorkflowRef)!,
    extensions: fields.filter(([, value]) => value !== undefined).map(([oid, value, legacy]) => ({ oid, value: value!, ...(legacy ? { legacy } : {}) })),
  };
}

const toPem = (der: ArrayBufferView): string =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;

export class Fulcio {
  private constructor(
    private readonly ca: CA,
    readonly ctLog: CTLog,
    private readonly options: FulcioOptions,
    private readonly keys: KeySet,
  ) {}

  static async start(options: FulcioOptions, caKeys: KeyPair, ctKeys: KeyPair): Promise<Fulcio> {
    const ctLog = await initializeCTLog(ctKeys);
    const ca = await initializeCA(caKeys, ctLog);
    const keys: KeySet = typeof options.jwks === 'string' ? createRemoteJWKSet(new URL(options.jwks)) : createLocalJWKSet(options.jwks);
    return new Fulcio(ca, ctLog, options, keys);
  }

  /** DER of the self-signed root every certificate chains to. */
  get rootCertificate(): Buffer {
    const root = this.ca.rootCertificate;
    return Buffer.from(root.buffer, root.byteOffset, root.byteLength);
  }

  /** POST /api/v2/signingCert, as sigstore-js's CAClient sends it. */
  async signingCert(text: string): Promise<FulcioAnswer> {
    let request: { credentials?: { oidcIdentityToken?: unknown }; publicKeyRequest?: { publicKey?: { content?: unknown }; proofOfPossession?: unknown } };
    try {
      request = JSON.parse(text);
    } catch {
      return { status: 400, body: { code: 3, message: 'The request body is not JSON' } };
    }
    const token = request.credentials?.oidcIdentityToken;
    const pem = request.publicKeyRequest?.publicKey?.content;
    const proof = request.publicKeyRequest?.proofOfPossession;
    if (typeof token !== 'string' || typeof pem !== 'string' || typeof proof !== 'string') {
      return { status: 400, body: { code: 3, message: 'The request needs credentials.oidcIdentityToken and publicKeyRequest' } };
    }
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience ?? 'sigstore',
        algorithms: ['RS256', 'ES256'],
      }));
    } catch (e) {
      // Fulcio's words (pkg/api/error.go).
      return { status: 401, body: { code: 16, message: 'There was an error processing the identity token' }, reason: (e as Error).message };
    }
    const publicKey = createPublicKey(pem);
    if (!verify('sha256', Buffer.from(String(claims.sub ?? '')), publicKey, Buffer.from(proof, 'base64'))) {
      return { status: 400, body: { code: 3, message: 'The signature supplied in the request could not be verified' } };
    }
    let fields: ReturnType<typeof githubCertificateFields>;
    try {
      fields = githubCertificateFields(claims);
    } catch (e) {
      return { status: 400, body: { code: 3, message: (e as Error).message } };
    }
    const leaf = await this.ca.issueCertificate({
      publicKey: publicKey.export({ format: 'der', type: 'spki' }),
      subjectAltName: fields.subjectAltName,
      extensions: fields.extensions,
    });
    return {
      status: 201,
      body: { signedCertificateEmbeddedSct: { chain: { certificates: [toPem(leaf), toPem(this.ca.rootCertificate)] } } },
    };
  }
}
