// The legacy upload form for one file. Warehouse builds the release record
// (project page, JSON API, dependency data) from the form of the first file
// of a version and never reads it from the archive, so every field comes from
// the file's own METADATA / PKG-INFO: the wheel and the sdist then describe
// the release identically, whichever arrives first. Pure.
import type { Dist } from '../dists/dist.ts';
import type { CoreMetadata } from '../dists/metadata.ts';

export type FormField = readonly [name: string, value: string];

/**
 * Core metadata header (lower-cased) -> Warehouse's form name. The form names
 * are packaging's RawMetadata keys with Warehouse's renames (platforms ->
 * platform, license_files -> license_file, ...).
 */
const SINGLE: ReadonlyArray<readonly [header: string, form: string]> = [
  ['summary', 'summary'],
  ['description-content-type', 'description_content_type'],
  ['home-page', 'home_page'],
  ['download-url', 'download_url'],
  ['author', 'author'],
  ['author-email', 'author_email'],
  ['maintainer', 'maintainer'],
  ['maintainer-email', 'maintainer_email'],
  ['license', 'license'],
  ['license-expression', 'license_expression'],
  ['requires-python', 'requires_python'],
];

const MULTI: ReadonlyArray<readonly [header: string, form: string]> = [
  ['classifier', 'classifiers'],
  ['platform', 'platform'],
  ['supported-platform', 'supported_platform'],
  ['requires-dist', 'requires_dist'],
  ['provides-dist', 'provides_dist'],
  ['obsoletes-dist', 'obsoletes_dist'],
  ['requires-external', 'requires_external'],
  ['provides-extra', 'provides_extra'],
  // The header is already "Label, URL", the form's own spelling.
  ['project-url', 'project_urls'],
  ['license-file', 'license_file'],
  ['dynamic', 'dynamic'],
  ['requires', 'requires'],
  ['provides', 'provides'],
  ['obsoletes', 'obsoletes'],
  ['import-name', 'import_name'],
  ['import-namespace', 'import_namespace'],
];

/**
 * Every form field but the file part, in the order sent; multi-valued fields
 * repeat their name. Name and version are the Dist's (read from this very
 * file's metadata), so the form can never describe another release.
 */
export function uploadFormFields(dist: Dist): FormField[] {
  const meta = dist.metadata;
  const metadataVersion = first(meta, 'metadata-version') ?? '';
  const fields: FormField[] = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['filetype', dist.kind === 'sdist' ? 'sdist' : 'bdist_wheel'],
    ['pyversion', dist.pyversion],
    ['metadata_version', metadataVersion],
    ['name', dist.name],
    ['version', dist.version],
  ];

  for (const [header, form] of SINGLE) {
    // A repeated single-valued field is Warehouse's "'<field>' has invalid data": send the first, as written.
    const value = first(meta, header);
    if (value !== undefined) fields.push([form, value]);
  }

  const description = descriptionOf(meta);
  if (description !== undefined) fields.push(['description', description]);

  const keywords = keywordsOf(meta);
  if (keywords !== undefined) fields.push(['keywords', keywords]);

  // setuptools writes License-File under Metadata-Version 2.1; Warehouse rejects a field newer than
  // the declared version, and before 2.4 the field meant nothing anyway.
  const licenseFilesAllowed = versionAtLeast(metadataVersion, [2, 4]);
  for (const [header, form] of MULTI) {
    if (form === 'license_file' && !licenseFilesAllowed) continue;
    for (const value of values(meta, header)) fields.push([form, value]);
  }

  // One digest, as uv publish sends it: Warehouse verifies each one given and computes BLAKE2b
  // itself; the simple index lists sha256, which is what the later stages compare.
  fields.push(['sha256_digest', dist.sha256]);
  // PEP 740: a JSON list of attestation objects. Sent only with something in it: Warehouse refuses an empty list.
  if (dist.attestations !== undefined && dist.attestations.length > 0) fields.push(['attestations', JSON.stringify(dist.attestations)]);
  return fields;
}

/** Values Warehouse would keep: it drops 'UNKNOWN' (old setuptools' placeholder) and treats '' as absent. */
function values(meta: CoreMetadata, header: string): string[] {
  return (meta.headers[header] ?? []).filter((v) => v.trim() !== '' && v !== 'UNKNOWN');
}

function first(meta: CoreMetadata, header: string): string | undefined {
  return values(meta, header)[0];
}

/** From Metadata 2.1 the description is the body; older files put it in a Description header. */
function descriptionOf(meta: CoreMetadata): string | undefined {
  const body = meta.body;
  if (body !== undefined && body.trim() !== '' && body !== 'UNKNOWN') return body;
  return first(meta, 'description');
}

/**
 * Warehouse stores keywords as one comma-separated string. The header is
 * usually that already; the join also mends a file that repeats the header.
 */
function keywordsOf(meta: CoreMetadata): string | undefined {
  const all = values(meta, 'keywords');
  if (all.length === 0) return undefined;
  if (all.length === 1) return all[0];
  return all
    .flatMap((v) => v.split(','))
    .map((k) => k.trim())
    .filter((k) => k !== '')
    .join(',');
}

function versionAtLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj > major || (maj === major && min >= minor);
}
