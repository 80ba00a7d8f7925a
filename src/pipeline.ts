// The release, top to bottom. This is the one place that knows the order of
// the stages, and so the one place where the invariants can be read:
//   - every check that can run before the first upload runs before it, the
//     smoke test of the built files included: bad input and a package bug
//     publish nothing and burn no version;
//   - production receives only the files staging served back with the sha256
//     this run smoke-tested, and it receives exactly those bytes;
//   - the tag records those sha256 before production has them.
// Each stage is a function of run/prepare.ts (before the first upload) or
// run/publish.ts (from it on), over one Run (run/context.ts).
import type { Deps } from './deps.ts';
import { requireIdToken } from './index/auth.ts';
import { plannedUploads } from './index/resume.ts';
import type { Config } from './inputs.ts';
import { writeManifest, type Manifest } from './release/manifest.ts';
import { isPrerelease } from './version/pep440.ts';
import { writeEdits } from './version/edit.ts';
import { planVersion } from './version/plan.ts';
import { ensureHistory } from './release/history.ts';
import { refuseTagElsewhere } from './release/tag-record.ts';
import { openRun, writesGit, type Run } from './run/context.ts';
import { attest, build, decideVersion, gitHubReleaseChecked, inspect, localSmokeTest, uploadCredentials } from './run/prepare.ts';
import { announce, awaitStaging, fetchStaged, promote, smokeFromStaging, stageFiles, stagingProvenance, tagRelease, type Release } from './run/publish.ts';
import { buildReport, manifestOf, type ReleaseReport } from './run/report.ts';

export type { ReleaseReport, StageTiming } from './run/report.ts';

/**
 * Runs the whole release. `workDir` is an empty folder of the action's own
 * (build output, environments, downloads); it is never the user's tree.
 */
export async function release(config: Config, runner: Deps, workDir: string): Promise<ReleaseReport> {
  const run = openRun(config, runner, workDir);
  // An index without a token needs a job that may ask for an OIDC token: said before anything is written.
  requireIdToken(config, run.deps.env);
  if (config.mode === 'promote') return promoteJob(run, config.manifest!);

  const plan = await decideVersion(run);
  const built = await build(run, plan);
  const dists = await inspect(run, plan, built);
  const github = await gitHubReleaseChecked(run, plan.version);
  if (run.config.dryRun) {
    return buildReport(run, plan, {
      dryRun: true,
      files: dists,
      manifest: manifestOf(run, plan, dists),
      staged: await plannedUploads(dists, config.staging, plan.name, run.deps),
      promoted: await plannedUploads(dists, config.production, plan.name, run.deps),
      smoke: { imported: [] },
    });
  }
  const smoke = await localSmokeTest(run, plan, dists);
  const auth = await uploadCredentials(run, plan.name);
  const attested = await attest(run, dists);

  const release: Release = { ...plan, files: plan.written };
  const staged = await stageFiles(run, dists, auth.staging!, attested);
  const served = await awaitStaging(run, plan.name, dists);
  const stagedProvenance = await stagingProvenance(run, release, dists, served, attested);
  const promotable = await smokeFromStaging(run, release, dists, served);
  const manifest = manifestOf(run, plan, promotable);
  if (config.mode === 'stage') {
    run.deps.log.info(`Staged and smoke-tested; the promote job takes this manifest:\n${manifest}`);
    return buildReport(run, plan, { files: promotable, manifest, staged, provenance: stagedProvenance, smoke });
  }

  const tag = await tagRelease(run, release, promotable);
  const { promoted, provenance } = await promote(run, release, promotable, auth.production!, attested);
  const githubRelease = await announce(run, github, release, promotable, tag);
  return buildReport(run, plan, {
    released: true, files: promotable, manifest, staged, promoted, provenance: [...stagedProvenance, ...provenance], smoke, tag, githubRelease,
  });
}

/**
 * A promote job (`mode: promote`), after an approval: the files the stage
 * job's manifest names, from staging, verified against it; then, as in one
 * step, the tag, production and the GitHub Release. Nothing is built and
 * nothing is staged. It signs for production itself: its token uploads
 * there, so its certificate names the identity PyPI checks.
 */
async function promoteJob(run: Run, manifest: Manifest): Promise<ReleaseReport> {
  const files = await fetchStaged(run, manifest);
  const github = await gitHubReleaseChecked(run, manifest.version);
  const auth = await uploadCredentials(run, manifest.name);
  const attested = await attest(run, files);
  const release: Release = { name: manifest.name, version: manifest.version, isPrerelease: isPrerelease(manifest.version), files: [] };
  if (writesGit(run.config)) release.files = await replayVersionEdits(run, manifest);

  const tag = await tagRelease(run, release, files);
  const { promoted, provenance } = await promote(run, release, files, auth.production!, attested);
  const githubRelease = await announce(run, github, release, files, tag);
  return buildReport(run, { ...release, previous: manifest.previousVersion }, {
    released: true,
    files,
    manifest: writeManifest(manifest),
    staged: files.map((f) => ({ filename: f.filename, result: 'exists' })),
    promoted,
    provenance,
    tag,
    githubRelease,
  });
}

/**
 * The stage job's checkout was thrown away with its version edits: the same
 * edits are planned again here, on the same commit, for the release commit,
 * and a tag already on origin must be this commit's.
 */
async function replayVersionEdits(run: Run, manifest: Manifest): Promise<string[]> {
  const { deps } = run;
  await ensureHistory(run.config.projectDir, deps);
  const plan = await planVersion({ ...run.config, intent: { kind: 'explicit', version: manifest.version } }, deps);
  const files = await writeEdits(plan.edits, plan.version);
  run.config = { ...run.config, tagPrefix: plan.tagPrefix };
  await refuseTagElsewhere(run.config.projectDir, `${run.config.tagPrefix}${manifest.version}`, files, deps);
  return files;
}
