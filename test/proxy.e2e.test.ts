// Proxies, end to end (node dist/index.js): a runner behind a proxy releases
// through it, as pip and git do there, and NO_PROXY sends a host around it.
// The proxy is a real one on loopback that counts what goes through it.
// undici's EnvHttpProxyAgent does not exempt loopback by itself, so an index
// on 127.0.0.1 is proxied unless NO_PROXY names it: both are shown here.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE } from './helpers/harness.ts';
import { startProxy, type CountingProxy } from './helpers/proxy.ts';
import { buildFixture } from './helpers/python.ts';

const STAGING_TOKEN = 'pypi-STAGING-proxy-1c9e44-secret';
const PRODUCTION_TOKEN = 'pypi-PRODUCTION-proxy-7f02ab-secret';

let temp: string;
let wheelhouse: string;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-proxy-'));
  wheelhouse = path.join(temp, 'wheelhouse');
  await buildFixture(path.join(ROOT, 'examples', 'hello-pkg'), wheelhouse);
}, 120_000);

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await fs.rm(temp, { recursive: true, force: true });
});

/** The test's own environment without any proxy setting of the machine running it. */
function withoutProxies(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY', 'all_proxy', 'ALL_PROXY']) delete env[name];
  return env;
}

async function setup(name: string, hosts?: Record<string, string>): Promise<{ staging: RunningIndex; production: RunningIndex; proxy: CountingProxy; workspace: string; dir: string }> {
  const dir = path.join(temp, name);
  const staging = await startIndex({ dir: path.join(dir, 'staging'), token: STAGING_TOKEN, port: 0 });
  const production = await startIndex({ dir: path.join(dir, 'production'), token: PRODUCTION_TOKEN, port: 0 });
  const proxy = await startProxy({ hosts });
  closers.push(() => staging.close(), () => production.close(), () => proxy.close());
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'workspace'));
  await fs.cp(wheelhouse, path.join(workspace, 'wheelhouse'), { recursive: true });
  return { staging, production, proxy, workspace, dir };
}

describe.concurrent('a runner behind a proxy', () => {
  it('releases through HTTP_PROXY: the indexes are reached through it, uploads included', async () => {
    // The indexes listen on 127.0.0.1 and are named [::1] (loopback, so plain http is accepted), where nothing
    // listens: only the proxy, which takes [::1] to 127.0.0.1, reaches them. A request around it would be refused.
    const { staging, production, proxy, workspace, dir } = await setup('proxied', { '[::1]': '127.0.0.1' });
    const via = (index: RunningIndex): string => index.uploadUrl.replace('127.0.0.1', '[::1]');
    const run = await runAction({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(dir, 'runner'),
      env: { ...withoutProxies(), HTTP_PROXY: proxy.url },
      inputs: {
        dists: 'wheelhouse/*',
        'staging-url': via(staging),
        'staging-token': STAGING_TOKEN,
        'production-url': via(production),
        'production-token': PRODUCTION_TOKEN,
        git: 'none',
      },
    });
    const log = run.stdout + run.stderr;
    expect(run.exitCode, log).toBe(0);
    expect(staging.uploads.map((u) => u.filename).sort()).toEqual(['hello_pkg-0.1.0-py3-none-any.whl', 'hello_pkg-0.1.0.tar.gz']);
    expect(production.uploads.map((u) => u.filename).sort()).toEqual(['hello_pkg-0.1.0-py3-none-any.whl', 'hello_pkg-0.1.0.tar.gz']);
    // undici tunnels http:// through the proxy (CONNECT), one tunnel per connection it opens.
    expect(proxy.to(new URL(via(staging)).host), proxy.seen.join('\n')).toBeGreaterThan(0);
    expect(proxy.to(new URL(via(production)).host), proxy.seen.join('\n')).toBeGreaterThan(0);
  }, 180_000);

  it('goes around the proxy for the hosts NO_PROXY names', async () => {
    const { staging, production, proxy, workspace, dir } = await setup('direct');
    const run = await runAction({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(dir, 'runner'),
      env: { ...withoutProxies(), HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com, 127.0.0.1' },
      inputs: {
        dists: 'wheelhouse/*',
        'staging-url': staging.uploadUrl,
        'staging-token': STAGING_TOKEN,
        'production-url': production.uploadUrl,
        'production-token': PRODUCTION_TOKEN,
        git: 'none',
        // Reads both indexes (what is staged, what production holds) and writes nothing.
        'dry-run': 'true',
      },
    });
    const log = run.stdout + run.stderr;
    expect(run.exitCode, log).toBe(0);
    expect(staging.requests.length).toBeGreaterThan(0);
    expect(production.requests.length).toBeGreaterThan(0);
    expect(proxy.seen).toEqual([]);
  }, 180_000);
});
