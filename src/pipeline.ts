// The release, top to bottom. This is the one place that knows the order of
// the stages, and so the one place where the invariants can be read:
//   - every check that can run before the first upload runs before it;
//   - the smoke test runs on the release's files before the first upload, so
//     a package bug burns no version;
//   - production receives only the files staging served back with our sha256
//     (the bytes the smoke test installed), and it receives exactly those bytes.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from './deps.ts';
import { isReleaseError } from './errors.ts';
import type { Dist } from './dists/dist.ts';
import { inspectDists } from './dists/inspect.ts';
import { prepareRstRenderer, type RstRenderer } from './dists/render.ts';
import { buildDists, prepareBuildFrontend } from './build/frontend.ts';
import { findPython, type Python } from './process/python.ts';
import { withReadCredentials } from './http/read-credentials.ts';
import { download } from './index/download.ts';
import { publish } from './index/upload.ts';
import { verifyFiles, waitForFiles } from './index/wait.ts';
import { distinctAudiences, readCredentials, requireIdToken, uploadAuth, type UploadAuth } from './index/auth.ts';
import { refuseConflicts, refuseReleased, releasedVersions } from './index/refusals.ts';
import { adoptStaged, plannedUploads, stagedFromManifest, type StagedRecord, type UploadOutcome } from './index/resume.ts';
import type { Config, Mode } from './inputs.ts';
import { indexResolves, smokeTest } from './smoke/install.ts';
import { lastCommitTime } from './process/git.ts';
import { commitTagPush, type GitResult } from './release/git.ts';
import type { GitHubReleaseResult } from './release/github.ts';
import { checkGitHubRelease, makeGitHubRelease, planGitHubRelease, type GitHubReleasePlan } from './release/github-release.ts';
import { writeManifest, type Manifest } from './release/manifest.ts';
import { ensureHistory } from './release/history.ts';
import { pushedByTwin, readOriginTag, recordedFiles, recordedRun, recordFiles, refuseTagElsewhere, runId } from './release/tag-record.ts';
import { attestDists, withAttestations, type Attested } from './attest/release.ts';
import { verifyProvenance, type ServedProvenance } from './index/provenance.ts';
import { isPrerelease } from './version/pep440.ts';
import { restoreEdits, writeEdits } from './version/edit.ts';
import { planVersion, type VersionPlan } from './version/plan.ts';
import { planPrebuilt } from './version/prebuilt.ts';

export interface StageTiming {
  name: string;
  ms: number;
}

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
  staged: Array<{ filename: string; result: UploadOutcome }>;
  promoted: Array<{ filename: string; result: UploadOutcome }>;
  stagingUrl: string;
  productionUrl: string;
  /** PEP 740: each file's provenance as each index serves it, verified; empty without attestations. */
  provenance: Array<ServedProvenance & { index: 'staging' | 'production' }>;
  /** Undefined in a promote job: the stage job ran the smoke test. */
  smoke: { imported: string[]; command: string | undefined } | undefined;
  stages: StageTiming[];
}

/**
 * Runs the whole release. `workDir` is an empty folder of the action's own
 * (build output, environments, downloads); it is never the user's tree.
 */
export async function release(given: Config, runner: Deps, workDir: string): Promise<ReleaseReport> {
  let config = given;
  // An index given an account is read with it too; every other read is anonymous.
  const readAuthorization = readCredentials([config.staging, config.production], runner.secret);
  const deps: Deps = { ...runner, passEnv: config.passEnv, ...(readAuthorization && { dispatcher: withReadCredentials(runner.dispatcher, readAuthorization) }) };
  const stages: StageTiming[] = [];
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = deps.now();
    try {
      return await deps.log.group(name, fn);
    } finally {
      stages.push({ name, ms: deps.now() - start });
    }
  };
  // An index without a token needs a job that may ask for an OIDC token: said before anything is written.
  requireIdToken(config, deps.env);
  if (config.mode === 'promote') return promoteManifest(config, config.manifest!, deps, workDir, stage, stages);

  // The version, and where the files that carry it come from: the project,
  // built here, or files built elsewhere (`dists`).
  const plan = await stage('Version', async () => {
    // Tags and history are read below: a shallow checkout gets them first.
    if (config.from.kind === 'project' || writesGit(config)) await ensureHistory(config.projectDir, deps);
    const planned = config.from.kind === 'dists'
      ? await planPrebuilt(config.from, config, deps)
      : await planVersion({
        ...config,
        intent: config.from.intent,
        released: (name) => releasedVersions(config, name, deps),
        resumes: (version, tag) => rerunOf(config, version, tag, deps),
      }, deps);
    // Production is read before anything is built or written.
    await refuseReleased({ name: planned.name, version: planned.version, others: 'source' in planned ? knownVersions(planned) : [] }, config, deps);
    if (!('edits' in planned)) return { ...planned, written: [] };
    deps.log.info(`${planned.name}: ${planned.previous || '(first release)'} -> ${planned.version}; the version lives in ${planned.source.describe}`);
    const written = await writeEdits(planned.edits, planned.version);
    for (const file of written) deps.log.info(`wrote ${planned.version} to ${path.relative(config.projectDir, file) || file}`);
    return { ...planned, written };
  });

  // The release tag takes the prefix the Version stage found the project's tags to use.
  if ('tagPrefix' in plan) config = { ...config, tagPrefix: plan.tagPrefix };

  let interpreter: Promise<Python> | undefined;
  const python = () => (interpreter ??= findPython(config.python, deps).then((p) => {
    deps.log.info(`Python ${p.version} at ${p.executable}`);
    return p;
  }));

  const built = 'paths' in plan ? plan.paths : await stage('Build', async () => {
    try {
      const frontend = await prepareBuildFrontend(await python(), workDir, deps);
      return await buildDists(frontend, {
        projectDir: config.projectDir,
        outDir: path.join(workDir, 'dist'),
        sourceDateEpoch: await lastCommitTime(config.projectDir, deps),
        env: plan.buildEnv,
      }, deps);
    } finally {
      // A dry run leaves the checkout as it found it.
      if (config.dryRun) await restoreEdits(plan.edits);
    }
  });

  const dists = await stage('Inspect', async () => {
    // docutils is set up only when a description is reStructuredText.
    let renderer: Promise<RstRenderer> | undefined;
    const renderRst: RstRenderer = async (texts) => (await (renderer ??= python().then((p) => prepareRstRenderer(p, workDir, deps))))(texts);
    const skipRst = config.skipChecks.includes('rst');
    if (skipRst) deps.log.info('The reStructuredText description is not checked (skip-checks: rst).');
    const found = await inspectDists(built, { version: plan.version, name: plan.name, maxFileSize: config.maxFileSize }, skipRst ? {} : { renderRst });
    for (const d of found) deps.log.info(`${d.filename}  ${d.size} bytes  sha256:${d.sha256}`);
    // A release tag already on origin must be this commit's, or the release stops here.
    if (writesGit(config) && !config.dryRun) await refuseTagElsewhere(config.projectDir, `${config.tagPrefix}${plan.version}`, plan.written, deps);
    // Both indexes are read before anything is written to either. What an
    // earlier run of this release staged, proven, is the release; production
    // must hold nothing else.
    const release = await adoptStaged(found, config, {
      ...plan,
      maxFileSize: config.maxFileSize,
      record: () => releaseTagRecord(config, plan.version, plan.written, deps),
      taken: 'tags' in plan ? plan.tags.map((t) => t.version) : [],
    }, workDir, deps);
    await refuseConflicts(config.production, { ...plan, maxProjectSize: config.maxProjectSize }, release, deps);
    return release;
  });

  // A stage job leaves the GitHub Release to the promote job, which has the permission for it.
  const github = config.mode === 'stage' ? undefined : await gitHubReleaseChecked(config, plan.version, deps);

  if (config.dryRun) {
    return {
      ...reportHeader(plan, config),
      dryRun: true,
      released: false,
      manifest: manifestOf(plan, config, dists),
      tag: undefined,
      githubRelease: undefined,
      files: dists,
      staged: await plannedUploads(dists, config.staging, plan.name, deps),
      promoted: await plannedUploads(dists, config.production, plan.name, deps),
      provenance: [],
      smoke: { imported: [], command: config.smokeTest },
      stages,
    };
  }

  // The package's own bugs surface here, before the first upload: a failure
  // leaves both indexes untouched and the version free for the fixed build.
  const smoke = await stage('Local smoke test', async () => {
    const files = await gathered(dists, path.join(workDir, 'local-files'));
    const result = await smokeTest(await python(), {
      files,
      name: plan.name,
      version: plan.version,
      dependencyIndex: config.smokeIndexUrl,
      command: config.smokeTest,
      workDir: path.join(workDir, 'local-smoke'),
      stops: 'uploaded',
    }, deps);
    if (result.commandOutput !== undefined) deps.log.info('smoke-test command passed');
    return result;
  });

  const auth = await uploadCredentials(config, plan.name, deps, stage);
  // Signed after every refusal that needs no upload, before the first upload: a file that cannot be signed is never sent.
  const attested = await attestation(config, dists, deps, stage);

  const staged = await stage('Stage', async () =>
    publish(withAttestations(dists, attested, config.attestations.staging), { ...config.staging, token: await auth.staging!.token() }, deps));

  const served = await stage('Await', () =>
    waitForFiles(config.staging.urls, plan.name, dists, deps, { timeoutMs: config.waitTimeoutMs }));

  // The index's own record of who signed, read back before anything is installed from it.
  const provenance = attested && config.attestations.staging
    ? (await stage('Provenance', () => verifyProvenance(config.staging.urls, plan.name, plan.version, dists, attested, deps))).map((p) => ({ ...p, index: 'staging' as const }))
    : [];

  const promotable = await stage('Smoke test', async () => {
    // The staged bytes themselves, re-hashed on the way down: these, not the
    // local build, are promoted next.
    const downloads = path.join(workDir, 'staged');
    const files = [];
    for (const dist of dists) {
      const listed = served.get(dist.filename)!;
      const file = await download(listed, downloads, deps, { maxBytes: config.maxFileSize });
      files.push({ dist, path: file });
    }
    // They are the very bytes the local smoke test installed (same sha256,
    // checked on the way down): installing and importing them again proves
    // nothing new. What staging adds is pip resolving the release from it.
    const resolved = await indexResolves(await python(), {
      files: dists, name: plan.name, version: plan.version, index: config.staging.urls.simple, workDir: path.join(workDir, 'smoke'),
    }, deps);
    if (resolved) {
      deps.log.info(`pip resolved ${plan.name}==${plan.version} from the staging index, with the smoke-tested sha256`);
    } else {
      // No wheel for pip to take without building: the whole smoke test, on the files staging served.
      await smokeTest(await python(), {
        files, name: plan.name, version: plan.version, dependencyIndex: config.smokeIndexUrl, command: config.smokeTest,
        workDir: path.join(workDir, 'smoke'), stops: 'promoted',
      }, deps);
    }
    return files.map((f) => ({ ...f.dist, path: f.path }));
  });

  const manifest = manifestOf(plan, config, promotable);
  const smoked = { imported: smoke.imported, command: config.smokeTest };
  if (config.mode === 'stage') {
    deps.log.info(`Staged and smoke-tested; the promote job takes this manifest:\n${manifest}`);
    return { ...reportHeader(plan, config), dryRun: false, released: false, manifest, tag: undefined, githubRelease: undefined, files: promotable, staged, promoted: [], provenance, smoke: smoked, stages };
  }

  const { tag, promoted, githubRelease, promotedProvenance } = await tagPromoteAnnounce(config, { ...plan, files: plan.written }, promotable, { github, production: auth.production!, attested }, deps, stage);
  return { ...reportHeader(plan, config), dryRun: false, released: true, manifest, tag, githubRelease, files: promotable, staged, promoted, provenance: [...provenance, ...promotedProvenance], smoke: smoked, stages };
}

type Stage = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/** The release's attestations, when an index this job writes to takes them. */
async function attestation(config: Config, files: Dist[], deps: Deps, stage: Stage): Promise<Attested | undefined> {
  if (!config.attestations.staging && !config.attestations.production) return undefined;
  return stage('Attest', () => attestDists(files, config.attestations, deps));
}

/**
 * A promote job (`mode: promote`), after an approval: the files the stage
 * job's manifest names, from staging, verified against it; then, as in one
 * step, the git tag and production. Nothing is built and nothing is staged.
 */
async function promoteManifest(config: Config, manifest: Manifest, deps: Deps, workDir: string, stage: Stage, stages: StageTiming[]): Promise<ReleaseReport> {
  const { files, github } = await stage('Fetch staged', async () => {
    const dists = await stagedFromManifest(manifest, config.staging, config.maxFileSize, workDir, deps);
    await refuseConflicts(config.production, { ...manifest, maxProjectSize: config.maxProjectSize }, dists, deps);
    return { files: dists, github: await gitHubReleaseChecked(config, manifest.version, deps) };
  });
  const auth = await uploadCredentials(config, manifest.name, deps, stage);
  // The promote job signs for production itself: it is the job whose token
  // uploads there, so its certificate names the identity PyPI checks.
  const attested = await attestation(config, files, deps, stage);
  // The stage job's checkout was thrown away with its version edits: the
  // same edits are planned again here, on the same commit, for the release commit.
  const release = { name: manifest.name, version: manifest.version, isPrerelease: isPrerelease(manifest.version), files: [] as string[] };
  if (writesGit(config)) {
    await ensureHistory(config.projectDir, deps);
    const plan = await planVersion({ ...config, intent: { kind: 'explicit', version: manifest.version } }, deps);
    release.files = await writeEdits(plan.edits, plan.version);
    config = { ...config, tagPrefix: plan.tagPrefix };
    await refuseTagElsewhere(config.projectDir, `${config.tagPrefix}${release.version}`, release.files, deps);
  }
  const { tag, promoted, githubRelease, promotedProvenance } = await tagPromoteAnnounce(config, release, files, { github, production: auth.production!, attested }, deps, stage);
  return {
    ...reportHeader({ ...release, previous: manifest.previousVersion }, config),
    dryRun: false,
    released: true,
    manifest: writeManifest(manifest),
    tag,
    githubRelease,
    files,
    staged: files.map((f) => ({ filename: f.filename, result: 'exists' })),
    promoted,
    provenance: promotedProvenance,
    smoke: undefined,
    stages,
  };
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

/** Git writes happen when this run decided the version of a project it built (never on a tag push). */
function writesGit(config: Config): boolean {
  return config.git !== 'none' && config.from.kind === 'project' && config.from.intent.kind !== 'tag' &&
    (config.mode !== 'promote' || config.manifest?.source === 'project');
}

/**
 * Credentials for the indexes this run uploads to, before the first upload.
 * Without a token, trusted publishing mints one for each now, so a publisher
 * missing on production stops the release before staging holds anything;
 * production's is minted again before promotion if it is about to expire.
 */
async function uploadCredentials(config: Config, name: string, deps: Deps, stage: Stage): Promise<{ staging: UploadAuth | undefined; production: UploadAuth | undefined }> {
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
  return minted ? stage('Trusted publishing', credentials) : credentials();
}

/**
 * Whether this run makes a GitHub Release, checked before the first upload:
 * the repository is there and the token reads it.
 */
async function gitHubReleaseChecked(config: Config, version: string, deps: Deps): Promise<GitHubReleasePlan | undefined> {
  const github = await planGitHubRelease(config, version, writesGit(config), deps);
  if (github) await checkGitHubRelease(github, deps);
  return github;
}

/** The end of every release: the tag, production, then the GitHub Release. */
async function tagPromoteAnnounce(
  config: Config,
  release: { name: string; version: string; isPrerelease: boolean; files: string[] },
  promotable: Dist[],
  { github, production, attested }: { github: GitHubReleasePlan | undefined; production: UploadAuth; attested: Attested | undefined },
  deps: Deps,
  stage: Stage,
): Promise<{
  tag: GitResult | undefined;
  promoted: Array<{ filename: string; result: UploadOutcome }>;
  githubRelease: GitHubReleaseResult | undefined;
  promotedProvenance: ReleaseReport['provenance'];
}> {
  // The repository records the released commit before production has the
  // files: a refused push stops the release with nothing promoted.
  const tag = writesGit(config)
    ? await stage('Tag', () => commitTagPush({
      projectDir: config.projectDir,
      mode: config.git === 'tag' ? 'tag' : 'push',
      files: release.files,
      tag: `${config.tagPrefix}${release.version}`,
      message: config.commitMessage.replaceAll('{version}', release.version),
      // The record a re-run proves staged files by: written before production has them.
      tagMessage: recordFiles(config.commitMessage.replaceAll('{version}', release.version), promotable, runId(deps.env)),
    }, deps).catch(async (error: unknown) => {
      // Two runs of one release at once: only one push creates the tag. When
      // the other run's tag records these very files on the same tree, this
      // run goes on with it (production takes each file once); otherwise the refusal stands.
      const name = `${config.tagPrefix}${release.version}`;
      const twin = isReleaseError(error) && error.code === 'GIT_PUSH_FAILED' ? await pushedByTwin(config.projectDir, name, promotable, deps) : undefined;
      if (!twin) throw error;
      deps.log.info(`Another run of this release pushed ${name} meanwhile, recording these very files on the same tree: this run promotes the same bytes (files already on production are skipped).`);
      return { tag: name, commit: twin.commit, outcome: 'found' as const };
    }))
    : undefined;

  const { promoted, promotedProvenance } = await stage('Promote', async () => {
    const result = await publish(withAttestations(promotable, attested, config.attestations.production), { ...config.production, token: await production.token() }, deps);
    await verifyFiles(config.production.urls, release.name, promotable, deps);
    const served = attested && config.attestations.production
      ? await verifyProvenance(config.production.urls, release.name, release.version, promotable, attested, deps)
      : [];
    return { promoted: result, promotedProvenance: served.map((p) => ({ ...p, index: 'production' as const })) };
  });

  // Production has the files: what fails from here says so, and a re-run finishes it.
  const githubRelease = github
    ? await stage('GitHub Release', () => makeGitHubRelease(github, config, {
      name: release.name,
      version: release.version,
      isPrerelease: release.isPrerelease,
      files: promotable,
      productionUrl: config.production.urls.projectPage(release.name, release.version),
      tagged: tag,
    }, deps))
    : undefined;
  return { tag, promoted, githubRelease, promotedProvenance };
}

/**
 * What the release tag on origin records of this version's files, when this
 * run makes release tags and the tag points at the commit it built; a tag at
 * another commit proves nothing.
 */
async function releaseTagRecord(config: Config, version: string, written: string[], deps: Deps): Promise<StagedRecord | undefined> {
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
async function rerunOf(config: Config, version: string, name: string, deps: Deps): Promise<boolean> {
  const run = runId(deps.env);
  if (!writesGit(config) || !run) return false;
  const tag = await readOriginTag(config.projectDir, name, undefined, deps);
  const again = tag?.ours === true && recordedRun(tag.message) === run;
  if (again) deps.log.info(`The tag ${tag.tag} on origin records this very run (${run}): finishing ${version}.`);
  return again;
}

/** What the stage job hands the promote job. */
function manifestOf(plan: { name: string; version: string; previous: string }, config: Config, files: Dist[]): string {
  return writeManifest({
    name: plan.name,
    version: plan.version,
    previousVersion: plan.previous,
    source: config.from.kind,
    staging: config.staging.urls.simple.href,
    files,
  });
}

function reportHeader(plan: { name: string; version: string; previous: string; isPrerelease: boolean }, config: Config) {
  return {
    mode: config.mode,
    name: plan.name,
    version: plan.version,
    previousVersion: plan.previous,
    isPrerelease: plan.isPrerelease,
    stagingUrl: config.staging.urls.projectPage(plan.name, plan.version),
    productionUrl: config.production.urls.projectPage(plan.name, plan.version),
  };
}

/** Versions the project already knows of, for the lower-than-released warning. */
function knownVersions(plan: VersionPlan): Array<{ version: string; where: string }> {
  return [
    ...plan.tags.map((t) => ({ version: t.version, where: `tag ${t.tag}` })),
    ...(plan.source.kind === 'file' ? [{ version: plan.source.version, where: plan.source.describe }] : []),
  ];
}
