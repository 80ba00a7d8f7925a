// Trusted publishing on the embedded index, as Warehouse does it
// (warehouse/oidc/views.py, models/github.py, models/_core.py): a job's OIDC
// token is exchanged for a short-lived upload token for the projects of the
// publisher whose repository, workflow file and environment match its claims.
// Refusals have Warehouse's shape: 422 {"message", "errors": [{code, description}]}.
//
// JWT verification is `jose`'s (signature with the issuer's published keys,
// `alg` pinned, `iss`, `aud`, `exp`, `nbf`): a maintained library that has
// had the algorithm-confusion and key-selection pitfalls reported and fixed
// already, where a hand-written verifier would have to rediscover them.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { normalizeName } from '../../../src/dists/filename.ts';
import type { Reply } from './responses.ts';

export interface TrustedPublisher {
  /** The project this publisher may upload to (created by its first upload, as a pending publisher does). */
  project: string;
  /** owner/name on GitHub. */
  repository: string;
  /** The workflow file name under .github/workflows/, e.g. `release.yml`. */
  workflow: string;
  /** When set, only jobs in this GitHub environment match (case-insensitive). */
  environment?: string;
  /** When set, the `repository_owner_id` claim must equal it (Warehouse stores it against resurrected accounts). */
  repositoryOwnerId?: string;
}

export interface TrustedPublishingOptions {
  /** What `/_/oidc/audience` answers, and the `aud` tokens must carry: PyPI `pypi`, TestPyPI `testpypi`. */
  audience: string;
  /** The `iss` tokens must carry (GitHub: https://token.actions.githubusercontent.com). */
  issuer: string;
  /** The issuer's keys: its JWKS URL, fetched as Warehouse fetches GitHub's, or the key set itself. */
  jwks: string | JSONWebKeySet;
  publishers: TrustedPublisher[];
  /** Seconds a minted token is valid; Warehouse: 900. */
  tokenLifetime?: number;
}

/** What a minted token may do, until when. */
export interface Grant {
  project: string;
  expires: number;
  /** Whose token it was: attestations uploaded with it must be signed by this publisher's workflow. */
  publisher: TrustedPublisher;
}

const ALGORITHMS = ['RS256', 'ES256'];

function json(status: number, body: unknown): Reply {
  return {
    status,
    reason: status === 200 ? 'OK' : status === 422 ? 'Unprocessable Entity' : status === 403 ? 'Forbidden' : 'Error',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

function refuse(code: string, description: string): Reply {
  return json(422, { message: 'Token request failed', errors: [{ code, description }] });
}

/** `.github/workflows/<file>@<ref>` -> `<file>`; the file name may itself hold `@` or slashes-free dots. */
export function workflowFilename(jobWorkflowRef: string): string | undefined {
  return /([^/]+\.ya?ml)(?=@)/.exec(jobWorkflowRef)?.[1];
}

const same = (a: unknown, b: string): boolean => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

export class TrustedPublishing {
  private readonly keys: ReturnType<typeof createRemoteJWKSet> | ReturnType<typeof createLocalJWKSet>;
  private readonly grants = new Map<string, Grant>();
  private readonly usedJtis = new Set<string>();

  constructor(private readonly options: TrustedPublishingOptions) {
    this.keys = typeof options.jwks === 'string' ? createRemoteJWKSet(new URL(options.jwks)) : createLocalJWKSet(options.jwks);
  }

  audience(): Reply {
    return json(200, { audience: this.options.audience });
  }

  /** `POST /_/oidc/mint-token`: the body is `{"token": "<jwt>"}`. */
  async mint(body: string, now: Date): Promise<Reply> {
    let token: unknown;
    try {
      token = (JSON.parse(body) as { token?: unknown } | null)?.token;
    } catch {
      return refuse('invalid-payload', 'Invalid JSON in request body');
    }
    if (typeof token !== 'string') return refuse('invalid-payload', "1 validation error: 'token' must be a string");

    // Which issuer: read unverified, only to pick the keys to verify with.
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return refuse('invalid-payload', 'malformed JWT');
    }
    if (unverified.iss !== this.options.issuer) return refuse('invalid-payload', 'unknown trusted publishing issuer');

    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, this.keys, {
        algorithms: ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        currentDate: now,
        requiredClaims: ['iat', 'exp', 'nbf'],
      }));
    } catch {
      // Warehouse says no more than this: which check failed is not told to the caller.
      return refuse('invalid-token', 'malformed or invalid token');
    }

    const found = this.lookup(claims);
    if (typeof found === 'string') return refuse('invalid-publisher', `valid token, but no corresponding publisher (${found})`);
    const failed = this.verify(found, claims);
    if (failed) return refuse('invalid-publisher', `valid token, but no corresponding publisher (${failed})`);
    if (this.usedJtis.has(claims.jti!)) return refuse('invalid-reuse-token', 'invalid token: already used');
    this.usedJtis.add(claims.jti!);

    const minted = `pypi-${randomBytes(32).toString('base64url')}`;
    const expires = Math.floor(now.getTime() / 1000) + (this.options.tokenLifetime ?? 900);
    this.grants.set(minted, { project: normalizeName(found.project), expires, publisher: found });
    return json(200, { success: true, token: minted, expires });
  }

  /** Every token minted so far (tests: "never in the log"). */
  minted(): string[] {
    return [...this.grants.keys()];
  }

  /** The grant of a minted token still valid at `now`, or undefined (unknown, or expired). */
  grant(password: string, now: Date): Grant | undefined {
    for (const [token, grant] of this.grants) {
      const a = Buffer.from(token);
      const b = Buffer.from(password);
      if (a.length === b.length && timingSafeEqual(a, b)) return grant.expires * 1000 > now.getTime() ? grant : undefined;
    }
    return undefined;
  }

  /**
   * Warehouse's lookup_by_claims: the publishers of this repository and
   * workflow file; of those, the one of the job's environment, else one
   * without an environment. Missing required claims fail first.
   */
  private lookup(claims: JWTPayload): TrustedPublisher | string {
    for (const claim of ['sub', 'repository', 'repository_owner', 'repository_owner_id', 'job_workflow_ref', 'jti', 'ref', 'sha']) {
      if (claims[claim] === undefined || claims[claim] === null) return `Missing claim '${claim}'`;
    }
    const workflow = workflowFilename(String(claims.job_workflow_ref));
    if (!workflow) return 'Could not job extract workflow filename from OIDC claims';
    const candidates = this.options.publishers.filter((p) =>
      same(claims.repository, p.repository) && p.workflow === workflow &&
      (p.repositoryOwnerId === undefined || p.repositoryOwnerId === claims.repository_owner_id));
    const environment = typeof claims.environment === 'string' ? claims.environment : '';
    const publisher = (environment && candidates.find((p) => p.environment !== undefined && same(environment, p.environment))) ||
      candidates.find((p) => !p.environment);
    return publisher || 'Publisher with matching claims was not found';
  }

  /** Warehouse's verify_claims, in its order; the first failure's reason, or undefined. */
  private verify(p: TrustedPublisher, claims: JWTPayload): string | undefined {
    const [owner] = p.repository.split('/');
    const sub = String(claims.sub).split(':');
    if (sub.length < 2 || !same(`${sub[0]}:${sub[1]}`, `repo:${p.repository}`)) return "Check failed for required claim 'sub'";
    if (!same(claims.repository, p.repository)) return "Check failed for required claim 'repository'";
    if (claims.repository_owner !== owner) return "Check failed for required claim 'repository_owner'";
    if (p.repositoryOwnerId !== undefined && claims.repository_owner_id !== p.repositoryOwnerId) {
      return "Check failed for required claim 'repository_owner_id'";
    }
    const base = `${p.repository}/.github/workflows/${p.workflow}`;
    const expected = [claims.ref, claims.sha].filter((r): r is string => typeof r === 'string' && r !== '').map((r) => `${base}@${r}`).sort();
    if (expected.length === 0) return 'The ref and sha claims are empty';
    if (!expected.includes(String(claims.job_workflow_ref))) {
      return `The job_workflow_ref claim does not match, expecting one of [${expected.map((e) => `'${e}'`).join(', ')}], got '${String(claims.job_workflow_ref)}'`;
    }
    if (p.environment && !same(claims.environment, p.environment)) return "Check failed for optional claim 'environment'";
    if (claims.event_name === 'pull_request_target') {
      return "Publishing from a workflow invoked via 'pull_request_target' is not supported.";
    }
    return undefined;
  }
}
