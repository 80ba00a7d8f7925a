// The embedded index: a Warehouse stand-in over real HTTP on loopback, for
// the demo and the end-to-end tests. This file does the HTTP (routing,
// replies); upload-route.ts streams uploads, upload.ts and upload-file.ts
// decide what to accept, store.ts keeps it, simple.ts / json-api.ts /
// pages.ts render it.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { normalizeName } from '../../../src/dists/filename.ts';
import { Provenances } from './attestations.ts';
import { baseUrl, MIB, notFound, ok, redirect, type Context, type FileOutcome, type IndexOptions, type Outcome, type RunningIndex } from './context.ts';
import { Faults, routeOf, type FaultAction } from './faults.ts';
import { echoCredentials, sendHostile } from './hostile.ts';
import { HashPool } from './ingest.ts';
import { withInjected } from './injected.ts';
import { latestRelease, renderJson } from './json-api.ts';
import { TrustedPublishing } from './oidc.ts';
import { renderHome, renderProjectPage } from './pages.ts';
import { renderPypiserverProject } from './pypiserver.ts';
import { errorReply, reasonPhrase, type Reply } from './responses.ts';
import { chooseFormat, renderIndex, renderProject, type ProvenanceUrl } from './simple.ts';
import { Store } from './store.ts';
import { checkCredentials } from './upload.ts';
import { credentialsOf, handleUpload, readBody } from './upload-route.ts';

export type { IndexOptions, RunningIndex } from './context.ts';

function simpleHeaders(serial: number): Record<string, string> {
  return { Vary: 'Accept', 'X-PyPI-Last-Serial': String(serial), 'Cache-Control': 'max-age=600, public' };
}

function jsonHeaders(serial: number): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'X-PyPI-Last-Serial',
    'X-PyPI-Last-Serial': String(serial),
    'Cache-Control': 'max-age=900, public',
  };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function read(req: IncomingMessage, url: URL, ctx: Context): Outcome {
  const accept = req.headers.accept;
  const base = baseUrl(req, ctx);
  const store = ctx.store;
  const path = url.pathname;
  const segments = path.split('/').slice(1).map(decodeSegment);
  if (segments.some((s) => s === undefined)) return notFound(accept);
  const [root, a, b, c, d] = segments as string[];

  if (path === '/') return ok(renderHome(store.projects(), base), 'text/html; charset=UTF-8');

  if (root === 'simple') {
    const format = chooseFormat(accept, url.searchParams.get('format'));
    if (path === '/simple/') {
      const page = renderIndex(store.projects(), store.lastSerial, format);
      return ok(page.body, page.contentType, simpleHeaders(store.lastSerial));
    }
    if (a && segments.length <= 3 && (b === undefined || b === '')) {
      const project = withInjected(ctx.faults.visible(store.project(normalizeName(a)), 'simple', path + url.search), normalizeName(a), ctx.injectedNames);
      if (!project) return notFound(accept);
      if (a !== project.normalized_name || b === undefined) {
        return redirect(301, `${base}/simple/${encodeURIComponent(project.normalized_name)}/${url.search}`, accept);
      }
      const page = ctx.options.kind === 'pypiserver'
        ? renderPypiserverProject(project, base, ctx.options.listedHash)
        : renderProject(project, base, format, provenanceUrl(ctx, base, project.normalized_name), ctx.options.listedHash);
      return ok(page.body, page.contentType, ctx.options.kind === 'pypiserver' ? {} : simpleHeaders(project.last_serial));
    }
    return notFound(accept);
  }

  if (root === 'pypi' && a) {
    const version = c === 'json' && d === undefined ? b : undefined;
    const isProjectRoute = b === 'json' && (c === undefined || c === '');
    if (!isProjectRoute && version === undefined) return notFound(accept);
    const project = store.project(normalizeName(a));
    if (!project) return notFound(accept);
    const found = version === undefined ? latestRelease(project) : store.release(project.normalized_name, version);
    const release = found && ctx.faults.visibleRelease(found, 'json', path + url.search);
    if (!release) return notFound(accept);
    // PyPI sends every spelling of a name to the project's own spelling.
    if (a !== project.name) {
      const rest = version === undefined ? 'json' : `${encodeURIComponent(version)}/json`;
      return redirect(301, `${base}/pypi/${encodeURIComponent(project.name)}/${rest}`, accept);
    }
    return ok(renderJson(ctx.faults.visible(project, 'json', path + url.search)!, release, base, version === undefined), 'application/json', jsonHeaders(project.last_serial));
  }

  if (root === ctx.options.integrityRoot && d === 'provenance' && segments.length === 5) {
    const project = store.project(normalizeName(a!));
    const release = project && store.release(project.normalized_name, b!);
    if (!release?.files.some((f) => f.filename === c)) return notFound(accept);
    return ctx.provenance.serve(c!);
  }

  if (root === 'files' && segments.length >= 5) {
    const found = store.fileByPath(segments.slice(1).join('/'));
    if (!found) return notFound(accept);
    return {
      status: 200,
      headers: { 'Content-Type': 'application/octet-stream', ETag: `"${found.file.sha256}${found.metadata ? '-metadata' : ''}"` },
      file: store.blobPath(found.file, found.metadata),
    };
  }

  if (root === 'project' && a) {
    const project = store.project(normalizeName(a));
    const hasVersion = b !== undefined && b !== '';
    if (!project || segments.length > (hasVersion ? 4 : 3) || (hasVersion && c !== undefined && c !== '')) return notFound(accept);
    const release = hasVersion ? store.release(project.normalized_name, b) : latestRelease(project);
    if (!release) return notFound(accept);
    const canonical = `/project/${encodeURIComponent(project.name)}/${hasVersion ? `${encodeURIComponent(release.version)}/` : ''}`;
    if (path !== canonical) return redirect(301, `${base}${canonical}`, accept);
    return ok(renderProjectPage(project, release, base, release === latestRelease(project)), 'text/html; charset=UTF-8');
  }

  return notFound(accept);
}

function provenanceUrl(ctx: Context, base: string, project: string): ProvenanceUrl {
  return (filename, version) =>
    ctx.provenance.has(filename) ? `${base}/${ctx.options.integrityRoot}/${project}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance` : undefined;
}

async function route(req: IncomingMessage, ctx: Context): Promise<Outcome> {
  const url = new URL(req.url ?? '/', 'http://index.invalid');
  const method = req.method ?? 'GET';
  const accept = req.headers.accept;
  if (url.pathname === '/legacy/') {
    if (method !== 'POST') return errorReply(405, undefined, accept, { headers: { Allow: 'POST' } });
    return handleUpload(req, url, ctx);
  }
  if (url.pathname === '/legacy' && method === 'POST') {
    // The body is not read: twine treats any redirect of an upload as an error, and so should others.
    ctx.uploads.push({ filename: undefined, status: 308 });
    ctx.events.emit('upload', { filename: undefined, status: 308 });
    req.resume();
    return redirect(
      308,
      `${baseUrl(req, ctx)}/legacy/`,
      accept,
      'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
    );
  }
  if (ctx.oidc && url.pathname === '/_/oidc/audience' && method === 'GET') return ctx.oidc.audience();
  if (ctx.oidc && (url.pathname === '/_/oidc/mint-token' || url.pathname === '/_/oidc/github/mint-token') && method === 'POST') {
    return ctx.oidc.mint(await readBody(req, 64 * 1024), new Date());
  }
  if (method !== 'GET' && method !== 'HEAD') {
    req.resume();
    return errorReply(405, undefined, accept, { headers: { Allow: 'GET, HEAD' } });
  }
  if (ctx.options.privateReads && 'ok' in checkCredentials(credentialsOf(req), ctx.options.token, ctx.options.username)) {
    return errorReply(401, undefined, accept, { headers: { 'WWW-Authenticate': 'Basic realm="pypi"' } });
  }
  return read(req, url, ctx);
}

async function send(res: ServerResponse, outcome: Outcome, head: boolean): Promise<void> {
  if ('file' in outcome) {
    const { size } = await stat(outcome.file);
    res.writeHead(outcome.status, 'OK', { ...outcome.headers, 'Content-Length': String(size) });
    if (head) return void res.end();
    await pipeline(createReadStream(outcome.file), res);
    return;
  }
  const body = Buffer.from(outcome.body, 'utf8');
  res.writeHead(outcome.status, reasonPhrase(outcome.reason), { ...outcome.headers, 'Content-Length': String(body.length) });
  res.end(head ? undefined : body);
}

/** Drains a request's body (the client sends it all), for faults that answer without reading it. */
async function drained(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return;
  await new Promise<void>((resolve) => {
    req.on('end', resolve).on('error', () => resolve()).on('close', resolve);
    req.resume();
  });
}

/** Announces the whole body, sends half of it, and closes: a transfer cut short. */
async function sendTruncated(res: ServerResponse, outcome: Outcome): Promise<void> {
  const body = 'file' in outcome ? await readFile(outcome.file) : Buffer.from(outcome.body, 'utf8');
  const reason = 'file' in outcome ? 'OK' : reasonPhrase(outcome.reason);
  res.writeHead(outcome.status, reason, { ...outcome.headers, 'Content-Length': String(body.length) });
  await new Promise<void>((resolve) => res.write(body.subarray(0, Math.floor(body.length / 2)), () => resolve()));
  res.destroy();
}

/** The answer of a redirect fault (to this host or another), or of echo-auth; the request is not read. */
function misdirected(req: IncomingMessage, ctx: Context, fault: Extract<FaultAction, { kind: 'redirect' | 'echo-auth' }>): Reply {
  const accept = req.headers.accept;
  if (fault.kind === 'echo-auth') return echoCredentials(req.headers.authorization, credentialsOf(req), accept);
  const base = new URL(baseUrl(req, ctx));
  if (fault.host !== undefined) base.hostname = fault.host;
  const location = new URL(req.url ?? '/', base).href;
  // 301 turns a POST into a GET in most clients; 308 keeps the method, as an upload's redirect would.
  return redirect(req.method === 'GET' || req.method === 'HEAD' ? 301 : 308, location, accept);
}

/** The file with its first byte changed: the length announced, other bytes. */
async function sendCorrupt(res: ServerResponse, outcome: FileOutcome): Promise<void> {
  const body = await readFile(outcome.file);
  if (body.length > 0) body[0] = body[0]! ^ 0xff;
  res.writeHead(outcome.status, 'OK', { ...outcome.headers, 'Content-Length': String(body.length) });
  res.end(body);
}

/** Handles a request with the fault the index's rules give it, if any. */
async function serve(req: IncomingMessage, res: ServerResponse, ctx: Context, fault: FaultAction | undefined): Promise<void> {
  const head = req.method === 'HEAD';
  if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
  if (fault?.kind === 'status' || fault?.kind === 'cut-before') {
    await drained(req);
    if (fault.kind === 'cut-before') return void res.destroy();
    const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
    return send(res, errorReply(fault.status, undefined, req.headers.accept, { headers }), head);
  }
  if (fault?.kind === 'redirect' || fault?.kind === 'echo-auth') {
    await drained(req);
    return send(res, misdirected(req, ctx, fault), head);
  }
  if (fault?.kind === 'huge' || fault?.kind === 'quadratic' || fault?.kind === 'drip') {
    await drained(req);
    return sendHostile(res, fault, routeOf(req.method ?? 'GET', (req.url ?? '/').split('?')[0] ?? '/') === 'files' ? 'file' : 'listing');
  }
  const outcome = await route(req, ctx);
  if (fault?.kind === 'cut-after') return void res.destroy();
  if (fault?.kind === 'truncate' && !head) return sendTruncated(res, outcome);
  if (fault?.kind === 'corrupt' && 'file' in outcome && !head) return sendCorrupt(res, outcome);
  if (ctx.options.statusLine === 'standard' && !('file' in outcome)) {
    return send(res, { ...outcome, reason: STATUS_CODES[outcome.status] ?? '' }, head);
  }
  return send(res, outcome, head);
}

export async function startIndex(options: IndexOptions): Promise<RunningIndex> {
  const store = await Store.open(options.dir);
  const host = options.host ?? '127.0.0.1';
  const uploads: RunningIndex['uploads'] = [];
  const requests: RunningIndex['requests'] = [];
  const faults = new Faults(options.faults, options.clock);
  const events = new EventEmitter();
  const ctx: Context = {
    store,
    options: {
      token: options.token,
      maxFileSize: options.maxFileSize ?? 100 * MIB,
      username: options.username ?? '__token__',
      privateReads: options.privateReads ?? false,
      projectTokens: options.projectTokens ?? {},
      kind: options.kind ?? 'warehouse',
      listedHash: options.listedHash ?? 'sha256',
      statusLine: options.statusLine ?? 'message',
      integrityRoot: options.integrityRoot ?? 'integrity',
    },
    url: '',
    uploads,
    events,
    oidc: options.trustedPublishing && new TrustedPublishing(options.trustedPublishing),
    faults,
    injectedNames: new Map(),
    hashPool: new HashPool(),
    provenance: await Provenances.open(store.dir, options.trustedPublishing?.issuer, options.sigstoreTrustedRoot),
  };

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    events.emit('request', { method: req.method ?? 'GET', url: req.url ?? '/' });
    serve(req, res, ctx, faults.take(req.method ?? 'GET', req.url ?? '/'))
      .catch((error: unknown) => {
        if (!res.headersSent) {
          const reply = errorReply(500, undefined, req.headers.accept);
          res.writeHead(reply.status, reply.reason, reply.headers).end(reply.body);
        } else {
          res.destroy(error instanceof Error ? error : undefined);
        }
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  ctx.url = url;

  return {
    url,
    uploadUrl: `${url}/legacy/`,
    simpleUrl: `${url}/simple/`,
    uploads,
    mintedTokens: () => ctx.oidc?.minted() ?? [],
    requests,
    faults,
    events,
    injectedNames: ctx.injectedNames,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await ctx.hashPool.close();
    },
  };
}
