import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestFile } from '../src/dists/digest.ts';
import { pythonDigests } from './helpers/dists-fixtures.ts';

describe('digestFile', () => {
  let dir: string;
  const files: Record<string, Buffer> = {
    empty: Buffer.alloc(0),
    'one-byte': Buffer.from([0x61]),
    // Straddles the 1 MiB read chunks, so the pass over several chunks is checked.
    'three-mib-and-a-bit': randomBytes(3 * 1024 * 1024 + 7),
    // A pass over many chunks.
    'sixty-four-mib-and-a-bit': randomBytes(64 * 1024 * 1024 + 7),
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dists-digest-'));
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(files))("matches Python's hashlib sha256: %s", async (name) => {
    const path = join(dir, name);
    const ours = await digestFile(path);
    expect(ours).toEqual(await pythonDigests(path));
    expect(ours.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('knows the empty file by its well-known digests', async () => {
    expect(await digestFile(join(dir, 'empty'))).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 0,
    });
  });

  it('keeps concurrent passes apart', async () => {
    const names = Object.keys(files);
    const together = await Promise.all(names.map((n) => digestFile(join(dir, n))));
    const oneByOne = [];
    for (const n of names) oneByOne.push(await digestFile(join(dir, n)));
    expect(together).toEqual(oneByOne);
  });

  it('fails on a missing file', async () => {
    await expect(digestFile(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});
