// The action's inputs, read once into a typed Config. Every problem is
// collected and reported together, so a user fixes their workflow in one go.
import path from 'node:path';
import { parseAttestations, type AttestationsConfig } from './attest/config.ts';
import { parsePassEnv } from './process/env.ts';
import { defaultPython } from './process/python.ts';
import { ReleaseError } from './errors.ts';
import { TOKEN_USER, uploadTargets, type IndexConfig, type IndexRole } from './index/config.ts';
import { parseHttpUrl, parseIndexUrls, sameIndexUrl } from './index/url.ts';
import { GIT_MODES, type GitMode } from './release/git.ts';
import { parseManifest, type Manifest } from './release/manifest.ts';
import type { GitHubApi } from './release/github.ts';
import { tagVersion, triggerTag, type RunEvent } from './trigger.ts';
import type { VersionIntent } from './version/decide.ts';
import { parseVersionFiles, type VersionFileSpec } from './version/files.ts';
import { BUMPS, bumpProblem, equal, localSegment, normalize, type Bump } from './version/pep440.ts';

export type { IndexConfig, IndexRole };

/**
 * What is released: the project, built here, at the version the intent
 * names; or files built elsewhere (`dists`), whose version, if the intent
 * names one, must be theirs.
 */
export type ReleaseFrom =
  | { kind: 'project'; intent: VersionIntent }
  | { kind: 'dists'; patterns: string[]; intent: Exclude<VersionIntent, { kind: 'bump' }> | undefined };

/**
 * `release`: the whole release in one step. `stage`: up to the smoke test,
 * ending with a manifest; `promote`: a later job (behind an approval) that
 * promotes what the manifest names, from staging.
 */
export const MODES = ['release', 'stage', 'promote'] as const;
export type Mode = (typeof MODES)[number];

export interface Config {
  mode: Mode;
  /** `mode: promote`: what the stage job staged and smoke-tested. */
  manifest: Manifest | undefined;
  from: ReleaseFrom;
  /** Run every stage that writes nothing, and report what a real run would upload where. */
  dryRun: boolean;
  /** What the release writes to git after the smoke test: commit, tag and push; the tag alone; nothing. */
  git: GitMode;
  /** The release commit's and tag's message, `{version}` replaced. */
  commitMessage: string;
  /** Tags are `{tagPrefix}{version}`. */
  tagPrefix: string;
  /**
   * `tag-prefix` not given: tags are read as setuptools-scm and hatch-vcs
   * read them, `v` optional, and a new tag takes the prefix of the latest
   * (`v` for a first release).
   */
  tagPrefixAuto: boolean;
  /** Further files that carry the version, rewritten with it. */
  versionFiles: VersionFileSpec[];
  /** Absolute path of the folder holding pyproject.toml. */
  projectDir: string;
  /** The interpreter command or path. */
  python: string;
  staging: IndexConfig;
  production: IndexConfig;
  /** The indexes this run uploads to, in order (uploadTargets): none in a dry run. */
  uploadsTo: IndexConfig[];
  smokeTest: string | undefined;
  /** Where the smoke install takes the package's dependencies from: never the staging index. */
  smokeIndexUrl: URL;
  waitTimeoutMs: number;
  /** Largest file the indexes take, in bytes (inspection refuses bigger ones before any upload). */
  maxFileSize: number;
  /** Largest total of a project's files on production, in bytes (checked before any upload). */
  maxProjectSize: number;
  githubRelease: GitHubReleaseConfig;
  /** `pass-env`: further variables children receive (upper-cased; `NAME*` is a prefix). */
  passEnv: string[];
  /** PEP 740: which uploads carry attestations, and which Sigstore signs them. */
  attestations: AttestationsConfig;
  /** Checks the maintainer chose to skip (`skip-checks`); each one fails the release when it cannot run. */
  skipChecks: SkippableCheck[];
}

/** `skip-checks`: `rst`, the reStructuredText render check of the description (it needs docutils from pip's index). */
export const SKIPPABLE_CHECKS = ['rst'] as const;
export type SkippableCheck = (typeof SKIPPABLE_CHECKS)[number];

/** `github-release`: `auto` makes the release when there is a tag; `true` always (GitHub makes a missing tag); `false` never. */
export const GITHUB_RELEASE_MODES = ['auto', 'true', 'false'] as const;

export interface GitHubReleaseConfig {
  mode: (typeof GITHUB_RELEASE_MODES)[number];
  /** Undefined when there is no token or no GITHUB_REPOSITORY (not on GitHub): `auto` then makes no release. */
  api: GitHubApi | undefined;
  /** `https://github.com/owner/name`, for links in the notes. */
  repositoryUrl: string | undefined;
  /** A `release` event's own release, which gets the assets. */
  eventRelease: { id: number } | undefined;
}

export const DEFAULTS = {
  'project-dir': '.',
  'staging-url': 'https://test.pypi.org/legacy/',
  'production-url': 'https://upload.pypi.org/legacy/',
  'staging-username': TOKEN_USER,
  'production-username': TOKEN_USER,
  'wait-timeout': '600',
  'tag-prefix': 'v',
  'dry-run': 'false',
  mode: 'release',
  git: 'push',
  'commit-message': 'Release {version}',
  'github-release': 'auto',
  'max-file-size': '100 MiB',
  'max-project-size': '10 GiB',
  attestations: 'auto',
} as const;

/** The tokens, to mask before anything else runs (even before parsing fails). */
export function secretInputs(env: NodeJS.ProcessEnv): string[] {
  return ['staging-token', 'production-token', 'github-token'].map((n) => input(env, n)).filter((v) => v !== '');
}

/** As @actions/core's getInput: INPUT_ + the name upper-cased, spaces to `_`, trimmed. */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function parseInputs(env: NodeJS.ProcessEnv, event: RunEvent): Config {
  const problems: string[] = [];
  const get = (name: string): string => input(env, name) || (DEFAULTS as Record<string, string>)[name] || '';

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const mode = get('mode').toLowerCase() as Mode;
  if (!(MODES as readonly string[]).includes(mode)) {
    problems.push(`mode: '${get('mode')}' is not one of ${MODES.join(', ')} (release: everything in this step; stage: up to the smoke test, with a manifest; promote: the manifest's files, from staging to production).`);
  }
  const manifest = readManifest(get('manifest'), mode, problems);
  const { from, tagPrefix, tagPrefixAuto } = releaseFrom(get, env, event, workspace, problems, mode === 'promote' ? manifest ?? null : undefined);

  const versionFiles = parseVersionFiles(get('version-files'));
  problems.push(...versionFiles.problems);

  const rawDryRun = get('dry-run');
  const dryRun = /^(true|false)?$/i.test(rawDryRun) ? rawDryRun.toLowerCase() === 'true' : undefined;
  if (dryRun === undefined) problems.push(`dry-run: '${rawDryRun}' is not true or false.`);

  const git = get('git').toLowerCase();
  if (!(GIT_MODES as readonly string[]).includes(git)) {
    problems.push(`git: '${get('git')}' is not one of ${GIT_MODES.join(', ')} (push: commit the version, tag and push both; tag: push the tag alone; none: no git writes).`);
  }

  const projectDir = path.resolve(workspace, get('project-dir'));

  // An empty token means trusted publishing for that index (src/index/auth.ts). A dry run uploads
  // nothing, a stage job nothing to production and a promote job nothing to staging.
  const staging = indexConfig('staging', get, problems);
  const production = indexConfig('production', get, problems);
  // Trusted publishing uploads as __token__: another user name is an account, whose password must be given.
  for (const index of uploadTargets(mode, dryRun === true, staging, production)) {
    if (index && index.username !== TOKEN_USER && index.token === '') {
      problems.push(`${index.role}-username: '${index.username}' needs ${index.role}-token, the password or token of that account (trusted publishing always uploads as ${TOKEN_USER}).`);
    }
  }
  if (staging && production && sameIndexUrl(staging.urls.upload, production.urls.upload)) {
    problems.push(`staging-url and production-url are the same (${staging.urls.upload.href}): staging must be a different index, or the smoke test proves nothing.`);
  }

  let smokeIndexUrl: URL | undefined;
  const rawSmokeIndex = get('smoke-index-url');
  if (rawSmokeIndex) {
    const parsed = parseHttpUrl(rawSmokeIndex, 'index URL');
    if (typeof parsed === 'string') problems.push(`smoke-index-url: ${parsed}`);
    else smokeIndexUrl = parsed;
  } else {
    smokeIndexUrl = production?.urls.simple;
  }

  const rawTimeout = get('wait-timeout');
  const seconds = Number(rawTimeout);
  if (!/^\d+$/.test(rawTimeout) || seconds < 1) {
    problems.push(`wait-timeout: '${rawTimeout}' is not a whole number of seconds (default ${DEFAULTS['wait-timeout']}).`);
  }

  if (dryRun === true && mode === 'promote') {
    problems.push('dry-run: a promote job has nothing to try (its dry run is the stage job\'s): remove dry-run, or use it with mode stage or release.');
  }
  const githubRelease = githubReleaseConfig(get, env, event, problems);

  const maxFileSize = parseSize(get('max-file-size'));
  if (maxFileSize === undefined) {
    problems.push(`max-file-size: '${get('max-file-size')}' is not a size: give bytes, or a number with KiB, MiB or GiB (default ${DEFAULTS['max-file-size']}, PyPI's limit).`);
  }

  const maxProjectSize = parseSize(get('max-project-size'));
  if (maxProjectSize === undefined) {
    problems.push(`max-project-size: '${get('max-project-size')}' is not a size: give bytes, or a number with KiB, MiB or GiB (default ${DEFAULTS['max-project-size']}, PyPI's limit).`);
  }

  const passEnv = parsePassEnv(get('pass-env'));
  problems.push(...passEnv.problems);
  // Only the indexes this job uploads to sign anything; a dry run signs nothing.
  const writes = uploadTargets(mode, dryRun === true, staging, production);
  const attestations = parseAttestations(get('attestations'), {
    staging: writes.includes(staging) ? staging : undefined,
    production: writes.includes(production) ? production : undefined,
  }, env, problems);

  const skipChecks = get('skip-checks').split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
  for (const word of skipChecks.filter((w) => !(SKIPPABLE_CHECKS as readonly string[]).includes(w))) {
    problems.push(`skip-checks: '${word}' is not one of ${SKIPPABLE_CHECKS.join(', ')} (rst: the reStructuredText render check of the description).`);
  }

  if (problems.length > 0 || !from || !staging || !production || !smokeIndexUrl || maxFileSize === undefined || maxProjectSize === undefined) {
    throw new ReleaseError({
      code: 'INPUT_INVALID',
      message: `The step's inputs have ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
      details: problems.map((p) => `- ${p}`),
      hint: 'Fix the `with:` block of this step in the workflow file.',
    });
  }
  return {
    mode,
    manifest,
    from,
    dryRun: dryRun === true,
    git: git as GitMode,
    commitMessage: get('commit-message'),
    tagPrefix,
    tagPrefixAuto,
    versionFiles: versionFiles.specs,
    projectDir,
    python: get('python') || defaultPython(),
    staging,
    production,
    uploadsTo: uploadTargets(mode, dryRun === true, staging, production),
    smokeTest: get('smoke-test') || undefined,
    smokeIndexUrl,
    waitTimeoutMs: seconds * 1000,
    maxFileSize,
    maxProjectSize,
    githubRelease,
    passEnv: passEnv.names,
    attestations,
    skipChecks: skipChecks as SkippableCheck[],
  };
}

function githubReleaseConfig(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv,
  event: RunEvent,
  problems: string[],
): GitHubReleaseConfig {
  const raw = get('github-release').toLowerCase();
  const mode = (GITHUB_RELEASE_MODES as readonly string[]).includes(raw) ? raw as GitHubReleaseConfig['mode'] : 'auto';
  if (mode !== raw) problems.push(`github-release: '${get('github-release')}' is not one of ${GITHUB_RELEASE_MODES.join(', ')} (auto: a GitHub Release when the run has a tag; true: always; false: never).`);
  const token = get('github-token');
  const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
  let apiUrl: URL | undefined;
  const parsed = parseHttpUrl(env.GITHUB_API_URL?.trim() || 'https://api.github.com', 'API URL');
  // Read only when a release could be made: a run with `github-release: false` has no use for it.
  const wanted = mode !== 'false' && token !== '' && repository !== '';
  if (typeof parsed !== 'string') apiUrl = parsed;
  else if (wanted) problems.push(`GITHUB_API_URL: ${parsed}`);
  if (wanted && !/^[\w.-]+\/[\w.-]+$/.test(repository)) problems.push(`GITHUB_REPOSITORY: '${repository}' is not owner/name.`);
  if (mode === 'true' && (!token || !repository)) {
    problems.push(`github-release: true needs ${!token ? '`github-token` (default `${{ github.token }}`; empty here)' : 'GITHUB_REPOSITORY (set by GitHub Actions; empty here)'}.`);
  }
  const release = event.name === 'release' ? (event.payload.release as { id?: unknown } | undefined) : undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return {
    mode,
    api: wanted && apiUrl ? { apiUrl, repository, token } : undefined,
    repositoryUrl: repository ? `${server}/${repository}` : undefined,
    eventRelease: typeof release?.id === 'number' ? { id: release.id } : undefined,
  };
}

/**
 * `123`, `100 MiB`, `1.5GiB`: bytes. KB/MB/GB are read as KiB/MiB/GiB, as
 * PyPI itself counts ("Limit ... is 100 MB" means 100 MiB).
 */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(?:([KMG])i?B?|B)?$/i.exec(text.trim());
  if (!m) return undefined;
  const power = m[2] === undefined ? 0 : 'KMG'.indexOf(m[2].toUpperCase()) + 1;
  const bytes = Math.floor(Number(m[1]) * 1024 ** power);
  return bytes >= 1 ? bytes : undefined;
}


/**
 * What the run releases and at which version: the `version` input, the
 * pushed tag or release event, or a `bump`; from the project, or from the
 * files in `dists`. Contradictions between them are input problems.
 */
function releaseFrom(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv,
  event: RunEvent,
  workspace: string,
  problems: string[],
  /** `mode: promote`: the stage job's manifest (null when it is missing or invalid), which names the version. */
  manifest?: Manifest | null,
): { from: ReleaseFrom | undefined; tagPrefix: string; tagPrefixAuto: boolean } {
  const rawVersion = get('version');
  let version: string | undefined;
  if (rawVersion) {
    const normalized = normalize(rawVersion);
    if (!normalized) {
      problems.push(`version: '${rawVersion}' is not a PEP 440 version (examples: 1.4.0, 2.0.0rc1, 1.4.0.post1).`);
    } else if (localSegment(normalized) !== null) {
      problems.push(`version: '${rawVersion}' has a local segment ('+${localSegment(normalized)}'), which PyPI refuses; release '${normalized.split('+')[0]}' instead.`);
    } else {
      version = normalized;
    }
  }

  // An empty tag-prefix is meaningful (tags named 1.4.0), so it is read without the default;
  // not given, a tag's `v` is optional, as the project's version tool reads it.
  const tagPrefixAuto = env['INPUT_TAG-PREFIX'] === undefined;
  const tagPrefix = tagPrefixAuto ? DEFAULTS['tag-prefix'] : input(env, 'tag-prefix');
  if (manifest !== undefined) return { from: promoteFrom(get, event, tagPrefixAuto ? undefined : tagPrefix, version, manifest, problems), tagPrefix, tagPrefixAuto };

  const rawBump = get('bump');
  let bump: Bump[] | undefined;
  if (rawBump) {
    const words = rawBump.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
    const unknown = words.filter((w) => !(BUMPS as readonly string[]).includes(w));
    const problem = unknown.length === 0 ? bumpProblem(words as Bump[]) : undefined;
    if (unknown.length > 0) problems.push(`bump: ${unknown.map((w) => `'${w}'`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not one of ${BUMPS.join(', ')} (combine them with commas, e.g. \`minor,rc\`).`);
    else if (problem) problems.push(`bump: ${problem}.`);
    else bump = words as Bump[];
  }
  const tag = triggerTag(event);
  let fromTag: { version: string } | undefined;
  if (tag !== undefined && !rawVersion) {
    const named = tagPrefixAuto ? anyTagVersion(tag) : tagVersion(tag, tagPrefix);
    if ('problem' in named) problems.push(`tag-prefix: ${named.problem}`);
    else fromTag = named;
    if (rawBump) problems.push(`bump: the run was started by the tag '${tag}', which already names the version; bump applies to workflow_dispatch and branch runs (\`bump: \${{ inputs.bump }}\` is empty on a tag push).`);
  }
  if (rawVersion && rawBump) {
    problems.push('version and bump are both set: give one (version to release exactly that, bump to compute it from the project\'s current version).');
  }
  const patterns = get('dists').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => (l.startsWith('!') ? `!${path.resolve(workspace, l.slice(1))}` : path.resolve(workspace, l)));
  if (patterns.length > 0 && rawBump) {
    problems.push('bump: the files in `dists` are already built with their version; bump applies when the action builds the project. Remove bump (or dists).');
  }
  if (patterns.length === 0 && !rawVersion && !rawBump && tag === undefined) {
    problems.push('nothing says which version to release: give `version: 1.4.0` to release exactly that, or `bump: patch` (or major, minor, stable, alpha, beta, rc, post, dev, combined as in `minor,rc`) to bump the project\'s version, or start the workflow by pushing a tag such as v1.4.0 (`on: push: tags: [\'v*\']`).');
  }
  const intent: VersionIntent | undefined = version
    ? { kind: 'explicit', version }
    : fromTag && tag !== undefined
      ? { kind: 'tag', tag, version: fromTag.version }
      : bump && tag === undefined
        ? { kind: 'bump', bump }
        : undefined;

  let from: ReleaseFrom | undefined;
  if (patterns.length > 0) {
    if (!intent || intent.kind !== 'bump') from = { kind: 'dists', patterns, intent };
  } else if (intent) {
    from = { kind: 'project', intent };
  }

  return { from, tagPrefix, tagPrefixAuto };
}

/**
 * A promote job releases the manifest's version: a pushed tag or a `version`
 * input must agree with it, and nothing is bumped or built.
 */
function promoteFrom(
  get: (name: string) => string,
  event: RunEvent,
  tagPrefix: string | undefined,
  version: string | undefined,
  manifest: Manifest | null,
  problems: string[],
): ReleaseFrom | undefined {
  if (get('bump')) problems.push('bump: a promote job releases the version in the stage job\'s manifest; remove bump from the promote step (keep it on the stage step).');
  if (get('dists')) problems.push('dists: a promote job takes the files from the staging index, as the manifest names them; remove dists from the promote step.');
  if (!manifest) return undefined;
  if (version && !equal(version, manifest.version)) problems.push(`version: '${version}' is not the manifest's version ${manifest.version}.`);
  const tag = triggerTag(event);
  if (tag !== undefined) {
    const named = tagPrefix === undefined ? anyTagVersion(tag) : tagVersion(tag, tagPrefix);
    if ('problem' in named) problems.push(`tag-prefix: ${named.problem}`);
    else if (!equal(named.version, manifest.version)) problems.push(`manifest: it names ${manifest.version}, but the run was started by the tag '${tag}'.`);
    else return { kind: 'project', intent: { kind: 'tag', tag, version: manifest.version } };
    return undefined;
  }
  return { kind: 'project', intent: { kind: 'explicit', version: manifest.version } };
}

/** `manifest` belongs to a promote job, and a promote job needs one. */
function readManifest(raw: string, mode: Mode, problems: string[]): Manifest | undefined {
  if (mode !== 'promote') {
    if (raw) problems.push(`manifest: only a promote job (\`mode: promote\`) takes a manifest; this step's mode is ${mode}.`);
    return undefined;
  }
  if (!raw) {
    problems.push('manifest: a promote job needs the stage job\'s manifest, e.g. `manifest: ${{ needs.stage.outputs.manifest }}`.');
    return undefined;
  }
  const parsed = parseManifest(raw);
  if ('problems' in parsed) {
    problems.push(...parsed.problems);
    return undefined;
  }
  return parsed.manifest;
}

function indexConfig(
  role: IndexRole,
  get: (name: string) => string,
  problems: string[],
): IndexConfig | undefined {
  const token = get(`${role}-token`);
  const username = get(`${role}-username`) || TOKEN_USER;
  if (username.includes(':') || [...username].some((c) => c < ' ' || c === '\x7f')) {
    problems.push(`${role}-username: '${username}' has a ':' or a control character, which HTTP Basic authentication cannot carry.`);
  }
  const result = parseIndexUrls(get(`${role}-url`), get(`${role}-simple-url`) || undefined);
  if (!result.ok) {
    problems.push(`${role}-url: ${result.error}`);
    return undefined;
  }
  return { role, urls: result.urls, token, username };
}

/** `tag-prefix` not given: the tag's version, `v` optional, as setuptools-scm and hatch-vcs read it. */
function anyTagVersion(tag: string): { version: string } | { problem: string } {
  const named = tagVersion(tag, '');
  if ('version' in named || normalize(tag)) return named;
  return { problem: `the run was started by the tag '${tag}', which is not a version with or without a \`v\` (as v1.4.0 or 1.4.0): set \`tag-prefix\` to the prefix your tags use (e.g. 'release-' for release-1.4.0).` };
}
