// The rules on what is inside a file: zip and tar structure, paths, a
// wheel's contents, RECORD and entry points, an sdist's layout and license
// files, as Warehouse checks them (forklift/legacy.py, utils/wheel.py). Pure
// generators over a Subject (facts.ts).
import { pathProblem, tarMemberProblem, topLevelNames, type TarMemberInfo } from './archive.ts';
import { entryPointProblems, NOT_UTF8, warehouseEntryPointProblems } from './entry-points.ts';
import type { Problem, Subject } from './facts.ts';
import { wheelDistInfoDir } from './filename.ts';
import { recordProblems } from './record.ts';

// Above this unpacked size, a zip that unpacks to more than 50 times its own
// size is taken for a decompression bomb (legacy.py COMPRESSION_RATIO_*).
const RATIO_MIN_SIZE = 64 * 1024 * 1024;
const RATIO_LIMIT = 50;

const ZIP_DOCS = 'See https://docs.pypi.org/archives for more information';
const ZIP_HINT =
  'Two zip readers would see different files in it (one going by the local headers, one by the central directory). ' +
  'Build the wheel with a standard build backend rather than zipping, concatenating or editing it by hand.';

export function* archiveReadable({ facts }: Subject): Iterable<Problem> {
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

export function* zipLimits({ facts }: Subject): Iterable<Problem> {
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

export function* zipStructure({ facts }: Subject): Iterable<Problem> {
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

export function* unsafePaths({ facts }: Subject): Iterable<Problem> {
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

export function* wheelContents({ facts }: Subject): Iterable<Problem> {
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
export function* recordMatches({ facts }: Subject): Iterable<Problem> {
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

export function* entryPoints({ facts }: Subject): Iterable<Problem> {
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

export function* sdistContents({ facts }: Subject): Iterable<Problem> {
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

export function* licenseFiles({ facts }: Subject): Iterable<Problem> {
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
