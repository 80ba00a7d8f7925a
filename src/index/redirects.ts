// Which redirects a read of an index follows: on the same host only (http may
// become https, never the reverse), a few hops at most. Uploads never follow
// one (errors.ts, uploadRedirected): a POST body and credentials must not go
// elsewhere.
import { ReleaseError } from '../errors.ts';
import { displayUrl } from './url.ts';

const MAX_REDIRECTS = 5;

/** The next URL of a read redirected from `from` (the `hop`th time), or INDEX_REDIRECT. */
export function followable(from: URL, location: string | undefined, status: number, hop: number, what: string): URL {
  let to: URL | undefined;
  try {
    to = location === undefined ? undefined : new URL(location, from);
  } catch {
    to = undefined;
  }
  const sameHost = to !== undefined && to.host === from.host && (to.protocol === from.protocol || to.protocol === 'https:');
  if (to === undefined || !sameHost || hop >= MAX_REDIRECTS) {
    const why = to === undefined ? 'without a usable Location' : !sameHost ? 'to another host' : 'too many times';
    throw new ReleaseError({
      code: 'INDEX_REDIRECT',
      message: `${what}: ${displayUrl(from)} answered ${status}, a redirect ${why}${to === undefined ? '' : ` (${displayUrl(to)})`}. Only redirects on the same host are followed.`,
      hint: 'Check the index URLs: give the address the index serves directly.',
    });
  }
  return to;
}
