// What the index client's tests (index-upload, index-listing, index-wait)
// share: two real builds of one version, and the stand-in index
// (packages/pypi-standin), started afresh for each test, over real HTTP on
// loopback. Registers its own vitest hooks: call these at a file's top level.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Dist } from '../../src/dists/dist.ts';
import type { ErrorCode, ReleaseError } from '../../src/errors.ts';
import { resolveIndexUrls, type IndexUrls } from '../../src/index/url.ts';
import { startIndex, type IndexOptions, type RunningIndex } from '../../packages/pypi-standin/src/server.ts';
import { buildProbes, type ProbeBuilds } from './index.ts';

export const TOKEN = 'pypi-AgEIcHlwaS5vcmc-test-secret-4f1d';

export interface Probes {
  /** The sdist and the wheel of idx-probe 1.0.0. */
  readonly dists: Dist[];
  /** Another build of the same version: the same filenames, other bytes. */
  readonly others: Dist[];
  /** A scratch folder, removed after the file's tests. */
  readonly temp: string;
}

/** Builds idx-probe 1.0.0 twice, with other bytes, once for the file's tests. */
export function useProbes(prefix: string): Probes {
  let probes: ProbeBuilds | undefined;
  beforeAll(async () => {
    probes = await buildProbes({ name: 'idx-probe', version: '1.0.0' }, ['VALUE = 1', 'VALUE = 2'], prefix);
  });
  afterAll(() => probes?.cleanup());
  return {
    get dists() {
      return probes!.dists;
    },
    get others() {
      return probes!.others;
    },
    get temp() {
      return probes!.temp;
    },
  };
}

export interface StandIn {
  readonly index: RunningIndex;
  /** The client's URLs for it, from its upload URL as a user would give them. */
  readonly urls: IndexUrls;
  /** POST requests it received, answered or not. */
  posts(): number;
  /** Replaces this test's index with a fresh one started with these options (a kind of index, a fault, ...). */
  restart(options?: Partial<IndexOptions>): Promise<void>;
  /** Stops this test's index now (a test of a refused connection); nothing to stop after the test then. */
  close(): Promise<void>;
  /** The clock the index's hide=SECONDS reads: hand it a test's virtual one (testDeps().now) so each sleep moves it. */
  setClock(clock: () => number): void;
}

/** A fresh stand-in for each test, with the token TOKEN, in a folder under `dir()`. */
export function useStandIn(dir: () => string): StandIn {
  let index: RunningIndex | undefined;
  let urls: IndexUrls | undefined;
  let clock: () => number = Date.now;
  let count = 0;
  const start = async (options: Partial<IndexOptions> = {}): Promise<void> => {
    index = await startIndex({ dir: path.join(dir(), `index-${++count}`), token: TOKEN, port: 0, clock: () => clock(), ...options });
    urls = resolveIndexUrls(index.uploadUrl);
  };
  const stop = async (): Promise<void> => {
    const running = index;
    index = undefined;
    await running?.close();
  };
  beforeEach(async () => {
    clock = Date.now;
    await start();
  });
  afterEach(stop);
  return {
    get index() {
      return index!;
    },
    get urls() {
      return urls!;
    },
    posts: () => index!.requests.filter((r) => r.method === 'POST').length,
    async restart(options) {
      await stop();
      await start(options);
    },
    close: stop,
    setClock(next) {
      clock = next;
    },
  };
}

export { failure } from './index.ts';

export function expectCode(error: ReleaseError, code: ErrorCode): void {
  expect(error.code, error.render()).toBe(code);
}
