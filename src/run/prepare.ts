// The stages before the first upload: everything that can refuse runs here,
// so bad input publishes nothing and burns no version.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Attested } from '../attest/attached.ts';
import { buildDists, prepareBuildFrontend } from '../build/frontend.ts';
import type { Dist } from '../dists/dist.ts';
import { inspectDists } from '../dists/inspect.ts';
import { prepareRstRenderer, type RstRenderer } from '../dists/render.ts';
import { distinctAudiences, uploadAuth, type UploadAuth } from '../index/auth.ts';
import { refuseConflicts, refuseReleased, releasedVersions } from '../index/refusals.ts';
import { adoptStaged, type StagedRecord } from '../index/resume.ts';
import { lastCommitTime } from '../process/git.ts';
import { checkGitHubRelease, planGitHubRelease, type GitHubReleasePlan } from '../release/github-release.ts';
import { ensureHistory } from '../release/history.ts';
import { readOriginTag, recordedFiles, recordedRun, refuseTagElsewhere, runId } from '../release/tag-record.ts';
import { smokeTest, type SmokeResult } from '../smoke/install.ts';
import { restoreEdits, writeEdits } from '../version/edit.ts';
import { planVersion, type VersionPlan } from '../version/plan.ts';
import { planPrebuilt } from '../version/prebuilt.ts';
import { writesGit, type Run } from './context.ts';

export type Plan = Awaited<ReturnType<typeof decideVersion>>;

/**
 * The version, and where the files that carry it come from: the project,
 * built here, or files built elsewhere (`dists`). Production is read before
 * anything is built or written.
 */
export async function decideVersion(run: Run) {
  const { deps } = run;
  const plan = await run.stage('Version', async () => {
    const { config } = run;
    // Tags and history are read below: a shallow checkout gets them first.
    if (config.from.kind === 'project' || writesGit(config)) await ensureHistory(config.projectDir, deps);
    const planned = config.from.kind === 'dists'
      ? await planPrebuilt(config.from, config, deps)
      : await planVersion({
        ...config,
        intent: config.from.intent,
        released: (name) => releasedVersions(config, name, deps),
        resumes: (version, tag) => rerunOf(run, version, tag),
      }, deps);
    await refuseReleased({ name: planned.name, version: planned.version, others: 'source' in planned ? knownVersions(planned) : [] }, config, deps);
    if (!('edits' in planned)) return { ...planned, written: [] as string[] };
    deps.log.info(`${planned.name}: ${planned.previous || '(first release)'} -> ${planned.version}; the version lives in ${planned.source.describe}`);
    const written = await writeEdits(planned.edits, planned.version);
    for (const file of written) deps.log.info(`wrote ${planned.version} to ${path.relative(config.projectDir, file) || file}`);
    return { ...planned, written };
  });
  // The release tag takes the prefix the Version stage found the project's tags to use.
  if ('tagPrefix' in plan) run.config = { ...run.config, tagPrefix: plan.tagPrefix };
  return plan;
}

/** The project's own PEP 517 build; files built elsewhere are taken as they are. */
export async function build(run: Run, plan: Plan): Promise<string[]> {
  if ('paths' in plan) return plan.paths;
  const { config, deps } = run;
  return run.stage('Build', async () => {
    try {
      const frontend = await prepareBuildFrontend(await run.python(), run.workDir, deps);
      return await buildDists(frontend, {
        projectDir: config.projectDir,
        outDir: path.join(run.workDir, 'dist'),
        sourceDateEpoch: await lastCommitTime(config.projectDir, deps),
        env: plan.buildEnv,
      }, deps);
    } finally {
      // A dry run leaves the checkout as it found it.
      if (config.dryRun) await restoreEdits(plan.edits);
    }
  });
}

/**
 * Every file read and checked as PyPI would; then both indexes read before
 * anything is written to either: what an earlier run of this release staged,
 * proven, is the release, and production holds nothing else.
 */
export async function inspect(run: Run, plan: Plan, built: string[]): Promise<Dist[]> {
  const { config, deps } = run;
  return run.stage('Inspect', async () => {
    // docutils is set up only when a description is reStructuredText.
    let renderer: Promise<RstRenderer> | undefined;
    const renderRst: RstRenderer = async (texts) => (await (renderer ??= run.python().then((p) => prepareRstRenderer(p, run.workDir, deps))))(texts);
    const skipRst = config.skipChecks.includes('rst');
    if (skipRst) deps.log.info('The reStructuredText description is not checked (skip-checks: rst).');
    const found = await inspectDists(built, { version: plan.version, name: plan.name, maxFileSize: config.maxFileSize }, skipRst ? {} : { renderRst });
    for (const d of found) deps.log.info(`${d.filename}  ${d.size} bytes  sha256:${d.sha256}`);
    // A release tag already on origin must be this commit's, or the release stops here.
    if (writesGit(config) && !config.dryRun) await refuseTagElsewhere(config.projectDir, `${config.tagPrefix}${plan.version}`, plan.written, deps);
    const release = await adoptStaged(found, config, {
      ...plan,
      maxFileSize: config.maxFileSize,
      record: () => releaseTagRecord(run, plan.version, plan.written),
      taken: 'tags' in plan ? plan.tags.map((t) => t.version) : [],
    }, run.workDir, deps);
    await refuseConflicts(config.production, { ...plan, maxProjectSize: config.maxProjectSize }, release, deps);
    return release;
  });
}

/**
 * Whether this run makes a GitHub Release, checked before the first upload:
 * the repository is there and the token reads it. A stage job leaves it to
 * the promote job, which has the permission for it.
 */
export async function gitHubReleaseChecked(run: Run, version: string): Promise<GitHubReleasePlan | undefined> {
  if (run.config.mode === 'stage') return undefined;
  const github = await planGitHubRelease(run.config, version, writesGit(run.config), run.deps);
  if (github) await checkGitHubRelease(github, run.deps);
  return github;
}

/**
 * The package's own bugs surface here, before the first upload: the built
 * files installed from local files, pinned by hash, dependencies from
 * production. A failure leaves both indexes untouched and the version free.
 */
export async function localSmokeTest(run: Run, plan: Plan, dists: Dist[]): Promise<SmokeResult> {
  const { config, deps } = run;
  return run.stage('Local smoke test', async () => {
    const files = await gathered(dists, path.join(run.workDir, 'local-files'));
    const result = await smokeTest(await run.python(), {
      files,
      name: plan.name,
      version: plan.version,
      dependencyIndex: config.smokeIndexUrl,
      command: config.smokeTest,
      workDir: path.join(run.workDir, 'local-smoke'),
      stops: 'uploaded',
    }, deps);
    if (result.commandOutput !== undefined) deps.log.info('smoke-test command passed');
    return result;
  });
}

export interface Credentials {
  staging: UploadAuth | undefined;
  production: UploadAuth | undefined;
}

/**
 * Credentials for the indexes this run uploads to, before the first upload.
 * Without a token, trusted publishing mints one for each now, so a publisher
 * missing on production stops the release before staging holds anything;
 * production's is minted again before promotion if it is about to expire.
 */
export async function uploadCredentials(run: Run, name: string): Promise<Credentials> {
  const { config, deps } = run;
  const writes = { staging: config.uploadsTo.includes(config.staging), production: config.uploadsTo.includes(config.production) };
  const credentials = async () => {
    // Both audiences are known, and differ, before a token is requested for either.
    const audiences = await distinctAudiences({
      staging: writes.staging && !config.staging.token ? config.staging.urls : undefined,
      production: writes.production && !config.production.token ? config.production.urls : undefined,
    }, deps);
    return {
      staging: writes.staging ? await uploadAuth(config.staging, name, deps, audiences.staging) : undefined,
      production: writes.production ? await uploadAuth(config.production, name, deps, audiences.production) : undefined,
    };
  };
  const minted = (writes.staging && !config.staging.token) || (writes.production && !config.production.token);
  return minted ? run.stage('Trusted publishing', credentials) : credentials();
}

/**
 * The release's attestations, when an index this job writes to takes them:
 * signed after every refusal that needs no upload, before the first upload,
 * so a file that cannot be signed is never sent.
 */
export async function attest(run: Run, files: Dist[]): Promise<Attested | undefined> {
  const { attestations } = run.config;
  if (!attestations.staging && !attestations.production) return undefined;
  return run.stage('Attest', async () => {
    // Loaded here, not at start: Sigstore's libraries cost every run that does not attest about 40 ms.
    const { attestDists } = await import('../attest/release.ts');
    return attestDists(files, attestations, run.deps);
  });
}

/** The files in one folder, as pip's `--find-links` takes them: linked where they lie elsewhere. */
async function gathered(dists: readonly Dist[], dir: string): Promise<Array<{ dist: Dist; path: string }>> {
  await fs.mkdir(dir, { recursive: true });
  const files = [];
  for (const dist of dists) {
    const to = path.join(dir, dist.filename);
    await fs.link(dist.path, to).catch(() => fs.copyFile(dist.path, to));
    files.push({ dist, path: to });
  }
  return files;
}

/**
 * What the release tag on origin records of this version's files, when this
 * run makes release tags and the tag points at the commit it built; a tag at
 * another commit proves nothing.
 */
async function releaseTagRecord(run: Run, version: string, written: string[]): Promise<StagedRecord | undefined> {
  const { config, deps } = run;
  if (!writesGit(config)) return undefined;
  const tag = await readOriginTag(config.projectDir, `${config.tagPrefix}${version}`, written, deps);
  if (!tag) return undefined;
  if (!tag.ours) {
    deps.log.warning(`The tag ${tag.tag} on origin points at ${tag.commit}, not at the commit this run built: what it records is not taken as this release's.`);
    return undefined;
  }
  return { where: `the tag ${tag.tag} on origin`, files: recordedFiles(tag.message) };
}

/**
 * Whether this run is GitHub's "Re-run jobs" of a run that tagged `version`:
 * the tag on origin, at this commit or the release commit made on it,
 * records this run's id. Such a re-run finishes that version.
 */
async function rerunOf(run: Run, version: string, name: string): Promise<boolean> {
  const { config, deps } = run;
  const id = runId(deps.env);
  if (!writesGit(config) || !id) return false;
  const tag = await readOriginTag(config.projectDir, name, undefined, deps);
  const again = tag?.ours === true && recordedRun(tag.message) === id;
  if (again) deps.log.info(`The tag ${tag.tag} on origin records this very run (${id}): finishing ${version}.`);
  return again;
}

/** Versions the project already knows of, for the lower-than-released warning. */
function knownVersions(plan: VersionPlan): Array<{ version: string; where: string }> {
  return [
    ...plan.tags.map((t) => ({ version: t.version, where: `tag ${t.tag}` })),
    ...(plan.source.kind === 'file' ? [{ version: plan.source.version, where: plan.source.describe }] : []),
  ];
}
