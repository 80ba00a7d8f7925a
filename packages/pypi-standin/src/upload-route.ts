// The upload route: the multipart request streamed to disk and hashed, then
// Warehouse's checks (upload.ts, upload-file.ts) and the store.
import { timingSafeEqual } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { inspectArchive } from './archive.ts';
import { normalizeName } from '../../../src/dists/filename.ts';
import { baseUrl, MIB, notFound, ok, type Context, type Outcome } from './context.ts';
import { FileIngest } from './ingest.ts';
import { pypiserverExists } from './pypiserver.ts';
import { errorReply } from './responses.ts';
import { checkFile } from './upload-file.ts';
import { checkUploadRequest, type Authenticate, type Credentials, type ReceivedFile, type UploadRequest } from './upload.ts';

/** From this request size, md5 and sha256 run in worker threads (see ingest.ts). */
const HASH_WORKERS_FROM = 16 * MIB;

export function credentialsOf(req: IncomingMessage): Credentials | undefined {
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

export async function handleUpload(req: IncomingMessage, url: URL, ctx: Context): Promise<Outcome> {
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
    if (ctx.options.kind === 'pypiserver' && ctx.store.findFile(checked.content.filename, '')?.filename === checked.content.filename) {
      // pypiserver looks at the name only, before anything else of the file.
      const reply = pypiserverExists(checked.content.filename, req.headers['user-agent'], `${baseUrl(req, ctx)}${url.pathname}`);
      status = reply.status;
      return reply;
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

/**
 * The index's API token uploads anything; a project-scoped one, its project;
 * a minted one, its publisher's project until it expires.
 */
function authenticator(ctx: Context): string | Authenticate {
  const { oidc } = ctx;
  const scoped = Object.entries(ctx.options.projectTokens);
  if (!oidc && scoped.length === 0) return ctx.options.token;
  return (password) => {
    const given = Buffer.from(password);
    const same = (secret: string): boolean => {
      const token = Buffer.from(secret);
      return token.length === given.length && timingSafeEqual(token, given);
    };
    if (same(ctx.options.token)) return { project: undefined };
    const scope = scoped.find(([token]) => same(token));
    if (scope) return { project: normalizeName(scope[1]) };
    const grant = oidc?.grant(password, new Date());
    return grant && { project: grant.project };
  };
}

export function readBody(req: IncomingMessage, limit: number): Promise<string> {
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
