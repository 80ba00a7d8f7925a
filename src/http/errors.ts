// What a failed request means: which transport failures and statuses are
// worth another attempt, and how to say what went wrong. Shared by every
// request the action makes (indexes, the OIDC exchange, the GitHub API).

/** Statuses worth another attempt: the server or something before it is having a bad moment. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/** The error code of a transport failure, looked for on the error and its causes (undici nests them). */
export function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A dropped or refused connection, or a request past its deadline, is worth a
 * retry; a certificate problem or an unknown host is not: trying again
 * changes nothing.
 */
export function isRetryableNetworkError(error: unknown): boolean {
  const code = networkErrorCode(error);
  return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}

/** One line about a transport failure, for messages. */
export function describeNetworkError(error: unknown): string {
  const code = networkErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** Hints for the failures no retry fixes. */
export function networkHint(error: unknown): string | undefined {
  const code = networkErrorCode(error) ?? '';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
    return 'The TLS certificate was not accepted. A private index with its own CA needs NODE_EXTRA_CA_CERTS pointing at that CA.';
  }
  if (code === 'ENOTFOUND') return 'The host name does not resolve: check the URL for typos.';
  if (code === 'UND_ERR_PRX_TLS' || /proxy/i.test(describeNetworkError(error))) {
    return 'The request went through the proxy named by HTTPS_PROXY / HTTP_PROXY and failed there: check the proxy, or list the host in NO_PROXY.';
  }
  return undefined;
}
