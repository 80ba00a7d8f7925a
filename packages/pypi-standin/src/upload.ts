// Warehouse's upload checks of the request (warehouse/forklift/legacy.py `file_upload`,
// forms.py `UploadForm`, metadata.py, packaging's metadata.py), in Warehouse's
// order and with its messages, so the embedded index refuses what PyPI
// refuses and says so the way PyPI does. The numbers in comments are the rows
// of PROTOCOL.md section 3. Pure: the server hands in the parsed request, a
// view of what is stored and what it read from the archive. The checks of the
// file itself, against what the index holds, are in upload-file.ts.
import { timingSafeEqual } from 'node:crypto';
import { isValidProjectName, normalizeName } from '../../../src/dists/filename.ts';
import { normalize as normalizeVersion } from '../../../src/version/pep440.ts';
import {
  CORE_METADATA_URL,
  type FieldError,
  type Form,
  isMetadataField,
  metadataErrorMessage,
  parseFormMetadata,
  pickError,
  validateCoreMetadata,
  validateForPyPI,
} from './form-metadata.ts';
import { pyLen, pyRepr } from './python-text.ts';

export interface Rejection {
  ok: false;
  status: number;
  message: string;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface Digests {
  md5: string;
  sha256: string;
  blake2_256: string;
}

export interface ReceivedFile {
  /** The `filename` of the `content` part, as sent. */
  filename: string;
  contentType: string;
  /** Bytes received, also when more than were kept. */
  size: number;
  /** Hex digests of the bytes; undefined when the body went over the size limit and was not kept. */
  digests: Digests | undefined;
}

/** A multipart upload as received, before any check. */
export interface UploadRequest {
  /** Text parts in order; a repeated name repeats. */
  fields: ReadonlyArray<readonly [string, string]>;
  /** Names of parts other than `content` that arrived as files. */
  fileFields: readonly string[];
  content: ReceivedFile | undefined;
  /** `:action` from the query string, which Warehouse honours as well as the form's. */
  queryAction: string | undefined;
  credentials: Credentials | undefined;
}

export type Filetype = 'sdist' | 'bdist_wheel';

/** An upload whose form passed every check that needs no file and no index. */
export interface CheckedForm {
  ok: true;
  /** The project name as sent (Warehouse renames the project to it). */
  name: string;
  normalizedName: string;
  /** The canonical version, `str(Version)`: what Warehouse stores. */
  version: string;
  filetype: Filetype;
  pyversion: string;
  comment: string | undefined;
  /** The digests the client sent, lower-cased. */
  digests: Partial<Digests>;
  /** Core metadata fields by form name, for the release record. */
  metadata: Record<string, string[]>;
  requiresPython: string | undefined;
  licenseFiles: string[];
  content: ReceivedFile;
}

export const HELP = 'https://pypi.org/help/';
export const MIB = 1024 * 1024;

export function reject(status: number, message: string): Rejection {
  return { ok: false, status, message };
}

// ---------------------------------------------------------------------------
// Authentication (decorators.py, accounts/security_policy.py)

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Which projects a password may upload to: every one (the index's API token),
 * one (a token minted by trusted publishing), or none (undefined).
 */
export type Authenticate = (password: string) => { project: string | undefined } | undefined;

/**
 * `username` is `__token__` on PyPI, which refuses any other name; another
 * makes the index take that account and its password instead, as most
 * private indexes do (devpi, pypiserver, Artifactory, Nexus).
 */
export function checkCredentials(
  credentials: Credentials | undefined,
  token: string | Authenticate,
  username = '__token__',
): Rejection | { project: string | undefined } {
  if (username !== '__token__' && credentials?.username !== username) {
    return reject(403, `Invalid or non-existent authentication information. See ${HELP}#invalid-auth for more information.`);
  }
  if (credentials && credentials.username !== username) {
    return reject(
      403,
      'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. ' +
        `See ${HELP}#apitoken and ${HELP}#trusted-publishers`,
    );
  }
  const scope = !credentials ? undefined
    : typeof token === 'string' ? (sameSecret(credentials.password, token) ? { project: undefined } : undefined)
      : token(credentials.password);
  if (!scope) {
    // #2: a token that does not verify (or has expired) leaves the request without an identity.
    return reject(403, `Invalid or non-existent authentication information. See ${HELP}#invalid-auth for more information.`);
  }
  return scope;
}

// ---------------------------------------------------------------------------
// The form

/** legacy.py's clean-up: distutils' `UNKNOWN` placeholders go, NULs are escaped. */
function sanitize(fields: UploadRequest['fields']): Form {
  const form: Form = new Map();
  for (const [key, value] of fields) {
    if (value.trim() === 'UNKNOWN') continue;
    const values = form.get(key) ?? [];
    values.push(value.replaceAll('\x00', '\\x00'));
    form.set(key, values);
  }
  return form;
}

/** WebOb's `MultiDict.get`: the last value. */
function last(form: Form, key: string): string | undefined {
  return form.get(key)?.at(-1);
}

/** WTForms' StringField: the first value. */
function first(form: Form, key: string): string | undefined {
  return form.get(key)?.[0];
}

/** forms.py `UploadForm`: the fields Warehouse reads before the metadata (#4-#6). */
function checkUploadForm(form: Form): Rejection | undefined {
  const errors: FieldError[] = [];
  const present = (key: string): string | undefined => {
    const value = first(form, key);
    return value !== undefined && value.trim() !== '' ? value : undefined;
  };

  const name = first(form, 'name');
  if (!name) errors.push({ field: 'name', message: 'This field is required.' });
  else if (!isValidProjectName(name)) {
    errors.push({ field: 'name', message: "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'." });
  }
  const filetype = first(form, 'filetype');
  if (!filetype) errors.push({ field: 'filetype', message: 'This field is required.' });
  else if (filetype !== 'sdist' && filetype !== 'bdist_wheel') errors.push({ field: 'filetype', message: 'Use a known file type.' });
  const sha256 = present('sha256_digest');
  if (sha256 !== undefined && !/^[A-F0-9]{64}$/i.test(sha256)) {
    errors.push({ field: 'sha256_digest', message: 'Use a valid, hex-encoded, SHA256 message digest.' });
  }
  const blake2 = present('blake2_256_digest');
  if (blake2 !== undefined && !/^[A-F0-9]{64}$/i.test(blake2)) {
    errors.push({ field: 'blake2_256_digest', message: 'Use a valid, hex-encoded, BLAKE2 message digest.' });
  }

  // The checks across fields run only once every field is valid on its own.
  if (errors.length === 0) {
    const pyversion = first(form, 'pyversion');
    if (filetype !== 'sdist' && !pyversion) {
      errors.push({ field: 'pyversion', message: 'Python version is required for binary distribution uploads.' });
    } else if (filetype === 'sdist' && pyversion && pyversion !== 'source') {
      errors.push({ field: 'pyversion', message: "Use 'source' as Python version for an sdist." });
    } else if (!first(form, 'md5_digest') && !first(form, 'sha256_digest') && !first(form, 'blake2_256_digest')) {
      errors.push({ field: null, message: 'Include at least one message digest.' });
    }
  }
  if (errors.length === 0) return undefined;

  const error = pickError(errors);
  if (error.field === 'name') {
    // Only `name` carries a description in UploadForm, hence the longer message.
    const value = name ?? '';
    const shown = pyLen(value) > 60 ? `${[...value].slice(0, 30).join('')}...${[...value].slice(-30).join('')}` : value;
    return reject(
      400,
      `${pyRepr(shown)} is an invalid value for Name. Error: ${error.message} See ${CORE_METADATA_URL} for more information.`,
    );
  }
  if (error.field === null) return reject(400, `Error: ${error.message}`);
  return reject(400, `Invalid value for ${error.field}. Error: ${error.message}`);
}

/**
 * Everything Warehouse checks before it looks at the file or the index: the
 * action, the credentials, the protocol, the form and the metadata, and that
 * a file was sent at all (#1-#19). Returns the first failure, as Warehouse does.
 */
export function checkUploadRequest(request: UploadRequest, token: string | Authenticate, username?: string): Rejection | CheckedForm {
  // action_routing.py dispatches on `:action` before any view runs.
  const action = request.fields.find(([key]) => key === ':action')?.[1] ?? request.queryAction;
  if (action === 'submit' || action === 'submit_pkg_info') {
    return reject(410, 'Project pre-registration is no longer required or supported, upload your files instead.');
  }
  if (action === 'doc_upload') {
    return reject(410, 'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.');
  }
  if (action !== 'file_upload') return reject(404, 'The resource could not be found.');

  const scope = checkCredentials(request.credentials, token, username);
  if ('ok' in scope) return scope;

  const form = sanitize(request.fields);
  // #3
  if ((last(form, 'protocol_version') ?? '1') !== '1') return reject(400, 'Unknown protocol version.');
  // A field sent as a file part (twine once did this with tuples).
  const tuple = request.fileFields.find((f) => f !== 'content' && f !== 'gpg_signature');
  if (tuple !== undefined) return reject(400, `${tuple}: Should not be a tuple.`);
  // #4-#6
  const formError = checkUploadForm(form);
  if (formError) return formError;
  // #7-#18: the form is the metadata ("TODO: extract this data out of the artifact").
  const parsed = parseFormMetadata(form);
  if (Array.isArray(parsed)) return reject(400, metadataErrorMessage(parsed));
  const standard = validateCoreMetadata(parsed);
  if (standard.length > 0) return reject(400, metadataErrorMessage(standard));
  const pypi = validateForPyPI(parsed);
  if (pypi.length > 0) return reject(400, metadataErrorMessage(pypi));
  // #19
  if (!request.content) return reject(400, 'Upload payload does not have a file.');

  const name = parsed.strings.get('name')!;
  // A trusted publisher's token is for its own project (legacy.py's upload permission check).
  if (scope.project !== undefined && scope.project !== normalizeName(name)) {
    return reject(403, `The given token isn't allowed to upload to project '${name}'. See ${HELP}#project-name for more information.`);
  }
  const filetype = first(form, 'filetype') as Filetype;
  const metadata: Record<string, string[]> = {};
  for (const [key, values] of form) if (isMetadataField(key)) metadata[key] = values;
  const digests: Partial<Digests> = {};
  for (const kind of ['md5', 'sha256', 'blake2_256'] as const) {
    const value = first(form, `${kind}_digest`);
    if (value) digests[kind] = value.toLowerCase();
  }
  return {
    ok: true,
    name,
    normalizedName: normalizeName(name),
    version: normalizeVersion(parsed.strings.get('version')!)!,
    filetype,
    pyversion: first(form, 'pyversion') || 'source',
    comment: first(form, 'comment'),
    digests,
    metadata,
    requiresPython: parsed.strings.get('requires_python'),
    licenseFiles: parsed.lists.get('license_file') ?? [],
    content: request.content,
  };
}

// ---------------------------------------------------------------------------
// The file, against the index
