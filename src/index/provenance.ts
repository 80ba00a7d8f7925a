// A file's provenance as the index serves it, read back after the upload and
// verified here: the index holds an attestation for this file's sha256,
// signed by this job's repository and workflow. Its URL is the one the
// index's simple page lists for the file (PEP 740's `provenance` key, or
// `data-provenance`); for an index that lists none, PyPI's integrity API
// (/integrity/{project}/{version}/{file}/provenance) beside /simple/.
import type { Attested } from '../attest/attached.ts';
import { describePublisher } from '../attest/identity.ts';
import { parseAttestation } from '../attest/object.ts';
import { verifyAttestation } from '../attest/verify.ts';
import type { Deps } from '../deps.ts';
import type { Dist } from '../dists/dist.ts';
import { normalizeName } from '../dists/filename.ts';
import { ReleaseError } from '../errors.ts';
import { fetchText, READ_DEADLINE_MS } from '../http/request.ts';
import type { ListedFile } from './simple.ts';
import type { IndexUrls } from './url.ts';

export interface ServedProvenance {
  filename: string;
  url: string;
  logIndex: string;
}

/** Attempts while an index that lists the file does not serve its provenance yet (a CDN catching up). */
const ATTEMPTS = 5;
const WAIT_MS = 2_000;
/** A provenance object holds a few attestations of a few KiB each. */
const PROVENANCE_LIMIT = 4 * 1024 * 1024;

export function provenanceUrl(urls: IndexUrls, project: string, version: string, filename: string, listed?: ListedFile): URL {
  if (listed?.provenance) return new URL(listed.provenance);
  // The integrity API sits beside /simple/ on PyPI, TestPyPI and the embedded index.
  return new URL(`../integrity/${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`, urls.simple);
}

function unverified(message: string, hint: string, cause?: unknown, details: string[] = []): ReleaseError {
  return new ReleaseError({ code: 'PROVENANCE_UNVERIFIED', message, hint, cause, details });
}

async function fetchProvenance(url: URL, deps: Deps): Promise<{ status: number; text: string }> {
  for (let attempt = 1; ; attempt++) {
    // A private index's account reaches this read through the dispatcher (http/read-credentials.ts), on its own origin only.
    const answer = await fetchText(url, { method: 'GET', headers: { accept: 'application/json' }, deadlineMs: READ_DEADLINE_MS }, deps, { limit: PROVENANCE_LIMIT, overflow: 'fail' });
    if (answer.status !== 404 || attempt >= ATTEMPTS) return { status: answer.status, text: answer.body };
    await deps.sleep(WAIT_MS);
  }
}

/** `listed`: the files as the index's simple page listed them, read back just before. */
export async function verifyProvenance(urls: IndexUrls, project: string, version: string, dists: readonly Dist[], listed: ReadonlyMap<string, ListedFile>, attested: Attested, deps: Deps): Promise<ServedProvenance[]> {
  const out: ServedProvenance[] = [];
  for (const dist of dists) {
    const url = provenanceUrl(urls, project, version, dist.filename, listed.get(dist.filename));
    let answer: { status: number; text: string };
    try {
      answer = await fetchProvenance(url, deps);
    } catch (cause) {
      throw unverified(`Reading the provenance of ${dist.filename} from ${urls.label} failed: ${(cause as Error).message}`, 'The index or the way to it failed: re-run the job; uploaded files are recognised and skipped.', cause);
    }
    if (answer.status !== 200) {
      throw unverified(
        `${urls.label} serves no provenance for ${dist.filename} (HTTP ${answer.status} at ${url.href}), although the file was uploaded with its attestation.`,
        'The index accepted the file but kept no attestation: it may not support PEP 740. Set `attestations: false` for an index without it.',
      );
    }
    const problems: string[] = [];
    let found: ServedProvenance | undefined;
    try {
      const provenance = JSON.parse(answer.text) as { attestation_bundles?: Array<{ attestations?: unknown[] }> };
      for (const candidate of (provenance.attestation_bundles ?? []).flatMap((b) => b.attestations ?? [])) {
        try {
          const verified = verifyAttestation(parseAttestation(candidate), {
            file: { filename: dist.filename, sha256: dist.sha256 },
            publisher: attested.publisher,
            trustedRoot: attested.trustedRoot,
          });
          found = { filename: dist.filename, url: url.href, logIndex: verified.logIndex };
          break;
        } catch (e) {
          problems.push((e as Error).message);
        }
      }
    } catch (e) {
      problems.push(`not JSON: ${(e as Error).message}`);
    }
    if (found === undefined) {
      throw unverified(
        `The provenance ${urls.label} serves for ${dist.filename} does not hold: no attestation in it is signed by ${describePublisher(attested.publisher)} for sha256 ${dist.sha256}.`,
        'Nothing further is released. Compare the provenance URL with the upload; re-run the job if the index was catching up.',
        undefined,
        problems,
      );
    }
    deps.log.info(`${urls.label}: provenance of ${dist.filename} verified (${describePublisher(attested.publisher)}, Rekor log index ${found.logIndex}): ${url.href}`);
    out.push(found);
  }
  return out;
}
