// The one HTTP layer (src/http/) over real loopback servers: the deadline
// covers a body that drips, bodies are capped, Retry-After is read in both
// spellings, a private index's account goes to its own origin only, and the
// run's dispatcher takes HTTP_PROXY and NO_PROXY from the run's env.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDispatcher } from '../src/http/dispatcher.ts';
import { withReadCredentials } from '../src/http/read-credentials.ts';
import { BodyTooLarge, DeadlineExceeded, exchange, fetchText, readText } from '../src/http/request.ts';
import { DEFAULT_RETRY, pauseBefore, retryAfterMs } from '../src/http/retry.ts';
import { startProxy, type CountingProxy } from './helpers/proxy.ts';
import { testDeps } from './helpers/index.ts';

interface Seen {
  url: string;
  authorization: string | undefined;
}

async function serve(handler: http.RequestListener): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

let drip: Awaited<ReturnType<typeof serve>>;
let big: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  drip = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('.'), 20);
    res.on('close', () => clearInterval(timer));
  });
  big = await serve((req, res) => {
    const announce = req.url === '/announced';
    res.writeHead(200, announce ? { 'content-length': String(4 * 65536) } : {});
    for (let i = 0; i < 4; i++) res.write(Buffer.alloc(65536, 'a'));
    res.end();
  });
});
afterAll(async () => {
  await drip.close();
  await big.close();
});

describe('exchange', () => {
  it('ends a body that drips forever at the deadline of the whole request', async () => {
    const deps = testDeps();
    const reading = fetchText(new URL(`${drip.url}/`), { method: 'GET', headers: {}, deadlineMs: 300 }, deps, { limit: 1 << 20, overflow: 'fail' });
    const error = await reading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceeded);
    expect((error as DeadlineExceeded).code).toBe('ETIMEDOUT');
    expect((error as Error).message).toBe('no complete answer within 0.3 s');
  });

  it('PYPI_PROMOTE_DEADLINE_SCALE scales the deadline', async () => {
    const deps = { ...testDeps(), env: { PYPI_PROMOTE_DEADLINE_SCALE: '0.001' } };
    const error = await fetchText(new URL(`${drip.url}/`), { method: 'GET', headers: {}, deadlineMs: 200_000 }, deps, { limit: 1 << 20, overflow: 'fail' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('no complete answer within 0.2 s');
  });
});

describe('readText', () => {
  it('keeps the first bytes of a long body when asked to truncate, and stops reading there', async () => {
    const text = await exchange(new URL(`${big.url}/`), { method: 'GET', headers: {}, deadlineMs: 10_000 }, testDeps(), (res) => readText(res, { limit: 1000, overflow: 'truncate' }));
    expect(text).toBe('a'.repeat(1000));
  });

  it('fails on a body past the cap, announced or not', async () => {
    for (const path of ['/announced', '/chunked']) {
      const error = await exchange(new URL(`${big.url}${path}`), { method: 'GET', headers: {}, deadlineMs: 10_000 }, testDeps(), (res) => readText(res, { limit: 65536, overflow: 'fail' })).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(BodyTooLarge);
    }
  });
});

describe('the retry policy', () => {
  it('reads Retry-After in seconds and as an HTTP date', () => {
    const now = Date.parse('2026-12-05T12:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Sat, 05 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sat, 05 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it('waits what the server asks, up to a cap; else backs off exponentially, jittered over the upper half', () => {
    expect(pauseBefore(2, DEFAULT_RETRY, 7000)).toBe(7000);
    expect(pauseBefore(2, DEFAULT_RETRY, 3_600_000)).toBe(DEFAULT_RETRY.maxRetryAfterMs);
    for (const [n, full] of [[2, 1000], [3, 2000], [4, 4000], [10, 30_000]] as const) {
      const pause = pauseBefore(n, DEFAULT_RETRY, undefined);
      expect(pause).toBeGreaterThanOrEqual(full / 2);
      expect(pause).toBeLessThanOrEqual(full);
    }
  });
});

describe('withReadCredentials', () => {
  it('adds the account to reads of its origin only, never to writes or over credentials a request brings', async () => {
    const index = await serve((req, res) => {
      if (req.url === '/away') return void res.writeHead(302, { location: `${other.url}/elsewhere` }).end();
      res.writeHead(200).end('ok');
    });
    const other = await serve((_req, res) => void res.writeHead(200).end('ok'));
    try {
      const origin = new URL(index.url).origin;
      const deps = testDeps();
      const dispatcher = withReadCredentials(deps.dispatcher, (url) => (url.origin === origin ? 'Basic YWNtZTpzZWNyZXQ=' : undefined));
      const run = { ...deps, dispatcher };
      await fetchText(new URL(`${index.url}/simple/p/`), { method: 'GET', headers: { accept: 'text/html' }, deadlineMs: 10_000 }, run, { limit: 1000, overflow: 'fail' });
      await fetchText(new URL(`${index.url}/legacy/`), { method: 'POST', headers: {}, body: 'x', deadlineMs: 10_000 }, run, { limit: 1000, overflow: 'fail' });
      await fetchText(new URL(`${index.url}/api`), { method: 'GET', headers: { authorization: 'Bearer own' }, deadlineMs: 10_000 }, run, { limit: 1000, overflow: 'fail' });
      const moved = await fetchText(new URL(`${index.url}/away`), { method: 'GET', headers: {}, deadlineMs: 10_000 }, run, { limit: 1000, overflow: 'fail' });
      // The caller follows a redirect with a request of its own, which asks again for the new URL.
      await fetchText(new URL(moved.location!), { method: 'GET', headers: {}, deadlineMs: 10_000 }, run, { limit: 1000, overflow: 'fail' });
      expect(index.seen).toEqual([
        { url: '/simple/p/', authorization: 'Basic YWNtZTpzZWNyZXQ=' },
        { url: '/legacy/', authorization: undefined },
        { url: '/api', authorization: 'Bearer own' },
        { url: '/away', authorization: 'Basic YWNtZTpzZWNyZXQ=' },
      ]);
      expect(other.seen).toEqual([{ url: '/elsewhere', authorization: undefined }]);
    } finally {
      await index.close();
      await other.close();
    }
  });
});

describe('runDispatcher', () => {
  let proxy: CountingProxy;
  let index: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    proxy = await startProxy();
    index = await serve((_req, res) => void res.writeHead(200).end('ok'));
  });
  afterAll(async () => {
    await proxy.close();
    await index.close();
  });

  async function get(env: NodeJS.ProcessEnv): Promise<void> {
    const dispatcher = runDispatcher(env);
    try {
      const answer = await fetchText(new URL(`${index.url}/simple/`), { method: 'GET', headers: {}, deadlineMs: 10_000 }, { ...testDeps(), dispatcher }, { limit: 100, overflow: 'fail' });
      expect(answer.body).toBe('ok');
    } finally {
      await dispatcher.close();
    }
  }

  it('goes through HTTP_PROXY (loopback included), around it for NO_PROXY hosts, and reads the run env, not process.env', async () => {
    const host = new URL(index.url).host;
    await get({ HTTP_PROXY: proxy.url });
    expect(proxy.to(host)).toBe(1);
    await get({ http_proxy: proxy.url, NO_PROXY: '127.0.0.1' });
    await get({ HTTP_PROXY: proxy.url, no_proxy: `other.example, ${host}` });
    await get({});
    expect(proxy.to(host)).toBe(1);
    expect(index.seen).toHaveLength(4);
  });
});
