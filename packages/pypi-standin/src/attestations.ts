// PEP 740 on the embedded index, as Warehouse does it (forklift/legacy.py,
// attestations/services.py): the upload form's `attestations` field is read
// only from a trusted publisher, parsed, and each attestation verified for the
// uploaded file against that publisher's identity; refusals are 400s with
// Warehouse's texts. What is accepted is kept and served as the file's
// provenance at /integrity/{project}/{version}/{file}/provenance.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { isAttestationError } from '../../../src/attest/errors.ts';
import { parseAttestation, type PyPIAttestation } from '../../../src/attest/object.ts';
import { PUBLISH_PREDICATE } from '../../../src/attest/statement.ts';
import { publicGoodTrustedRoot, trustedRootFromJSON } from '../../../src/attest/trust.ts';
import { verifyAttestation } from '../../../src/attest/verify.ts';
import type { TrustedPublisher } from './oidc.ts';
import type { Reply } from './responses.ts';

export interface Provenance {
  version: 1;
  attestation_bundles: Array<{
    publisher: { kind: 'GitHub'; repository: string; workflow: string; environment: string | null };
    attestations: PyPIAttestation[];
  }>;
}

export interface Refusal {
  ok: false;
  status: 400;
  message: string;
}

const KNOWN_PREDICATES = [PUBLISH_PREDICATE, 'https://slsa.dev/provenance/v1'];

const refuse = (reason: string): Refusal => ({ ok: false, status: 400, message: `Invalid attestations supplied during upload: ${reason}` });

export class Provenances {
  private readonly byFile = new Map<string, Provenance>();

  private constructor(
    private readonly dir: string,
    private readonly trustedRoot: TrustedRoot,
    /** The OIDC issuer certificates must name: the one trusted publishing trusts. */
    private readonly issuer: string | undefined,
  ) {}

  /** `trustedRoot`: the Sigstore whose signatures are accepted (JSON of trusted_root.json); public-good by default, as PyPI. */
  static async open(dir: string, issuer: string | undefined, trustedRoot?: unknown): Promise<Provenances> {
    const root = path.join(dir, 'provenance');
    await mkdir(root, { recursive: true });
    const store = new Provenances(root, trustedRoot === undefined ? publicGoodTrustedRoot() : trustedRootFromJSON(trustedRoot), issuer);
    for (const name of await readdir(root)) {
      if (name.endsWith('.json')) store.byFile.set(name.slice(0, -'.json'.length), JSON.parse(await readFile(path.join(root, name), 'utf8')) as Provenance);
    }
    return store;
  }

  /**
   * Warehouse's checks, in its order. Undefined when the form has no
   * `attestations` field; the attestations to keep when they hold.
   */
  check(
    fields: ReadonlyArray<readonly [string, string]>,
    publisher: TrustedPublisher | undefined,
    file: { filename: string; sha256: string },
  ): Refusal | { ok: true; attestations: PyPIAttestation[] } | undefined {
    const field = fields.find(([name]) => name === 'attestations');
    if (field === undefined) return undefined;
    if (publisher === undefined || this.issuer === undefined) {
      return refuse('Attestations are only supported when using Trusted Publishing with GitHub Actions.');
    }
    let attestations: PyPIAttestation[];
    try {
      const parsed: unknown = JSON.parse(field[1]);
      if (!Array.isArray(parsed)) throw new Error('Input should be a valid list');
      attestations = parsed.map((a) => parseAttestation(a));
    } catch (e) {
      return refuse(`Error while decoding the included attestation: ${(e as Error).message}`);
    }
    if (attestations.length === 0) return refuse('an empty attestation set is not permitted');
    if (attestations.length > 1) return refuse('Only a single attestation per file is supported.');
    for (const attestation of attestations) {
      let predicateType: string;
      try {
        ({ predicateType } = verifyAttestation(attestation, {
          file,
          trustedRoot: this.trustedRoot,
          publisher: { kind: 'github', repository: publisher.repository, workflow: publisher.workflow, issuer: this.issuer },
          // pypi-attestations knows both; Warehouse then takes the publish one only.
          predicateTypes: KNOWN_PREDICATES,
        }));
      } catch (e) {
        if (!isAttestationError(e)) return refuse(`Unknown error while trying to verify included attestations: ${String(e)}`);
        const reason = e.message.startsWith('Verification failed: ') ? e.message : `Verification failed: ${e.message}`;
        return refuse(`Could not verify the uploaded artifact using the included attestation: ${reason}`);
      }
      if (predicateType !== PUBLISH_PREDICATE) return refuse(`Attestation with unsupported predicate type: ${predicateType}`);
    }
    return { ok: true, attestations };
  }

  async save(filename: string, publisher: TrustedPublisher, attestations: PyPIAttestation[]): Promise<void> {
    const provenance: Provenance = {
      version: 1,
      attestation_bundles: [
        { publisher: { kind: 'GitHub', repository: publisher.repository, workflow: publisher.workflow, environment: publisher.environment ?? null }, attestations },
      ],
    };
    await writeFile(path.join(this.dir, `${filename}.json`), JSON.stringify(provenance));
    this.byFile.set(filename, provenance);
  }

  has(filename: string): boolean {
    return this.byFile.has(filename);
  }

  /** GET /integrity/{project}/{version}/{file}/provenance (the caller checks project and version own the file). */
  serve(filename: string): Reply {
    const provenance = this.byFile.get(filename);
    const body = provenance === undefined ? { message: `No provenance available for ${filename}` } : provenance;
    return {
      status: provenance === undefined ? 404 : 200,
      reason: provenance === undefined ? 'Not Found' : 'OK',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    };
  }
}
