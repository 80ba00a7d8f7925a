// The project size limit (PyPI: 10 GiB per project), checked against
// production's listing before the first upload: the embedded index over real
// HTTP lists the sizes of every file (PEP 700), as PyPI's JSON pages do.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dist } from '../src/dists/dist.ts';
import { isReleaseError } from '../src/errors.ts';
import { publish } from '../src/index/upload.ts';
import { refuseConflicts } from '../src/index/refusals.ts';
import type { IndexConfig } from '../src/index/config.ts';
import { resolveIndexUrls } from '../src/index/url.ts';
import { startIndex, type RunningIndex } from '../packages/pypi-standin/src/server.ts';
import { createBuilder, testDeps, type Builder } from './helpers/index.ts';

const TOKEN = 'pypi-project-size-token';

describe('the project size limit', () => {
  let builder: Builder;
  let index: RunningIndex;
  let dir: string;
  let released: Dist[];
  let next: Dist[];
  const production = (): IndexConfig => ({ role: 'production', urls: resolveIndexUrls(index.uploadUrl), token: TOKEN, username: '__token__' });

  beforeAll(async () => {
    builder = await createBuilder();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-project-size-'));
    index = await startIndex({ dir, token: TOKEN, port: 0 });
    released = await builder.build({ name: 'size-demo', version: '1.0.0', body: 'VALUE = 1' });
    next = await builder.build({ name: 'size-demo', version: '1.1.0', body: 'VALUE = 2' });
    await publish(released, production(), testDeps());
  });
  afterAll(async () => {
    await index?.close();
    await builder?.cleanup();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const bytes = (dists: Dist[]) => dists.reduce((sum, d) => sum + d.size, 0);

  it('lets a release through that fits, counting what production already holds', async () => {
    const limit = bytes(released) + bytes(next);
    await expect(refuseConflicts(production(), { name: 'size-demo', version: '1.1.0', maxProjectSize: limit }, next, testDeps())).resolves.toBeUndefined();
  });

  it('refuses one that does not, before anything is uploaded, in PyPI\'s words', async () => {
    const limit = bytes(released) + bytes(next) - 1;
    const error: unknown = await refuseConflicts(production(), { name: 'size-demo', version: '1.1.0', maxProjectSize: limit }, next, testDeps()).catch((e: unknown) => e);
    expect(isReleaseError(error) && error.code).toBe('PROJECT_TOO_LARGE');
    expect((error as Error).message).toMatch(/^Project size too large\. Limit for project 'size-demo' total size is /);
    expect(index.uploads.map((u) => u.filename).sort()).toEqual(released.map((d) => d.filename).sort());
  });

  it('counts a file of this release that production already holds once (a resumed run)', async () => {
    const limit = bytes(released);
    await expect(refuseConflicts(production(), { name: 'size-demo', version: '1.0.0', maxProjectSize: limit }, released, testDeps())).resolves.toBeUndefined();
  });
});
