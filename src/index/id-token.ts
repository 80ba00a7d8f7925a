// GitHub's OIDC token service, as trusted publishing (an index's audience)
// and attestation signing (`sigstore`) both ask it. The request token is a
// secret of the job: it goes to an https:// URL only (or a loopback test
// service). Pure: the callers send the request and word the failures.
import { isLoopback } from './url.ts';

export type IdTokenRequest =
  | { url: URL; bearer: string }
  /** A variable the runner sets for a job with `id-token: write` is not there. */
  | { missing: 'ACTIONS_ID_TOKEN_REQUEST_URL' | 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' }
  /** The request URL is not one the bearer may be sent to. */
  | { unsafe: true };

export function idTokenRequest(env: NodeJS.ProcessEnv, audience: string): IdTokenRequest {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl) return { missing: 'ACTIONS_ID_TOKEN_REQUEST_URL' };
  if (!bearer) return { missing: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { unsafe: true };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) return { unsafe: true };
  url.searchParams.set('audience', audience);
  return { url, bearer };
}

/** The JWT GitHub's answer holds, when the answer is a 200 with one. */
export function idTokenIn(status: number, body: string): string | undefined {
  let value: unknown;
  try {
    value = (JSON.parse(body) as { value?: unknown } | null)?.value;
  } catch {
    value = undefined;
  }
  return status === 200 && typeof value === 'string' && value.split('.').length === 3 ? value : undefined;
}

/** What the runner says when the URL is not one the bearer may go to. */
export const UNSAFE_REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL: the job\'s OIDC request token is not sent there.';
export const UNSAFE_REQUEST_HINT = 'This variable is set by the GitHub runner; something in the job overwrote it.';
