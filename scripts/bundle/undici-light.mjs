// What dist/index.js gets for `import ... from 'undici'`: the dispatchers and
// `request`, as undici's own index defines them (EnvHttpProxyAgent: the run's
// dispatcher, src/http/dispatcher.ts), without the rest of that
// index (fetch, WebSocket, cookies, EventSource, the mocks, the cache), which
// costs about 150 ms at every start and is never used by the action or by
// @actions/http-client (it takes ProxyAgent only). The tests run against
// undici's full index; every end-to-end test runs this bundle.
import Agent from 'undici/lib/dispatcher/agent.js';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import ProxyAgent from 'undici/lib/dispatcher/proxy-agent.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import api from 'undici/lib/api/index.js';
import errors from 'undici/lib/core/errors.js';
import util from 'undici/lib/core/util.js';

// undici's index does the same, so that every dispatcher has request() and friends.
Object.assign(Dispatcher.prototype, api);

// undici's top-level request(url, opts), for the calls the action makes: a
// URL and options that name the dispatcher (there is no global one here).
export function request(url, opts) {
  if (!opts || typeof opts !== 'object' || !opts.dispatcher) {
    throw new errors.InvalidArgumentError('pypi-promote passes every request its dispatcher');
  }
  const parsed = util.parseURL(url);
  const path = parsed.search ? `${parsed.pathname}${parsed.search}` : parsed.pathname;
  return api.request.call(opts.dispatcher, {
    ...opts,
    origin: parsed.origin,
    path,
    method: opts.method || (opts.body ? 'PUT' : 'GET'),
  });
}

export { Agent, Dispatcher, EnvHttpProxyAgent, ProxyAgent, errors };
