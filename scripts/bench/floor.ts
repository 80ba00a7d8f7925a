// The least time any tool could take for what the inspection and upload
// benchmarks ask (issues #6, #7), on this machine, measured in the same run:
// node's own start, plus the digests every byte must go through at the best
// rate seen here, spread over every core with nothing else to do (no reading,
// no inflating, no checks, no HTTP). A target ratio that needs less time
// than this is out of reach on this machine, whatever the code does.
//
// The one digest counted is sha256: Warehouse needs one digest in the upload
// form and verifies it, the simple index lists sha256, and it is the fastest
// here (the CPU's SHA extensions). twine also computes md5 and BLAKE2b.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { listZipEntries } from '../../src/dists/archive.ts';
import { MIB } from './files.ts';

export interface Rates {
  /** Milliseconds per MiB: the best of several passes over 64 MiB held in memory. */
  sha256: number;
  /** `node -e 0` from spawn to exit: the best of five. */
  nodeStartMs: number;
  cores: number;
}

const SAMPLE_MIB = 64;
const PASSES = 5;

export async function measureRates(): Promise<Rates> {
  const data = randomBytes(SAMPLE_MIB * MIB);
  const pieces = Array.from({ length: SAMPLE_MIB }, (_, i) => data.subarray(i * MIB, (i + 1) * MIB));
  const best = async (pass: () => void | Promise<void>) => {
    let ms = Infinity;
    for (let i = 0; i < PASSES; i++) {
      const start = performance.now();
      await pass();
      ms = Math.min(ms, performance.now() - start);
    }
    return ms / SAMPLE_MIB;
  };
  const sha256 = await best(() => {
    const hash = createHash('sha256');
    for (const piece of pieces) hash.update(piece);
    hash.digest();
  });
  let nodeStartMs = Infinity;
  for (let i = 0; i < PASSES; i++) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', () => resolve());
    });
    nodeStartMs = Math.min(nodeStartMs, performance.now() - start);
  }
  return { sha256, nodeStartMs, cores: os.availableParallelism() };
}

export function describeRates(rates: Rates): string {
  return (
    `node start ${rates.nodeStartMs.toFixed(0)} ms, sha256 ${(1000 / rates.sha256).toFixed(0)} MiB/s (best pass), ` +
    `${rates.cores} cores`
  );
}

/** Node's start, then the hashing spread over the cores; one file's sha256 is one stream, on one core. */
function spread(rates: Rates, totalMs: number, longestStreamMs: number): number {
  return rates.nodeStartMs + Math.max(longestStreamMs, totalMs / rates.cores);
}

/**
 * The least an inspection of `paths` can take: sha256 of every file and, with
 * the RECORD check the issue asks for, sha256 of every wheel member's bytes
 * (inflating them not counted). Also without RECORD, for comparison.
 */
export async function inspectionFloorMs(paths: string[], rates: Rates): Promise<{ withRecord: number; withoutRecord: number }> {
  let digests = 0;
  let members = 0;
  let longest = 0;
  for (const path of paths) {
    const mib = (await fs.stat(path)).size / MIB;
    digests += mib * rates.sha256;
    longest = Math.max(longest, mib * rates.sha256);
    if (path.endsWith('.whl')) {
      const unpacked = (await listZipEntries(path)).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
      members += (unpacked / MIB) * rates.sha256;
    }
  }
  return { withRecord: spread(rates, digests + members, longest), withoutRecord: spread(rates, digests, longest) };
}

/**
 * The least an upload of `bytes` can take for a client that hashes the file
 * before sending it (the digest goes in the form before the file, as twine,
 * uv and pypi-promote send it): sha256, then the body at the rate the index
 * took it from curl in the same run.
 */
export function uploadFloorMs(bytes: number, indexMiBps: number, rates: Rates): number {
  const mib = bytes / MIB;
  return spread(rates, mib * rates.sha256, mib * rates.sha256) + (mib / indexMiBps) * 1000;
}
