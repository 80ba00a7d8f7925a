// A wheel read front to back, once: the records in the order they are stored
// (local headers with their data, the central directory, its end records)
// checked the way Warehouse's utils/zipfiles.py walks them, and every member's
// data inflated and hashed on the way for the RECORD check. It takes the
// file's chunks as the digest pass reads them, so the archive is never read a
// second time.
//
// Warehouse refuses a zip that a reader going by the local headers would see
// differently from one going by the central directory (zipfile, pip): a
// member missing from either, sizes that differ, prepended or trailing bytes.
// Its first such reason is the message, as Warehouse gives only one.
import { isUtf8 } from 'node:buffer';
import { createHash, type Hash } from 'node:crypto';
import { createInflateRaw, inflateRawSync, type InflateRaw } from 'node:zlib';
import { consumed } from './archive.ts';
import { nodeAlgorithm, type MemberContent } from './record.ts';

/** What the central directory (read first, by yauzl) says of a member. */
export interface CentralEntry {
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
}

export interface ZipWalkResult {
  /** Warehouse's reason for refusing the archive's structure, or undefined. */
  problem: string | undefined;
  /** Members whose data was read; absent when the walk stopped before them. */
  members: Map<string, MemberContent>;
  /** Members whose data could not be inflated, and why. */
  unreadable: Map<string, string>;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
// Extras that may appear once only: ZIP64 sizes and Info-ZIP's Unicode path.
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
const MAX32 = 0xffffffff;

class Refused extends Error {}

const hasUnprintable = (bytes: Buffer) => bytes.some((b) => b < 0x20 || b === 0x7f);

/**
 * The walk: `write` each chunk of the file in order, then `end`. `algorithmFor`
 * names the hash to compute for a member, as RECORD names it (`sha256`), or
 * undefined for none; the size is always counted.
 */
export class ZipWalk {
  private readonly central: ReadonlyMap<string, CentralEntry>;
  private readonly algorithmFor: (name: string) => string | undefined;
  private offset = 0;
  /** Bytes of the record being read, until `needed` are there. */
  private header: Buffer = Buffer.alloc(0);
  private needed = 4;
  private state: 'signature' | 'local' | 'local-names' | 'data' | 'central' | 'central-names' | 'eocd' | 'comment' | 'eocd64' | 'locator' | 'done' | 'failed' =
    'signature';
  private problem: string | undefined;
  private readonly locals = new Set<string>();
  private readonly centrals = new Set<string>();
  private local: { gpbf: number; method: number; compressed: number; size: number } | undefined;
  /** The name's length in the header being read, which comes before the name. */
  private nameLength = 0;
  private centralRecords = 0;
  private centralOffset: number | undefined;
  private centralSize = 0;
  private eocd: { records: number; size: number; offset: number } | undefined;
  private eocd64Seen = false;
  private locatorSeen = false;
  private skip = 0;
  private member: MemberSink | undefined;
  private dataLeft = 0;
  private readonly members = new Map<string, MemberContent>();
  private readonly unreadable = new Map<string, string>();

  constructor(central: ReadonlyMap<string, CentralEntry>, algorithmFor: (name: string) => string | undefined) {
    this.central = central;
    this.algorithmFor = algorithmFor;
  }

  async write(chunk: Buffer): Promise<void> {
    let at = 0;
    while (at < chunk.length && this.state !== 'failed') {
      if (this.state === 'done') {
        this.fail('Trailing data');
        break;
      }
      if (this.state === 'data') {
        const n = Math.min(this.dataLeft, chunk.length - at);
        // The bytes are handed on before the chunk's buffer is reused.
        if (this.member) await this.member.write(chunk.subarray(at, at + n));
        at += n;
        this.dataLeft -= n;
        if (this.dataLeft === 0) await this.finishMember();
        continue;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - at);
        at += n;
        this.skip -= n;
        if (this.skip === 0 && this.state === 'comment') this.state = 'done';
        continue;
      }
      const n = Math.min(this.needed - this.header.length, chunk.length - at);
      this.header = this.header.length === 0 && n === this.needed ? chunk.subarray(at, at + n) : Buffer.concat([this.header, chunk.subarray(at, at + n)]);
      at += n;
      if (this.header.length < this.needed) continue;
      const record = this.header;
      const recordStart = this.offset + at - record.length;
      this.header = Buffer.alloc(0);
      try {
        this.onRecord(record, recordStart);
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        this.fail(error.message);
      }
    }
    this.offset += chunk.length;
  }

  async end(): Promise<ZipWalkResult> {
    if (this.state === 'data' && this.dataLeft === 0) await this.finishMember();
    // Warehouse seeks past a short comment and then finds the file ends before its position.
    if (this.state === 'comment') this.fail('Trailing data');
    else if (this.state !== 'done' && this.state !== 'failed') this.fail('Malformed zip file');
    if (this.problem === undefined && this.locals.size !== this.centrals.size) {
      this.problem = 'Mis-matched local headers and central directory';
    }
    return { problem: this.problem, members: this.members, unreadable: this.unreadable };
  }

  private fail(reason: string): void {
    this.problem ??= reason;
    this.state = 'failed';
    void this.member?.abandon();
    this.member = undefined;
  }

  private expect(state: ZipWalk['state'], needed: number): void {
    this.state = state;
    this.needed = needed;
  }

  private onRecord(record: Buffer, start: number): void {
    switch (this.state) {
      case 'signature':
        return this.onSignature(record.readUInt32LE(0), start);
      case 'local':
        return this.onLocal(record);
      case 'local-names':
        return this.onLocalNames(record);
      case 'central':
        return this.onCentral(record);
      case 'central-names':
        return this.onCentralNames(record);
      case 'eocd':
        return this.onEocd(record);
      case 'eocd64':
        return this.onEocd64(record);
      case 'locator':
        this.locatorSeen = true;
        return this.expect('signature', 4);
      default:
        throw new Error(`zip walk: unexpected record in state ${this.state}`);
    }
  }

  private onSignature(signature: number, start: number): void {
    switch (signature) {
      case SIG_LOCAL:
        return this.expect('local', 26);
      case SIG_CENTRAL:
        this.centralOffset ??= start;
        this.centralRecords++;
        return this.expect('central', 42);
      case SIG_EOCD:
        if (this.eocd64Seen && !this.locatorSeen) throw new Refused('Malformed zip file');
        this.centralOffset ??= start;
        return this.expect('eocd', 18);
      case SIG_EOCD64:
        this.eocd64Seen = true;
        return this.expect('eocd64', 52);
      case SIG_EOCD64_LOCATOR:
        return this.expect('locator', 16);
      default:
        throw new Refused('Unknown record signature');
    }
  }

  private onLocal(r: Buffer): void {
    this.local = {
      gpbf: r.readUInt16LE(2),
      method: r.readUInt16LE(4),
      compressed: r.readUInt32LE(14),
      size: r.readUInt32LE(18),
    };
    this.nameLength = r.readUInt16LE(22);
    this.expect('local-names', this.nameLength + r.readUInt16LE(24));
    // A local header with neither name nor extras: its data follows at once.
    if (this.needed === 0) this.onLocalNames(Buffer.alloc(0));
  }

  private onLocalNames(r: Buffer): void {
    const local = this.local!;
    const nameBytes = r.subarray(0, this.nameLength);
    let extra = r.subarray(this.nameLength);
    if (hasUnprintable(nameBytes)) throw new Refused('Invalid character in filename');
    const seen = new Set<number>();
    while (extra.length > 0) {
      if (extra.length < 4) throw new Refused('Malformed zip file');
      const id = extra.readUInt16LE(0);
      const size = extra.readUInt16LE(2);
      if (size + 4 > extra.length) throw new Refused('Malformed zip file');
      if (seen.has(id) && (id === ZIP64_EXTRA || id === UNICODE_PATH_EXTRA)) throw new Refused('Invalid duplicate extra in local file');
      seen.add(id);
      if (id === ZIP64_EXTRA) {
        if (![0, 8, 16, 24, 28].includes(size)) throw new Refused('Malformed zip file');
        if (size === 0) {
          if (local.compressed === MAX32 || local.size === MAX32) throw new Refused('Malformed zip file');
        } else if (size === 8) {
          // Only the uncompressed size: the member must be stored, its two sizes equal.
          if (local.method !== 0) throw new Refused('Malformed zip file');
          const uncompressed = Number(extra.readBigUInt64LE(4));
          local.compressed = uncompressed;
          if (local.size === MAX32) local.size = uncompressed;
        } else {
          if (local.size === MAX32) local.size = Number(extra.readBigUInt64LE(4));
          local.compressed = Number(extra.readBigUInt64LE(12));
        }
      } else if (id === UNICODE_PATH_EXTRA) {
        const unicodeName = extra.subarray(9, 4 + size);
        if (hasUnprintable(unicodeName)) throw new Refused('Invalid character in filename');
        if (!isUtf8(unicodeName)) throw new Refused('Filename not valid UTF-8');
      }
      extra = extra.subarray(size + 4);
    }
    if (local.gpbf & 0x08) throw new Refused('ZIP contains a data descriptor');
    if (!isUtf8(nameBytes)) throw new Refused('Filename not unicode');
    // Looked up as zipfile names the central directory's entries (decoded),
    // compared with the central directory's names as bytes, as Warehouse does.
    const name = nameBytes.toString('utf8');
    const entry = this.central.get(name);
    if (entry === undefined) throw new Refused('Filename not in central directory');
    if (entry.compressedSize !== local.compressed) throw new Refused('Mis-matched data size');
    if (entry.uncompressedSize !== local.size) throw new Refused('Mis-matched file size');
    const raw = nameBytes.toString('latin1');
    if (this.locals.has(raw)) throw new Refused('Duplicate filename in local headers');
    this.locals.add(raw);
    this.member = memberSink(name, entry, this.algorithmFor(name));
    this.dataLeft = local.compressed;
    this.state = 'data';
    this.needed = 0;
  }

  private async finishMember(): Promise<void> {
    const member = this.member;
    this.member = undefined;
    this.state = 'signature';
    this.needed = 4;
    if (member === undefined) return;
    const result = await member.end();
    if ('error' in result) this.unreadable.set(member.name, result.error);
    else this.members.set(member.name, result);
  }

  private onCentral(r: Buffer): void {
    const commentLength = r.readUInt16LE(28);
    if (commentLength !== 0) throw new Refused('Comment in central directory');
    const nameLength = r.readUInt16LE(24);
    const extraLength = r.readUInt16LE(26);
    this.centralSize += 46 + nameLength + extraLength;
    this.nameLength = nameLength;
    this.expect('central-names', nameLength + extraLength);
    if (this.needed === 0) this.onCentralNames(Buffer.alloc(0));
  }

  private onCentralNames(r: Buffer): void {
    const nameBytes = r.subarray(0, this.nameLength);
    if (hasUnprintable(nameBytes)) throw new Refused('Invalid character in filename');
    const raw = nameBytes.toString('latin1');
    if (this.centrals.has(raw)) throw new Refused('Duplicate filename in central directory');
    if (!this.locals.has(raw)) throw new Refused('Missing filename in local headers');
    this.centrals.add(raw);
    this.expect('signature', 4);
  }

  private onEocd(r: Buffer): void {
    const onDisk = r.readUInt16LE(4);
    const records = r.readUInt16LE(6);
    const size = r.readUInt32LE(8);
    const offset = r.readUInt32LE(12);
    const comment = r.readUInt16LE(16);
    if (onDisk !== records) throw new Refused('Malformed zip file');
    // With a ZIP64 end record and its locator, the ZIP64 values count.
    if (!(this.locatorSeen && this.eocd !== undefined)) this.eocd = { records, size, offset };
    const eocd = this.eocd;
    if (eocd.records !== this.centralRecords) throw new Refused('Mismatched central directory records');
    if (this.centralOffset === undefined || eocd.offset !== this.centralOffset) throw new Refused('Mismatched central directory offset');
    if (eocd.size !== this.centralSize) throw new Refused('Mismatched central directory size');
    this.skip = comment;
    this.state = comment > 0 ? 'comment' : 'done';
  }

  private onEocd64(r: Buffer): void {
    const recordSize = Number(r.readBigUInt64LE(0));
    const onDisk = Number(r.readBigUInt64LE(20));
    const records = Number(r.readBigUInt64LE(28));
    const size = Number(r.readBigUInt64LE(36));
    const offset = Number(r.readBigUInt64LE(44));
    if (onDisk !== records) throw new Refused('Malformed zip file');
    if (recordSize !== 44) throw new Refused('ZIP64 extensible data not allowed');
    this.eocd = { records, size, offset };
    this.expect('signature', 4);
  }
}

interface MemberSink {
  name: string;
  write(data: Buffer): Promise<void>;
  end(): Promise<MemberContent | { error: string }>;
  abandon(): Promise<void>;
}

/**
 * Members this small are inflated here, in one call, once their compressed
 * bytes are in: most of a wheel's files are, and a round trip to zlib's
 * thread per file costs more than the inflating.
 */
const INFLATE_HERE_BELOW = 1 << 20;
/** zlib's output chunk for a large member: its 16 KiB default meant a callback and a hash update per 16 KiB. */
const INFLATE_CHUNK = 1 << 20;

function memberSink(name: string, entry: CentralEntry, algorithm: string | undefined): MemberSink | undefined {
  // Other compression methods are refused by the archive rules, and not read.
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return undefined;
  const node = algorithm === undefined ? undefined : nodeAlgorithm(algorithm);
  const hash: Hash | undefined = node === undefined ? undefined : createHash(node);
  let size = 0;
  let error: string | undefined;
  const tooLarge = `inflates to more than the ${entry.uncompressedSize} bytes its header says`;
  const take = (data: Buffer) => {
    size += data.length;
    if (size > entry.uncompressedSize) error ??= tooLarge;
    else hash?.update(data);
  };
  const result = (): MemberContent | { error: string } =>
    error !== undefined ? { error } : { size, algorithm: algorithm ?? '', digest: hash ? hash.digest('base64url') : '' };
  if (entry.compressionMethod === 0) {
    return { name, write: async (data) => take(data), end: async () => result(), abandon: async () => undefined };
  }
  if (entry.compressedSize < INFLATE_HERE_BELOW && entry.uncompressedSize < INFLATE_HERE_BELOW) {
    const inflate = (compressed: Buffer) => {
      try {
        // One byte over the header's size is enough to know it lies. The output
        // buffer is that size (zlib's default, 16 KiB, for each of a wheel's many
        // small files was most of the garbage: 20,000 files, peak RSS 202 -> 171 MB).
        const limit = entry.uncompressedSize + 1;
        take(inflateRawSync(compressed, { maxOutputLength: limit, chunkSize: Math.max(64, limit) }));
      } catch (e) {
        error ??= e instanceof RangeError ? tooLarge : `is not valid deflate data (${(e as Error).message})`;
      }
    };
    let compressed: Buffer | undefined;
    let filled = 0;
    return {
      name,
      write: async (data) => {
        // Most members arrive whole in one chunk: inflated from it, before the pass reuses its buffer.
        if (filled === 0 && data.length === entry.compressedSize) {
          filled = data.length;
          inflate(data);
          return;
        }
        compressed ??= Buffer.allocUnsafe(entry.compressedSize);
        filled += data.copy(compressed, filled);
      },
      end: async () => {
        if (compressed !== undefined) inflate(compressed.subarray(0, filled));
        return result();
      },
      abandon: async () => undefined,
    };
  }
  const inflater: InflateRaw = createInflateRaw({ chunkSize: INFLATE_CHUNK });
  inflater.on('data', (data: Buffer) => take(data));
  const done = new Promise<void>((resolve) => {
    inflater.once('end', resolve);
    inflater.once('error', (e) => {
      error ??= `is not valid deflate data (${e.message})`;
      resolve();
    });
  });
  return {
    name,
    // Settles once zlib has taken the bytes: the pass reuses its buffers.
    write: (data) => (error === undefined ? consumed(inflater, data) : Promise.resolve()),
    end: async () => {
      if (!inflater.destroyed) inflater.end();
      await done;
      return result();
    },
    abandon: async () => {
      inflater.destroy();
    },
  };
}
