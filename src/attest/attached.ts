// What a release carries of its attestations, apart from the code that makes
// and checks them: the stages that only pass attestations along import this,
// so that Sigstore's libraries load only in a run that attests (about 40 ms of
// every start, measured with --cpu-prof, in a run without attestations).
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { Dist } from '../dists/dist.ts';
import type { Publisher } from './identity.ts';
import type { PyPIAttestation } from './object.ts';

/** What the release carries: one attestation per file, and what a served one must match. */
export interface Attested {
  attestations: Map<string, PyPIAttestation>;
  /** This job's identity, as the certificates name it. */
  publisher: Publisher;
  trustedRoot: TrustedRoot;
}

/** The files as uploaded to one index: with their attestation when that index takes them. */
export function withAttestations<T extends Dist>(dists: readonly T[], attested: Attested | undefined, on: boolean): T[] {
  if (attested === undefined || !on) return [...dists];
  return dists.map((d) => {
    const attestation = attested.attestations.get(d.filename);
    return attestation === undefined ? d : { ...d, attestations: [attestation] };
  });
}
