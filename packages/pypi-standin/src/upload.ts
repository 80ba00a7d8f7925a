// Warehouse's upload checks (warehouse/forklift/legacy.py `file_upload`,
// forms.py `UploadForm`, metadata.py, packaging's metadata.py), in Warehouse's
// order and with its messages, so the embedded index refuses what PyPI
// refuses and says so the way PyPI does. The numbers in comments are the rows
// of PROTOCOL.md section 3. Pure: the server hands in the parsed request, a
// view of what is stored and what it read from the archive.
import { timingSafeEqual } from 'node:crypto';
import { explain } from '@renovatebot/pep440';
import {
  filenameName,
  isPyPIPlatformTag,
  isValidProjectName,
  normalizeName,
  parseDistFilename,
  sdistFilename,
  wheelDistInfoDir,
} from '../../../src/dists/filename.ts';
import { equal as versionsEqual, isValid as isValidVersion, normalize as normalizeVersion } from '../../../src/version/pep440.ts';
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

const HELP = 'https://pypi.org/help/';
const MIB = 1024 * 1024;

function reject(status: number, message: string): Rejection {
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

export interface StoredFileView {
  filename: string;
  sha256: string;
  blake2_256: string;
}

export interface ReleaseView {
  created: Date;
  hasSdist: boolean;
}

/** What the checks need to know about the index. */
export interface IndexView {
  /** A stored file with this filename or, failing that, with this BLAKE2b-256 digest. */
  findFile(filename: string, blake2_256: string): StoredFileView | undefined;
  /** The release of this project whose version equals `version` under PEP 440. */
  findRelease(normalizedName: string, version: string): ReleaseView | undefined;
}

/** What the server read from the uploaded archive. */
export interface ArchiveInfo {
  isZip: boolean;
  isTar: boolean;
  /** Member names of the archive of the file's own kind; undefined when it could not be read to the end. */
  names: string[] | undefined;
  /** A zip member stored with a method other than stored or deflate. */
  unsupportedCompression: boolean;
  /** Sum of the zip members' uncompressed sizes. */
  uncompressedSize: number;
}

export interface FileLimits {
  maxFileSize: number;
}

export interface NewFile {
  filename: string;
  packagetype: Filetype;
  pythonVersion: string;
  size: number;
  digests: Digests;
  comment: string | undefined;
}

export type FileVerdict = Rejection | { ok: true; duplicate: true } | { ok: true; duplicate: false; file: NewFile };

const DAY_MS = 24 * 60 * 60 * 1000;
const COMPRESSION_RATIO_MIN_SIZE = 64 * MIB;
const COMPRESSION_RATIO_THRESHOLD = 50;

const EXTENSIONS: Record<Filetype, readonly string[]> = { sdist: ['.zip', '.tar.gz'], bdist_wheel: ['.whl'] };

/** `os.path.commonpath`, which ignores empty and `.` components. */
function commonPath(names: readonly string[]): string {
  if (names.length === 0) return '';
  const split = names.map((n) => n.split('/').filter((c) => c !== '' && c !== '.'));
  const firstParts = split[0]!;
  let length = firstParts.length;
  for (const parts of split) {
    let i = 0;
    while (i < length && i < parts.length && parts[i] === firstParts[i]) i++;
    length = i;
  }
  const prefix = firstParts.slice(0, length).join('/');
  return names[0]!.startsWith('/') ? `/${prefix}` : prefix;
}

function memberNames(names: readonly string[]): Set<string> {
  return new Set(names.map((n) => n.replace(/^(\.\/)+/, '').replace(/\/+$/, '')));
}

/** legacy.py `_is_valid_dist_file`: the reason text after "Invalid distribution file." (#34), or undefined when valid. */
function distFileProblem(filename: string, size: number, archive: ArchiveInfo): string | undefined {
  if (archive.isZip && archive.isTar) return 'File is both a zip and a tar file';
  if (filename.endsWith('.zip') || filename.endsWith('.whl')) {
    if (!archive.isZip) return 'File is not a zipfile';
    // A zip that lists but does not read through: Warehouse has no message for it.
    if (!archive.names) return 'None';
    if (archive.uncompressedSize > COMPRESSION_RATIO_MIN_SIZE && archive.uncompressedSize / size > COMPRESSION_RATIO_THRESHOLD) {
      return `File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`;
    }
    if (archive.unsupportedCompression) return 'File does not use a supported compression type';
    const names = memberNames(archive.names);
    if (filename.endsWith('.zip')) {
      const top = commonPath(archive.names);
      if (top === '' || top === '.' || top === '/') return 'Incorrect number of top-level directories in sdist';
      if (!names.has(`${top}/PKG-INFO`)) return `PKG-INFO not found at ${top}/PKG-INFO`;
    } else {
      const distInfo = wheelDistInfoDir(filename);
      if (distInfo === undefined) return 'Unable to parse name and version from wheel filename';
      const target = `${distInfo}/WHEEL`;
      if (!names.has(target)) return `WHEEL not found at ${target}`;
    }
  } else if (filename.endsWith('.tar.gz')) {
    if (!archive.isTar) return 'File is not a tarfile';
    if (!archive.names) return 'None';
    const top = commonPath(archive.names);
    if (top === '' || top === '.' || top === '/') return 'Incorrect number of top-level directories in sdist';
    if (!memberNames(archive.names).has(`${top}/PKG-INFO`)) return `PKG-INFO not found at ${top}/PKG-INFO`;
  }
  return undefined;
}

/** packaging.utils.parse_wheel_filename's complaint, in its words (#38), or undefined. */
function wheelFilenameProblem(filename: string): string | undefined {
  const stem = filename.slice(0, -'.whl'.length);
  const dashes = stem.split('-').length - 1;
  if (dashes !== 4 && dashes !== 5) return `Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}`;
  const parts = stem.split('-');
  const namePart = parts[0]!;
  if (namePart.includes('__') || !/^[\p{L}\p{N}_.]*$/u.test(namePart)) return `Invalid project name: ${pyRepr(stem)}`;
  if (!isValidVersion(parts[1]!)) return `Invalid wheel filename (invalid version): ${pyRepr(stem)}`;
  if (dashes === 5 && !/^\d+/.test(parts[2]!)) return `Invalid build number: ${parts[2]} in ${pyRepr(stem)}`;
  return undefined;
}

function isPostRelease(version: string): boolean {
  return explain(version)?.is_postrelease ?? false;
}

/**
 * Warehouse's checks of the uploaded file against the form and the index,
 * in its order (#25-#44 where they apply): a rejection, an identical
 * re-upload (200, nothing changes), or the file to store.
 */
export function checkFile(form: CheckedForm, index: IndexView, archive: ArchiveInfo | undefined, limits: FileLimits, now: Date): FileVerdict {
  const { filename, contentType, size } = form.content;
  const projectName = form.name;

  // #25: the object store refuses these, and nobody needs them.
  if ([...filename].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)) {
    return reject(400, 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
  }
  if (filename.includes('/') || filename.includes('\\')) return reject(400, "Cannot upload a file with '/' or '\\' in the name.");
  // #26 (PEP 527)
  const ext = /^.+?(\.(tar\.gz|zip|whl))$/is.exec(filename)?.[1];
  if (ext === undefined) {
    return reject(
      400,
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
    );
  }
  if (!EXTENSIONS[form.filetype].includes(ext)) {
    return reject(
      400,
      `Invalid file extension: Extension ${ext} is invalid for filetype ${form.filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`,
    );
  }
  // #27
  if (!contentType || contentType.startsWith('image/')) return reject(400, 'Invalid distribution file.');
  // #28
  if (size > limits.maxFileSize || !form.content.digests) {
    return reject(
      400,
      `File too large. Limit for project ${pyRepr(projectName)} is ${Math.floor(limits.maxFileSize / MIB)} MB. ` +
        'See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.',
    );
  }
  const digests = form.content.digests;
  // #29: every digest sent must match.
  for (const kind of ['md5', 'sha256', 'blake2_256'] as const) {
    const sent = form.digests[kind];
    if (sent !== undefined && sent !== digests[kind]) {
      return reject(400, 'The digest supplied does not match a digest calculated from the uploaded file.');
    }
  }
  // #30: same filename or same bytes; only the very same file is a no-op.
  const existing = index.findFile(filename, digests.blake2_256);
  if (existing) {
    if (existing.filename === filename && existing.sha256 === digests.sha256 && existing.blake2_256 === digests.blake2_256) {
      return { ok: true, duplicate: true };
    }
    // twine's --skip-existing matches "File already exists": keep the words.
    return reject(
      400,
      `File already exists (${pyRepr(filename)}, with blake2_256 hash ${pyRepr(digests.blake2_256)}). See ${HELP}#file-name-reuse for more information.`,
    );
  }
  const release = index.findRelease(form.normalizedName, form.version);
  // #32: an old release cannot grow new files (PyPI, July 2026).
  if (release && now.getTime() - release.created.getTime() > 14 * DAY_MS) {
    return reject(400, 'Uploading new files to releases older than 14 days is not allowed.');
  }
  // #33
  if (form.filetype === 'sdist' && release?.hasSdist) return reject(400, 'Only one sdist may be uploaded per release.');
  // #34
  if (archive) {
    const problem = distFileProblem(filename, size, archive);
    if (problem !== undefined) return reject(400, `Invalid distribution file. ${problem}`);
  }
  const names = memberNames(archive?.names ?? []);

  if (form.filetype === 'sdist') {
    // #35: packaging.utils.parse_sdist_filename
    const stem = filename.endsWith('.tar.gz') ? filename.slice(0, -'.tar.gz'.length) : filename.slice(0, -'.zip'.length);
    const dash = stem.lastIndexOf('-');
    if (dash < 0 || !isValidVersion(stem.slice(dash + 1))) return reject(400, `Invalid source distribution filename: ${filename}`);
    let nameFromFilename = normalizeName(stem.slice(0, dash));
    // A post-release may be spelled with a hyphen (`1.0-1`): Warehouse then
    // takes the name up to the second-to-last hyphen, whatever follows it.
    if (isPostRelease(form.version) && nameFromFilename !== form.normalizedName && filename.split('-').length > 2) {
      nameFromFilename = stem.slice(0, stem.lastIndexOf('-', dash - 1));
    }
    if (normalizeName(nameFromFilename) !== form.normalizedName) {
      return reject(400, `Start filename for ${pyRepr(projectName)} with ${pyRepr(filenameName(form.normalizedName))}.`);
    }
    // #36 (PEP 625): exactly the normalized name and version; .zip sdists always fail here.
    const expected = sdistFilename(form.normalizedName, form.version);
    if (filename !== expected) return reject(400, `Filename ${pyRepr(filename)} is invalid, should be ${pyRepr(expected)}.`);
    // #37
    if (archive?.names) {
      const top = commonPath(archive.names);
      for (const licenseFile of form.licenseFiles) {
        const target = `${top}/${licenseFile}`;
        if (!names.has(target)) {
          return reject(400, `License-File ${licenseFile} does not exist in distribution file ${filename} at ${target}`);
        }
      }
    }
  } else {
    // #38
    const problem = wheelFilenameProblem(filename);
    if (problem !== undefined) return reject(400, problem);
    const wheel = parseDistFilename(filename);
    if ('error' in wheel || wheel.kind !== 'wheel') return reject(400, `Invalid wheel filename (wrong number of parts): ${pyRepr(filename)}`);
    // #39: every tag of a compressed tag set counts.
    const badTag = wheel.platformTags.find((tag) => !isPyPIPlatformTag(tag));
    if (badTag !== undefined) return reject(400, `Binary wheel '${filename}' has an unsupported platform tag '${badTag}'.`);
    // #40
    if (normalizeName(wheel.name) !== form.normalizedName) {
      return reject(400, `Start filename for ${pyRepr(projectName)} with ${pyRepr(filenameName(form.normalizedName))}.`);
    }
    const expectedName = filenameName(form.normalizedName);
    if (wheel.name !== expectedName) {
      return reject(
        400,
        `Filename ${pyRepr(filename)} should contain the normalized project name ${pyRepr(expectedName)}, not ${pyRepr(wheel.name)}.`,
      );
    }
    // #41: compared as versions, so 1.0 and 1.0.0 agree.
    if (!versionsEqual(form.version, wheel.version)) {
      return reject(400, `Version in filename should be ${pyRepr(form.version)} not ${pyRepr(normalizeVersion(wheel.version) ?? wheel.version)}.`);
    }
    const distInfo = wheelDistInfoDir(filename)!;
    if (archive?.names) {
      // #37
      for (const licenseFile of form.licenseFiles) {
        const target = `${distInfo}/licenses/${licenseFile}`;
        if (!names.has(target)) {
          return reject(400, `License-File ${licenseFile} does not exist in distribution file ${filename} at ${target}`);
        }
      }
      // #42, #44
      if (!names.has(`${distInfo}/RECORD`)) {
        return reject(400, `Wheel '${filename}' does not contain the required RECORD file: ${distInfo}/RECORD`);
      }
      if (!names.has(`${distInfo}/METADATA`)) {
        return reject(400, `Wheel '${filename}' does not contain the required METADATA file: ${distInfo}/METADATA`);
      }
    }
  }

  return {
    ok: true,
    duplicate: false,
    file: { filename, packagetype: form.filetype, pythonVersion: form.pyversion, size, digests, comment: form.comment },
  };
}
