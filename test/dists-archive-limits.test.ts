// An sdist past the caps on members and unpacked bytes is refused as such,
// cleanly and early: the member bomb of issue 20 (millions of empty members
// in a few MB of gzip) stops at the cap instead of being listed whole.
import { once } from 'node:events';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGzip, constants } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDIST_LIMITS } from '../src/dists/archive.ts';
import { inspectDists } from '../src/dists/inspect.ts';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pypi-promote-bomb-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** One member's tar header (and padded data), made by tar-stream. */
async function memberBlock(name: string, data: Buffer): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => void chunks.push(c as Buffer));
  pack.entry({ name, size: data.length }, data);
  pack.finalize();
  await once(pack, 'end');
  const all = Buffer.concat(chunks);
  return all.subarray(0, 512 + Math.ceil(data.length / 512) * 512);
}

/** `count` copies of one member, gzipped as they are written: a member bomb, made in a moment. */
async function bomb(file: string, block: Buffer, count: number): Promise<void> {
  const gzip = createGzip({ level: constants.Z_BEST_SPEED });
  const out = fs.createWriteStream(file);
  gzip.pipe(out);
  const batch = Buffer.concat(Array.from({ length: 2048 }, () => block));
  for (let written = 0; written < count; written += 2048) {
    const piece = count - written >= 2048 ? batch : batch.subarray(0, (count - written) * block.length);
    if (!gzip.write(piece)) await once(gzip, 'drain');
  }
  gzip.end(Buffer.alloc(1024));
  await once(out, 'close');
}

async function refusal(p: Promise<unknown>): Promise<ReleaseError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
  if (!isReleaseError(error)) throw new Error(`expected a ReleaseError, got ${String(error)}`);
  return error;
}

describe('an sdist past the caps', () => {
  it('with more members than the default cap (a member bomb of empty files) is refused with ARCHIVE_TOO_LARGE', async () => {
    const file = path.join(dir, 'bomb-1.0.0.tar.gz');
    await bomb(file, await memberBlock('bomb-1.0.0/x', Buffer.alloc(0)), SDIST_LIMITS.maxMembers + 50_000);
    expect(fs.statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(inspectDists([file], { version: '1.0.0', name: 'bomb' }));
    expect(error.code).toBe('ARCHIVE_TOO_LARGE');
    expect(error.message).toBe(`bomb-1.0.0.tar.gz is refused: it has more than ${SDIST_LIMITS.maxMembers} members, the limit for an sdist; reading stopped there, and nothing was uploaded.`);
  });

  it('with more members, or more unpacked bytes, than a cap set lower', async () => {
    const many = path.join(dir, 'many-1.0.0.tar.gz');
    await bomb(many, await memberBlock('many-1.0.0/x', Buffer.alloc(0)), 1_500);
    const members = await refusal(inspectDists([many], { version: '1.0.0', name: 'many', sdistLimits: { maxMembers: 1_000, maxUnpackedBytes: 1 << 30 } }));
    expect(members.code).toBe('ARCHIVE_TOO_LARGE');
    expect(members.message).toContain('more than 1000 members');

    const big = path.join(dir, 'big-1.0.0.tar.gz');
    await bomb(big, await memberBlock('big-1.0.0/data.bin', Buffer.alloc(64 * 1024)), 20);
    const bytes = await refusal(inspectDists([big], { version: '1.0.0', name: 'big', sdistLimits: { maxMembers: 1_000, maxUnpackedBytes: 512 * 1024 } }));
    expect(bytes.code).toBe('ARCHIVE_TOO_LARGE');
    expect(bytes.message).toContain('unpacks to more than 524288 bytes');
    // Under the caps, the same file is read whole and judged on its contents (it has no PKG-INFO).
    const judged = await refusal(inspectDists([big], { version: '1.0.0', name: 'big' }));
    expect(judged.code).toBe('DIST_INVALID');
  });
});
