// Where an index takes uploads, where it lists files, and how its URLs may be
// shown. Pure: the inputs parser reports a bad URL along with every other
// problem, and the client never has to guess.
import { ReleaseError } from '../errors.ts';
import { normalizeName } from '../dists/filename.ts';

export interface IndexUrls {
  /** The legacy upload endpoint, trailing slash included. */
  upload: URL;
  /** The simple index root (PEP 503/691), always ending with '/'. */
  simple: URL;
  /** What to call the index in messages: 'PyPI', 'TestPyPI', or its host. */
  label: string;
  /** A page a person can open to see the project (or release). */
  projectPage(name: string, version?: string): string;
}

export type IndexUrlsResult = { ok: true; urls: IndexUrls } | { ok: false; error: string };

/** Upload hosts whose web host differs: PyPI uploads go to upload.pypi.org, pages live on pypi.org. */
const KNOWN_INDEXES: ReadonlyArray<{ uploadHost: string; webHost: string; label: string }> = [
  { uploadHost: 'upload.pypi.org', webHost: 'pypi.org', label: 'PyPI' },
  { uploadHost: 'test.pypi.org', webHost: 'test.pypi.org', label: 'TestPyPI' },
];

/**
 * Derives the simple index and project pages from an upload URL. PyPI, TestPyPI
 * and any `<base>/legacy/` laid out as Warehouse (the embedded index) derive;
 * other servers (pypiserver, devpi, Artifactory, ...) need `simpleUrl`, which
 * always wins when given. Returns a sentence instead of throwing so the inputs
 * parser can list it with the other problems.
 */
export function parseIndexUrls(uploadUrl: string, simpleUrl?: string): IndexUrlsResult {
  const upload = parseHttpUrl(uploadUrl, 'upload URL');
  if (typeof upload === 'string') return { ok: false, error: upload };

  const known = KNOWN_INDEXES.find((k) => k.uploadHost === upload.hostname);
  if (known && upload.pathname === '/legacy') {
    // Warehouse answers 308 here, and a POST must not follow it: say so now, before any upload.
    return {
      ok: false,
      error: `The upload URL ${displayUrl(upload)} lacks its trailing slash: use ${displayUrl(withPath(upload, '/legacy/'))}.`,
    };
  }

  let simple: URL | undefined;
  if (simpleUrl !== undefined && simpleUrl.trim() !== '') {
    const parsed = parseHttpUrl(simpleUrl, 'simple index URL');
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    // Project pages are resolved against this URL, which drops the last segment without a slash.
    simple = parsed.pathname.endsWith('/') ? parsed : withPath(parsed, `${parsed.pathname}/`);
  }

  let page: ((name: string, version?: string) => string) | undefined;
  let label = upload.host;
  if (known) {
    label = known.label;
    const web = new URL(`https://${known.webHost}/`);
    simple ??= new URL('/simple/', web);
    page = (name, version) => projectUrl(web, name, version);
  } else if (upload.pathname.endsWith('/legacy/')) {
    const base = withPath(upload, upload.pathname.slice(0, -'legacy/'.length));
    simple ??= new URL('simple/', base);
    page = (name, version) => projectUrl(base, name, version);
  }

  if (!simple) {
    return {
      ok: false,
      error:
        `Cannot tell where ${displayUrl(upload)} lists its files: give the index's simple URL as well ` +
        `(pypiserver: <root>/simple/, devpi: <index>/+simple/, Artifactory and Nexus: .../simple/).`,
    };
  }
  const simpleRoot = simple;
  return {
    ok: true,
    urls: {
      upload,
      simple: simpleRoot,
      label,
      projectPage: page ?? ((name) => new URL(`${normalizeName(name)}/`, simpleRoot).href),
    },
  };
}

/** As parseIndexUrls, for callers with no list of problems to add to. */
export function resolveIndexUrls(uploadUrl: string, simpleUrl?: string): IndexUrls {
  const result = parseIndexUrls(uploadUrl, simpleUrl);
  if (!result.ok) throw new ReleaseError({ code: 'INPUT_INVALID', message: result.error });
  return result.urls;
}

/** The URL with any password (or a lone user name, which may be a token) replaced by `****`. */
export function displayUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : new URL(url.href);
  } catch {
    // Not a URL: still hide anything that looks like userinfo.
    return String(url).replace(/\/\/[^/@\s]*@/, '//****@');
  }
  if (parsed.password !== '') {
    parsed.password = '****';
  } else if (parsed.username !== '') {
    parsed.username = '****';
  }
  return parsed.href;
}

/** 127.0.0.0/8, ::1 (also as IPv4-mapped) and localhost: where plain http cannot be sniffed on the way. */
export function isLoopback(url: URL | string): boolean {
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host.startsWith('[') && host.endsWith(']')) {
    const v6 = host.slice(1, -1);
    if (v6 === '::1') return true;
    // The URL parser rewrites ::ffff:127.0.0.1 as ::ffff:7f00:1.
    const mapped = /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.exec(v6);
    return mapped !== null;
  }
  if (host === 'localhost' || host === 'localhost.') return true;
  // The URL parser has already turned 127.1 or 0x7f.0.0.1 into dotted decimal.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** A URL we may send to: http(s), plain http only to loopback, no credentials, query or fragment; else why not. */
export function parseHttpUrl(text: string, what: string): URL | string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return `The ${what} '${displayUrl(text)}' is not a URL.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `The ${what} ${displayUrl(url)} must be https:// (or http:// to a loopback address).`;
  }
  if (url.protocol === 'http:' && !isLoopback(url)) {
    return `The ${what} ${displayUrl(url)} uses plain http: tokens and files would cross the network unencrypted. Use https:// (http:// is accepted only for 127.0.0.1, ::1 and localhost).`;
  }
  if (url.username !== '' || url.password !== '') {
    return `The ${what} ${displayUrl(url)} carries credentials: remove them from the URL and pass the token through its own input, which is masked in logs.`;
  }
  if (url.search !== '' || url.hash !== '') {
    return `The ${what} ${displayUrl(url)} has a query or fragment: give the bare index URL.`;
  }
  return url;
}

function withPath(url: URL, pathname: string): URL {
  const copy = new URL(url.href);
  copy.pathname = pathname;
  return copy;
}

function projectUrl(base: URL, name: string, version?: string): string {
  const project = encodeURIComponent(normalizeName(name));
  const path = version === undefined ? `project/${project}/` : `project/${project}/${encodeURIComponent(version)}/`;
  return new URL(path, base).href;
}

/** Whether two index URLs name the same place: equal but for trailing slashes. */
export function sameIndexUrl(a: URL | string, b: URL | string): boolean {
  const strip = (u: URL | string) => String(u).replace(/\/+$/, '');
  return strip(a) === strip(b);
}
