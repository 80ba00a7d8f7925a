// Readers for the two archive formats PyPI takes: a wheel is a zip, an sdist a
// gzipped tar. They list every member and return the bytes of the few small
// ones asked for (METADATA, PKG-INFO, top_level.txt); everything else is
// skipped, so a large archive never sits in memory. They report what they find,
// unsafe paths included, and leave judging it to check.ts; the one thing they
// refuse is to hand out the bytes of a member whose path is unsafe.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { posix } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import * as yauzl from 'yauzl';

/** Members larger than this are never read into memory: no metadata file is anywhere near it. */
export const MAX_MEMBER_BYTES = 16 * 1024 * 1024;

/**
 * Why a member path would write outside the directory it is extracted to (or
 * be read differently on another OS), or undefined when it is safe.
 */
export function pathProblem(name: string): string | undefined {
  if (name === '') return 'empty path';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(name)) return 'control character in the path';
  // Windows extracts `a\..\..\x` as a path with `..` segments.
  if (name.includes('\\')) return 'backslash in the path';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path';
  if (name.split('/').includes('..')) return "'..' segment in the path";
  return undefined;
}

// ---------------------------------------------------------------- zip (wheels)

export interface ZipEntryInfo {
  /** As stored: not normalized, so that check.ts sees what an installer would. */
  name: string;
  /** 0 stored, 8 deflate; Warehouse accepts no other. */
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
  /** General-purpose flag bit 3: sizes follow the data, which Warehouse refuses. */
  dataDescriptor: boolean;
  /** A per-entry comment in the central directory, which Warehouse refuses. */
  hasComment: boolean;
}

export interface ZipContents {
  entries: ZipEntryInfo[];
  /** The bytes of the entries that were asked for and exist. */
  members: Map<string, Buffer>;
}

/**
 * Opens a zip once: lists its central directory, then reads the entries that
 * `pick` names (given the whole listing, so it can look for a `.dist-info`).
 * Throws when the file is not a readable zip, when a picked entry has an unsafe
 * path, or when one is larger than MAX_MEMBER_BYTES.
 */
export async function readZip(
  path: string,
  pick: (entries: readonly ZipEntryInfo[]) => Iterable<string> = () => [],
): Promise<ZipContents> {
  const zip = await openZip(path);
  try {
    const raw = new Map<string, yauzl.Entry>();
    const entries: ZipEntryInfo[] = [];
    for await (const entry of zip.eachEntry()) {
      // strict: keep backslashes, which yauzl would otherwise turn into '/'.
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      entries.push({
        name,
        compressionMethod: entry.compressionMethod,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        dataDescriptor: (entry.generalPurposeBitFlag & 0x8) !== 0,
        hasComment: entry.fileCommentLength > 0,
      });
      // The last of duplicate names wins, as in Python's zipfile, which installers use.
      raw.set(name, entry);
    }
    const members = new Map<string, Buffer>();
    for (const name of pick(entries)) {
      const entry = raw.get(name);
      if (entry === undefined || members.has(name)) continue;
      const problem = pathProblem(name);
      if (problem !== undefined) throw new Error(`refusing to read '${name}': ${problem}`);
      if (entry.uncompressedSize > MAX_MEMBER_BYTES) {
        throw new Error(`'${name}' is ${entry.uncompressedSize} bytes, more than the ${MAX_MEMBER_BYTES} read for a metadata file`);
      }
      // yauzl checks the inflated size against the directory's, so a lying
      // entry cannot grow past the limit checked above.
      members.set(name, await collect(await zip.openReadStreamPromise(entry), name));
    }
    return { entries, members };
  } finally {
    zip.close();
  }
}

/**
 * A zip that yauzl could not open but whose end record is followed by more
 * bytes than its comment: Python's zipfile (so Warehouse) opens it anyway,
 * finding the record in the last 64 KiB, and then refuses the trailing data.
 */
export class ZipTrailingData extends Error {}

function endFollowedByData(end: Buffer): boolean {
  for (let at = end.lastIndexOf(EOCD_SIGNATURE); at >= 0; at = at === 0 ? -1 : end.lastIndexOf(EOCD_SIGNATURE, at - 1)) {
    if (at + 22 <= end.length && at + 22 + end.readUInt16LE(at + 20) < end.length) return true;
  }
  return false;
}

const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * yauzl over a reader that holds the end of the file in memory: the central
 * directory and, usually, the metadata files written just before it. yauzl
 * reads each directory entry with reads of its own, and a wheel of 20,000
 * files took 0.9 s of them; read at once, the same listing takes a few ms.
 */
async function openZip(path: string): Promise<yauzl.ZipFile> {
  const handle = await open(path, 'r');
  let reader: TailReader;
  // The last 64 KiB and 22 bytes, where the end record is: the held tail includes them.
  let end: Buffer;
  try {
    const { size } = await handle.stat();
    end = Buffer.alloc(Math.min(size, 22 + 0xffff));
    await handle.read(end, 0, end.length, size - end.length);
    const start = await tailStart(handle, size, end);
    const tail = Buffer.alloc(size - start);
    await handle.read(tail, 0, tail.length, start);
    reader = new TailReader(handle, tail, start, path);
  } catch (error) {
    await handle.close();
    throw error;
  }
  // decodeStrings off: yauzl would otherwise stop at the first absolute or
  // `..` path, and we want to list them all and report them as findings.
  try {
    return await yauzl.fromRandomAccessReaderPromise(reader, reader.size, { decodeStrings: false, autoClose: false });
  } catch (error) {
    // yauzl closes its reader with the zip; without one, it is closed here.
    await handle.close();
    if (endFollowedByData(end)) throw new ZipTrailingData((error as Error).message);
    throw error;
  }
}

/** Metadata files come last in a wheel, before its central directory: read this much before it too. */
const BEFORE_DIRECTORY = 1 << 20;
/** The most held in memory: a larger directory is read from disk, as yauzl would. */
const MAX_TAIL = 64 << 20;

/** Where the held tail starts: a little before the central directory, as far as the end records say. */
async function tailStart(handle: FileHandle, size: number, end: Buffer): Promise<number> {
  const length = end.length;
  const at = end.lastIndexOf(EOCD_SIGNATURE);
  let directory = size - length;
  if (at >= 0 && at + 22 <= length) {
    directory = end.readUInt32LE(at + 16);
    // ZIP64: the locator before the end record gives the ZIP64 end record, which has the offset.
    if (directory === 0xffffffff && at >= 20 && end.readUInt32LE(at - 20) === 0x07064b50) {
      const record = Buffer.alloc(56);
      const { bytesRead } = await handle.read(record, 0, 56, Number(end.readBigUInt64LE(at - 12)));
      directory = bytesRead === 56 ? Number(record.readBigUInt64LE(48)) : size - length;
    }
  }
  const start = Math.max(0, Math.min(directory, size) - BEFORE_DIRECTORY, size - MAX_TAIL);
  return Math.min(start, size - length);
}

class TailReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly handle: FileHandle,
    private readonly tail: Buffer,
    private readonly start: number,
    private readonly path: string,
  ) {
    super();
  }

  get size(): number {
    return this.start + this.tail.length;
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    if (position >= this.start && position + length <= this.size) {
      this.tail.copy(buffer, offset, position - this.start, position - this.start + length);
      setImmediate(callback, null);
      return;
    }
    this.handle.read(buffer, offset, length, position).then(
      ({ bytesRead }) => callback(bytesRead === length ? null : new Error('unexpected end of file')),
      (error: Error) => callback(error),
    );
  }

  override _readStreamForRange(start: number, end: number): Readable {
    if (start >= this.start) return Readable.from([this.tail.subarray(start - this.start, end - this.start)]);
    return createReadStream(this.path, { start, end: end - 1 });
  }

  override close(callback: (err: Error | null) => void): void {
    this.handle.close().then(() => callback(null), (error: Error) => callback(error));
  }
}

export async function listZipEntries(path: string): Promise<ZipEntryInfo[]> {
  return (await readZip(path)).entries;
}

/** One entry's bytes, or undefined when the zip has no entry of that name. */
export async function readZipEntry(path: string, name: string): Promise<Buffer | undefined> {
  return (await readZip(path, () => [name])).members.get(name);
}

// ------------------------------------------------------------ tar.gz (sdists)

// tar-stream leaves `type` null for flags it does not decode; its types do not say so.
export type TarMemberType = tar.Header['type'] | 'unknown';

export interface TarMemberInfo {
  /** As stored, less a directory's trailing '/'. */
  name: string;
  /** 'unknown' for types tar-stream does not decode (GNU sparse files among them). */
  type: TarMemberType;
  size: number;
  /** Target of a symlink or hard link. */
  linkname: string | undefined;
}

/**
 * How much of an sdist is read before it is refused: members, and bytes of
 * tar (headers and padding included) inflated from the gzip. An 8.9 MB sdist
 * of 4 million empty members inflates to 2 GB of headers and held 800 MB of
 * member records; these stop such a file long before. The largest sdists on
 * PyPI hold tens of thousands of files and a few hundred MB.
 */
export interface ArchiveLimits {
  maxMembers: number;
  maxUnpackedBytes: number;
}

export const SDIST_LIMITS: ArchiveLimits = { maxMembers: 200_000, maxUnpackedBytes: 4 * 1024 ** 3 };

/** An archive past ArchiveLimits: refused as such, not as an unreadable file. */
export class ArchiveLimitExceeded extends Error {
  override name = 'ArchiveLimitExceeded';
  constructor(readonly limit: 'members' | 'bytes', readonly value: number, readonly max: number) {
    super(limit === 'members'
      ? `it has more than ${max} members`
      : `it unpacks to more than ${max} bytes`);
  }
}

export interface TarContents {
  members: TarMemberInfo[];
  /** The bytes of the regular files `pick` chose. */
  files: Map<string, Buffer>;
}

/**
 * A .tar.gz read as its bytes come (the digest pass hands them over): lists
 * every member and keeps the bytes of the regular files `pick` accepts,
 * decided as each header goes by. `end` throws when the file is not a gzipped
 * tar or a picked file exceeds MAX_MEMBER_BYTES.
 */
export function tarGzReader(pick: (member: TarMemberInfo) => boolean = () => false, limits: ArchiveLimits = SDIST_LIMITS): {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<TarContents>;
} {
  const gunzip = createGunzip();
  const extract = tar.extract();
  let failure: Error | undefined;
  const flowing = pipeline(gunzip, extract).catch((error: Error) => {
    failure ??= error;
  });
  const members: TarMemberInfo[] = [];
  const files = new Map<string, Buffer>();
  let unpacked = 0;
  const listing = (async () => {
    for await (const entry of extract) {
      const { header } = entry;
      // Each member: a 512-byte header, its data padded to 512 (PAX and GNU long-name records count as members here).
      unpacked += 512 + Math.ceil((header.size ?? 0) / 512) * 512;
      if (members.length >= limits.maxMembers) throw new ArchiveLimitExceeded('members', members.length + 1, limits.maxMembers);
      if (unpacked > limits.maxUnpackedBytes) throw new ArchiveLimitExceeded('bytes', unpacked, limits.maxUnpackedBytes);
      const member: TarMemberInfo = {
        name: header.type === 'directory' ? header.name.replace(/\/+$/, '') : header.name,
        type: (header.type as TarMemberType | null) ?? 'unknown',
        size: header.size ?? 0,
        linkname: header.linkname ?? undefined,
      };
      members.push(member);
      const wanted = (member.type === 'file' || member.type === 'contiguous-file') && pick(member);
      if (wanted && member.size > MAX_MEMBER_BYTES) {
        throw new Error(`'${member.name}' is ${member.size} bytes, more than the ${MAX_MEMBER_BYTES} read for a metadata file`);
      }
      if (wanted) files.set(member.name, await collect(entry, member.name));
      else entry.resume();
    }
  })().catch((error: Error) => {
    failure ??= error;
    // Nothing reads what is left: stop inflating it.
    gunzip.destroy();
  });
  return {
    write: (chunk) => (failure === undefined ? consumed(gunzip, chunk) : Promise.resolve()),
    end: async () => {
      if (!gunzip.destroyed) gunzip.end();
      await Promise.all([flowing, listing]);
      if (failure !== undefined) throw failure;
      return { members, files };
    },
  };
}

/** One streaming pass over a .tar.gz on disk (tarGzReader fed from the file). */
export async function readTarGz(path: string, pick: (member: TarMemberInfo) => boolean = () => false): Promise<TarContents> {
  const reader = tarGzReader(pick);
  for await (const chunk of createReadStream(path)) await reader.write(chunk as Buffer);
  return reader.end();
}

export async function listTarGz(path: string): Promise<TarMemberInfo[]> {
  return (await readTarGz(path)).members;
}

/** The distinct first path segments: an sdist must have exactly one, a directory. */
export function topLevelNames(names: readonly string[]): string[] {
  const tops = new Set<string>();
  for (const name of names) tops.add(name.split('/')[0]!);
  return [...tops];
}

/**
 * Why extracting a tar member is unsafe (its path, a link leaving the
 * project's directory, a device or other special file), or undefined.
 */
export function tarMemberProblem(member: TarMemberInfo): string | undefined {
  const path = pathProblem(member.name);
  if (path !== undefined) return path;
  switch (member.type) {
    case 'file':
    case 'contiguous-file':
    case 'directory':
      return undefined;
    case 'symlink': {
      const target = member.linkname ?? '';
      if (target === '' || target.startsWith('/') || /^[A-Za-z]:/.test(target)) return `symlink to '${target}'`;
      const resolved = posix.normalize(posix.join(posix.dirname(member.name), target));
      const top = member.name.split('/')[0];
      if (resolved.split('/')[0] !== top) return `symlink to '${target}' leaves '${top}/'`;
      return undefined;
    }
    case 'link': {
      const target = member.linkname ?? '';
      const problem = pathProblem(target);
      return problem === undefined ? undefined : `hard link to '${target}': ${problem}`;
    }
    default:
      return `${member.type === 'unknown' ? 'unsupported' : member.type} member`;
  }
}

/**
 * Writes `chunk` and settles once the stream has taken it (the caller may then
 * reuse its buffer), or once the stream is destroyed: zlib calls no write
 * callback for the chunk it failed on.
 */
export function consumed(stream: Writable, chunk: Buffer): Promise<void> {
  return new Promise<void>((resolve) => {
    if (stream.destroyed) return resolve();
    const done = () => {
      stream.off('close', done);
      resolve();
    };
    stream.once('close', done);
    stream.write(chunk, done);
  });
}

/** Reads a member of at most MAX_MEMBER_BYTES. */
async function collect(stream: AsyncIterable<unknown>, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > MAX_MEMBER_BYTES) throw new Error(`'${name}' is larger than the ${MAX_MEMBER_BYTES} bytes read for a metadata file`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
