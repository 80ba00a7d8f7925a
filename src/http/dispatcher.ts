// The run's one dispatcher: every request of the action goes through it.
// undici's EnvHttpProxyAgent, so a runner behind a proxy works as pip and git
// do there: HTTPS_PROXY for https URLs, HTTP_PROXY for http ones, NO_PROXY
// (host names, domain suffixes, host:port, or *) for those reached directly.
// Loopback is not exempt by itself: list 127.0.0.1 / localhost in NO_PROXY
// for a local index. Read from the run's env, lower case first, as curl does.
import { EnvHttpProxyAgent, type Dispatcher } from 'undici';

export function runDispatcher(env: NodeJS.ProcessEnv): Dispatcher {
  return new EnvHttpProxyAgent({
    connections: 8,
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
  });
}
