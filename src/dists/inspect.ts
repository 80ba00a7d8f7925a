// The inspect stage: read each built file once (sha256, the archive's
// structure, every wheel member's hash for RECORD, in one pass; a wheel's few
// metadata files first, from its central directory), apply every check PyPI
// would apply, and either hand back the `Dist`s that later stages use or stop
// with one error listing every problem.
import { basename, resolve } from 'node:path';
import { ReleaseError } from '../errors.ts';
import { ArchiveLimitExceeded, MAX_MEMBER_BYTES, pathProblem, readZip, SDIST_LIMITS, tarGzReader, ZipTrailingData, type ArchiveLimits, type ZipEntryInfo } from './archive.ts';
import { checkDist, checkSet, type DistFacts, type Finding, type SetMember } from './check.ts';
import { sdistRoot } from './rules-archive.ts';
import { digestFile, type FileDigest } from './digest.ts';
import type { Dist } from './dist.ts';
import { NOT_UTF8 } from './entry-points.ts';
import { parseDistFilename, wheelDistInfoDir } from './filename.ts';
import { field, parseCoreMetadata, type CoreMetadata } from './metadata.ts';
import { nodeAlgorithm, parseRecord } from './record.ts';
import type { RstRenderer } from './render.ts';
import type { CentralEntry } from './zip-walk.ts';

/**
 * Reads and checks every file. Returns one `Dist` per file, in the order given,
 * or throws one DIST_INVALID error that lists every finding of every file.
 */
export async function inspectDists(
  paths: string[],
  expected: { version: string; name?: string; maxFileSize?: number; sdistLimits?: ArchiveLimits },
  tools: InspectTools = {},
): Promise<Dist[]> {
  const read = await inParallel(paths, READ_AT_ONCE, (p) => readDist(resolve(p), expected.sdistLimits ?? SDIST_LIMITS));
  await renderDescriptions(read.map((r) => r.facts), tools);
  const findings: Finding[] = read.flatMap((r) => checkDist(r.facts, { maxFileSize: expected.maxFileSize }));
  const members: SetMember[] = read.flatMap((r) => (r.dist ? [r.dist] : r.member ? [r.member] : []));
  findings.push(...checkSet(members, expected));
  if (findings.length > 0) throw distInvalid(findings);
  // Every file has metadata here: its absence is a finding.
  return read.map((r) => r.dist!);
}

/** What inspection may run besides reading files. */
export interface InspectTools {
  /**
   * Renders reStructuredText descriptions as PyPI does. Without it they are
   * not checked (`skip-checks: rst`); when it cannot run, inspection fails.
   */
  renderRst?: RstRenderer;
}

/**
 * The description PyPI renders as reStructuredText, or undefined: Warehouse
 * renders a non-empty description as its Description-Content-Type says,
 * text/x-rst when none is given; Markdown and plain text always render.
 */
export function rstDescription(metadata: CoreMetadata): string | undefined {
  const description = metadata.body ?? field(metadata, 'description');
  if (!description || description === 'UNKNOWN') return undefined;
  const type = field(metadata, 'description-content-type');
  if (type !== undefined && type.split(';')[0]!.trim().toLowerCase() !== 'text/x-rst') return undefined;
  return description;
}

async function renderDescriptions(facts: DistFacts[], tools: InspectTools): Promise<void> {
  const pending = facts.flatMap((f) => {
    const text = f.metadata && rstDescription(f.metadata);
    return text === undefined ? [] : [{ facts: f, text }];
  });
  if (pending.length === 0 || tools.renderRst === undefined) return;
  try {
    // The wheels and the sdist of a release usually share one description: render it once.
    const texts = [...new Set(pending.map((p) => p.text))];
    const results = await tools.renderRst(texts);
    for (const p of pending) {
      const failure = results[texts.indexOf(p.text)];
      if (failure !== undefined) p.facts.descriptionFailure = failure;
    }
  } catch (error) {
    // Fail closed: an index that does not render descriptions (pypiserver, Artifactory) would take
    // what PyPI refuses, so a description that went unchecked could reach production.
    throw new ReleaseError({
      code: 'CHECK_UNAVAILABLE',
      message: `The reStructuredText description of ${[...new Set(pending.map((p) => p.facts.filename))].join(', ')} could not be checked, so the release stops before any upload: ${reason(error)}`,
      hint: 'PyPI refuses a description that docutils cannot render. The check runs docutils and Pygments, which pip installs from ' +
        'the index it is configured with (PIP_INDEX_URL, pip.conf) into a private environment: make docutils>=0.21.2 and ' +
        'pygments>=2.5.1 installable there, or set the description type to Markdown (readme = "README.md"), or set ' +
        '`skip-checks: rst` to release without this check.',
    });
  }
}

interface ReadDist {
  facts: DistFacts;
  /** Set when the file is a wheel or sdist whose metadata could be read. */
  dist: Dist | undefined;
  /** What the set rules can know of a wheel or sdist without metadata. */
  member: SetMember | undefined;
}

/**
 * Files read at the same time: enough to keep zlib's pool and this thread
 * busy, few enough that a matrix's worth of wheels does not hold a
 * buffer set each.
 */
const READ_AT_ONCE = 4;

async function readDist(path: string, sdistLimits: ArchiveLimits): Promise<ReadDist> {
  const filename = basename(path);
  const kind = filename.endsWith('.whl') ? 'wheel' : filename.endsWith('.tar.gz') ? 'sdist' : undefined;
  if (kind === undefined) {
    const digest = await digestFile(path);
    return { facts: { filename, size: digest.size, archive: undefined, metadata: undefined }, dist: undefined, member: undefined };
  }
  const read = kind === 'wheel' ? await readWheel(path, filename) : { ...(await readSdist(path, sdistLimits)), topLevel: [] };
  const { digest, topLevel } = read;
  const facts: DistFacts = { filename, size: digest.size, ...read.facts };

  const member: SetMember = { filename, kind };
  if (facts.metadata === undefined) return { facts, dist: undefined, member };
  const parsed = parseDistFilename(filename);
  const dist: Dist = {
    path,
    filename,
    kind,
    size: digest.size,
    sha256: digest.sha256,
    metadata: facts.metadata,
    name: field(facts.metadata, 'name') ?? '',
    version: field(facts.metadata, 'version') ?? '',
    pyversion: kind === 'sdist' ? 'source' : 'kind' in parsed && parsed.kind === 'wheel' ? parsed.pythonTags.join('.') : '',
    topLevel,
  };
  return { facts, dist, member };
}

type ReadFacts = Pick<DistFacts, 'archive' | 'metadata' | 'metadataError' | 'entryPoints'>;

interface ReadWheel {
  facts: ReadFacts;
  topLevel: string[];
  digest: FileDigest;
}

/**
 * The central directory and the few small files read from it (METADATA,
 * top_level.txt, RECORD) first; then the one pass over the whole file, which
 * computes its sha256, walks its records as Warehouse does and hashes every
 * member in the algorithm its RECORD row names.
 */
async function readWheel(path: string, filename: string): Promise<ReadWheel> {
  const expectedDir = wheelDistInfoDir(filename);
  // Oversized members are left unread here and reported below, so that the
  // listing survives for the other rules.
  const wanted = (entries: readonly ZipEntryInfo[]) => {
    const dir = metadataDir(entries, expectedDir);
    if (dir === undefined) return [];
    return [`${dir}/METADATA`, `${dir}/top_level.txt`, `${dir}/RECORD`, `${dir}/entry_points.txt`].filter((name) =>
      // Members stored other than plain or deflated cannot be read here, and zipLimits refuses them.
      entries.some((e) => e.name === name && e.uncompressedSize <= MAX_MEMBER_BYTES && (e.compressionMethod === 0 || e.compressionMethod === 8)),
    );
  };
  let contents;
  try {
    contents = await readZip(path, wanted);
  } catch (error) {
    const digest = await digestFile(path);
    // Warehouse's reason when Python's zipfile opens what yauzl does not.
    const archive = { format: 'zip' as const, unreadable: reason(error), ...(error instanceof ZipTrailingData && { structureProblem: 'Trailing data' }) };
    return { facts: { archive, metadata: undefined }, topLevel: [], digest };
  }
  const { entries, members } = contents;
  const dir = metadataDir(entries, expectedDir);
  const recordText = dir && members.get(`${dir}/RECORD`);
  const record = recordText ? parseRecord(recordText.toString('utf8')) : undefined;
  const algorithms = new Map(record?.rows.flatMap((r) => (r.algorithm && nodeAlgorithm(r.algorithm) ? [[r.path, r.algorithm] as const] : [])));
  // As zipfile sees the central directory: the last of duplicate names wins.
  const central = new Map<string, CentralEntry>(entries.map((e) => [e.name, e]));
  const digest = await digestFile(path, { zip: { central, algorithms } });
  const walked = digest.zip!;
  const archive = {
    format: 'zip' as const,
    entries,
    structureProblem: walked.problem,
    unreadableMembers: walked.unreadable,
    // Without a readable structure the members' contents are not all known.
    record: record && dir && walked.problem === undefined ? { ...record, distInfo: dir, contents: walked.members } : undefined,
  };
  const declared = dir && members.get(`${dir}/top_level.txt`)?.toString('utf8');
  const topLevel = importableTopLevel(
    entries.map((e) => e.name),
    declared ? declared.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : undefined,
  );
  if (dir === undefined) return { facts: { archive, metadata: undefined }, topLevel, digest };
  // Decoded strictly: Warehouse refuses an entry_points.txt that is not UTF-8.
  const entryPointsBytes = members.get(`${dir}/entry_points.txt`);
  let entryPoints: string | undefined;
  try {
    entryPoints = entryPointsBytes && new TextDecoder('utf-8', { fatal: true }).decode(entryPointsBytes);
  } catch {
    entryPoints = NOT_UTF8;
  }
  const at = `${dir}/METADATA`;
  const bytes = members.get(at);
  const entry = entries.find((e) => e.name === at);
  if (bytes === undefined && entry !== undefined && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return { facts: { archive, metadata: undefined }, topLevel, digest };
  }
  if (bytes === undefined) {
    return { facts: { archive, metadata: undefined, metadataError: `${at} is larger than ${MAX_MEMBER_BYTES} bytes` }, topLevel, digest };
  }
  return { facts: { archive, ...decodeMetadata(bytes, at), ...(entryPoints !== undefined && { entryPoints }) }, topLevel, digest };
}

/**
 * Where to read the wheel's METADATA: the directory Warehouse will look in
 * when it has one, else the only other `.dist-info` with a METADATA, so that
 * the metadata checks still run while wheelContents reports the misnaming.
 */
function metadataDir(entries: readonly ZipEntryInfo[], expected: string | undefined): string | undefined {
  const dirs = entries
    .map((e) => /^([^/]+\.dist-info)\/METADATA$/.exec(e.name)?.[1])
    .filter((d): d is string => d !== undefined && pathProblem(d) === undefined);
  if (expected !== undefined && dirs.includes(expected)) return expected;
  return dirs.length === 1 ? dirs[0] : undefined;
}

/** The sdist's sha256, members and PKG-INFO, in one pass. */
async function readSdist(path: string, limits: ArchiveLimits): Promise<{ facts: ReadFacts; digest: FileDigest }> {
  let kept = 0;
  // Only the first candidate is kept: with one top-level directory there is
  // only one, and with several the sdist is refused anyway. Oversized ones
  // are left unread here and reported below.
  const reader = tarGzReader((m) => {
    if (kept > 0 || !/^[^/]+\/PKG-INFO$/.test(m.name) || m.size > MAX_MEMBER_BYTES) return false;
    kept++;
    return true;
  }, limits);
  const digest = await digestFile(path, { reader: (chunk) => reader.write(chunk) });
  return { facts: await sdistFacts(reader, basename(path)), digest };
}

async function sdistFacts(reader: ReturnType<typeof tarGzReader>, filename: string): Promise<ReadFacts> {
  let contents;
  try {
    contents = await reader.end();
  } catch (error) {
    if (error instanceof ArchiveLimitExceeded) throw archiveTooLarge(filename, error);
    return { archive: { format: 'tar', unreadable: reason(error) }, metadata: undefined };
  }
  const archive = { format: 'tar' as const, members: contents.members };
  const root = sdistRoot(contents.members);
  // Without a single root, still read the PKG-INFO there is, so the metadata rules run too.
  const at = root === undefined ? [...contents.files.keys()][0] : `${root}/PKG-INFO`;
  if (at === undefined) return { archive, metadata: undefined };
  const bytes = contents.files.get(at);
  const member = contents.members.find((m) => m.name === at && (m.type === 'file' || m.type === 'contiguous-file'));
  if (bytes === undefined && member !== undefined && member.size > MAX_MEMBER_BYTES) {
    return { archive, metadata: undefined, metadataError: `${at} is larger than ${MAX_MEMBER_BYTES} bytes` };
  }
  return { archive, ...decodeMetadata(bytes, at) };
}

function decodeMetadata(bytes: Buffer | undefined, at: string): { metadata: CoreMetadata | undefined; metadataError?: string } {
  if (bytes === undefined) return { metadata: undefined };
  try {
    return { metadata: parseCoreMetadata(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { metadata: undefined, metadataError: `${at} is not valid UTF-8` };
  }
}

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
// `mod.py`, or an extension module: `mod.so`, `mod.abi3.so`, `mod.cpython-311-x86_64-linux-gnu.so`, `mod.cp311-win_amd64.pyd`.
const MODULE_FILE = /^([^.]+)(?:\.py|(?:\.[^./]+)?\.(?:so|pyd))$/;

/**
 * The names `import` can find once a wheel is installed, from its paths: top-level
 * modules, and top-level directories holding Python code (packages, namespace
 * packages). Files under `{name}.data/purelib|platlib/` install beside them, so
 * count too. When the wheel declares its names (setuptools' top_level.txt),
 * those that the paths confirm are the answer.
 */
export function importableTopLevel(names: readonly string[], declared?: readonly string[]): string[] {
  const found = new Set<string>();
  for (const name of names) {
    let parts = name.split('/').filter((p) => p !== '');
    const first = parts[0];
    if (first === undefined || first.endsWith('.dist-info') || pathProblem(name) !== undefined) continue;
    if (first.endsWith('.data')) {
      if (parts[1] !== 'purelib' && parts[1] !== 'platlib') continue;
      parts = parts.slice(2);
    }
    const top = parts[0];
    const file = MODULE_FILE.exec(parts[parts.length - 1] ?? '');
    if (top === undefined || file === null) continue;
    const candidate = parts.length === 1 ? file[1]! : top;
    if (IDENTIFIER.test(candidate)) found.add(candidate);
  }
  const all = [...found].sort();
  const confirmed = declared === undefined ? [] : all.filter((n) => declared.includes(n));
  return confirmed.length > 0 ? confirmed : all;
}

function distInvalid(findings: readonly Finding[]): ReleaseError {
  const files = [...new Set(findings.map((f) => f.file).filter(Boolean))];
  const count = `${findings.length} problem${findings.length === 1 ? '' : 's'}`;
  const hints = [...new Set(findings.flatMap((f) => (f.hint ? [f.hint] : [])))];
  return new ReleaseError({
    code: 'DIST_INVALID',
    message: `${count} in the built distributions${files.length > 0 ? `: ${files.join(', ')}` : ''}.`,
    details: findings.map((f) => (f.file ? `${f.file}: ${f.message}` : f.message)),
    hint: ['Nothing was uploaded. Fix the project or its build configuration and build again.', ...hints].join('\n'),
  });
}

/** `fn` over `items`, at most `limit` at a time, results in the items' order. */
async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function archiveTooLarge(filename: string, error: ArchiveLimitExceeded): ReleaseError {
  return new ReleaseError({
    code: 'ARCHIVE_TOO_LARGE',
    message: `${filename} is refused: ${error.message}, the limit for an sdist; reading stopped there, and nothing was uploaded.`,
    hint: 'An sdist this large is almost always a build that swept in a virtual environment, node_modules, data or build output: ' +
      'list what goes in with `tar tzf` and exclude it (MANIFEST.in, [tool.hatch.build] exclude, [tool.setuptools] ...). ' +
      'A crafted archive (many empty members, a gzip bomb) stops here by design.',
  });
}

