// The `attestations` input and the test-only Sigstore override (src/attest/config.ts).
import { describe, expect, it } from 'vitest';
import { parseAttestations, TEST_SIGSTORE_ENV } from '../src/attest/config.ts';

const TRUSTED = { token: '' };
const TOKEN = { token: 'pypi-secret' };

function parse(raw: string, indexes: Parameters<typeof parseAttestations>[1], env: NodeJS.ProcessEnv = {}) {
  const problems: string[] = [];
  return { config: parseAttestations(raw, indexes, env, problems), problems };
}

describe('attestations', () => {
  it('auto attests the indexes written by trusted publishing, and only those', () => {
    expect(parse('auto', { staging: TRUSTED, production: TOKEN })).toEqual({
      config: { mode: 'auto', staging: true, production: false, sigstore: { kind: 'public-good' } },
      problems: [],
    });
    // An index this job does not write (a stage job's production, a dry run) is never attested.
    expect(parse('auto', { staging: TRUSTED, production: undefined }).config).toMatchObject({ staging: true, production: false });
  });

  it('true with a token is a problem quoting Warehouse; false attests nothing', () => {
    const { config, problems } = parse('TRUE', { staging: TOKEN, production: TRUSTED });
    expect(config).toMatchObject({ mode: 'true', staging: false, production: true });
    expect(problems).toEqual([expect.stringContaining('attestations: true, but staging-token is set, and Warehouse refuses attestations with an API token ("Attestations are only supported when using Trusted Publishing with GitHub Actions.")')]);
    expect(parse('false', { staging: TRUSTED, production: TRUSTED }).config).toMatchObject({ staging: false, production: false });
  });

  it('refuses an unknown value', () => {
    expect(parse('yes', { staging: TRUSTED, production: TRUSTED }).problems).toEqual([expect.stringMatching(/^attestations: 'yes' is not one of auto, true, false/)]);
  });

  it(`honours ${TEST_SIGSTORE_ENV} on loopback over http only`, () => {
    const both = { staging: TRUSTED, production: TRUSTED };
    expect(parse('auto', both, { [TEST_SIGSTORE_ENV]: 'http://127.0.0.1:4321' }).config.sigstore).toEqual({ kind: 'test', url: new URL('http://127.0.0.1:4321') });
    for (const url of ['https://fulcio.example.com', 'http://10.0.0.5:80', 'not a url']) {
      const { config, problems } = parse('auto', both, { [TEST_SIGSTORE_ENV]: url });
      expect(config.sigstore).toEqual({ kind: 'public-good' });
      expect(problems).toEqual([expect.stringContaining(`${TEST_SIGSTORE_ENV}: '${url}' is not an http:// URL on loopback`)]);
    }
  });
});
