// The in-toto statement of a PyPI publish attestation: what is signed. It binds
// one file name to one sha256 and nothing else (no index, no repository), so
// one attestation per file is valid on every index that trusts its signer.
import { filenameName, parseDistFilename } from '../dists/filename.ts';
import { normalize as normalizeVersion } from '../version/pep440.ts';
import { AttestationError } from './errors.ts';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PUBLISH_PREDICATE = 'https://docs.pypi.org/attestations/publish/v1';

/** A distribution as an attestation names it: its file name and the hex sha256 of its bytes. */
export interface AttestedFile {
  filename: string;
  sha256: string;
}

/**
 * The statement for one file, as pypi-attestations writes it: one subject,
 * the publish predicate type, no predicate (PyPI's object for
 * sampleproject-3.0.0 carries `"predicate": null`).
 */
export function publishStatement(file: AttestedFile): Buffer {
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: file.filename, digest: { sha256: file.sha256 } }],
    predicateType: PUBLISH_PREDICATE,
    predicate: null,
  };
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

/**
 * pypi-attestations' "ultranormalized" file name: name and version
 * normalized, compressed tag sets sorted. Both sides are compared in this form
 * because a signer may have written the subject differently from the index.
 */
export function ultranormalizeFilename(filename: string): string {
  const parsed = parseDistFilename(filename);
  if ('error' in parsed) throw new AttestationError('SUBJECT', `invalid subject: ${parsed.error}`);
  const name = filenameName(parsed.name);
  const version = normalizeVersion(parsed.version);
  if (version === null) throw new AttestationError('SUBJECT', `invalid subject: invalid version ${parsed.version} in ${filename}`);
  if (parsed.kind === 'sdist') return `${name}-${version}.tar.gz`;
  const sorted = (tags: string[]) => [...new Set(tags)].sort().join('.');
  const build = parsed.build === undefined ? [] : [parsed.build];
  return `${[name, version, ...build, sorted(parsed.pythonTags), sorted(parsed.abiTags), sorted(parsed.platformTags)].join('-')}.whl`;
}

/**
 * Checks that a verified payload is a publish statement for exactly this file,
 * by pypi-attestations' rules (`Attestation.verify`), and returns its
 * predicate type.
 */
export function checkStatement(payload: Buffer, file: AttestedFile, predicateTypes: readonly string[] = [PUBLISH_PREDICATE]): string {
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new AttestationError('MALFORMED', 'invalid statement: not JSON');
  }
  const s = statement as { _type?: unknown; subject?: unknown; predicateType?: unknown };
  if (typeof statement !== 'object' || statement === null || s._type !== STATEMENT_TYPE) {
    throw new AttestationError('MALFORMED', `invalid statement: _type is not ${STATEMENT_TYPE}`);
  }
  if (!Array.isArray(s.subject) || s.subject.length !== 1) {
    throw new AttestationError('SUBJECT', 'too many subjects in statement (must be exactly one)');
  }
  const subject = s.subject[0] as { name?: unknown; digest?: { sha256?: unknown } } | null;
  if (typeof subject?.name !== 'string' || subject.name === '') throw new AttestationError('SUBJECT', 'invalid subject: missing name');
  const subjectName = ultranormalizeFilename(subject.name);
  const fileName = ultranormalizeFilename(file.filename);
  if (subjectName !== fileName) {
    throw new AttestationError('SUBJECT', `subject does not match distribution name: ${subjectName} != ${fileName}`);
  }
  if (subject.digest?.sha256 !== file.sha256.toLowerCase()) {
    throw new AttestationError('SUBJECT', 'subject does not match distribution digest');
  }
  if (typeof s.predicateType !== 'string' || !predicateTypes.includes(s.predicateType)) {
    throw new AttestationError('PREDICATE', `unknown attestation type: ${String(s.predicateType)}`);
  }
  return s.predicateType;
}
