// The stages from the first upload on: staging, the checks of what staging
// serves, then the tag, production and the GitHub Release. Production
// receives only the files staging served back with the sha256 this run
// smoke-tested.
import path from 'node:path';
import { withAttestations, type Attested } from '../attest/attached.ts';
import type { Dist } from '../dists/dist.ts';
import { isReleaseError } from '../errors.ts';
import type { UploadAuth } from '../index/auth.ts';
import { TOKEN_USER } from '../index/config.ts';
import { download } from '../index/download.ts';
import { refuseConflicts } from '../index/refusals.ts';
import { stagedFromManifest } from '../index/resume.ts';
import type { VerifiedFile } from '../index/simple.ts';
import { publish } from '../index/upload.ts';
import { verifyFiles, waitForFiles } from '../index/wait.ts';
import { commitTagPush, type GitResult } from '../release/git.ts';
import type { GitHubReleaseResult } from '../release/github.ts';
import { makeGitHubRelease, type GitHubReleasePlan } from '../release/github-release.ts';
import type { Manifest } from '../release/manifest.ts';
import { pushedByTwin, recordFiles, runId } from '../release/tag-record.ts';
import { indexResolves, smokeTest } from '../smoke/install.ts';
import { writesGit, type Run } from './context.ts';
import type { Provenance, Uploads } from './report.ts';

/** The release as the stages from staging on know it. */
export interface Release {
  name: string;
  version: string;
  isPrerelease: boolean;
  /** The version files this run rewrote: the release commit's content. */
  files: string[];
}

export async function stageFiles(run: Run, dists: Dist[], staging: UploadAuth, attested: Attested | undefined): Promise<Uploads> {
  const { config, deps } = run;
  return run.stage('Stage', async () =>
    publish(withAttestations(dists, attested, config.attestations.staging), { ...config.staging, token: await staging.token() }, deps));
}

/** Until staging lists every file with our sha256, or wait-timeout. */
export async function awaitStaging(run: Run, name: string, dists: Dist[]): Promise<Map<string, VerifiedFile>> {
  return run.stage('Await', () => waitForFiles(run.config.staging.urls, name, dists, run.deps, { timeoutMs: run.config.waitTimeoutMs }));
}

/** The index's own record of who signed, read back before anything is installed from it. */
export async function stagingProvenance(run: Run, release: Release, dists: Dist[], listed: Map<string, VerifiedFile>, attested: Attested | undefined): Promise<Provenance> {
  const { config, deps } = run;
  if (!attested || !config.attestations.staging) return [];
  const served = await run.stage('Provenance', () => verifyProvenance(config.staging.urls, release.name, release.version, dists, listed, attested, deps));
  return served.map((p) => ({ ...p, index: 'staging' as const }));
}

/**
 * The staged bytes themselves, re-hashed on the way down: these are promoted
 * next. They are the very bytes the local smoke test installed, so
 * installing and importing them again proves nothing new; what staging adds
 * is pip resolving the release from it. Without a wheel (pip would build),
 * the whole smoke test runs on the files staging served.
 */
export async function smokeFromStaging(run: Run, release: Release, dists: Dist[], served: Map<string, VerifiedFile>): Promise<Dist[]> {
  const { config, deps } = run;
  return run.stage('Smoke test', async () => {
    const files = [];
    for (const dist of dists) {
      const file = await download(served.get(dist.filename)!, path.join(run.workDir, 'staged'), deps, { maxBytes: config.maxFileSize });
      files.push({ dist, path: file });
    }
    const python = await run.python();
    const workDir = path.join(run.workDir, 'smoke');
    // pip would read a staging index that needs an account without it: its
    // password goes to no child process. There, the whole smoke test runs on
    // the files the action itself downloaded with the account.
    const readsWithAccount = config.staging.username !== TOKEN_USER && config.staging.token !== '';
    if (!readsWithAccount && await indexResolves(python, { files: dists, name: release.name, version: release.version, index: config.staging.urls.simple, workDir }, deps)) {
      deps.log.info(`pip resolved ${release.name}==${release.version} from the staging index, with the smoke-tested sha256`);
    } else {
      await smokeTest(python, {
        files, name: release.name, version: release.version, dependencyIndex: config.smokeIndexUrl, command: config.smokeTest, workDir, stops: 'promoted',
      }, deps);
    }
    return files.map((f) => ({ ...f.dist, path: f.path }));
  });
}

/** A promote job: the files the stage job's manifest names, from staging, verified against it. */
export async function fetchStaged(run: Run, manifest: Manifest): Promise<Dist[]> {
  const { config, deps } = run;
  return run.stage('Fetch staged', async () => {
    const dists = await stagedFromManifest(manifest, config.staging, config.maxFileSize, run.workDir, deps);
    await refuseConflicts(config.production, { ...manifest, maxProjectSize: config.maxProjectSize }, dists, deps);
    return dists;
  });
}

/**
 * The repository records the released commit, and the files' sha256, before
 * production has them: a refused push stops the release with nothing
 * promoted, and the tag is the proof a re-run resumes by.
 */
export async function tagRelease(run: Run, release: Release, promotable: Dist[]): Promise<GitResult | undefined> {
  const { config, deps } = run;
  if (!writesGit(config)) return undefined;
  const name = `${config.tagPrefix}${release.version}`;
  const message = config.commitMessage.replaceAll('{version}', release.version);
  return run.stage('Tag', () => commitTagPush({
    projectDir: config.projectDir,
    mode: config.git === 'tag' ? 'tag' : 'push',
    files: release.files,
    tag: name,
    message,
    tagMessage: recordFiles(message, promotable, runId(deps.env)),
  }, deps).catch(async (error: unknown) => {
    // Two runs of one release at once: only one push creates the tag. When
    // the other run's tag records these very files on the same tree, this
    // run goes on with it (production takes each file once); otherwise the refusal stands.
    const twin = isReleaseError(error) && error.code === 'GIT_PUSH_FAILED' ? await pushedByTwin(config.projectDir, name, promotable, deps) : undefined;
    if (!twin) throw error;
    deps.log.info(`Another run of this release pushed ${name} meanwhile, recording these very files on the same tree: this run promotes the same bytes (files already on production are skipped).`);
    return { tag: name, commit: twin.commit, outcome: 'found' as const };
  }));
}

/** The provenance check, loaded only by a run that attests: Sigstore's verifier is not part of every start. */
async function verifyProvenance(...args: Parameters<typeof import('../index/provenance.ts').verifyProvenance>) {
  const { verifyProvenance: verify } = await import('../index/provenance.ts');
  return verify(...args);
}

/** The same bytes to production, read back by sha256, and their provenance verified. */
export async function promote(run: Run, release: Release, promotable: Dist[], production: UploadAuth, attested: Attested | undefined): Promise<{ promoted: Uploads; provenance: Provenance }> {
  const { config, deps } = run;
  return run.stage('Promote', async () => {
    const promoted = await publish(withAttestations(promotable, attested, config.attestations.production), { ...config.production, token: await production.token() }, deps);
    const listed = await verifyFiles(config.production.urls, release.name, promotable, deps);
    const served = attested && config.attestations.production
      ? await verifyProvenance(config.production.urls, release.name, release.version, promotable, listed, attested, deps)
      : [];
    return { promoted, provenance: served.map((p) => ({ ...p, index: 'production' as const })) };
  });
}

/** Production has the files: what fails from here says so, and a re-run finishes it. */
export async function announce(run: Run, github: GitHubReleasePlan | undefined, release: Release, promotable: Dist[], tag: GitResult | undefined): Promise<GitHubReleaseResult | undefined> {
  if (!github) return undefined;
  const { config, deps } = run;
  return run.stage('GitHub Release', () => makeGitHubRelease(github, config, {
    name: release.name,
    version: release.version,
    isPrerelease: release.isPrerelease,
    files: promotable,
    productionUrl: config.production.urls.projectPage(release.name, release.version),
    tagged: tag,
  }, deps));
}
