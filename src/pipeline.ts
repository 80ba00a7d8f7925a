// The release, top to bottom. This is the one place that knows the order of
// the stages, and so the one place where the invariants can be read:
//   - every check that can run before the first upload runs before it;
//   - production receives only the files staging served back with our sha256
//     and that passed the smoke install, and it receives exactly those bytes.
import path from 'node:path';
import type { Deps } from './deps.ts';
import type { Dist } from './dists/dist.ts';
import { inspectDists } from './dists/inspect.ts';
import { buildDists, prepareBuildFrontend } from './build/frontend.ts';
import { findPython, type Python } from './build/python.ts';
import { download, publish, verifyFiles, waitForFiles } from './index/client.ts';
import { requireIdToken, uploadAuth } from './index/auth.ts';
import { adoptStaged, plannedUploads, refuseConflicts, refuseReleased, type UploadOutcome } from './index/existing.ts';
import type { Config } from './inputs.ts';
import { smokeTest } from './smoke/install.ts';
import { commitTagPush, lastCommitTime, type GitResult } from './release/git.ts';
import { restoreEdits, writeEdits } from './version/edit.ts';
import { planVersion, type VersionPlan } from './version/plan.ts';
import { planPrebuilt } from './version/prebuilt.ts';

export interface StageTiming {
  name: string;
  ms: number;
}

export interface ReleaseReport {
  name: string;
  version: string;
  previousVersion: string;
  isPrerelease: boolean;
  files: Dist[];
  /** True when nothing was uploaded: `staged` and `promoted` then say what a real run would do. */
  dryRun: boolean;
  /** The release tag, when this run pushed it or found it pushed by an earlier run of the release. */
  tag: GitResult | undefined;
  staged: Array<{ filename: string; result: UploadOutcome }>;
  promoted: Array<{ filename: string; result: UploadOutcome }>;
  stagingUrl: string;
  productionUrl: string;
  smoke: { imported: string[]; command: string | undefined };
  stages: StageTiming[];
}

/**
 * Runs the whole release. `workDir` is an empty folder of the action's own
 * (build output, environments, downloads); it is never the user's tree.
 */
export async function release(config: Config, deps: Deps, workDir: string): Promise<ReleaseReport> {
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

  // The version, and where the files that carry it come from: the project,
  // built here, or files built elsewhere (`dists`).
  const plan = await stage('Version', async () => {
    const planned = config.from.kind === 'dists'
      ? await planPrebuilt(config.from, config, deps)
      : await planVersion({ ...config, intent: config.from.intent }, deps);
    // Production is read before anything is built or written.
    await refuseReleased({ name: planned.name, version: planned.version, others: 'source' in planned ? knownVersions(planned) : [] }, config, deps);
    if (!('edits' in planned)) return { ...planned, written: [] };
    deps.log.info(`${planned.name}: ${planned.previous || '(first release)'} -> ${planned.version}; the version lives in ${planned.source.describe}`);
    const written = await writeEdits(planned.edits, planned.version);
    for (const file of written) deps.log.info(`wrote ${planned.version} to ${path.relative(config.projectDir, file) || file}`);
    return { ...planned, written };
  });

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
    const found = await inspectDists(built, { version: plan.version, name: plan.name });
    for (const d of found) deps.log.info(`${d.filename}  ${d.size} bytes  sha256:${d.sha256}`);
    // Both indexes are read before anything is written to either. What an
    // earlier run staged is the release; production must hold nothing else.
    const release = await adoptStaged(found, config.staging, plan, workDir, deps);
    await refuseConflicts(config.production, plan, release, deps);
    return release;
  });

  if (config.dryRun) {
    return {
      ...reportHeader(plan, config),
      dryRun: true,
      tag: undefined,
      files: dists,
      staged: await plannedUploads(dists, config.staging, plan.name, deps),
      promoted: await plannedUploads(dists, config.production, plan.name, deps),
      smoke: { imported: [], command: config.smokeTest },
      stages,
    };
  }

  // Credentials for both indexes before the first upload. Without a token,
  // trusted publishing mints one for each now, so a publisher missing on
  // production stops the release before staging holds anything; production's
  // is minted again before promotion if it is about to expire (15 min).
  const credentials = async () => ({
    staging: await uploadAuth(config.staging, plan.name, deps),
    production: await uploadAuth(config.production, plan.name, deps),
  });
  const auth = config.staging.token && config.production.token ? await credentials() : await stage('Trusted publishing', credentials);

  const staged = await stage('Stage', async () => publish(dists, { ...config.staging, token: await auth.staging.token() }, deps));

  const served = await stage('Await', () =>
    waitForFiles(config.staging.urls, plan.name, dists, deps, { timeoutMs: config.waitTimeoutMs }));

  const { promotable, smoke } = await stage('Smoke test', async () => {
    // The staged bytes themselves, re-hashed on the way down: these, not the
    // local build, are installed here and promoted next.
    const downloads = path.join(workDir, 'staged');
    const files = [];
    for (const dist of dists) {
      const listed = served.get(dist.filename)!;
      const file = await download(listed, downloads, deps);
      files.push({ dist, path: file });
    }
    const result = await smokeTest(await python(), {
      files,
      name: plan.name,
      version: plan.version,
      dependencyIndex: config.smokeIndexUrl,
      command: config.smokeTest,
      workDir: path.join(workDir, 'smoke'),
    }, deps);
    if (result.commandOutput !== undefined) deps.log.info('smoke-test command passed');
    return { promotable: files.map((f) => ({ ...f.dist, path: f.path })), smoke: result };
  });

  // The repository records the released commit before production has the
  // files: a refused push stops the release with nothing promoted.
  const tagged = config.git !== 'none' && config.from.kind === 'project' && config.from.intent.kind !== 'tag'
    ? await stage('Tag', () => commitTagPush({
      projectDir: config.projectDir,
      mode: config.git === 'tag' ? 'tag' : 'push',
      files: plan.written,
      tag: `${config.tagPrefix}${plan.version}`,
      message: config.commitMessage.replaceAll('{version}', plan.version),
    }, deps))
    : undefined;

  const promoted = await stage('Promote', async () => {
    const result = await publish(promotable, { ...config.production, token: await auth.production.token() }, deps);
    await verifyFiles(config.production.urls, plan.name, promotable, deps);
    return result;
  });

  return {
    ...reportHeader(plan, config),
    dryRun: false,
    tag: tagged,
    files: promotable,
    staged,
    promoted,
    smoke: { imported: smoke.imported, command: config.smokeTest },
    stages,
  };
}

function reportHeader(plan: { name: string; version: string; previous: string; isPrerelease: boolean }, config: Config) {
  return {
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
