// A stand-in for GitHub's OIDC token service, on loopback: the endpoint a job
// reaches through ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN,
// and the issuer's keys (JWKS) an index verifies its tokens with. It signs
// what GitHub would sign for a job (repository, workflow, ref, environment...)
// for the audience asked for; tests change the claims to play a job of another
// workflow, environment, or an expired token.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';

export type SigningAlgorithm = 'RS256' | 'ES256';

/** The claims GitHub puts in a job's token that Warehouse reads. */
export interface JobClaims {
  /** owner/name */
  repository: string;
  repository_owner: string;
  repository_owner_id: string;
  /** owner/name/.github/workflows/<file>@<ref>: the workflow the job runs in (for a reusable workflow, the called one). */
  job_workflow_ref: string;
  /** The workflow that started the run (the caller of a reusable workflow). */
  workflow_ref: string;
  ref: string;
  sha: string;
  event_name: string;
  /** Present when the job names an environment. */
  environment?: string;
  [claim: string]: unknown;
}

export interface IssuerOptions {
  algorithm?: SigningAlgorithm;
  /** The job the tokens describe: `repository` and `workflow` fill in the rest. */
  job?: { repository?: string; workflow?: string; ref?: string; environment?: string };
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface TokenRequest {
  audience: string | undefined;
  /** What the issuer answered: 200 with a token, or the refusal's status. */
  status: number;
}

export interface RunningIssuer {
  /** The `iss` of every token, e.g. http://127.0.0.1:41234 (no trailing slash). */
  issuer: string;
  /** The issuer's public keys, as GitHub serves https://token.actions.githubusercontent.com/.well-known/jwks. */
  jwksUrl: string;
  /** What a job gets as ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** The claims the next tokens carry; change them to play another job. */
  claims: JobClaims;
  /** Seconds from now to the next tokens' expiry (GitHub: a few minutes); negative for an expired token. */
  lifetime: number;
  /** When set, tokens carry this audience whatever the job asked for. */
  audienceOverride: string | undefined;
  /** Every token handed out (tests: "the JWT never appears in the log"). */
  issued: string[];
  requests: TokenRequest[];
  /** Signs a token with the issuer's key: claims as given, nothing added. */
  sign(claims: JWTPayload): Promise<string>;
  /** Back to the job given at start, 5 minutes, no override; `requests` emptied. */
  reset(): void;
  close(): Promise<void>;
}

/** The claims of a job of `repository` running `.github/workflows/<workflow>` on `ref`. */
export function jobClaims(job: IssuerOptions['job'] = {}): JobClaims {
  const repository = job.repository ?? 'octo-org/hello-pkg';
  const owner = repository.split('/')[0]!;
  const ref = job.ref ?? 'refs/heads/main';
  const workflowRef = `${repository}/.github/workflows/${job.workflow ?? 'release.yml'}@${ref}`;
  return {
    sub: `repo:${repository}:${job.environment ? `environment:${job.environment}` : `ref:${ref}`}`,
    repository,
    repository_owner: owner,
    repository_owner_id: '1234567',
    repository_id: '7654321',
    job_workflow_ref: workflowRef,
    workflow_ref: workflowRef,
    ref,
    sha: 'a'.repeat(40),
    event_name: 'workflow_dispatch',
    run_id: '1',
    run_attempt: '1',
    ...(job.environment ? { environment: job.environment } : {}),
  };
}

export async function startIssuer(options: IssuerOptions = {}): Promise<RunningIssuer> {
  const alg = options.algorithm ?? 'RS256';
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  // The bearer a job presents: like GitHub's, a secret of the job, never the JWT.
  const requestToken = randomBytes(24).toString('base64url');

  let url = '';
  const sign = (claims: JWTPayload, key: CryptoKey = privateKey): Promise<string> =>
    new SignJWT(claims).setProtectedHeader({ alg, kid, typ: 'JWT' }).sign(key);

  const state: RunningIssuer = {
    issuer: '',
    jwksUrl: '',
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    claims: jobClaims(options.job),
    lifetime: 300,
    audienceOverride: undefined,
    issued: [],
    requests: [],
    sign: (claims) => sign(claims),
    reset() {
      state.requests.length = 0;
      state.claims = jobClaims(options.job);
      state.lifetime = 300;
      state.audienceOverride = undefined;
    },
    close: async () => undefined,
  };

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) }).end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = new URL(req.url ?? '/', url);
    if (target.pathname === '/.well-known/jwks') return json(res, 200, { keys: [jwk] });
    if (target.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, { issuer: url, jwks_uri: `${url}/.well-known/jwks`, id_token_signing_alg_values_supported: [alg] });
    }
    if (target.pathname !== '/token') return json(res, 404, { message: 'Not Found' });
    const audience = target.searchParams.get('audience') ?? undefined;
    const bearer = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer !== requestToken) {
      state.requests.push({ audience, status: 401 });
      return json(res, 401, { message: 'Bad credentials' });
    }
    const now = Math.floor(Date.now() / 1000);
    const value = await sign({
      ...state.claims,
      jti: randomUUID(),
      iss: url,
      // GitHub's default audience is the repository owner's URL; an index asks for its own.
      aud: state.audienceOverride ?? audience ?? `https://github.com/${state.claims.repository_owner}`,
      iat: now - 5,
      nbf: Math.min(now - 5, now + state.lifetime - 60),
      exp: now + state.lifetime,
    });
    state.issued.push(value);
    state.requests.push({ audience, status: 200 });
    return json(res, 200, { count: 1, value });
  };

  const server = createServer((req, res) => {
    req.resume();
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.issuer = url;
  state.jwksUrl = `${url}/.well-known/jwks`;
  // As on GitHub, the URL already has a query: the audience is appended with `&`.
  state.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${url}/token?api-version=2.0`;
  state.close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return state;
}
