// The release, top to bottom. This is the one place that knows the order of
// the stages, and so the one place where the invariants can be read:
//   - every check that can run before the first upload runs before it;
//   - production receives only the files staging served back with our sha256
//     and that passed the smoke install, and it receives exactly those bytes.
import path from 'node:path';
import type { Deps } from './deps.ts';
import type { Dist } from './dists/dist.ts';
import { inspectDists } from './dists/inspect.ts';
import { ReleaseError } from './errors.ts';
import { buildDists, prepareBuildFrontend } from './build/frontend.ts';
import { findPython } from './build/python.ts';
import { download, listFiles, publish, verifyFiles, waitForFiles, type ListedFile } from './index/client.ts';
import type { Config, IndexConfig } from './inputs.ts';
import { smokeTest } from './smoke/install.ts';
import { lastCommitTime } from './release/git.ts';
import { lowerThanWarning } from './version/decide.ts';
import { writeEdits } from './version/edit.ts';
import { parseDistFilename } from './dists/filename.ts';
import { equal } from './version/pep440.ts';
import { planVersion, type VersionPlan } from './version/plan.ts';

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
  staged: Array<{ filename: string; result: 'uploaded' | 'exists' }>;
  promoted: Array<{ filename: string; result: 'uploaded' | 'exists' }>;
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

  const plan = await stage('Version', async () => {
    const planned = await planVersion(config, deps);
    deps.log.info(`${planned.name}: ${planned.previous || '(first release)'} -> ${planned.version}; the version lives in ${planned.source.describe}`);
    // Production is read before anything is built or written.
    await refuseReleased(planned, config, deps);
    const written = await writeEdits(planned.edits, planned.version);
    for (const file of written) deps.log.info(`wrote ${planned.version} to ${path.relative(config.projectDir, file) || file}`);
    return planned;
  });

  const built = await stage('Build', async () => {
    const python = await findPython(config.python, deps);
    deps.log.info(`Python ${python.version} at ${python.executable}`);
    const frontend = await prepareBuildFrontend(python, workDir, deps);
    const paths = await buildDists(frontend, {
      projectDir: config.projectDir,
      outDir: path.join(workDir, 'dist'),
      sourceDateEpoch: await lastCommitTime(config.projectDir, deps),
      env: plan.buildEnv,
    }, deps);
    return { python, paths };
  });

  const dists = await stage('Inspect', async () => {
    const found = await inspectDists(built.paths, { version: plan.version, name: plan.name });
    for (const d of found) deps.log.info(`${d.filename}  ${d.size} bytes  sha256:${d.sha256}`);
    // Both indexes are read before anything is written to either.
    await refuseConflicts(config.production, plan.name, plan.version, found, deps);
    await refuseConflicts(config.staging, plan.name, plan.version, found, deps);
    return found;
  });

  const staged = await stage('Stage', () => publish(dists, config.staging, deps));

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
    const result = await smokeTest(built.python, {
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

  const promoted = await stage('Promote', async () => {
    const result = await publish(promotable, config.production, deps);
    await verifyFiles(config.production.urls, plan.name, promotable, deps);
    return result;
  });

  return {
    name: plan.name,
    version: plan.version,
    previousVersion: plan.previous,
    isPrerelease: plan.isPrerelease,
    files: promotable,
    staged,
    promoted,
    stagingUrl: config.staging.urls.projectPage(plan.name, plan.version),
    productionUrl: config.production.urls.projectPage(plan.name, plan.version),
    smoke: { imported: smoke.imported, command: config.smokeTest },
    stages,
  };
}

/**
 * Before the build: a version already on production stops the run, unless
 * every production file of it is also on staging with the same sha256 (an
 * earlier run of this release got as far as promoting: this run resumes it).
 * Releasing below the latest release or tag is allowed, with a warning.
 */
async function refuseReleased(plan: VersionPlan, config: Config, deps: Deps): Promise<void> {
  const production = [...(await listFiles(config.production.urls, plan.name, deps, { fresh: true })).values()];
  const versionOf = (f: ListedFile) => {
    const parsed = parseDistFilename(f.filename);
    return 'error' in parsed ? '' : parsed.version;
  };
  const warning = lowerThanWarning(plan.version, [
    ...production.map((f) => ({ version: versionOf(f), where: `released on ${config.production.urls.simple.host}` })),
    ...plan.tags.map((t) => ({ version: t.version, where: `tag ${t.tag}` })),
    ...(plan.source.kind === 'file' ? [{ version: plan.source.version, where: plan.source.describe }] : []),
  ]);
  if (warning) deps.log.warning(warning);

  const released = production.filter((f) => equal(versionOf(f), plan.version));
  if (released.length === 0) return;
  const staging = await listFiles(config.staging.urls, plan.name, deps, { fresh: true });
  const unstaged = released.filter((f) => !f.sha256 || staging.get(f.filename)?.sha256 !== f.sha256);
  if (unstaged.length === 0) {
    deps.log.info(`production already has ${released.length} file(s) of ${plan.version}, each staged with the same sha256: resuming an earlier run.`);
    return;
  }
  throw new ReleaseError({
    code: 'VERSION_ALREADY_RELEASED',
    message: `${plan.name} ${plan.version} is already released on the production index (${config.production.urls.simple.href}); nothing was built or uploaded.`,
    details: unstaged.map((f) => `${f.filename} (sha256 ${f.sha256 ?? 'not listed'})`),
    hint: 'A released version never changes. Release a new version (bump), or a post release (e.g. 1.4.0.post1) to fix packaging only.',
  });
}

/**
 * A version is published once, with one set of bytes. Files of this version
 * already on an index must be ours, byte for byte (then this run resumes an
 * earlier one); anything else stops the release before the first upload.
 */
async function refuseConflicts(index: IndexConfig, name: string, version: string, dists: Dist[], deps: Deps): Promise<void> {
  const listed = await listFiles(index.urls, name, deps, { fresh: true });
  const ours = new Map(dists.map((d) => [d.filename, d]));
  const sameVersion = [...listed.values()].filter((f) => {
    const parsed = parseDistFilename(f.filename);
    return !('error' in parsed) && equal(parsed.version, version);
  });
  const different = sameVersion.filter((f) => ours.get(f.filename)?.sha256 !== f.sha256);
  if (different.length === 0) {
    if (sameVersion.length > 0) deps.log.info(`${index.role}: ${sameVersion.length} file(s) of ${version} already there with our sha256: resuming.`);
    return;
  }
  const code = index.role === 'production' ? 'VERSION_ALREADY_RELEASED' : 'FILENAME_REUSED';
  throw new ReleaseError({
    code,
    message: `${name} ${version} is already on the ${index.role} index (${index.urls.simple.href}) with other files than this build; nothing was uploaded.`,
    details: different.map((f: ListedFile) => {
      const mine = ours.get(f.filename);
      return mine
        ? `${f.filename}: the index has sha256 ${f.sha256}, this build ${mine.sha256}`
        : `${f.filename}: on the index, not in this build`;
    }),
    hint: index.role === 'production'
      ? 'A released version never changes. Release a new version (bump), or a post release (e.g. 1.4.0.post1) to fix packaging only.'
      : 'The staging index already holds other bytes under these names (an earlier, different build of this version). Release a new version; TestPyPI never lets a filename be reused.',
  });
}
