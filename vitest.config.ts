import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The end-to-end files, longest first (measured, standalone, 2 cores): with
 * two workers the suite ends when its last long file does, so these start
 * first and the short unit files fill the gaps. Vitest's own order needs its
 * results cache, which a fresh clone (CI) does not have; without it, it runs
 * the largest files first, and size says little about time here. The order
 * changes only when a file starts, never what it proves.
 */
const LONGEST_FIRST = [
  'version-sources.e2e',
  'release.e2e',
  'recovery.e2e',
  'recovery-pypiserver.e2e',
  'github-release.e2e',
  'faults.e2e',
  'release-attest.e2e',
  'release-git.e2e',
  'kill-rerun.e2e',
  'release-oidc.e2e',
  'secrets.e2e',
  'two-jobs.e2e',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`));
      return at < 0 ? LONGEST_FIRST.length : at;
    };
    const sorted = await super.sort(files);
    return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Installs or names what the suite needs beyond npm packages (twine, strace).
    globalSetup: ['test/helpers/prerequisites.ts'],
    // End-to-end tests build real packages and run real pip: they take seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker runs one file after another without starting afresh: each file's
    // imports (the stand-ins, Sigstore, undici) are evaluated once per worker,
    // not once per file (measured: the suite 471 s -> 418 s on 2 cores, all
    // passing). So no test may rely on module state another file left: every
    // file starts its own indexes and temp folders, and restores what it changes.
    isolate: false,
    // Vitest's default on 2 cores is one worker, so files ran one after another
    // while the end-to-end ones mostly wait on python and pip: two overlap them.
    // The suite is CPU-bound (CONTRIBUTING.md), so a machine with more cores
    // gets a worker for each.
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
    sequence: { sequencer: LongestFirst },
  },
});
