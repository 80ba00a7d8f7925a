// The action's inputs, read once into a typed Config. Every problem is
// collected and reported together, so a user fixes their workflow in one go.
import path from 'node:path';
import { defaultPython } from './build/python.ts';
import { ReleaseError } from './errors.ts';
import { parseHttpUrl, parseIndexUrls, type IndexUrls } from './index/url.ts';
import { GIT_MODES, type GitMode } from './release/git.ts';
import { tagVersion, triggerTag, type RunEvent } from './trigger.ts';
import type { VersionIntent } from './version/decide.ts';
import { parseVersionFiles, type VersionFileSpec } from './version/files.ts';
import { BUMPS, bumpProblem, localSegment, normalize, type Bump } from './version/pep440.ts';

export type IndexRole = 'staging' | 'production';

export interface IndexConfig {
  role: IndexRole;
  urls: IndexUrls;
  /** The API token; empty: trusted publishing (OIDC) mints one before the first upload. */
  token: string;
}

/**
 * What is released: the project, built here, at the version the intent
 * names; or files built elsewhere (`dists`), whose version, if the intent
 * names one, must be theirs.
 */
export type ReleaseFrom =
  | { kind: 'project'; intent: VersionIntent }
  | { kind: 'dists'; patterns: string[]; intent: Exclude<VersionIntent, { kind: 'bump' }> | undefined };

export interface Config {
  from: ReleaseFrom;
  /** Run every stage that writes nothing, and report what a real run would upload where. */
  dryRun: boolean;
  /** What the release writes to git after the smoke test: commit, tag and push; the tag alone; nothing. */
  git: GitMode;
  /** The release commit's and tag's message, `{version}` replaced. */
  commitMessage: string;
  /** Tags are `{tagPrefix}{version}`. */
  tagPrefix: string;
  /** Further files that carry the version, rewritten with it. */
  versionFiles: VersionFileSpec[];
  /** Absolute path of the folder holding pyproject.toml. */
  projectDir: string;
  /** The interpreter command or path. */
  python: string;
  staging: IndexConfig;
  production: IndexConfig;
  smokeTest: string | undefined;
  /** Where the smoke install takes the package's dependencies from: never the staging index. */
  smokeIndexUrl: URL;
  waitTimeoutMs: number;
}

export const DEFAULTS = {
  'project-dir': '.',
  'staging-url': 'https://test.pypi.org/legacy/',
  'production-url': 'https://upload.pypi.org/legacy/',
  'wait-timeout': '600',
  'tag-prefix': 'v',
  'dry-run': 'false',
  git: 'push',
  'commit-message': 'Release {version}',
} as const;

/** The tokens, to mask before anything else runs (even before parsing fails). */
export function secretInputs(env: NodeJS.ProcessEnv): string[] {
  return ['staging-token', 'production-token'].map((n) => input(env, n)).filter((v) => v !== '');
}

/** As @actions/core's getInput: INPUT_ + the name upper-cased, spaces to `_`, trimmed. */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function parseInputs(env: NodeJS.ProcessEnv, event: RunEvent): Config {
  const problems: string[] = [];
  const get = (name: string): string => input(env, name) || (DEFAULTS as Record<string, string>)[name] || '';

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const { from, tagPrefix } = releaseFrom(get, env, event, workspace, problems);

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

  // An empty token means trusted publishing for that index (src/index/auth.ts); a dry run uploads nothing and needs neither.
  const staging = indexConfig('staging', get, problems);
  const production = indexConfig('production', get, problems);
  if (staging && production && sameUrl(staging.urls.upload, production.urls.upload)) {
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

  if (problems.length > 0 || !from || !staging || !production || !smokeIndexUrl) {
    throw new ReleaseError({
      code: 'INPUT_INVALID',
      message: `The step's inputs have ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
      details: problems.map((p) => `- ${p}`),
      hint: 'Fix the `with:` block of this step in the workflow file.',
    });
  }
  return {
    from,
    dryRun: dryRun === true,
    git: git as GitMode,
    commitMessage: get('commit-message'),
    tagPrefix,
    versionFiles: versionFiles.specs,
    projectDir,
    python: get('python') || defaultPython(),
    staging,
    production,
    smokeTest: get('smoke-test') || undefined,
    smokeIndexUrl,
    waitTimeoutMs: seconds * 1000,
  };
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
): { from: ReleaseFrom | undefined; tagPrefix: string } {
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
  // An empty tag-prefix is meaningful (tags named 1.4.0), so it is read without the default.
  const tagPrefix = env['INPUT_TAG-PREFIX'] === undefined ? DEFAULTS['tag-prefix'] : input(env, 'tag-prefix');
  const tag = triggerTag(event);
  let fromTag: { version: string } | undefined;
  if (tag !== undefined && !rawVersion) {
    const named = tagVersion(tag, tagPrefix);
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

  return { from, tagPrefix };
}

function indexConfig(
  role: IndexRole,
  get: (name: string) => string,
  problems: string[],
): IndexConfig | undefined {
  const token = get(`${role}-token`);
  const result = parseIndexUrls(get(`${role}-url`), get(`${role}-simple-url`) || undefined);
  if (!result.ok) {
    problems.push(`${role}-url: ${result.error}`);
    return undefined;
  }
  return { role, urls: result.urls, token };
}

function sameUrl(a: URL, b: URL): boolean {
  const strip = (u: URL) => u.href.replace(/\/+$/, '');
  return strip(a) === strip(b);
}
