// What the embedded index's routes share: its options and public handle,
// the per-server context, and the reply helpers.
import type { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Provenances } from './attestations.ts';
import type { FaultRule, Faults } from './faults.ts';
import type { HashPool } from './ingest.ts';
import type { TrustedPublishing, TrustedPublishingOptions } from './oidc.ts';
import { errorReply, type Reply } from './responses.ts';
import type { Store } from './store.ts';

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
  /**
   * API tokens each scoped to one project (token -> project name), besides
   * `token`: uploads to another project are refused with Warehouse's 403.
   */
  projectTokens?: Record<string, string>;
  /**
   * Which index answers: 'warehouse' (the default), or 'pypiserver', which
   * answers as pypiserver 2.x where it differs in what a client sees: its
   * project pages are its own PEP 503 HTML whatever the Accept (no JSON, no
   * data- attributes), and a filename it already holds gets a 409
   * "Package '...' already exists!" even for identical bytes (400 when the
   * User-Agent is twine's). URLs, checks and everything else stay Warehouse's.
   */
  kind?: 'warehouse' | 'pypiserver';
  /**
   * The hash the simple pages give for each file: 'sha256' (the default, as
   * Warehouse and pypiserver), 'md5' or 'none' (pypiserver's `--hash-algo md5`
   * or `off`, and indexes that list no hash at all).
   */
  listedHash?: 'sha256' | 'md5' | 'none';
  /**
   * Where an error's message goes: 'message' (the default) puts it in the
   * reason phrase and the body, as Warehouse; 'standard' sends the standard
   * reason phrase ('Bad Request') and the message in the body only, as over
   * HTTP/2 (no reason phrase at all) or through a proxy that rewrites it.
   */
  statusLine?: 'message' | 'standard';
  /**
   * The first path segment of the integrity API, where each file's
   * provenance is served (PEP 740): 'integrity' (the default, as Warehouse).
   * Another puts it where PyPI's would not be; the simple pages link it
   * either way, and a client that reads the link finds it.
   */
  integrityRoot?: string;
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
  /** Every request received, method, URL and headers as sent (for tests: "no secret in a URL", "asked for JSON"). */
  requests: Array<{ method: string; url: string; headers: IncomingHttpHeaders }>;
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

export const MIB = 1024 * 1024;

export interface FileOutcome {
  status: 200;
  headers: Record<string, string>;
  /** Path of the bytes to send. */
  file: string;
}

export type Outcome = Reply | FileOutcome;

export interface Context {
  store: Store;
  options: Required<Pick<IndexOptions, 'token' | 'maxFileSize' | 'username' | 'privateReads' | 'projectTokens' | 'kind' | 'listedHash' | 'statusLine' | 'integrityRoot'>>;
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

export function ok(body: string, contentType: string, headers: Record<string, string> = {}): Reply {
  return { status: 200, reason: 'OK', headers: { 'Content-Type': contentType, ...headers }, body };
}

export function notFound(accept: string | undefined): Reply {
  return errorReply(404, undefined, accept);
}

export function redirect(status: 301 | 308, location: string, accept: string | undefined, message?: string): Reply {
  return errorReply(status, message, accept, { location });
}

/** The base URL as the client addressed us, so links work through whatever name it used. */
export function baseUrl(req: IncomingMessage, ctx: Context): string {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.\-[\]:]+$/.test(host) ? `http://${host}` : ctx.url;
}
