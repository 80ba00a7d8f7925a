// The `attestations` input, and where signing happens. Pure: inputs.ts calls
// it with the environment and collects its problems with the others.
import { isLoopback } from '../index/url.ts';

/** `auto`: attest uploads made by trusted publishing (PyPI accepts no others); `true`: the same, and say so if one cannot; `false`: never. */
export const ATTESTATION_MODES = ['auto', 'true', 'false'] as const;
export type AttestationMode = (typeof ATTESTATION_MODES)[number];

/**
 * Which Sigstore signs: the public-good instance, the only one PyPI trusts;
 * or, for this project's own tests and demo, a stand-in on loopback named by
 * PYPI_PROMOTE_TEST_SIGSTORE. Only a loopback URL is honoured: a workflow
 * could set the variable, but a server on the runner's loopback is one the
 * job itself started, and PyPI refuses what it signs anyway.
 */
export type SigstoreTarget = { kind: 'public-good' } | { kind: 'test'; url: URL };

export const TEST_SIGSTORE_ENV = 'PYPI_PROMOTE_TEST_SIGSTORE';

export interface AttestationsConfig {
  mode: AttestationMode;
  /** Whether uploads to each index carry attestations. */
  staging: boolean;
  production: boolean;
  sigstore: SigstoreTarget;
}

/** Warehouse's words for an attestation sent with an API token. */
export const TOKEN_REFUSAL = 'Attestations are only supported when using Trusted Publishing with GitHub Actions.';

export function parseAttestations(
  raw: string,
  indexes: { staging: { token: string } | undefined; production: { token: string } | undefined },
  env: NodeJS.ProcessEnv,
  problems: string[],
): AttestationsConfig {
  const mode = (ATTESTATION_MODES as readonly string[]).includes(raw.toLowerCase()) ? (raw.toLowerCase() as AttestationMode) : undefined;
  if (mode === undefined) {
    problems.push(`attestations: '${raw}' is not one of ${ATTESTATION_MODES.join(', ')} (auto: attest what trusted publishing uploads; true: the same, and every index must use it; false: never).`);
  }
  const on = (role: 'staging' | 'production'): boolean => {
    const index = indexes[role];
    if (index === undefined || mode === undefined || mode === 'false') return false;
    if (index.token === '') return true;
    if (mode === 'true') {
      problems.push(`attestations: true, but ${role}-token is set, and Warehouse refuses attestations with an API token ("${TOKEN_REFUSAL}"): remove ${role}-token to publish by trusted publishing, or set attestations: auto to attest only the indexes that use it.`);
    }
    return false;
  };
  let sigstore: SigstoreTarget = { kind: 'public-good' };
  const test = env[TEST_SIGSTORE_ENV]?.trim();
  if (test) {
    let url: URL | undefined;
    try {
      url = new URL(test);
    } catch {
      url = undefined;
    }
    if (url === undefined || url.protocol !== 'http:' || !isLoopback(url)) {
      problems.push(`${TEST_SIGSTORE_ENV}: '${test}' is not an http:// URL on loopback; only this project's tests point signing at another Sigstore, and only on loopback. Unset it.`);
    } else {
      sigstore = { kind: 'test', url };
    }
  }
  return { mode: mode ?? 'auto', staging: on('staging'), production: on('production'), sigstore };
}
