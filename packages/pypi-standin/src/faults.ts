// Fault injection for the embedded index: the ways a real index (or the CDN
// and proxies in front of it) misbehaves, on demand, so tests can drive the
// client's retries and the pipeline's resumption through real HTTP. Off unless
// configured; configured by code (startIndex's `faults`) or by a spec string
// (the CLI's --faults, or LOCAL_INDEX_FAULTS):
//
//   RULE[;RULE...]   RULE = ROUTE:ACTION[:COUNT]
//   ROUTE   upload (POST /legacy/) | simple (/simple/...) | json (/pypi/.../json) | files (/files/...) | any
//   ACTION  500 | 502 | 503 | 429 | 429/SECONDS | 503/SECONDS (with Retry-After)   answer that status, the request unread
//           cut-before     read the request, store nothing, close the connection without an answer
//           cut-after      handle the request (an upload is stored), then close without an answer
//           delay=MS       answer normally, MS milliseconds late
//           truncate       announce the whole body, send half of it, close
//           hide=SECONDS   files stay out of the listings (simple, json) until SECONDS after their upload
//           redirect       answer 301 (GET, HEAD) or 308 (any other method) to the very same URL, the request
//                          unread: a move on the same host, which a client may follow (a second request
//                          past COUNT is then served)
//           redirect=HOST  the same, to the same path on HOST (same scheme and port): another host, as a
//                          CDN or a misconfigured mirror sends readers to
//           corrupt        files only: the file with its first byte changed, same length, so its bytes no
//                          longer have the sha256 the listings give (a bad cache, a bit flipped on the way)
//           echo-auth      upload only: a 403 whose reason phrase and body quote the credentials the request
//                          carried, as a careless proxy's debug page does: what a client must never print
//   and the answers of a hostile index (hostile.ts), each a 200 with no Content-Length:
//           huge=MIB       a body of MIB mebibytes (a listing: an HTML page padded with a comment; a file: zeros)
//           quadratic      a listing of about 1 MB of anchors never closed, the page that held a regex parser for minutes
//           drip=MS        one byte of a body that never ends, every MS milliseconds
//   COUNT   N: the first N matching requests (default: every one) | K-L: the Kth to the Lth | every=N: every Nth
//
// e.g. `upload:503:2;files:truncate:1;simple:hide=3`.

import type { StoredFile, StoredProject } from './store.ts';

export type FaultRoute = 'upload' | 'simple' | 'json' | 'files' | 'any';

export type FaultAction =
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'cut-before' }
  | { kind: 'cut-after' }
  | { kind: 'delay'; ms: number }
  | { kind: 'truncate' }
  | { kind: 'redirect'; host?: string }
  | { kind: 'corrupt' }
  | { kind: 'echo-auth' }
  | { kind: 'huge'; mib: number }
  | { kind: 'quadratic' }
  | { kind: 'drip'; ms: number };

export type FaultRule =
  | { route: FaultRoute; action: FaultAction; first?: number; every?: number; skip?: number }
  | { route: 'simple' | 'json' | 'any'; hideSeconds: number };

/** A fault that was applied, for tests to check it really happened. */
export interface FiredFault {
  route: FaultRoute;
  action: FaultAction['kind'] | 'hide';
  method: string;
  url: string;
}

const STATUSES = new Set([500, 502, 503, 429]);

/** Parses a spec string (see the top of this file); throws with the offending rule. */
export function parseFaults(spec: string): FaultRule[] {
  const rules: FaultRule[] = [];
  for (const raw of spec.split(/[;\s]+/).filter((r) => r !== '')) {
    const bad = (why: string): never => {
      throw new Error(`fault '${raw}': ${why}`);
    };
    const [route, action, count, ...rest] = raw.split(':');
    if (rest.length > 0 || route === undefined || action === undefined) bad('expected ROUTE:ACTION[:COUNT]');
    if (!['upload', 'simple', 'json', 'files', 'any'].includes(route!)) bad(`unknown route '${route}' (upload, simple, json, files, any)`);
    const where = route as FaultRoute;
    const hide = /^hide=(\d+(?:\.\d+)?)$/.exec(action!);
    if (hide) {
      if (where !== 'simple' && where !== 'json' && where !== 'any') bad('hide applies to the listings: simple, json or any');
      if (count !== undefined) bad('hide takes no count');
      rules.push({ route: where as 'simple' | 'json' | 'any', hideSeconds: Number(hide[1]) });
      continue;
    }
    let parsed: FaultAction | undefined;
    const status = /^(\d{3})(?:\/(\d+))?$/.exec(action!);
    const delay = /^delay=(\d+)$/.exec(action!);
    const huge = /^huge=(\d+)$/.exec(action!);
    const drip = /^drip=(\d+)$/.exec(action!);
    const redirect = /^redirect(?:=([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?))?$/.exec(action!);
    if (status) {
      const code = Number(status[1]);
      if (!STATUSES.has(code)) bad(`status ${code} is not one of ${[...STATUSES].join(', ')}`);
      if (status[2] !== undefined && code !== 429 && code !== 503) bad('only 429 and 503 carry a Retry-After');
      parsed = status[2] === undefined ? { kind: 'status', status: code } : { kind: 'status', status: code, retryAfterSeconds: Number(status[2]) };
    } else if (delay) {
      parsed = { kind: 'delay', ms: Number(delay[1]) };
    } else if (huge && Number(huge[1]) > 0) {
      parsed = { kind: 'huge', mib: Number(huge[1]) };
    } else if (drip && Number(drip[1]) > 0) {
      parsed = { kind: 'drip', ms: Number(drip[1]) };
    } else if (action === 'quadratic') {
      if (where !== 'simple' && where !== 'any') bad('quadratic is a listing: simple or any');
      parsed = { kind: 'quadratic' };
    } else if (action === 'cut-before' || action === 'cut-after' || action === 'truncate') {
      parsed = { kind: action };
    } else if (redirect) {
      parsed = redirect[1] === undefined ? { kind: 'redirect' } : { kind: 'redirect', host: redirect[1] };
    } else if (action === 'corrupt') {
      if (where !== 'files') bad('corrupt changes a file: files');
      parsed = { kind: 'corrupt' };
    } else if (action === 'echo-auth') {
      if (where !== 'upload') bad('echo-auth answers an upload: upload');
      parsed = { kind: 'echo-auth' };
    } else {
      bad(`unknown action '${action}'`);
    }
    const rule: FaultRule = { route: where, action: parsed! };
    if (count !== undefined) {
      const first = /^(\d+)$/.exec(count);
      const every = /^every=(\d+)$/.exec(count);
      const range = /^(\d+)-(\d+)$/.exec(count);
      if (first && Number(first[1]) > 0) rule.first = Number(first[1]);
      else if (range && Number(range[1]) > 0 && Number(range[2]) >= Number(range[1])) {
        rule.skip = Number(range[1]) - 1;
        rule.first = Number(range[2]);
      }
      else if (every && Number(every[1]) > 0) rule.every = Number(every[1]);
      else bad(`count '${count}' is neither N, K-L nor every=N (0 < K <= L, N > 0)`);
    }
    rules.push(rule);
  }
  return rules;
}

/** Which fault route a request is on, if any. */
export function routeOf(method: string, pathname: string): Exclude<FaultRoute, 'any'> | undefined {
  if (pathname === '/legacy/' && method === 'POST') return 'upload';
  if (pathname.startsWith('/simple/')) return 'simple';
  if (pathname.startsWith('/pypi/') && pathname.endsWith('/json')) return 'json';
  if (pathname.startsWith('/files/')) return 'files';
  return undefined;
}

/**
 * The faults of one index: which request gets which fault, counted per rule,
 * and what the listings may show. Rules can be replaced while the index runs
 * (a test clears them before a re-run).
 */
export class Faults {
  private rules: FaultRule[] = [];
  private counts: number[] = [];
  /** Every fault applied so far, oldest first. */
  readonly fired: FiredFault[] = [];

  /**
   * `clock` tells when a hidden file shows: a test hands in its own and moves
   * it forward, instead of waiting out hide=SECONDS.
   */
  constructor(rules: FaultRule[] | string = [], private readonly clock: () => number = Date.now) {
    this.set(rules);
  }

  /** Replaces the rules (a spec string or parsed rules); counts start again. */
  set(rules: FaultRule[] | string): void {
    this.rules = typeof rules === 'string' ? parseFaults(rules) : [...rules];
    this.counts = this.rules.map(() => 0);
  }

  clear(): void {
    this.set([]);
  }

  /**
   * The fault for this request, if one is due. Every matching rule counts the
   * request; the first one due applies.
   */
  take(method: string, url: string): FaultAction | undefined {
    const pathname = url.split('?')[0] ?? url;
    const route = routeOf(method, pathname);
    if (route === undefined) return undefined;
    let chosen: { route: FaultRoute; action: FaultAction } | undefined;
    this.rules.forEach((rule, i) => {
      if (!('action' in rule) || (rule.route !== route && rule.route !== 'any')) return;
      const n = ++this.counts[i]!;
      const due = n > (rule.skip ?? 0) && (rule.first !== undefined ? n <= rule.first : rule.every !== undefined ? n % rule.every === 0 : true);
      if (due && chosen === undefined) chosen = rule;
    });
    if (chosen === undefined) return undefined;
    this.fired.push({ route, action: chosen.action.kind, method, url });
    return chosen.action;
  }

  /**
   * The project as the listing at `url` (on `route`) shows it now: files
   * still hidden (hide=SECONDS) left out. A listing that hides a file counts
   * as a fault fired.
   */
  visible(project: StoredProject | undefined, route: 'simple' | 'json', url: string, now = this.clock()): StoredProject | undefined {
    if (project === undefined) return undefined;
    let hidden = false;
    const releases = project.releases.map((r) => {
      const shown = this.shown(r, route, now);
      hidden ||= shown.files.length < r.files.length;
      return shown;
    });
    if (hidden) this.fired.push({ route, action: 'hide', method: 'GET', url });
    return hidden ? { ...project, releases } : project;
  }

  /** A release's files as a listing on `route` shows them now. */
  visibleRelease<R extends { files: StoredFile[] }>(release: R, route: 'simple' | 'json', url: string, now = this.clock()): R {
    const shown = this.shown(release, route, now);
    if (shown.files.length < release.files.length) this.fired.push({ route, action: 'hide', method: 'GET', url });
    return shown;
  }

  private shown<R extends { files: StoredFile[] }>(release: R, route: 'simple' | 'json', now: number): R {
    const hides = this.rules.filter((r): r is Extract<FaultRule, { hideSeconds: number }> => 'hideSeconds' in r && (r.route === route || r.route === 'any'));
    if (hides.length === 0) return release;
    const ms = Math.max(...hides.map((r) => r.hideSeconds)) * 1000;
    return { ...release, files: release.files.filter((f) => now - Date.parse(f.upload_time) >= ms) };
  }
}
