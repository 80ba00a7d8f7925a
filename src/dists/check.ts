// What PyPI would refuse, found before anything is uploaded. Pure: the rules
// read facts that inspect.ts gathered from disk and return findings; none
// throws and none stops the others, so a user sees every problem at once
// instead of one per upload attempt. Messages are Warehouse's own wording
// (forklift/legacy.py, forklift/metadata.py, packaging), so that what we print
// is what a search for PyPI's error finds; hints say what to do about it.
//
// A new rule is a generator over a `Subject` added to FILE_RULES (one file) or
// a line in checkSet (the files together).
import * as pep440 from '../version/pep440.ts';
import { pathProblem, tarMemberProblem, topLevelNames, type TarMemberInfo, type ZipEntryInfo } from './archive.ts';
import type { Dist } from './dist.ts';
import {
  filenameName,
  isPyPIPlatformTag,
  isValidProjectName,
  normalizeName,
  parseDistFilename,
  sdistFilename,
  wheelDistInfoDir,
  type DistName,
} from './filename.ts';
import { fieldProblems } from './check-fields.ts';
import { field, type CoreMetadata } from './metadata.ts';
import { entryPointProblems, NOT_UTF8, warehouseEntryPointProblems } from './entry-points.ts';
import { recordProblems, type MemberContent, type RecordRow } from './record.ts';
import type { RenderFailure } from './render.ts';

export interface Finding {
  /** The distribution's file name; empty for a finding about the set as a whole. */
  file: string;
  /** What PyPI would say (its wording where it has one). */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** What the one pass over a wheel found besides its listing (zip-walk.ts). */
export interface ZipPassFacts {
  /** Warehouse's reason for refusing the records as stored, front to back. */
  structureProblem?: string | undefined;
  /** Members that could not be inflated, and why. */
  unreadableMembers?: ReadonlyMap<string, string>;
  /** RECORD as read, and every member's content as hashed, when both are known. */
  record?: { rows: readonly RecordRow[]; problems: readonly string[]; distInfo: string; contents: ReadonlyMap<string, MemberContent> } | undefined;
}

/** What could be read of one archive. */
export type ArchiveFacts =
  | ({ format: 'zip'; entries: readonly ZipEntryInfo[] } & ZipPassFacts)
  | { format: 'tar'; members: readonly TarMemberInfo[] }
  | { format: 'zip' | 'tar'; unreadable: string; structureProblem?: string };

/** Everything the per-file rules look at, gathered by inspect.ts. */
export interface DistFacts {
  filename: string;
  /** Bytes on disk. */
  size: number;
  /** Undefined when the file was not opened (neither .whl nor .tar.gz). */
  archive: ArchiveFacts | undefined;
  /** METADATA or PKG-INFO as found; undefined when absent (the archive rules say why) or unreadable. */
  metadata: CoreMetadata | undefined;
  /** Why metadata present in the archive could not be read (too large, not UTF-8). */
  metadataError?: string;
  /** A wheel's entry_points.txt, when it has one (NOT_UTF8 when its bytes are not UTF-8). */
  entryPoints?: string;
  /** Set when the description is reStructuredText that docutils would not render. */
  descriptionFailure?: RenderFailure;
}

/** What the index allows, where indexes differ. */
export interface CheckOptions {
  /** Largest file the index takes, in bytes; PyPI's default when unset. */
  maxFileSize?: number;
}

/** PyPI's default per-file limit (warehouse/constants.py MAX_FILESIZE: 100 MiB). */
export const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
const ONE_MB = 1024 * 1024;

// Warehouse's SUPPORTED_METADATA_VERSIONS, in order: 2.0 was never a standard.
export const METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'] as const;

// The metadata version that introduced each field (packaging.metadata): a file
// that declares an older version and uses the field is refused.
const FIELD_ADDED: Readonly<Record<string, (typeof METADATA_VERSIONS)[number]>> = {
  'supported-platform': '1.1',
  'download-url': '1.1',
  classifier: '1.1',
  requires: '1.1',
  provides: '1.1',
  obsoletes: '1.1',
  maintainer: '1.2',
  'maintainer-email': '1.2',
  'requires-dist': '1.2',
  'requires-python': '1.2',
  'requires-external': '1.2',
  'project-url': '1.2',
  'provides-dist': '1.2',
  'obsoletes-dist': '1.2',
  'description-content-type': '2.1',
  'provides-extra': '2.1',
  dynamic: '2.2',
  'license-expression': '2.4',
  'license-file': '2.4',
  'import-name': '2.5',
  'import-namespace': '2.5',
};

const SUMMARY_LIMIT = 512;
// Above this unpacked size, a zip that unpacks to more than 50 times its own
// size is taken for a decompression bomb (legacy.py COMPRESSION_RATIO_*).
const RATIO_MIN_SIZE = 64 * 1024 * 1024;
const RATIO_LIMIT = 50;

const CORE_METADATA_DOCS = 'See https://packaging.python.org/specifications/core-metadata for more information.';
const ZIP_DOCS = 'See https://docs.pypi.org/archives for more information';
const ZIP_HINT =
  'Two zip readers would see different files in it (one going by the local headers, one by the central directory). ' +
  'Build the wheel with a standard build backend rather than zipping, concatenating or editing it by hand.';

type Problem = Omit<Finding, 'file'>;

/** One file as the rules see it: its facts and what was derived from them once. */
interface Subject {
  facts: DistFacts;
  parsed: DistName | { error: string };
  /** Name and Version from the metadata, set only when they are valid (rules that compare need a sound reference). */
  name: string | undefined;
  version: string | undefined;
  options: CheckOptions;
}

type Rule = (subject: Subject) => Iterable<Problem>;

/** Every finding for one file. */
export function checkDist(facts: DistFacts, options: CheckOptions = {}): Finding[] {
  const name = facts.metadata && field(facts.metadata, 'name');
  const version = facts.metadata && field(facts.metadata, 'version');
  const subject: Subject = {
    facts,
    parsed: parseDistFilename(facts.filename),
    name: name && isValidProjectName(name) ? name : undefined,
    version: version && pep440.isValid(version) ? version : undefined,
    options,
  };
  return FILE_RULES.flatMap((rule) => [...rule(subject)].map((p) => ({ file: facts.filename, ...p })));
}

// ------------------------------------------------------------------ file name

function* filenameCharacters({ facts }: Subject): Iterable<Problem> {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(facts.filename)) {
    yield {
      message:
        'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    };
  }
  if (/[/\\]/.test(facts.filename)) yield { message: "Cannot upload a file with '/' or '\\' in the name." };
}

function* fileExtension({ facts }: Subject): Iterable<Problem> {
  const { filename } = facts;
  if (filename.endsWith('.whl') || filename.endsWith('.tar.gz')) return;
  const hint = 'PyPI takes wheels (.whl) and source distributions (.tar.gz) only.';
  if (filename.endsWith('.zip')) {
    // Warehouse still accepts the extension, then refuses every .zip sdist by
    // its PEP 625 name rule; say so with the name it would want.
    const stem = filename.slice(0, -'.zip'.length);
    const at = stem.lastIndexOf('-');
    if (at <= 0) {
      yield { message: `Invalid source distribution filename: ${filename}`, hint };
      return;
    }
    const expected = sdistFilename(stem.slice(0, at), stem.slice(at + 1));
    yield { message: `Filename '${filename}' is invalid, should be '${expected}'.`, hint: `${hint} .zip sdists are refused since PEP 625.` };
    return;
  }
  yield {
    message:
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
    hint,
  };
}

function* wheelFilename({ facts, parsed, name, version }: Subject): Iterable<Problem> {
  if (!facts.filename.endsWith('.whl')) return;
  if ('error' in parsed) {
    yield { message: parsed.error, hint: 'A wheel is named {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl.' };
    return;
  }
  if (parsed.kind !== 'wheel') return;
  const stem = facts.filename.slice(0, -'.whl'.length);
  // packaging.utils.parse_wheel_filename: PEP 427 escaping leaves only word characters and '.'.
  if (parsed.name.includes('__') || !/^[\p{L}\p{N}_.]*$/u.test(parsed.name)) {
    yield { message: `Invalid project name: '${stem}'` };
  }
  const fileVersionValid = pep440.isValid(parsed.version);
  if (!fileVersionValid) yield { message: `Invalid wheel filename (invalid version): '${stem}'` };
  for (const tag of new Set(parsed.platformTags)) {
    if (isPyPIPlatformTag(tag)) continue;
    yield {
      message: `Binary wheel '${facts.filename}' has an unsupported platform tag '${tag}'.`,
      hint: tag.startsWith('linux_')
        ? 'A wheel built against this machine\'s libc runs only on similar systems: repair it into a manylinux/musllinux wheel (auditwheel repair, or build with cibuildwheel).'
        : 'PyPI accepts any, win*, manylinux*, musllinux*, macosx_10_*/macosx_{11..15,26}_0, ios, android and pyemscripten platform tags.',
    };
  }
  if (name !== undefined) {
    const canonical = normalizeName(name);
    const expected = filenameName(name);
    if (normalizeName(parsed.name) !== canonical) {
      yield {
        message: `Start filename for '${name}' with '${expected}'.`,
        hint: 'The wheel\'s file name names another project than its METADATA: was it renamed, or built from another project?',
      };
    } else if (parsed.name !== expected) {
      yield {
        message: `Filename '${facts.filename}' should contain the normalized project name '${expected}', not '${parsed.name}'.`,
        hint: 'Upgrade the build backend: current ones write the normalized name (lower case, runs of -_. as _).',
      };
    }
  }
  if (version !== undefined && fileVersionValid && !pep440.equal(parsed.version, version)) {
    yield {
      message: `Version in filename should be '${pep440.normalize(version)}' not '${pep440.normalize(parsed.version)}'.`,
      hint: 'The file name and the METADATA inside disagree: was the file renamed after the build?',
    };
  }
}

function* sdistFilenameRule({ facts, parsed, name, version }: Subject): Iterable<Problem> {
  if (!facts.filename.endsWith('.tar.gz')) return;
  if ('error' in parsed) {
    yield { message: parsed.error, hint: 'An sdist is named {normalized_name}-{version}.tar.gz.' };
    return;
  }
  if (name === undefined || version === undefined) return;
  const expected = sdistFilename(name, version);
  if (facts.filename === expected) return;
  const stem = normalizeName(facts.filename.slice(0, -'.tar.gz'.length));
  if (!stem.startsWith(`${normalizeName(name)}-`)) {
    yield {
      message: `Start filename for '${name}' with '${filenameName(name)}'.`,
      hint: `The sdist's file name names another project than its PKG-INFO; it should be '${expected}'.`,
    };
    return;
  }
  yield {
    message: `Filename '${facts.filename}' is invalid, should be '${expected}'.`,
    hint: 'PEP 625 fixes the sdist name: upgrade the build backend (setuptools >= 69.3, hatchling >= 1.22, flit-core >= 3.10, poetry-core >= 2.0) or build with a current frontend.',
  };
}

function* fileSize({ facts, name, options }: Subject): Iterable<Problem> {
  const limit = options.maxFileSize ?? PYPI_MAX_FILE_SIZE;
  if (facts.size <= limit) return;
  // Warehouse prints whole MiB and calls them MB.
  const shown = limit % ONE_MB === 0 ? `${limit / ONE_MB} MB` : `${limit} bytes`;
  yield {
    message: `File too large. Limit for project '${name ?? '?'}' is ${shown}. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`,
    hint: `The file is ${facts.size} bytes. Leave data, test files and build leftovers out of it (check the backend's include/exclude settings), or ask the index for a larger limit and set the input max-file-size to it.`,
  };
}

// -------------------------------------------------------------------- archive

function* archiveReadable({ facts }: Subject): Iterable<Problem> {
  const { archive } = facts;
  if (archive === undefined || !('unreadable' in archive)) return;
  // Python's zipfile opens it, so Warehouse gives its reason for refusing the structure (zipStructure's message).
  if (archive.structureProblem !== undefined) {
    yield { message: `Invalid distribution file. ZIP archive not accepted: ${archive.structureProblem}. ${ZIP_DOCS}`, hint: ZIP_HINT };
    return;
  }
  yield {
    message: `Invalid distribution file. File is not a ${archive.format === 'zip' ? 'zipfile' : 'tarfile'}`,
    hint: `Reading it failed: ${archive.unreadable}. Build it again; a truncated download or a renamed file looks like this.`,
  };
}

function* zipLimits({ facts }: Subject): Iterable<Problem> {
  const { archive } = facts;
  if (archive?.format !== 'zip' || !('entries' in archive)) return;
  const unpacked = archive.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > RATIO_MIN_SIZE && unpacked / Math.max(facts.size, 1) > RATIO_LIMIT) {
    yield {
      message: `Invalid distribution file. File exceeds compression ratio of ${RATIO_LIMIT}`,
      hint: `It unpacks to ${unpacked} bytes from ${facts.size}: PyPI takes that for a decompression bomb. Leave generated or repetitive data out of the wheel.`,
    };
  }
  if (archive.entries.some((e) => e.compressionMethod !== 0 && e.compressionMethod !== 8)) {
    yield {
      message: 'Invalid distribution file. File does not use a supported compression type',
      hint: 'Wheels must be stored or deflated (zip methods 0 and 8); rebuild without bzip2/lzma/zstd.',
    };
  }
}

function* zipStructure({ facts }: Subject): Iterable<Problem> {
  const { archive } = facts;
  if (archive?.format !== 'zip' || !('entries' in archive)) return;
  // Warehouse (utils/zipfiles.py) refuses zips that two readers could read
  // differently; these are the cases visible in the central directory.
  const reasons = new Set<string>();
  const seen = new Set<string>();
  for (const entry of archive.entries) {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(entry.name)) reasons.add('Invalid character in filename');
    if (seen.has(entry.name)) reasons.add('Duplicate filename in central directory');
    seen.add(entry.name);
    if (entry.hasComment) reasons.add('Comment in central directory');
    if (entry.dataDescriptor) reasons.add('ZIP contains a data descriptor');
  }
  // What the walk over the records as stored found (the first reason only, as Warehouse).
  if (archive.structureProblem !== undefined) reasons.add(archive.structureProblem);
  for (const reason of reasons) {
    yield { message: `Invalid distribution file. ZIP archive not accepted: ${reason}. ${ZIP_DOCS}`, hint: ZIP_HINT };
  }
}

function* unsafePaths({ facts }: Subject): Iterable<Problem> {
  const { archive } = facts;
  if (archive === undefined || 'unreadable' in archive) return;
  const problems =
    archive.format === 'zip'
      ? archive.entries.map((e) => [e.name, pathProblem(e.name)] as const)
      : archive.members.map((m) => [m.name, tarMemberProblem(m)] as const);
  for (const [name, problem] of problems) {
    // Control characters already have Warehouse's own message (zipStructure).
    if (problem === undefined || (archive.format === 'zip' && problem.startsWith('control character'))) continue;
    yield {
      message: `Invalid distribution file. Unsafe member '${name}': ${problem}.`,
      hint: 'Extracting it would write outside the target directory: the build must not include it. Check the backend\'s include/exclude settings and symlinks in the project tree.',
    };
  }
}

function* wheelContents({ facts }: Subject): Iterable<Problem> {
  const { archive, filename } = facts;
  if (!filename.endsWith('.whl') || archive?.format !== 'zip' || !('entries' in archive)) return;
  const dir = wheelDistInfoDir(filename);
  if (dir === undefined) {
    yield { message: 'Invalid distribution file. Unable to parse name and version from wheel filename' };
    return;
  }
  const names = new Set(archive.entries.map((e) => e.name));
  const others = [...new Set(archive.entries.map((e) => e.name.split('/')[0]!))].filter(
    (top) => top.endsWith('.dist-info') && top !== dir,
  );
  const hint =
    others.length > 0
      ? `The wheel's metadata is in '${others.join("', '")}/', not '${dir}/' as its file name says: was the file renamed, or did the backend write a non-normalized name?`
      : 'Build the wheel with a PEP 517 build backend; a wheel needs a .dist-info directory named after its file name.';
  if (!names.has(`${dir}/WHEEL`)) yield { message: `Invalid distribution file. WHEEL not found at ${dir}/WHEEL`, hint };
  if (!names.has(`${dir}/RECORD`)) {
    yield { message: `Wheel '${filename}' does not contain the required RECORD file: ${dir}/RECORD`, hint };
  }
  if (!names.has(`${dir}/METADATA`)) {
    yield { message: `Wheel '${filename}' does not contain the required METADATA file: ${dir}/METADATA`, hint };
  }
}

const RECORD_HINT =
  'The wheel was changed after its build backend wrote it (a file added, removed or edited, or RECORD edited by hand). ' +
  'Build it again, or repack it with `wheel pack`, which writes RECORD anew. PyPI e-mails the owners of wheels whose RECORD does not match, and installers trust RECORD to know what they installed.';

/** RECORD against the wheel's contents, every member hashed in the pass that read the file. */
function* recordMatches({ facts }: Subject): Iterable<Problem> {
  const { archive } = facts;
  if (archive?.format !== 'zip' || !('entries' in archive)) return;
  for (const [name, why] of archive.unreadableMembers ?? []) {
    // PyPI stores such a file (it inflates nothing); pip then fails to install it.
    yield { message: `Member '${name}' ${why}: installers cannot extract it.`, hint: 'The archive is damaged: build the wheel again.' };
  }
  const { record } = archive;
  if (record === undefined) return;
  const files = archive.entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
  for (const problem of [...record.problems, ...recordProblems(record.rows, files, record.contents, record.distInfo)]) {
    yield { message: `RECORD does not match the wheel: ${problem}.`, hint: RECORD_HINT };
  }
}

function* entryPoints({ facts }: Subject): Iterable<Problem> {
  if (facts.entryPoints === undefined) return;
  const problems = facts.entryPoints === NOT_UTF8
    ? ['entry_points.txt is not decodable as UTF-8']
    : [...new Set([...entryPointProblems(facts.entryPoints), ...warehouseEntryPointProblems(facts.entryPoints)])];
  if (problems.length === 0) return;
  yield {
    message: `Wheel '${facts.filename}' has invalid entry points defined in the entry_points.txt file: ${problems.join('; ')}`,
    hint: "Declare them in pyproject.toml ([project.scripts], [project.entry-points.'group']) as `name = \"module:function\"`, and let the backend write the file.",
  };
}

/** The single top-level directory of an sdist, or undefined when there is not exactly one. */
export function sdistRoot(members: readonly TarMemberInfo[]): string | undefined {
  const tops = topLevelNames(members.map((m) => m.name));
  if (tops.length !== 1) return undefined;
  const top = tops[0]!;
  // A lone top-level file is no directory.
  const isDir = members.some((m) => m.name.startsWith(`${top}/`) || (m.name === top && m.type === 'directory'));
  return isDir ? top : undefined;
}

function* sdistContents({ facts }: Subject): Iterable<Problem> {
  const { archive } = facts;
  if (!facts.filename.endsWith('.tar.gz') || archive?.format !== 'tar' || !('members' in archive)) return;
  const top = sdistRoot(archive.members);
  if (top === undefined) {
    const tops = topLevelNames(archive.members.map((m) => m.name));
    yield {
      message: 'Invalid distribution file. Incorrect number of top-level directories in sdist',
      hint: `An sdist holds one directory, {name}-{version}/; this one has ${tops.length === 0 ? 'nothing' : `'${tops.join("', '")}'`} at the top.`,
    };
    return;
  }
  if (!archive.members.some((m) => m.name === `${top}/PKG-INFO` && (m.type === 'file' || m.type === 'contiguous-file'))) {
    yield {
      message: `Invalid distribution file. PKG-INFO not found at ${top}/PKG-INFO`,
      hint: 'Build the sdist with a PEP 517 build backend, which writes PKG-INFO; an archive of the source tree is no sdist.',
    };
  }
}

function* licenseFiles({ facts }: Subject): Iterable<Problem> {
  const { archive, metadata, filename } = facts;
  if (metadata === undefined || archive === undefined || 'unreadable' in archive) return;
  const declared = metadata.headers['license-file'] ?? [];
  if (declared.length === 0) return;
  let base: string | undefined;
  let names: Set<string>;
  if (archive.format === 'zip') {
    const dir = wheelDistInfoDir(filename);
    base = dir && `${dir}/licenses`;
    names = new Set(archive.entries.map((e) => e.name));
  } else {
    base = sdistRoot(archive.members);
    names = new Set(archive.members.map((m) => m.name));
  }
  if (base === undefined) return; // the layout rules have spoken
  for (const license of declared) {
    const at = `${base}/${license}`;
    if (names.has(at)) continue;
    yield {
      message: `License-File ${license} does not exist in distribution file ${filename} at ${at}`,
      hint: 'The metadata names a license file the archive lacks: check license-files in pyproject.toml and the backend version (PEP 639 needs a current one).',
    };
  }
}

// ------------------------------------------------------------------- metadata

function* metadataReadable({ facts }: Subject): Iterable<Problem> {
  if (facts.metadataError === undefined) return;
  yield { message: `Invalid distribution file. ${facts.metadataError}` };
}

function* coreMetadata({ facts }: Subject): Iterable<Problem> {
  const { metadata } = facts;
  if (metadata === undefined) return;
  const hint = CORE_METADATA_DOCS;
  const metadataVersion = field(metadata, 'metadata-version');
  const versionIndex = metadataVersion === undefined ? -1 : (METADATA_VERSIONS as readonly string[]).indexOf(metadataVersion);
  if (!metadataVersion) {
    yield { message: "'metadata-version' is a required field", hint };
  } else if (versionIndex < 0) {
    yield {
      message: `'${metadataVersion}' is not a valid metadata version`,
      hint: `PyPI accepts Metadata-Version ${METADATA_VERSIONS.join(', ')}: upgrade or downgrade the build backend. ${hint}`,
    };
  }

  const name = field(metadata, 'name');
  if (!name) yield { message: "'name' is a required field", hint };
  else if (!isValidProjectName(name)) {
    yield {
      message: `'${name}' is invalid for 'name'`,
      hint: `A project name starts and ends with a letter or digit and holds only ASCII letters, digits, '.', '_' and '-'. ${hint}`,
    };
  }

  const version = field(metadata, 'version');
  if (!version) yield { message: "'version' is a required field", hint };
  else if (!pep440.isValid(version)) {
    yield { message: `'${version}' is invalid for 'version'`, hint: `The version must follow PEP 440. ${hint}` };
  } else if (pep440.localSegment(version) !== null) {
    yield {
      message: `The use of local versions in '${pep440.normalize(version)}' is not allowed.`,
      hint: "PyPI refuses versions with a '+local' part. A VCS-derived version (setuptools-scm, hatch-vcs) gets one when the checkout is not exactly at a tag or has uncommitted changes: release from a clean, tagged commit.",
    };
  }

  const summary = field(metadata, 'summary');
  if (summary !== undefined) {
    if (summary.includes('\n')) {
      yield { message: "'summary' must be a single line", hint: `Keep the project's description (Summary) on one line. ${hint}` };
    }
    if ([...summary].length > SUMMARY_LIMIT) {
      yield { message: `'summary' field must be ${SUMMARY_LIMIT} characters or less.`, hint };
    }
  }

  if (versionIndex >= 0) {
    for (const [key, added] of Object.entries(FIELD_ADDED)) {
      if (metadata.headers[key] === undefined || METADATA_VERSIONS.indexOf(added) <= versionIndex) continue;
      yield {
        message: `${key} introduced in metadata version ${added}, not ${metadataVersion}`,
        hint: `The build backend wrote an older Metadata-Version than the fields it used need: upgrade it. ${hint}`,
      };
    }
  }

  if (field(metadata, 'license') && field(metadata, 'license-expression')) {
    yield {
      message: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
      hint: 'Drop the license table (or license classifiers text) and keep the SPDX `license = "..."` string.',
    };
  }

  yield* fieldProblems(metadata);
}

function* descriptionRenders({ facts }: Subject): Iterable<Problem> {
  const failure = facts.descriptionFailure;
  if (failure === undefined || facts.metadata === undefined) return;
  const type = field(facts.metadata, 'description-content-type');
  const refusal = type
    ? `The description failed to render for '${type}'.`
    : 'The description failed to render in the default format of reStructuredText.';
  const where = failure.line === undefined ? '' : ` Line ${failure.line} of the description:`;
  yield {
    message: `${refusal}${where} ${failure.reason}`,
    hint: type
      ? 'Fix the reStructuredText at that line (docutils stops at the first warning on PyPI); `python -m readme_renderer README.rst` shows the same. See https://pypi.org/help/#description-content-type'
      : 'Without a Description-Content-Type, PyPI renders the description as reStructuredText: a Markdown README needs `readme = "README.md"` in pyproject.toml (or long_description_content_type="text/markdown"). See https://pypi.org/help/#description-content-type',
  };
}

const FILE_RULES: readonly Rule[] = [
  filenameCharacters,
  fileExtension,
  fileSize,
  archiveReadable,
  zipLimits,
  zipStructure,
  unsafePaths,
  wheelContents,
  recordMatches,
  entryPoints,
  sdistContents,
  metadataReadable,
  coreMetadata,
  descriptionRenders,
  sdistFilenameRule,
  wheelFilename,
  licenseFiles,
];

// ------------------------------------------------------------------------ set

/** What the set rules need of each file: a Dist, or what is known of a file whose metadata could not be read. */
export type SetMember = Pick<Dist, 'filename' | 'kind'> & Partial<Pick<Dist, 'name' | 'version'>>;

/**
 * Rules for the files of one release together: at least one file, one
 * project, the version being released, at most one sdist, no file twice.
 */
export function checkSet(dists: readonly SetMember[], expected: { version: string; name?: string }): Finding[] {
  const findings: Finding[] = [];
  if (dists.length === 0) {
    findings.push({
      file: '',
      message: 'No distribution files to release: expected at least one .whl or .tar.gz.',
      hint: 'The build wrote no wheel or sdist to the output directory: check its log.',
    });
    return findings;
  }

  const seen = new Set<string>();
  let sdists = 0;
  for (const dist of dists) {
    if (seen.has(dist.filename)) {
      findings.push({
        file: dist.filename,
        message: 'The same file name is in the release twice.',
        hint: 'PyPI stores a file name once per project: pass each file once.',
      });
    }
    seen.add(dist.filename);
    if (dist.kind === 'sdist' && ++sdists === 2) {
      findings.push({
        file: dist.filename,
        message: 'Only one sdist may be uploaded per release.',
        hint: 'Keep one .tar.gz in the output directory; a leftover from an earlier build looks like this.',
      });
    }
  }

  const reference = expected.name ?? dists.find((d) => d.name !== undefined)?.name;
  if (reference !== undefined) {
    const canonical = normalizeName(reference);
    for (const dist of dists) {
      if (dist.name === undefined || normalizeName(dist.name) === canonical) continue;
      findings.push({
        file: dist.filename,
        message:
          expected.name === undefined
            ? `Project '${dist.name}' is not '${reference}' like the other files: one release holds one project's files.`
            : `Project '${dist.name}' is not the project being released, '${reference}'.`,
        hint: 'Clear the output directory before building, and check the name in pyproject.toml.',
      });
    }
  }

  for (const dist of dists) {
    if (dist.version === undefined) continue;
    if (pep440.isValid(dist.version) && pep440.isValid(expected.version) && pep440.equal(dist.version, expected.version)) continue;
    findings.push({
      file: dist.filename,
      message: `Version '${dist.version}' is not the version being released, '${expected.version}'.`,
      hint: 'The build produced another version than planned: a stale file in the output directory, or a version the build backend computes (VCS tags) differently.',
    });
  }
  return findings;
}
