// Attestations for a release's files, made once before the first upload:
// every check that can refuse runs before anything is signed, and a file that
// cannot be signed stops the release with nothing uploaded (fail closed).
// Each attestation binds a file name to a sha256 only, so the one made here
// is valid on both indexes when both trust this repository and workflow.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { API_DEADLINE_MS, fetchText } from '../http/request.ts';
import type { Deps } from '../deps.ts';
import { ATTESTATION_SUFFIX, type Dist } from '../dists/dist.ts';
import { ReleaseError } from '../errors.ts';
import type { Attested } from './attached.ts';
import type { AttestationsConfig } from './config.ts';
import { describePublisher, type Publisher } from './identity.ts';
import { parseAttestation, type PyPIAttestation } from './object.ts';
import { isSigningError, PUBLIC_GOOD_ENDPOINTS, signFile, type SigstoreEndpoints } from './sign.ts';
import { sigstoreToken } from './token.ts';
import { publicGoodTrustedRoot, trustedRootFromJSON } from './trust.ts';
import { verifyAttestation } from './verify.ts';

const OFF_HINT = 'Set `attestations: false` to release without attestations.';

async function trustedRootOf(config: AttestationsConfig, deps: Deps): Promise<{ root: TrustedRoot; endpoints: SigstoreEndpoints }> {
  if (config.sigstore.kind === 'public-good') return { root: publicGoodTrustedRoot(), endpoints: PUBLIC_GOOD_ENDPOINTS };
  const base = config.sigstore.url.href.replace(/\/+$/, '');
  const answer = await fetchText(new URL(`${base}/trusted_root.json`), { method: 'GET', headers: { accept: 'application/json' }, deadlineMs: API_DEADLINE_MS }, deps, { limit: 1024 * 1024, overflow: 'fail' });
  return { root: trustedRootFromJSON(JSON.parse(answer.body)), endpoints: { fulcio: base, rekor: base } };
}

export async function attestDists(dists: readonly Dist[], config: AttestationsConfig, deps: Deps): Promise<Attested> {
  const { token, job } = await sigstoreToken(deps);
  if (job.workflow !== job.jobWorkflow) {
    throw new ReleaseError({
      code: 'ATTESTATION_UNSUPPORTED',
      message: `This job runs in the reusable workflow ${job.jobWorkflow}, called by ${job.workflow}: PyPI would refuse its attestations with 400 "Invalid attestations supplied".`,
      hint:
        `PyPI mints the upload token for the workflow the job runs in (${job.jobWorkflow}) but checks attestations against the one that started the run ` +
        `(${job.workflow}, the certificate's Build Config URI): no trusted publisher matches both. Run the release from the triggered workflow itself, or ` +
        'set `attestations: false`.',
    });
  }
  if (job.visibility === 'private' && config.sigstore.kind === 'public-good') {
    deps.log.warning(
      `${job.repository} is private, but PyPI trusts only the public-good Sigstore: each attestation's Rekor entry, public, names the repository, ` +
        'the workflow and the commit. Set `attestations: false` to keep them out of the public log.',
    );
  }
  const { root, endpoints } = await trustedRootOf(config, deps);
  const publisher: Publisher = {
    kind: 'github',
    repository: job.repository,
    workflow: job.workflow,
    ref: job.ref,
    ...(config.sigstore.kind === 'test' ? { issuer: job.issuer } : {}),
  };
  const attestations = new Map<string, PyPIAttestation>();
  for (const dist of dists) {
    const file = { filename: dist.filename, sha256: dist.sha256 };
    const prebuilt = `${dist.path}${ATTESTATION_SUFFIX}`;
    let attestation: PyPIAttestation;
    let origin: string;
    if (existsSync(prebuilt)) {
      attestation = parseOrRefuse(await readFile(prebuilt, 'utf8'), prebuilt);
      origin = `${dist.filename}${ATTESTATION_SUFFIX}, found next to the file`;
    } else {
      try {
        attestation = await signFile(file, { endpoints, getToken: async () => token, timeout: 30_000, retries: 2 });
      } catch (e) {
        if (!isSigningError(e)) throw e;
        throw new ReleaseError({
          code: 'ATTESTATION_SIGNING_FAILED',
          message: `Signing the attestation of ${dist.filename} failed at ${e.step === 'fulcio' ? 'Fulcio (the certificate)' : e.step === 'rekor' ? 'Rekor (the transparency log)' : e.step}: ${e.message}. Nothing was uploaded.`,
          hint: `Sigstore or the way to it failed (https://status.sigstore.dev): re-run the job. ${OFF_HINT}`,
          cause: e,
        });
      }
      origin = 'signed';
    }
    // What goes out is checked as the index will check it: a bad one stops here, before any upload.
    try {
      const verified = verifyAttestation(attestation, { file, publisher, trustedRoot: root });
      deps.log.info(`${dist.filename}: attestation ${origin}, Rekor log index ${verified.logIndex} (${describePublisher(publisher)})`);
    } catch (e) {
      throw new ReleaseError({
        code: 'ATTESTATION_SIGNING_FAILED',
        message: `The attestation of ${dist.filename} (${origin}) does not hold for it: ${(e as Error).message}. Nothing was uploaded.`,
        hint: `An attestation must be signed by this job's workflow (${describePublisher(publisher)}) for this very file. ${OFF_HINT}`,
        cause: e,
      });
    }
    attestations.set(dist.filename, attestation);
  }
  return { attestations, publisher, trustedRoot: root };
}

function parseOrRefuse(text: string, file: string): PyPIAttestation {
  try {
    return parseAttestation(JSON.parse(text));
  } catch (e) {
    throw new ReleaseError({
      code: 'ATTESTATION_SIGNING_FAILED',
      message: `${file} is not a PEP 740 attestation: ${(e as Error).message}. Nothing was uploaded.`,
      hint: `Remove it to have the action sign the file, or replace it with the attestation made for the file. ${OFF_HINT}`,
    });
  }
}

