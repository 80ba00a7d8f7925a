// The embedded index: a Warehouse stand-in over real HTTP on loopback, for
// the demo and the end-to-end tests. This file does the HTTP (routing,
// multipart streaming, replies); upload.ts decides what to accept, store.ts
// keeps it, simple.ts / json-api.ts / pages.ts render it.
import { timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { normalizeName } from '../../../src/dists/filename.ts';
import { inspectArchive } from './archive.ts';
import { FileIngest, HashPool } from './ingest.ts';
import { latestRelease, renderJson } from './json-api.ts';
import { renderHome, renderProjectPage } from './pages.ts';
import { errorReply, reasonPhrase, type Reply } from './responses.ts';
import { chooseFormat, renderIndex, renderProject, type ProvenanceUrl } from './simple.ts';
import { Provenances } from './attestations.ts';
import { Store } from './store.ts';
import { checkFile } from './upload-file.ts';
import { checkCredentials, checkUploadRequest, type Authenticate, type Credentials, type ReceivedFile, type UploadRequest } from './upload.ts';
import { TrustedPublishing, type TrustedPublishingOptions } from './oidc.ts';
import { Faults, routeOf, type FaultAction, type FaultRule } from './faults.ts';
import { sendHostile } from './hostile.ts';
import { withInjected } from './injected.ts';

export interface IndexOptions {
  /** Where projects and files are kept; reused across restarts. */
  dir: string;
  /** The API token uploads must present (as password, user `__token__`). */
  token: string;
  /**
   * The user name uploads must present with the token. Default `__token__`,
   * as on PyPI; another name stands for a private index's account.
   */
  username?: string;
  /**
   * Reads (simple pages, files, the JSON API, project pages) need the same
   * credentials as uploads, answering 401 without them, as a private index's
   * do. Off by default: PyPI's pages are public.
   */
  privateReads?: boolean;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Per-file limit in bytes, default 100 MiB (Warehouse's default). */
  maxFileSize?: number;
  /** Serve `/_/oidc/audience` and `/_/oidc/mint-token` for these publishers; without it, both are 404 (as on an index with no trusted publishing). */
  trustedPublishing?: TrustedPublishingOptions;
  /** Faults to inject (see faults.ts): rules, or a spec string such as `upload:503:2`. None by default. */
  faults?: FaultRule[] | string;
  /** The time, for hide=SECONDS (a test's own clock); default the real one. */
  clock?: () => number;
  /** The Sigstore whose attestations uploads may carry (its trusted_root.json); public-good by default, as PyPI. */
  sigstoreTrustedRoot?: unknown;
}

export interface RunningIndex {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  /** `${url}/legacy/` */
  uploadUrl: string;
  /** `${url}/simple/` */
  simpleUrl: string;
  close(): Promise<void>;
  /** Every upload request received (for tests: "no upload reached the index"). */
  uploads: Array<{ filename: string | undefined; status: number }>;
  /** Every upload token trusted publishing minted (for tests: "never in the log"). */
  mintedTokens(): string[];
  /** Every request received, method and URL as sent (for tests: "no secret in a URL"). */
  requests: Array<{ method: string; url: string }>;
  /** The faults injected; `faults.set(...)`/`faults.clear()` change them while the index runs. */
  faults: Faults;
  /**
   * 'request' ({ method, url }) as each request arrives, 'upload' ({ filename,
   * status }) as each upload ends: tests wait on these rather than poll.
   */
  events: EventEmitter;
  /**
   * Names the simple listings show besides the stored files, by normalized
   * project name, whether or not the project exists: a hostile index's
   * (`'x\n::stop-commands::t'`). Each links to a file the index does not
   * have. Empty by default; tests push and clear entries while it runs.
   */
  injectedNames: Map<string, string[]>;
}

const MIB = 1024 * 1024;

interface FileOutcome {
  status: 200;
  headers: Record<string, string>;
  /** Path of the bytes to send. */
  file: string;
}

type Outcome = Reply | FileOutcome;

interface Context {
  store: Store;
  options: Required<Pick<IndexOptions, 'token' | 'maxFileSize' | 'username' | 'privateReads'>>;
  /** The address clients reach us at, for absolute URLs when a request has no usable Host header. */
  url: string;
  uploads: RunningIndex['uploads'];
  events: EventEmitter;
  oidc: TrustedPublishing | undefined;
  faults: Faults;
  injectedNames: RunningIndex['injectedNames'];
  /** Hashing threads for large uploads, started on the first one. */
  hashPool: HashPool;
  provenance: Provenances;
}

/** From this request size, md5 and sha256 run in worker threads (see ingest.ts). */
const HASH_WORKERS_FROM = 16 * MIB;

function ok(body: string, contentType: string, headers: Record<string, string> = {}): Reply {
  return { status: 200, reason: 'OK', headers: { 'Content-Type': contentType, ...headers }, body };
}

function notFound(accept: string | undefined): Reply {
  return errorReply(404, undefined, accept);
}

function redirect(status: 301 | 308, location: string, accept: string | undefined, message?: string): Reply {
  return errorReply(status, message, accept, { location });
}

/** The base URL as the client addressed us, so links work through whatever name it used. */
function baseUrl(req: IncomingMessage, ctx: Context): string {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.\-[\]:]+$/.test(host) ? `http://${host}` : ctx.url;
}

function credentialsOf(req: IncomingMessage): Credentials | undefined {
  const match = /^Basic\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

interface Received {
  request: UploadRequest;
  /** Where the `content` part's bytes went, if there was one. */
  temp: string | undefined;
}

/**
 * Streams a multipart upload: text parts into memory, the `content` part to a
 * temporary file while hashing it (md5, sha256 and BLAKE2b-256, the three
 * digests Warehouse verifies). Past the size limit the bytes are counted and
 * dropped, as Warehouse stops storing but reports the size error only in turn.
 */
async function receiveUpload(req: IncomingMessage, url: URL, ctx: Context): Promise<Received> {
  const fields: Array<[string, string]> = [];
  const fileFields: string[] = [];
  let content: Promise<ReceivedFile> | undefined;
  let temp: string | undefined;
  const received = (): Received => ({
    request: { fields, fileFields, content: undefined, queryAction: url.searchParams.get(':action') ?? undefined, credentials: credentialsOf(req) },
    temp,
  });

  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fieldSize: 64 * MIB, fields: 10_000 } });
  } catch {
    // Not multipart: Warehouse sees an empty form.
    req.resume();
    return received();
  }

  parser.on('field', (name, value) => fields.push([name, value]));
  parser.on('file', (name, stream, info) => {
    if (name !== 'content' || content) {
      if (name !== 'content') fileFields.push(name);
      stream.resume();
      return;
    }
    const path = ctx.store.tempPath();
    temp = path;
    const large = Number(req.headers['content-length']) >= HASH_WORKERS_FROM;
    content = (async () => {
      let ingest: FileIngest;
      try {
        ingest = await FileIngest.open(path, large ? ctx.hashPool : undefined);
      } catch (error) {
        stream.resume();
        throw error;
      }
      let size = 0;
      let kept = true;
      let failure: { error: unknown } | undefined;
      // Read to the end whatever happens, so that the form still parses to its end.
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (kept && size > ctx.options.maxFileSize) {
            kept = false;
            await ingest.abort();
          }
          if (!kept || failure) continue;
          try {
            await ingest.push(chunk);
          } catch (error) {
            failure = { error };
            await ingest.abort();
          }
        }
      } catch (error) {
        // The request itself broke off (the client went away): nothing more will come.
        await ingest.abort();
        throw error;
      }
      if (failure) throw failure.error;
      return {
        filename: info.filename ?? '',
        contentType: info.mimeType,
        size,
        digests: kept ? await ingest.finish() : undefined,
      };
    })();
    // Awaited after parsing; until then a failure must not count as unhandled.
    content.catch(() => undefined);
  });

  const parsed = new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    req.on('error', reject);
  });
  req.pipe(parser);
  let failure: { error: unknown } | undefined;
  await parsed.catch((error: unknown) => {
    failure = { error };
    // A request cut short leaves the file part without an end: ending the parser ends (errors) it.
    parser.destroy();
  });
  const result = received();
  if (content) {
    // Settled only now: the part may still be flushing to disk after the form ends.
    result.request.content = await content.catch((error: unknown) => {
      failure ??= { error };
      return undefined;
    });
  }
  if (failure) {
    // The caller never learns the temporary path of a request that failed: it goes here.
    if (temp) await rm(temp, { force: true });
    throw failure.error;
  }
  return result;
}

async function handleUpload(req: IncomingMessage, url: URL, ctx: Context): Promise<Outcome> {
  const accept = req.headers.accept;
  let filename: string | undefined;
  let status = 500;
  let temp: string | undefined;
  let kept = false;
  try {
    const received = await receiveUpload(req, url, ctx);
    temp = received.temp;
    filename = received.request.content?.filename;
    const checked = checkUploadRequest(received.request, authenticator(ctx), ctx.options.username);
    if (!checked.ok) {
      status = checked.status;
      return status === 404 ? notFound(accept) : errorReply(status, checked.message, accept);
    }
    const archive = checked.content.digests && temp ? await inspectArchive(temp, checked.content.filename) : undefined;
    const receivedPath = temp;
    const verdict = await ctx.store.exclusive(async () => {
      const now = new Date();
      const decision = checkFile(checked, ctx.store, archive, { maxFileSize: ctx.options.maxFileSize }, now);
      if (decision.ok && !decision.duplicate && receivedPath) {
        // Read after the duplicate check: an identical re-upload is 200 whatever it carries, as on Warehouse.
        const publisher = received.request.credentials && ctx.oidc?.grant(received.request.credentials.password, now)?.publisher;
        const attested = ctx.provenance.check(received.request.fields, publisher, { filename: checked.content.filename, sha256: checked.content.digests!.sha256 });
        if (attested?.ok === false) return attested;
        await ctx.store.add(checked, decision.file, receivedPath, archive?.wheelMetadata, now);
        if (attested) await ctx.provenance.save(checked.content.filename, publisher!, attested.attestations);
        kept = true;
      }
      return decision;
    });
    if (!verdict.ok) {
      status = verdict.status;
      return errorReply(status, verdict.message, accept);
    }
    status = 200;
    // Warehouse answers with its warnings, one a line: there are none here.
    return ok('', 'text/html; charset=UTF-8');
  } finally {
    ctx.uploads.push({ filename, status });
    ctx.events.emit('upload', { filename, status });
    if (temp && !kept) await rm(temp, { force: true });
  }
}

/** The index's API token uploads anything; a minted one, its publisher's project until it expires. */
function authenticator(ctx: Context): string | Authenticate {
  const { oidc } = ctx;
  if (!oidc) return ctx.options.token;
  return (password) => {
    const token = Buffer.from(ctx.options.token);
    const given = Buffer.from(password);
    if (token.length === given.length && timingSafeEqual(token, given)) return { project: undefined };
    const grant = oidc.grant(password, new Date());
    return grant && { project: grant.project };
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? '' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

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
      const page = renderProject(project, base, format, provenanceUrl(ctx, base, project.normalized_name));
      return ok(page.body, page.contentType, simpleHeaders(project.last_serial));
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

  if (root === 'integrity' && d === 'provenance' && segments.length === 5) {
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
    ctx.provenance.has(filename) ? `${base}/integrity/${project}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance` : undefined;
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
  if (fault?.kind === 'huge' || fault?.kind === 'quadratic' || fault?.kind === 'drip') {
    await drained(req);
    return sendHostile(res, fault, routeOf(req.method ?? 'GET', (req.url ?? '/').split('?')[0] ?? '/') === 'files' ? 'file' : 'listing');
  }
  const outcome = await route(req, ctx);
  if (fault?.kind === 'cut-after') return void res.destroy();
  if (fault?.kind === 'truncate' && !head) return sendTruncated(res, outcome);
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
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/' });
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
