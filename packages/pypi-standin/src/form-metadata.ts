// Core metadata as Warehouse reads it from the upload form (forklift/metadata.py
// `parse_form_metadata` and `_validate_metadata`, over packaging.metadata's
// `Metadata.from_raw`): which fields exist, since which Metadata-Version, and
// the rules each must pass, with the texts of those errors. Pure.
import { validRange } from '@renovatebot/pep440';
import { isValidProjectName } from '../../../src/dists/filename.ts';
import { isValid as isValidVersion, localSegment, normalize as normalizeVersion } from '../../../src/version/pep440.ts';
import { pyLen, pyList, pyRepr } from './python-text.ts';

export const CORE_METADATA_URL = 'https://packaging.python.org/specifications/core-metadata';
const LOCAL_VERSION_URL = 'https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers';

/** The form as WebOb keeps it: every value of every key, in order. */
export type Form = Map<string, string[]>;

export interface FieldError {
  /** The field the error is about (a header name for metadata errors); null for the whole form. */
  field: string | null;
  message: string;
}

/** legacy.py asks for these first: they "tend to influence all of the other errors". */
const ERROR_ORDER = ['metadata-version', 'name', 'version'];

export function pickError(errors: FieldError[]): FieldError {
  const byField = new Map<string | null, FieldError>();
  for (const e of errors) if (!byField.has(e.field)) byField.set(e.field, e);
  for (const field of ERROR_ORDER) {
    const e = byField.get(field);
    if (e) return e;
  }
  const fields = [...byField.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return byField.get(fields[0] ?? null) ?? errors[0]!;
}

type MetadataVersion = '1.0' | '1.1' | '1.2' | '2.1' | '2.2' | '2.3' | '2.4' | '2.5';
const METADATA_VERSIONS: readonly MetadataVersion[] = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];

interface FieldSpec {
  /** packaging's RawMetadata key. */
  raw: string;
  /** The header name, which keys packaging's errors. */
  email: string;
  added: MetadataVersion;
  kind: 'string' | 'list' | 'keywords' | 'project_urls';
}

// Keyed by form name; Warehouse renames five RawMetadata keys for the form.
const FIELDS: Record<string, FieldSpec> = {
  metadata_version: { raw: 'metadata_version', email: 'metadata-version', added: '1.0', kind: 'string' },
  name: { raw: 'name', email: 'name', added: '1.0', kind: 'string' },
  version: { raw: 'version', email: 'version', added: '1.0', kind: 'string' },
  platform: { raw: 'platforms', email: 'platform', added: '1.0', kind: 'list' },
  summary: { raw: 'summary', email: 'summary', added: '1.0', kind: 'string' },
  description: { raw: 'description', email: 'description', added: '1.0', kind: 'string' },
  keywords: { raw: 'keywords', email: 'keywords', added: '1.0', kind: 'keywords' },
  home_page: { raw: 'home_page', email: 'home-page', added: '1.0', kind: 'string' },
  author: { raw: 'author', email: 'author', added: '1.0', kind: 'string' },
  author_email: { raw: 'author_email', email: 'author-email', added: '1.0', kind: 'string' },
  license: { raw: 'license', email: 'license', added: '1.0', kind: 'string' },
  supported_platform: { raw: 'supported_platforms', email: 'supported-platform', added: '1.1', kind: 'list' },
  download_url: { raw: 'download_url', email: 'download-url', added: '1.1', kind: 'string' },
  classifiers: { raw: 'classifiers', email: 'classifier', added: '1.1', kind: 'list' },
  requires: { raw: 'requires', email: 'requires', added: '1.1', kind: 'list' },
  provides: { raw: 'provides', email: 'provides', added: '1.1', kind: 'list' },
  obsoletes: { raw: 'obsoletes', email: 'obsoletes', added: '1.1', kind: 'list' },
  maintainer: { raw: 'maintainer', email: 'maintainer', added: '1.2', kind: 'string' },
  maintainer_email: { raw: 'maintainer_email', email: 'maintainer-email', added: '1.2', kind: 'string' },
  requires_dist: { raw: 'requires_dist', email: 'requires-dist', added: '1.2', kind: 'list' },
  provides_dist: { raw: 'provides_dist', email: 'provides-dist', added: '1.2', kind: 'list' },
  obsoletes_dist: { raw: 'obsoletes_dist', email: 'obsoletes-dist', added: '1.2', kind: 'list' },
  requires_python: { raw: 'requires_python', email: 'requires-python', added: '1.2', kind: 'string' },
  requires_external: { raw: 'requires_external', email: 'requires-external', added: '1.2', kind: 'list' },
  project_urls: { raw: 'project_urls', email: 'project-url', added: '1.2', kind: 'project_urls' },
  description_content_type: { raw: 'description_content_type', email: 'description-content-type', added: '2.1', kind: 'string' },
  provides_extra: { raw: 'provides_extra', email: 'provides-extra', added: '2.1', kind: 'list' },
  dynamic: { raw: 'dynamic', email: 'dynamic', added: '2.2', kind: 'list' },
  license_expression: { raw: 'license_expression', email: 'license-expression', added: '2.4', kind: 'string' },
  license_file: { raw: 'license_files', email: 'license-file', added: '2.4', kind: 'list' },
  import_name: { raw: 'import_names', email: 'import-name', added: '2.5', kind: 'list' },
  import_namespace: { raw: 'import_namespaces', email: 'import-namespace', added: '2.5', kind: 'list' },
};

const EMAIL_NAMES = new Set(Object.values(FIELDS).map((f) => f.email));

// forklift/metadata.py DYNAMIC_FIELDS, lower-cased.
const WAREHOUSE_DYNAMIC = new Set(
  [
    'platform', 'supported-platform', 'summary', 'description', 'description-content-type', 'keywords', 'home-page',
    'download-url', 'author', 'author-email', 'maintainer', 'maintainer-email', 'license', 'license-expression',
    'license-file', 'classifier', 'requires-dist', 'requires-python', 'requires-external', 'project-url',
    'provides-extra', 'provides-dist', 'obsoletes-dist', 'requires', 'provides', 'obsoletes', 'import-name',
    'import-namespace',
  ],
);

export interface Metadata {
  /** String fields by form name. */
  strings: Map<string, string>;
  /** List fields (and keywords) by form name. */
  lists: Map<string, string[]>;
  projectUrls: Array<[string, string]>;
}

/** `parse_form_metadata`: strings must come once; anything unparsable is an error of its own. */
export function parseFormMetadata(form: Form): Metadata | FieldError[] {
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const projectUrls: Array<[string, string]> = [];
  const unparsed: FieldError[] = [];
  for (const [key, values] of form) {
    const spec = FIELDS[key];
    if (!spec) continue;
    // A lone empty string means "not provided".
    if (values.length === 1 && values[0] === '') continue;
    if (spec.kind === 'string' && values.length === 1) strings.set(key, values[0]!);
    else if (spec.kind === 'list') lists.set(key, values);
    else if (spec.kind === 'keywords' && values.length === 1) lists.set(key, values[0]!.split(',').map((k) => k.trim()));
    else if (spec.kind === 'project_urls') {
      const labels = new Set<string>();
      let duplicate = false;
      for (const pair of values) {
        const comma = pair.indexOf(',');
        const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
        const url = (comma < 0 ? '' : pair.slice(comma + 1)).trim();
        if (labels.has(label)) duplicate = true;
        labels.add(label);
        projectUrls.push([label, url]);
      }
      if (duplicate) unparsed.push({ field: key, message: `${pyRepr(key)} has invalid data` });
    } else unparsed.push({ field: key, message: `${pyRepr(key)} has invalid data` });
  }
  return unparsed.length > 0 ? unparsed : { strings, lists, projectUrls };
}

const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];

export function checkDescriptionContentType(value: string): string | undefined {
  const [typePart = '', ...paramParts] = value.split(';');
  let contentType = typePart.trim().toLowerCase();
  // The email package falls back to text/plain on a malformed type.
  if (!/^[^\s/]+\/[^\s/]+$/.test(contentType)) contentType = 'text/plain';
  if (!CONTENT_TYPES.includes(contentType) || !value.toLowerCase().includes(contentType)) {
    return `'description-content-type' must be one of ${pyList(CONTENT_TYPES)}, not ${pyRepr(value)}`;
  }
  const params = new Map<string, string>();
  for (const part of paramParts) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  const charset = params.get('charset') ?? 'UTF-8';
  if (charset !== 'UTF-8') {
    // packaging prints list(charset): its characters, one by one.
    return `'description-content-type' can only specify the UTF-8 charset, not ${pyList([...charset])}`;
  }
  const variant = params.get('variant') ?? 'GFM';
  if (contentType === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
    return `valid Markdown variants for 'description-content-type' are ${pyList(MARKDOWN_VARIANTS)}, not ${pyRepr(variant)}`;
  }
  return undefined;
}

/** packaging's `Metadata.from_raw(validate=True)`: every present field plus the required ones (#7, #8, #10-#12, #17). */
export function validateCoreMetadata(meta: Metadata): FieldError[] {
  const errors: FieldError[] = [];
  const mv = meta.strings.get('metadata_version');
  const metadataVersion = METADATA_VERSIONS.find((v) => v === mv);
  if (!metadataVersion) {
    errors.push({ field: 'metadata-version', message: `${mv === undefined ? 'None' : pyRepr(mv)} is not a valid metadata version` });
  }
  const keys = new Set<string>([...meta.strings.keys(), ...meta.lists.keys(), 'name', 'version']);
  if (meta.projectUrls.length > 0) keys.add('project_urls');
  keys.delete('metadata_version');
  for (const key of keys) {
    const spec = FIELDS[key]!;
    if (metadataVersion && METADATA_VERSIONS.indexOf(spec.added) > METADATA_VERSIONS.indexOf(metadataVersion)) {
      errors.push({ field: spec.email, message: `${spec.email} introduced in metadata version ${spec.added}, not ${metadataVersion}` });
      continue;
    }
    const value = meta.strings.get(key);
    const field = pyRepr(spec.email);
    switch (key) {
      case 'name':
        if (!value) errors.push({ field: 'name', message: `${field} is a required field` });
        else if (!isValidProjectName(value)) errors.push({ field: 'name', message: `${pyRepr(value)} is invalid for ${field}` });
        break;
      case 'version':
        if (!value) errors.push({ field: 'version', message: `${field} is a required field` });
        else if (!isValidVersion(value)) errors.push({ field: 'version', message: `${pyRepr(value)} is invalid for ${field}` });
        break;
      case 'summary':
        if (value?.includes('\n')) errors.push({ field: 'summary', message: `${field} must be a single line` });
        break;
      case 'description_content_type': {
        const problem = value === undefined ? undefined : checkDescriptionContentType(value);
        if (problem) errors.push({ field: spec.email, message: problem });
        break;
      }
      case 'requires_python':
        if (value !== undefined && !validRange(value)) {
          errors.push({ field: spec.email, message: `${pyRepr(value)} is invalid for ${field}` });
        }
        break;
      case 'dynamic':
        for (const entry of (meta.lists.get(key) ?? []).map((d) => d.toLowerCase())) {
          if (entry === 'name' || entry === 'version' || entry === 'metadata-version') {
            errors.push({ field: 'dynamic', message: `${pyRepr(entry)} is not allowed as a dynamic field` });
            break;
          } else if (!EMAIL_NAMES.has(entry)) {
            errors.push({ field: 'dynamic', message: `${pyRepr(entry)} is not a valid dynamic field` });
            break;
          }
        }
        break;
    }
  }
  return errors;
}

function isValidUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

// A PEP 508 requirement with a URL: `name [extras] @ url [; marker]`.
const DIRECT_REFERENCE = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*@\s*(\S+)\s*(?:;\s*(.*?))?\s*$/;

/** packaging's `str(Requirement)` for a direct reference, as Warehouse quotes it (approximate for markers). */
function formatDirectReference(match: RegExpExecArray): string {
  const [, name = '', extras, url = '', marker] = match;
  const extraList = extras?.split(',').map((e) => e.trim()).filter(Boolean).sort() ?? [];
  return `${name}${extraList.length ? `[${extraList.join(',')}]` : ''}@ ${url}${marker ? ` ; ${marker}` : ''}`;
}

/** forklift/metadata.py `_validate_metadata`: PyPI's own rules on top of the standard (#9, #11, #15-#18). */
export function validateForPyPI(meta: Metadata): FieldError[] {
  const errors: FieldError[] = [];
  const version = meta.strings.get('version') ?? '';
  if (localSegment(version) !== null) {
    errors.push({ field: 'version', message: `The use of local versions in '${normalizeVersion(version)}' is not allowed.` });
  }
  const summary = meta.strings.get('summary');
  if (summary !== undefined && pyLen(summary) > 512) {
    errors.push({ field: 'summary', message: "'summary' field must be 512 characters or less." });
  }
  for (const key of ['home_page', 'download_url']) {
    const url = meta.strings.get(key);
    if (url !== undefined && !isValidUrl(url)) errors.push({ field: FIELDS[key]!.email, message: `${pyRepr(url)} is not a valid url.` });
  }
  for (const [label, url] of meta.projectUrls) {
    if (!label) errors.push({ field: 'project-url', message: 'Must have a label' });
    else if (pyLen(label) > 32) errors.push({ field: 'project-url', message: `${pyRepr(label)} must be 32 characters or less.` });
    else if (!url) errors.push({ field: 'project-url', message: 'Must have a URL' });
    else if (!isValidUrl(url)) errors.push({ field: 'project-url', message: `${pyRepr(url)} is not a valid url` });
  }
  for (const key of ['requires_dist', 'provides_dist', 'obsoletes_dist']) {
    for (const requirement of meta.lists.get(key) ?? []) {
      const match = DIRECT_REFERENCE.exec(requirement);
      if (!match) continue;
      const shown = key === 'requires_dist' ? formatDirectReference(match) : pyRepr(requirement);
      errors.push({ field: FIELDS[key]!.email, message: `Can't have direct dependency: ${shown}` });
    }
  }
  for (const entry of meta.lists.get('dynamic') ?? []) {
    if (!WAREHOUSE_DYNAMIC.has(entry.toLowerCase())) {
      errors.push({ field: 'dynamic', message: `Dynamic field ${pyRepr(entry.toLowerCase())} is not a valid dynamic field.` });
    }
  }
  if (meta.strings.get('license') && meta.strings.get('license_expression')) {
    errors.push({
      field: 'license',
      message: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
    });
  }
  return errors;
}

/** The one error Warehouse reports out of many, with its "See ..." pointer. */
export function metadataErrorMessage(errors: FieldError[]): string {
  const error = pickError(errors);
  const local = error.field === 'version' && errors.some((e) => e.field === 'version' && e.message.includes('use of local versions'));
  const text = error.message.endsWith('.') ? error.message : `${error.message}.`;
  return `${text} See ${local ? LOCAL_VERSION_URL : CORE_METADATA_URL} for more information.`;
}

/** Whether a form field is core metadata (kept for the release record). */
export function isMetadataField(key: string): boolean {
  return Object.hasOwn(FIELDS, key);
}
