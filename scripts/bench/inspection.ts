// Issue #6: pypi-promote's inspection (inspectDists: digests, archive
// listing, metadata, every check) against `twine check`, on the same files,
// each in a fresh process timed from its start. twine check hashes each file
// (md5, sha256, blake2b-256) and renders the description; pypi-promote also
// walks each wheel's zip records and inflates and hashes every member for
// RECORD, work twine does not do at all.
import fs from 'node:fs/promises';
import path from 'node:path';
import { TWINE_HARNESS, TWINE_PYTHON } from '../../test/helpers/harness.ts';
import { bundle, median, measure, MIB } from './files.ts';
import { inspectionFloorMs, type Rates } from './floor.ts';

export interface InspectionSet {
  label: string;
  paths: string[];
}

export async function inspectionBench(dir: string, sets: InspectionSet[], rounds: number, rates: Rates): Promise<string[]> {
  const entry = await bundle('inspect-files.ts', path.join(dir, 'inspect-files.mjs'));
  const lines: string[] = [];
  for (const set of sets) {
    const bytes = (await Promise.all(set.paths.map((p) => fs.stat(p)))).reduce((sum, s) => sum + s.size, 0);
    const ours: number[] = [];
    const twine: number[] = [];
    for (let i = 0; i < rounds; i++) {
      ours.push((await measure(process.execPath, [entry, ...set.paths], { statsDir: dir })).ms);
      twine.push((await measure(TWINE_PYTHON, [TWINE_HARNESS, 'check', ...set.paths], { statsDir: dir })).ms);
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    lines.push(
      `inspection of ${set.label} (${set.paths.length} files, ${(bytes / MIB).toFixed(0)} MiB): ` +
        `pypi-promote ${s(median(ours))}, twine check ${s(median(twine))}, ` +
        `pypi-promote ${(median(twine) / median(ours)).toFixed(1)}x faster`,
    );
    const floor = await inspectionFloorMs(set.paths, rates);
    const most = (ms: number) => `${s(ms)}, at most ${(median(twine) / ms).toFixed(1)}x faster than twine check`;
    lines.push(`  least possible here (floor.ts): ${most(floor.withRecord)}; without the RECORD check ${most(floor.withoutRecord)}`);
  }
  return lines;
}
