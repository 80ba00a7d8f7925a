// A private index's account on the reads of its own pages and files, as a
// dispatcher interceptor: every GET the run makes asks `authorize` for its
// URL, so no call site can forget the account or send it elsewhere. Each hop
// of a redirect is its own request and asks again, so another host never
// gets it. Writes (uploads, the OIDC exchange, the GitHub API) carry their own
// credentials and are left alone.
import type { Dispatcher } from 'undici';

export type Authorize = (url: URL) => string | undefined;

/** The dispatcher with the reads' credentials added by `authorize` (readCredentials in index/auth.ts). */
export function withReadCredentials(dispatcher: Dispatcher, authorize: Authorize): Dispatcher {
  return dispatcher.compose((dispatch) => (opts, handler) => {
    if ((opts.method ?? 'GET') !== 'GET' || opts.origin === undefined) return dispatch(opts, handler);
    const headers = plainHeaders(opts.headers);
    // A request that brings its own credentials (the GitHub API's token, the OIDC request's bearer) keeps them.
    if (headers.authorization !== undefined) return dispatch(opts, handler);
    const authorization = authorize(new URL(opts.path, opts.origin));
    if (authorization === undefined) return dispatch(opts, handler);
    return dispatch({ ...opts, headers: { ...headers, authorization } }, handler);
  });
}

/** undici takes headers as a record, a flat [name, value, ...] array or an iterable of pairs. */
function plainHeaders(headers: Dispatcher.DispatchOptions['headers']): Record<string, string | string[] | undefined> {
  if (headers === undefined || headers === null) return {};
  if (Array.isArray(headers)) {
    const out: Record<string, string> = {};
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
    return out;
  }
  if (Symbol.iterator in headers) return Object.fromEntries([...(headers as Iterable<[string, string | string[] | undefined]>)].map(([k, v]) => [k.toLowerCase(), v]));
  return headers as Record<string, string | string[] | undefined>;
}
