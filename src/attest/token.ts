// The job's OIDC token for Fulcio (audience `sigstore`), from GitHub's token
// service, and the job it describes: the identity the certificate will carry
// and the provenance is later checked against.
import { API_DEADLINE_MS, fetchText } from '../http/request.ts';
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { isLoopback } from '../index/url.ts';

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
  const requestUrl = deps.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !bearer) {
    throw fail(`This job cannot get an OIDC token to sign attestations: ${!requestUrl ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'} is not set.`, ID_TOKEN_HINT);
  }
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    url = new URL('invalid:');
  }
  // The request token is a secret of the job: sent over https only (or to a loopback test service).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw fail('ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL: the job\'s OIDC request token is not sent there.', 'This variable is set by the GitHub runner; something in the job overwrote it.');
  }
  url.searchParams.set('audience', 'sigstore');
  let status: number;
  let text = '';
  try {
    const answer = await fetchText(url, { method: 'GET', headers: { authorization: `bearer ${bearer}`, accept: 'application/json' }, deadlineMs: API_DEADLINE_MS }, deps, { limit: 64 * 1024, overflow: 'fail' });
    status = answer.status;
    text = answer.body;
  } catch (cause) {
    throw fail(`Requesting the job's OIDC token (audience sigstore) failed: ${(cause as Error).message}`, 'GitHub\'s token service or the way to it failed: re-run the job.', cause);
  }
  let token: unknown;
  try {
    token = (JSON.parse(text) as { value?: unknown }).value;
  } catch {
    token = undefined;
  }
  if (status !== 200 || typeof token !== 'string' || token.split('.').length !== 3) {
    throw fail(`GitHub did not give the job an OIDC token for audience sigstore: HTTP ${status}.`, ID_TOKEN_HINT);
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
