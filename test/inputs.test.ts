import { describe, expect, it } from 'vitest';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { parseInputs as parse, secretInputs } from '../src/inputs.ts';
import type { RunEvent } from '../src/trigger.ts';

const dispatch: RunEvent = { name: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} };
const tagPush = (tag: string): RunEvent => ({ name: 'push', ref: `refs/tags/${tag}`, payload: {} });
const parseInputs = (env: Record<string, string>, event: RunEvent = dispatch) => parse(env, event);

const base = {
  GITHUB_WORKSPACE: '/work/space',
  INPUT_BUMP: 'patch',
  'INPUT_STAGING-TOKEN': 'pypi-staging',
  'INPUT_PRODUCTION-TOKEN': 'pypi-production',
};

function problems(env: Record<string, string>, event: RunEvent = dispatch): string[] {
  try {
    parseInputs(env, event);
  } catch (e) {
    if (isReleaseError(e)) return (e as ReleaseError).details;
    throw e;
  }
  return [];
}

describe('parseInputs', () => {
  it('defaults to TestPyPI then PyPI, and derives their simple indexes', () => {
    const config = parseInputs(base);
    expect(config.staging.urls.upload.href).toBe('https://test.pypi.org/legacy/');
    expect(config.staging.urls.simple.href).toBe('https://test.pypi.org/simple/');
    expect(config.production.urls.upload.href).toBe('https://upload.pypi.org/legacy/');
    expect(config.production.urls.simple.href).toBe('https://pypi.org/simple/');
    expect(config.smokeIndexUrl.href).toBe('https://pypi.org/simple/');
    expect(config.projectDir).toBe('/work/space');
    expect(config.from).toEqual({ kind: 'project', intent: { kind: 'bump', bump: ['patch'] } });
    expect(config.tagPrefix).toBe('v');
    expect(config.versionFiles).toEqual([]);
    expect(config.waitTimeoutMs).toBe(600_000);
  });

  it('normalizes an explicit version', () => {
    const { INPUT_BUMP: _, ...rest } = base;
    expect(parseInputs({ ...rest, INPUT_VERSION: '1.0.0-RC.1' }).from).toEqual({ kind: 'project', intent: { kind: 'explicit', version: '1.0.0rc1' } });
  });

  it('reports every problem at once', () => {
    const found = problems({
      GITHUB_WORKSPACE: '/w',
      INPUT_VERSION: '1.0+abc',
      INPUT_BUMP: 'huge',
      'INPUT_STAGING-URL': 'http://index.example.com/legacy/',
      'INPUT_PRODUCTION-URL': 'not a url',
      'INPUT_WAIT-TIMEOUT': 'soon',
    });
    expect(found.join('\n')).toMatchInlineSnapshot(`
      "- version: '1.0+abc' has a local segment ('+abc'), which PyPI refuses; release '1.0' instead.
      - bump: 'huge' is not one of major, minor, patch, stable, alpha, beta, rc, post, dev (combine them with commas, e.g. \`minor,rc\`).
      - version and bump are both set: give one (version to release exactly that, bump to compute it from the project's current version).
      - staging-url: The upload URL http://index.example.com/legacy/ uses plain http: tokens and files would cross the network unencrypted. Use https:// (http:// is accepted only for 127.0.0.1, ::1 and localhost).
      - production-url: The upload URL 'not a url' is not a URL.
      - wait-timeout: 'soon' is not a whole number of seconds (default 600)."
    `);
  });

  it('refuses a version that is not PEP 440, and no version at all', () => {
    expect(problems({ ...base, INPUT_BUMP: '', INPUT_VERSION: 'one.two' })[0]).toMatch(/not a PEP 440 version/);
    expect(problems({ ...base, INPUT_BUMP: '' })[0]).toMatch(/nothing says which version to release: give `version: 1\.4\.0`.*or `bump: patch`.*or start the workflow by pushing a tag/);
  });

  it('refuses the same index for staging and production', () => {
    const found = problems({ ...base, 'INPUT_STAGING-URL': 'https://upload.pypi.org/legacy/' });
    expect(found[0]).toMatch(/are the same/);
  });

  it('allows plain http to loopback only, and no credentials in URLs', () => {
    expect(problems({ ...base, 'INPUT_STAGING-URL': 'http://127.0.0.1:8080/legacy/' })).toEqual([]);
    expect(problems({ ...base, 'INPUT_STAGING-URL': 'https://__token__:pypi-x@test.pypi.org/legacy/' })[0]).toMatch(/carries credentials/);
  });

  it('asks for a simple URL where none can be derived', () => {
    expect(problems({ ...base, 'INPUT_STAGING-URL': 'https://devpi.example.com/root/staging/' })[0]).toMatch(/staging-url/);
    expect(problems({
      ...base,
      'INPUT_STAGING-URL': 'https://devpi.example.com/root/staging/',
      'INPUT_STAGING-SIMPLE-URL': 'https://devpi.example.com/root/staging/+simple/',
    })).toEqual([]);
  });

  it('takes a dependency index for the smoke install, under the same URL rules', () => {
    expect(parseInputs({ ...base, 'INPUT_SMOKE-INDEX-URL': 'https://mirror.example.com/simple/' }).smokeIndexUrl.href)
      .toBe('https://mirror.example.com/simple/');
    expect(problems({ ...base, 'INPUT_SMOKE-INDEX-URL': 'http://mirror.example.com/simple/' })[0]).toMatch(/^- smoke-index-url: .*plain http/);
  });

  it('takes bump words combined with commas, and refuses combinations uv refuses', () => {
    expect(parseInputs({ ...base, INPUT_BUMP: 'Minor, rc' }).from).toEqual({ kind: 'project', intent: { kind: 'bump', bump: ['minor', 'rc'] } });
    expect(problems({ ...base, INPUT_BUMP: 'major,minor' })[0]).toBe('- bump: only one of major, minor, patch can be given (got major, minor).');
    expect(problems({ ...base, INPUT_BUMP: 'minor,huge,tiny' })[0]).toMatch(/^- bump: 'huge', 'tiny' are not one of/);
  });

  it('takes the version from a pushed tag or a release event, under tag-prefix', () => {
    const { INPUT_BUMP: _, ...noBump } = base;
    expect(parseInputs(noBump, tagPush('v1.0.0-RC.1')).from).toEqual({ kind: 'project', intent: { kind: 'tag', tag: 'v1.0.0-RC.1', version: '1.0.0rc1' } });
    const release: RunEvent = { name: 'release', ref: 'refs/tags/release-2.0', payload: { action: 'published', release: { tag_name: 'release-2.0' } } };
    expect(parseInputs({ ...noBump, 'INPUT_TAG-PREFIX': 'release-' }, release).from).toEqual({ kind: 'project', intent: { kind: 'tag', tag: 'release-2.0', version: '2.0' } });
    expect(parseInputs({ ...noBump, 'INPUT_TAG-PREFIX': '' }, tagPush('3.1')).from).toMatchObject({ intent: { version: '3.1' } });
    // The explicit input wins over the tag.
    expect(parseInputs({ ...noBump, INPUT_VERSION: '4.0' }, tagPush('v3.9')).from).toEqual({ kind: 'project', intent: { kind: 'explicit', version: '4.0' } });
    // A branch push names no version.
    expect(problems(noBump, { name: 'push', ref: 'refs/heads/main', payload: {} })[0]).toMatch(/nothing says which version/);
  });

  it('refuses a tag that names no version, and a bump on a tag run', () => {
    const { INPUT_BUMP: _, ...noBump } = base;
    expect(problems(noBump, tagPush('nightly'))).toEqual([
      "- tag-prefix: the run was started by the tag 'nightly', which is not a version with or without a `v` (as v1.4.0 or 1.4.0): set `tag-prefix` to the prefix your tags use (e.g. 'release-' for release-1.4.0).",
    ]);
    // tag-prefix given: only that prefix is read.
    expect(problems({ ...noBump, 'INPUT_TAG-PREFIX': 'v' }, tagPush('nightly'))).toEqual([
      "- tag-prefix: the run was started by the tag 'nightly', which does not start with tag-prefix 'v' (set `tag-prefix` to the prefix your tags use, '' for none).",
    ]);
    expect(problems(noBump, tagPush('v1.0+local'))[0]).toMatch(/local segment \('\+local'\)/);
    expect(problems({ ...noBump, 'INPUT_TAG-PREFIX': 'v' }, tagPush('vNext'))[0]).toMatch(/names 'Next' after the prefix 'v', which is not a PEP 440 version/);
    expect(problems(base, tagPush('v1.2.0'))[0]).toMatch(/^- bump: the run was started by the tag 'v1\.2\.0', which already names the version/);
  });

  it('takes dists (globs from the workspace) with the version they carry, or one the run names', () => {
    const { INPUT_BUMP: _, ...noBump } = base;
    const dists = { ...noBump, INPUT_DISTS: 'wheelhouse/*.whl\n# a comment\n\n!wheelhouse/*-win32.whl\n/abs/sdist/*.tar.gz' };
    expect(parseInputs(dists).from).toEqual({
      kind: 'dists',
      patterns: ['/work/space/wheelhouse/*.whl', '!/work/space/wheelhouse/*-win32.whl', '/abs/sdist/*.tar.gz'],
      intent: undefined,
    });
    expect(parseInputs(dists, tagPush('v2.0')).from).toMatchObject({ kind: 'dists', intent: { kind: 'tag', version: '2.0' } });
    expect(problems({ ...base, INPUT_DISTS: 'dist/*' })).toEqual([
      '- bump: the files in `dists` are already built with their version; bump applies when the action builds the project. Remove bump (or dists).',
    ]);
  });

  it('dry-run: true or false; no token is needed either way (empty: trusted publishing)', () => {
    const noTokens = { GITHUB_WORKSPACE: '/w', INPUT_BUMP: 'patch', 'INPUT_DRY-RUN': 'True' };
    const config = parseInputs(noTokens);
    expect(config.dryRun).toBe(true);
    expect(config.staging.token).toBe('');
    expect(parseInputs(base).dryRun).toBe(false);
    expect(problems({ ...base, 'INPUT_DRY-RUN': 'yes' })).toEqual(["- dry-run: 'yes' is not true or false."]);
    const trusted = parseInputs({ ...noTokens, 'INPUT_DRY-RUN': 'false' });
    expect([trusted.dryRun, trusted.staging.token, trusted.production.token]).toEqual([false, '', '']);
  });

  it('sends __token__ as the user name unless an index names an account, which needs its password', () => {
    const config = parseInputs(base);
    expect([config.staging.username, config.production.username]).toEqual(['__token__', '__token__']);
    expect(parseInputs({ ...base, 'INPUT_STAGING-USERNAME': 'acme-bot' }).staging.username).toBe('acme-bot');
    const noStagingToken = { ...base, 'INPUT_STAGING-TOKEN': '', 'INPUT_STAGING-USERNAME': 'acme-bot' };
    expect(problems(noStagingToken)).toEqual([
      "- staging-username: 'acme-bot' needs staging-token, the password or token of that account (trusted publishing always uploads as __token__).",
    ]);
    // Nothing is uploaded by a dry run, nor to staging by a promote job.
    expect(parseInputs({ ...noStagingToken, 'INPUT_DRY-RUN': 'true' }).staging.username).toBe('acme-bot');
    expect(problems({ ...base, 'INPUT_PRODUCTION-USERNAME': 'a:b' })).toEqual([
      "- production-username: 'a:b' has a ':' or a control character, which HTTP Basic authentication cannot carry.",
    ]);
  });

  it('git: push by default, tag or none; a commit message template', () => {
    expect(parseInputs(base)).toMatchObject({ git: 'push', commitMessage: 'Release {version}' });
    expect(parseInputs({ ...base, INPUT_GIT: 'Tag', 'INPUT_COMMIT-MESSAGE': 'chore: {version}' })).toMatchObject({ git: 'tag', commitMessage: 'chore: {version}' });
    expect(problems({ ...base, INPUT_GIT: 'force' })).toEqual([
      "- git: 'force' is not one of push, tag, none (push: commit the version, tag and push both; tag: push the tag alone; none: no git writes).",
    ]);
  });

  it('lists the tokens to mask', () => {
    expect(secretInputs(base)).toEqual(['pypi-staging', 'pypi-production']);
  });
});

describe('github-release and github-token', () => {
  const onGitHub = { ...base, 'INPUT_GITHUB-TOKEN': 'ghs_abc', GITHUB_REPOSITORY: 'octo/hello', GITHUB_API_URL: 'https://ghe.example.com/api/v3', GITHUB_SERVER_URL: 'https://ghe.example.com' };

  it('defaults to auto, with the API of the server the run is on', () => {
    const { githubRelease } = parseInputs(onGitHub);
    expect(githubRelease.mode).toBe('auto');
    expect(githubRelease.api).toEqual({ apiUrl: new URL('https://ghe.example.com/api/v3'), repository: 'octo/hello', token: 'ghs_abc' });
    expect(githubRelease.repositoryUrl).toBe('https://ghe.example.com/octo/hello');
    expect(parseInputs({ ...onGitHub, GITHUB_API_URL: '' }).githubRelease.api?.apiUrl.href).toBe('https://api.github.com/');
  });

  it('off the runner (no token or no repository), auto has no API; true is a problem', () => {
    expect(parseInputs(base).githubRelease.api).toBeUndefined();
    expect(problems({ ...base, 'INPUT_GITHUB-RELEASE': 'true' })).toEqual([expect.stringContaining('github-release: true needs `github-token`')]);
    expect(problems({ ...base, 'INPUT_GITHUB-RELEASE': 'true', 'INPUT_GITHUB-TOKEN': 'x' })).toEqual([expect.stringContaining('needs GITHUB_REPOSITORY')]);
  });

  it('false needs nothing and reads nothing', () => {
    const config = parseInputs({ ...onGitHub, 'INPUT_GITHUB-RELEASE': 'FALSE', GITHUB_API_URL: 'http://api.example.com' });
    expect(config.githubRelease).toMatchObject({ mode: 'false', api: undefined });
  });

  it('refuses other words, a plain-http API and a malformed repository', () => {
    expect(problems({ ...onGitHub, 'INPUT_GITHUB-RELEASE': 'yes', GITHUB_API_URL: 'http://api.example.com', GITHUB_REPOSITORY: 'nope' })).toEqual([
      expect.stringContaining("github-release: 'yes' is not one of auto, true, false"),
      expect.stringContaining('GITHUB_API_URL: The API URL http://api.example.com/ uses plain http'),
      "- GITHUB_REPOSITORY: 'nope' is not owner/name.",
    ]);
  });

  it('a release event names its release', () => {
    const event: RunEvent = { name: 'release', ref: 'refs/tags/v1.2.0', payload: { release: { id: 42, tag_name: 'v1.2.0' } } };
    expect(parseInputs({ ...onGitHub, INPUT_BUMP: '' }, event).githubRelease.eventRelease).toEqual({ id: 42 });
  });

  it('masks the GitHub token with the others', () => {
    expect(secretInputs({ 'INPUT_GITHUB-TOKEN': 'ghs_abc', 'INPUT_STAGING-TOKEN': 's' })).toEqual(['s', 'ghs_abc']);
  });
});

describe('skip-checks and pass-env', () => {
  it('skip the checks named, run every one by default, and refuse unknown names', () => {
    expect(parseInputs(base).skipChecks).toEqual([]);
    expect(parseInputs({ ...base, 'INPUT_SKIP-CHECKS': 'RST' }).skipChecks).toEqual(['rst']);
    expect(problems({ ...base, 'INPUT_SKIP-CHECKS': 'rst, twine' })).toEqual([expect.stringMatching(/^- skip-checks: 'twine' is not one of rst/)]);
  });

  it('pass further variables to children, never a forbidden one', () => {
    expect(parseInputs({ ...base, 'INPUT_PASS-ENV': 'my_flag, MATURIN_*' }).passEnv).toEqual(['MY_FLAG', 'MATURIN_*']);
    expect(problems({ ...base, 'INPUT_PASS-ENV': 'GITHUB_TOKEN' })).toEqual([expect.stringMatching(/^- pass-env: 'GITHUB_TOKEN' names a variable that never reaches a child process/)]);
  });
});
