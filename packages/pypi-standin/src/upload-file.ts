// Warehouse's checks of an uploaded file against what the index holds
// (warehouse/forklift/legacy.py `file_upload`, after the form): extension,
// filename against name and version, archive contents, duplicates and
// reuse, in Warehouse's order and with its messages. Pure, like upload.ts.
import { explain } from '@renovatebot/pep440';
import {
  filenameName,
  isPyPIPlatformTag,
  normalizeName,
  parseDistFilename,
  sdistFilename,
  wheelDistInfoDir,
} from '../../../src/dists/filename.ts';
import { equal as versionsEqual, isValid as isValidVersion, normalize as normalizeVersion } from '../../../src/version/pep440.ts';
import { pyRepr } from './python-text.ts';
import { HELP, MIB, reject, type CheckedForm, type Digests, type Filetype, type Rejection } from './upload.ts';

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
