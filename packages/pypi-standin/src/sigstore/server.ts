// A loopback Sigstore for tests and the demo: Fulcio, Rekor v1 and a CT log
// behind one node:http server (nock-style interception does not cross into
// the action's process), with its trusted root at /trusted_root.json. Faults
// are queued per service: each request to it takes the next one.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';
import { Fulcio } from './fulcio.ts';
import { RekorLog } from './rekor.ts';
import { trustedRootJSON } from './trusted-root.ts';

export type SigstoreFault =
  /** Answer 500 without doing anything. */
  | 'error'
  /** Never answer (the client's timeout must end it). */
  | 'hang'
  /** Do the work (issue, log), then answer 500 as if the answer was lost: a retry meets what was done. */
  | 'lose-answer';

export interface SigstoreOptions {
  /** The OIDC issuer Fulcio trusts (the test issuer's URL) and its keys. */
  issuer: string;
  jwks: string | JSONWebKeySet;
  port?: number;
}

export interface SigstoreRequest {
  service: 'fulcio' | 'rekor' | 'root' | 'other';
  method: string;
  path: string;
  status: number;
  /** Fulcio's reason for a refused token, as Fulcio would log it. */
  reason?: string;
}

export interface RunningSigstore {
  /** Base URL of Fulcio and Rekor alike (they share the server). */
  url: string;
  fulcioUrl: string;
  rekorUrl: string;
  trustedRootUrl: string;
  /** trusted_root.json for this instance. */
  trustedRoot: Record<string, unknown>;
  faults: { fulcio: SigstoreFault[]; rekor: SigstoreFault[] };
  requests: SigstoreRequest[];
  rekor: RekorLog;
  close(): Promise<void>;
}

const ecKeys = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json', 'Content-Length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

export async function startSigstore(options: SigstoreOptions): Promise<RunningSigstore> {
  const since = new Date(Date.now() - 60 * 60 * 1000);
  const fulcio = await Fulcio.start({ issuer: options.issuer, jwks: options.jwks }, ecKeys(), ecKeys());
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const rekor = new RekorLog(ecKeys(), `127.0.0.1:${port}`);
  const trustedRoot = trustedRootJSON({
    fulcioUrl: url,
    rekorUrl: url,
    ctUrl: url,
    caRoot: fulcio.rootCertificate,
    rekorKey: rekor.publicKeyDer,
    ctKey: fulcio.ctLog.publicKey,
    since,
  });
  const state: RunningSigstore = {
    url,
    fulcioUrl: url,
    rekorUrl: url,
    trustedRootUrl: `${url}/trusted_root.json`,
    trustedRoot,
    faults: { fulcio: [], rekor: [] },
    requests: [],
    rekor,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', url).pathname;
    const body = await readBody(req);
    const service = path === '/api/v2/signingCert' ? 'fulcio' : path.startsWith('/api/v1/log') ? 'rekor' : path === '/trusted_root.json' ? 'root' : 'other';
    const record = (status: number, reason?: string): void => {
      state.requests.push({ service, method, path, status, ...(reason ? { reason } : {}) });
    };
    const fault = service === 'fulcio' || service === 'rekor' ? state.faults[service].shift() : undefined;
    if (fault === 'hang') return record(0);
    if (fault === 'error') {
      record(500);
      return send(res, 500, { code: 500, message: 'injected fault' });
    }
    if (service === 'root' && method === 'GET') {
      record(200);
      return send(res, 200, trustedRoot);
    }
    let answer: { status: number; body: unknown; headers?: Record<string, string>; reason?: string } | undefined;
    if (service === 'fulcio' && method === 'POST') answer = await fulcio.signingCert(body);
    else if (service === 'rekor') answer = rekor.handle(method, path, body);
    answer ??= { status: 404, body: { code: 404, message: 'Not Found' } };
    if (fault === 'lose-answer') {
      record(500);
      return send(res, 500, { code: 500, message: 'injected fault: the answer was lost' });
    }
    record(answer.status, answer.reason);
    send(res, answer.status, answer.body, answer.headers);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { code: 500, message: String(e) });
      else res.destroy();
    });
  });
  return state;
}
