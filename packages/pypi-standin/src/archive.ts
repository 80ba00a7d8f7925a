// Reads an uploaded archive far enough for Warehouse's `_is_valid_dist_file`
// checks: is it a zip, a tar, what members does it hold, and (for a wheel)
// the METADATA that PEP 658 serves beside the file. The verdict is upload.ts's.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import yauzl from 'yauzl';
import { wheelDistInfoDir } from '../../../src/dists/filename.ts';
import type { ArchiveInfo } from './upload-file.ts';

export interface InspectedArchive extends ArchiveInfo {
  /** `{name}-{version}.dist-info/METADATA` of a wheel, when present and readable. */
  wheelMetadata: Buffer | undefined;
}

// PEP 658 metadata is small; a huge one is not worth holding in memory.
const MAX_METADATA_BYTES = 16 * 1024 * 1024;

interface ZipListing {
  names: string[] | undefined;
  unsupportedCompression: boolean;
  uncompressedSize: number;
  metadata: Buffer | undefined;
}

async function readAll(stream: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      stream.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** undefined when the file is not a zip at all (no end-of-central-directory record). */
async function listZip(path: string, metadataName: string | undefined): Promise<ZipListing | undefined> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch {
    return undefined;
  }
  const listing: ZipListing = { names: [], unsupportedCompression: false, uncompressedSize: 0, metadata: undefined };
  try {
    for await (const entry of zip.eachEntry()) {
      listing.names!.push(entry.fileName);
      listing.uncompressedSize += entry.uncompressedSize;
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) listing.unsupportedCompression = true;
      else if (entry.fileName === metadataName && entry.uncompressedSize <= MAX_METADATA_BYTES) {
        listing.metadata = await readAll(await zip.openReadStreamPromise(entry), MAX_METADATA_BYTES);
      }
    }
  } catch {
    // Listed as a zip but does not read through: Python's BadZipFile.
    listing.names = undefined;
  } finally {
    zip.close();
  }
  return listing;
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Member names of a (gzipped) tar, or `{ isTar: false }` when not even the
 * first header parses (`tarfile.is_tarfile`), or names undefined when it
 * breaks later (`ReadError` while listing).
 */
async function listTar(path: string): Promise<{ isTar: boolean; names: string[] | undefined }> {
  const names: string[] = [];
  const extract = tar.extract();
  const gzipped = await startsWithGzipMagic(path);
  const feeding = gzipped
    ? pipeline(createReadStream(path), createGunzip(), extract)
    : pipeline(createReadStream(path), extract);
  const reading = (async () => {
    for await (const entry of extract) {
      names.push(entry.header.name);
      entry.resume();
    }
  })();
  const [fed, read] = await Promise.allSettled([feeding, reading]);
  if (fed.status === 'fulfilled' && read.status === 'fulfilled') return { isTar: names.length > 0, names };
  return { isTar: names.length > 0, names: undefined };
}

export async function inspectArchive(path: string, filename: string): Promise<InspectedArchive> {
  const distInfo = filename.endsWith('.whl') ? wheelDistInfoDir(filename) : undefined;
  const metadataName = distInfo === undefined ? undefined : `${distInfo}/METADATA`;
  const [zip, tarListing] = await Promise.all([listZip(path, metadataName), listTar(path)]);
  const ownKind = filename.endsWith('.tar.gz') ? tarListing.names : zip?.names;
  return {
    isZip: zip !== undefined,
    isTar: tarListing.isTar,
    names: ownKind,
    unsupportedCompression: zip?.unsupportedCompression ?? false,
    uncompressedSize: zip?.uncompressedSize ?? 0,
    wheelMetadata: zip?.metadata,
  };
}
