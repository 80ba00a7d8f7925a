// Part 5 of npm run bench (#21): what PEP 740 adds to a release, measured on
// the loopback Sigstore: signing each file of a release (OIDC token, Fulcio
// certificate, DSSE signature, Rekor entry) and verifying one attestation, as
// the Attest and Provenance stages do. The stand-in's CA and log run in this
// same process, so the figures include their work too: an upper bound of the
// client's share, and far below the network's share against public-good.
import { performance } from 'node:perf_hooks';
import { startSigstore } from '../../packages/pypi-standin/src/sigstore/server.ts';
import { trustedRootFromJSON } from '../../src/attest/trust.ts';
import { signFile } from '../../src/attest/sign.ts';
import { verifyAttestation } from '../../src/attest/verify.ts';
import { startIssuer } from '../../packages/pypi-standin/src/issuer.ts';

export async function attestationBench(files: Array<{ filename: string; sha256: string }>, rounds: number): Promise<string[]> {
  const issuer = await startIssuer({ job: { repository: 'octo-org/hello-pkg', workflow: 'release.yml' } });
  const sigstore = await startSigstore({ issuer: issuer.issuer, jwks: issuer.jwksUrl });
  try {
    const root = trustedRootFromJSON(sigstore.trustedRoot);
    const publisher = { kind: 'github' as const, repository: 'octo-org/hello-pkg', workflow: 'release.yml', issuer: issuer.issuer };
    const signing: number[] = [];
    const verifying: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const now = Math.floor(Date.now() / 1000);
      const token = await issuer.sign({ ...issuer.claims, iss: issuer.issuer, aud: 'sigstore', iat: now, nbf: now, exp: now + 300 });
      const options = { endpoints: { fulcio: sigstore.url, rekor: sigstore.url }, getToken: async () => token, timeout: 10_000, retries: 0 };
      let start = performance.now();
      const made = [];
      for (const file of files) made.push(await signFile(file, options));
      signing.push(performance.now() - start);
      start = performance.now();
      made.forEach((attestation, i) => verifyAttestation(attestation, { file: files[i]!, publisher, trustedRoot: root }));
      verifying.push(performance.now() - start);
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    return [
      `attestations (#21), ${files.length} files, loopback Sigstore in this process:`,
      `  signing a release's files: ${median(signing).toFixed(0)} ms  (${signing.map((m) => m.toFixed(0)).join(', ')})`,
      `  verifying them (once per index): ${median(verifying).toFixed(0)} ms  (${verifying.map((m) => m.toFixed(0)).join(', ')})`,
    ];
  } finally {
    await sigstore.close();
    await issuer.close();
  }
}
