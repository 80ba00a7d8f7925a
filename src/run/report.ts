// The one report a run ends with, whatever the mode: what the step's outputs,
// the job summary and the final log line are made from.
import type { Dist } from '../dists/dist.ts';
import type { ServedProvenance } from '../index/provenance.ts';
import type { UploadOutcome } from '../index/resume.ts';
import type { Mode } from '../inputs.ts';
import type { GitResult } from '../release/git.ts';
import type { GitHubReleaseResult } from '../release/github.ts';
import { writeManifest } from '../release/manifest.ts';
import type { Run, StageTiming } from './context.ts';

export type { StageTiming };

export interface ReleaseReport {
  mode: Mode;
  name: string;
  version: string;
  previousVersion: string;
  isPrerelease: boolean;
  files: Dist[];
  /** True when nothing was uploaded: `staged` and `promoted` then say what a real run would do. */
  dryRun: boolean;
  /** True when production has the files: false for a dry run and a stage job. */
  released: boolean;
  /** What was staged and smoke-tested, for a promote job (one line of JSON). */
  manifest: string;
  /** The release tag, when this run pushed it or found it pushed by an earlier run of the release. */
  tag: GitResult | undefined;
  /** The GitHub Release this run made, found or completed. */
  githubRelease: GitHubReleaseResult | undefined;
  staged: Uploads;
  promoted: Uploads;
  stagingUrl: string;
  productionUrl: string;
  /** PEP 740: each file's provenance as each index serves it, verified; empty without attestations. */
  provenance: Provenance;
  /** Undefined in a promote job: the stage job ran the smoke test. */
  smoke: { imported: string[]; command: string | undefined } | undefined;
  stages: StageTiming[];
}

export type Uploads = Array<{ filename: string; result: UploadOutcome }>;
export type Provenance = Array<ServedProvenance & { index: 'staging' | 'production' }>;

/** The release as the report names it. */
export interface ReleaseId {
  name: string;
  version: string;
  previous: string;
  isPrerelease: boolean;
}

/** What a run found or did; what it did not reach stays empty. */
export interface Outcome {
  files: Dist[];
  manifest: string;
  dryRun?: boolean;
  released?: boolean;
  staged?: Uploads;
  promoted?: Uploads;
  provenance?: Provenance;
  smoke?: { imported: string[] } | undefined;
  tag?: GitResult | undefined;
  githubRelease?: GitHubReleaseResult | undefined;
}

export function buildReport(run: Run, release: ReleaseId, outcome: Outcome): ReleaseReport {
  const { config } = run;
  return {
    mode: config.mode,
    name: release.name,
    version: release.version,
    previousVersion: release.previous,
    isPrerelease: release.isPrerelease,
    stagingUrl: config.staging.urls.projectPage(release.name, release.version),
    productionUrl: config.production.urls.projectPage(release.name, release.version),
    files: outcome.files,
    dryRun: outcome.dryRun ?? false,
    released: outcome.released ?? false,
    manifest: outcome.manifest,
    tag: outcome.tag,
    githubRelease: outcome.githubRelease,
    staged: outcome.staged ?? [],
    promoted: outcome.promoted ?? [],
    provenance: outcome.provenance ?? [],
    smoke: outcome.smoke && { imported: outcome.smoke.imported, command: config.smokeTest },
    stages: run.stages,
  };
}

/** What the stage job hands the promote job. */
export function manifestOf(run: Run, release: { name: string; version: string; previous: string }, files: Dist[]): string {
  return writeManifest({
    name: release.name,
    version: release.version,
    previousVersion: release.previous,
    source: run.config.from.kind,
    staging: run.config.staging.urls.simple.href,
    files,
  });
}
