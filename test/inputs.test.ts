import { describe, expect, it } from 'vitest';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { parseInputs, secretInputs } from '../src/inputs.ts';

const base = {
  GITHUB_WORKSPACE: '/work/space',
  INPUT_BUMP: 'patch',
  'INPUT_STAGING-TOKEN': 'pypi-staging',
  'INPUT_PRODUCTION-TOKEN': 'pypi-production',
};

function problems(env: Record<string, string>): string[] {
  try {
    parseInputs(env);
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
    expect(config.bump).toEqual(['patch']);
    expect(config.waitTimeoutMs).toBe(600_000);
  });

  it('normalizes an explicit version', () => {
    const { INPUT_BUMP: _, ...rest } = base;
    expect(parseInputs({ ...rest, INPUT_VERSION: '1.0.0-RC.1' }).version).toBe('1.0.0rc1');
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
      - version and bump are both set: give one (version to release exactly that, bump to compute it from pyproject.toml).
      - staging-token is empty: pass an API token for the staging index, e.g. \`staging-token: \${{ secrets.TEST_PYPI_TOKEN }}\` (a secret that is not set, or not available to this workflow, arrives empty).
      - staging-url: The upload URL http://index.example.com/legacy/ uses plain http: tokens and files would cross the network unencrypted. Use https:// (http:// is accepted only for 127.0.0.1, ::1 and localhost).
      - production-token is empty: pass an API token for the production index, e.g. \`production-token: \${{ secrets.PYPI_TOKEN }}\` (a secret that is not set, or not available to this workflow, arrives empty).
      - production-url: The upload URL 'not a url' is not a URL.
      - wait-timeout: 'soon' is not a whole number of seconds (default 600)."
    `);
  });

  it('refuses a version that is not PEP 440, and no version at all', () => {
    expect(problems({ ...base, INPUT_BUMP: '', INPUT_VERSION: 'one.two' })[0]).toMatch(/not a PEP 440 version/);
    expect(problems({ ...base, INPUT_BUMP: '' })[0]).toMatch(/neither version nor bump/);
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
    expect(parseInputs({ ...base, INPUT_BUMP: 'Minor, rc' }).bump).toEqual(['minor', 'rc']);
    expect(problems({ ...base, INPUT_BUMP: 'major,minor' })[0]).toBe('- bump: only one of major, minor, patch can be given (got major, minor).');
    expect(problems({ ...base, INPUT_BUMP: 'minor,huge,tiny' })[0]).toMatch(/^- bump: 'huge', 'tiny' are not one of/);
  });

  it('lists the tokens to mask', () => {
    expect(secretInputs(base)).toEqual(['pypi-staging', 'pypi-production']);
  });
});
