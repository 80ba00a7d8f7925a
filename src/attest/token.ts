// The job's OIDC token for Fulcio (audience `sigstore`), from GitHub's token
// service, and the job it describes: the identity the certificate will carry
// and the provenance is later checked against.
import { API_DEADLINE_MS, fetchText } from '../http/request.ts';
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { idTokenIn, idTokenRequest, UNSAFE_REQUEST_HINT, UNSAFE_REQUEST_URL } from '../index/id-token.ts';

export interface SigningJob {
  /** The `iss` of the token: GitHub's issuer (a test issuer in tests). */
  issuer: string;
  /** owner/name */
  repository: string;
  /** The workflow file that started the run (Fulcio's Build Config URI): what PyPI compares with its trusted publisher. */
  workflow: string;
  /** The workflow file the job runs in: another file when it is a reusable workflow. */
  jobWorkflow: string;
  ref: string;
  visibility: string | undefined;
}

const fail = (message: string, hint: string, cause?: unknown) => new ReleaseError({ code: 'ATTESTATION_SIGNING_FAILED', message, hint, cause });

const ID_TOKEN_HINT =
  'Signing attestations needs an OIDC token for the audience `sigstore`: the job needs `permissions: id-token: write`. ' +
  'Add it, or set `attestations: false` to upload without attestations.';

/** `owner/repo/.github/workflows/release.yml@refs/tags/v1` -> `release.yml`. */
export function workflowFile(ref: string): string {
  return /\/\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] ?? ref;
}

export async function sigstoreToken(deps: Deps): Promise<{ token: string; job: SigningJob }> {
  const request = idTokenRequest(deps.env, 'sigstore');
  if ('missing' in request) throw fail(`This job cannot get an OIDC token to sign attestations: ${request.missing} is not set.`, ID_TOKEN_HINT);
  if ('unsafe' in request) throw fail(UNSAFE_REQUEST_URL, UNSAFE_REQUEST_HINT);
  let answer;
  try {
    answer = await fetchText(request.url, { method: 'GET', headers: { authorization: `bearer ${request.bearer}`, accept: 'application/json' }, deadlineMs: API_DEADLINE_MS }, deps, { limit: 64 * 1024, overflow: 'fail' });
  } catch (cause) {
    throw fail(`Requesting the job's OIDC token (audience sigstore) failed: ${(cause as Error).message}`, 'GitHub\'s token service or the way to it failed: re-run the job.', cause);
  }
  const token = idTokenIn(answer.status, answer.body);
  if (token === undefined) {
    throw fail(`GitHub did not give the job an OIDC token for audience sigstore: HTTP ${answer.status}.`, ID_TOKEN_HINT);
  }
  deps.secret?.(token);
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
  const text_ = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string) : '');
  return {
    token,
    job: {
      issuer: text_('iss'),
      repository: text_('repository'),
      workflow: workflowFile(text_('workflow_ref')),
      jobWorkflow: workflowFile(text_('job_workflow_ref')),
      ref: text_('ref'),
      visibility: text_('repository_visibility') || undefined,
    },
  };
}
