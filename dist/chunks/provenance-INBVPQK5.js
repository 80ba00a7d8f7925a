import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);
import {
  describePublisher,
  parseAttestation,
  verifyAttestation
} from "./chunk-4GU6UU4P.js";
import {
  READ_DEADLINE_MS,
  ReleaseError,
  fetchText,
  normalizeName
} from "./chunk-CXXT5BY4.js";
import "./chunk-D6D5PY5Q.js";

// src/index/provenance.ts
var ATTEMPTS = 5;
var WAIT_MS = 2e3;
var PROVENANCE_LIMIT = 4 * 1024 * 1024;
function provenanceUrl(urls, project, version, filename, listed) {
  if (listed?.provenance) return new URL(listed.provenance);
  return new URL(`../integrity/${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`, urls.simple);
}
function unverified(message, hint, cause, details = []) {
  return new ReleaseError({ code: "PROVENANCE_UNVERIFIED", message, hint, cause, details });
}
async function fetchProvenance(url, deps) {
  for (let attempt = 1; ; attempt++) {
    const answer = await fetchText(url, { method: "GET", headers: { accept: "application/json" }, deadlineMs: READ_DEADLINE_MS }, deps, { limit: PROVENANCE_LIMIT, overflow: "fail" });
    if (answer.status !== 404 || attempt >= ATTEMPTS) return { status: answer.status, text: answer.body };
    await deps.sleep(WAIT_MS);
  }
}
async function verifyProvenance(urls, project, version, dists, listed, attested, deps) {
  const out = [];
  for (const dist of dists) {
    const url = provenanceUrl(urls, project, version, dist.filename, listed.get(dist.filename));
    let answer;
    try {
      answer = await fetchProvenance(url, deps);
    } catch (cause) {
      throw unverified(`Reading the provenance of ${dist.filename} from ${urls.label} failed: ${cause.message}`, "The index or the way to it failed: re-run the job; uploaded files are recognised and skipped.", cause);
    }
    if (answer.status !== 200) {
      throw unverified(
        `${urls.label} serves no provenance for ${dist.filename} (HTTP ${answer.status} at ${url.href}), although the file was uploaded with its attestation.`,
        "The index accepted the file but kept no attestation: it may not support PEP 740. Set `attestations: false` for an index without it."
      );
    }
    const problems = [];
    let found;
    try {
      const provenance = JSON.parse(answer.text);
      for (const candidate of (provenance.attestation_bundles ?? []).flatMap((b) => b.attestations ?? [])) {
        try {
          const verified = verifyAttestation(parseAttestation(candidate), {
            file: { filename: dist.filename, sha256: dist.sha256 },
            publisher: attested.publisher,
            trustedRoot: attested.trustedRoot
          });
          found = { filename: dist.filename, url: url.href, logIndex: verified.logIndex };
          break;
        } catch (e) {
          problems.push(e.message);
        }
      }
    } catch (e) {
      problems.push(`not JSON: ${e.message}`);
    }
    if (found === void 0) {
      throw unverified(
        `The provenance ${urls.label} serves for ${dist.filename} does not hold: no attestation in it is signed by ${describePublisher(attested.publisher)} for sha256 ${dist.sha256}.`,
        "Nothing further is released. Compare the provenance URL with the upload; re-run the job if the index was catching up.",
        void 0,
        problems
      );
    }
    deps.log.info(`${urls.label}: provenance of ${dist.filename} verified (${describePublisher(attested.publisher)}, Rekor log index ${found.logIndex}): ${url.href}`);
    out.push(found);
  }
  return out;
}
export {
  provenanceUrl,
  verifyProvenance
};
