// A wheel's RECORD (the binary distribution format spec, PEP 376's CSV): one
// row per file, `path,algorithm=digest,size`, the digest URL-safe base64
// without padding. Installers trust it to know what they installed, and PyPI
// e-mails the owners of wheels whose RECORD disagrees with their contents.
// Pure: zip-walk.ts hashes the members, this compares.

export interface RecordRow {
  path: string;
  /** hashlib's name (`sha256`), or undefined when the row has no hash. */
  algorithm: string | undefined;
  /** URL-safe base64 without padding, as written. */
  digest: string | undefined;
  /** Undefined when the row gives none. */
  size: number | undefined;
  /** 1-based line in RECORD, for messages. */
  line: number;
}

/**
 * hashlib's guaranteed algorithms the spec allows ("sha256 or better": not
 * md5, sha1 or the 224-bit ones), as node's crypto names them.
 */
const NODE_NAMES: Readonly<Record<string, string>> = {
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
  sha3_256: 'sha3-256',
  sha3_384: 'sha3-384',
  sha3_512: 'sha3-512',
  // hashlib's defaults: 64- and 32-byte digests.
  blake2b: 'blake2b512',
  blake2s: 'blake2s256',
};

/** Node's name for a RECORD hash algorithm, or undefined when the spec does not allow it. */
export function nodeAlgorithm(algorithm: string): string | undefined {
  return NODE_NAMES[algorithm];
}

/** Files a wheel carries without a RECORD row of their own, or without a hash in it. */
export function unrecorded(path: string, distInfo: string): boolean {
  return path === `${distInfo}/RECORD` || path === `${distInfo}/RECORD.jws` || path === `${distInfo}/RECORD.p7s`;
}

/** The rows of RECORD, and the lines that are not rows, as Python's csv module reads them. */
export function parseRecord(text: string): { rows: RecordRow[]; problems: string[] } {
  const rows: RecordRow[] = [];
  const problems: string[] = [];
  let line = 0;
  for (const fields of csvRows(text)) {
    line = fields.line;
    if (fields.values.length === 0 || (fields.values.length === 1 && fields.values[0] === '')) continue;
    if (fields.values.length !== 3) {
      problems.push(`RECORD line ${line} has ${fields.values.length} field${fields.values.length === 1 ? '' : 's'}, not the 3 of 'path,hash,size'`);
      continue;
    }
    const [path, hash, size] = fields.values as [string, string, string];
    let algorithm: string | undefined;
    let digest: string | undefined;
    if (hash !== '') {
      const eq = hash.indexOf('=');
      if (eq <= 0) {
        problems.push(`RECORD line ${line} has the hash '${hash}', not 'algorithm=digest'`);
        continue;
      }
      algorithm = hash.slice(0, eq);
      digest = hash.slice(eq + 1);
    }
    if (size !== '' && !/^\d+$/.test(size)) {
      problems.push(`RECORD line ${line} has the size '${size}', not a number of bytes`);
      continue;
    }
    rows.push({ path, algorithm, digest, size: size === '' ? undefined : Number(size), line });
  }
  return { rows, problems };
}

/** What was read of one member: its size, and its digest in the algorithm its row names. */
export interface MemberContent {
  size: number;
  algorithm: string;
  digest: string;
}

/**
 * Every disagreement between RECORD and the wheel: files missing from either,
 * hashes and sizes that differ, rows without a hash or with a forbidden one.
 * `files` are the wheel's file members (not directories); `contents` what was
 * read of them (a member missing there was not readable: the archive rules say why).
 */
export function recordProblems(
  rows: readonly RecordRow[],
  files: readonly string[],
  contents: ReadonlyMap<string, MemberContent>,
  distInfo: string,
): string[] {
  const problems: string[] = [];
  const listed = new Map<string, RecordRow>();
  for (const row of rows) {
    if (listed.has(row.path)) problems.push(`RECORD lists '${row.path}' twice (lines ${listed.get(row.path)!.line} and ${row.line})`);
    else listed.set(row.path, row);
  }
  const present = new Set(files);
  for (const path of files) {
    if (!listed.has(path) && !unrecorded(path, distInfo)) problems.push(`'${path}' is in the wheel but not in RECORD`);
  }
  for (const row of listed.values()) {
    if (!present.has(row.path)) {
      problems.push(`RECORD lists '${row.path}', which is not in the wheel`);
      continue;
    }
    if (unrecorded(row.path, distInfo)) continue;
    if (row.algorithm === undefined) {
      problems.push(`RECORD gives no hash for '${row.path}'`);
      continue;
    }
    if (nodeAlgorithm(row.algorithm) === undefined) {
      problems.push(`RECORD hashes '${row.path}' with ${row.algorithm}, which wheels may not use (sha256 or stronger)`);
      continue;
    }
    const content = contents.get(row.path);
    if (content === undefined) continue;
    if (row.size !== undefined && row.size !== content.size) {
      problems.push(`'${row.path}' is ${content.size} bytes, RECORD says ${row.size}`);
    }
    if (content.algorithm === row.algorithm && content.digest !== row.digest) {
      problems.push(`'${row.path}' does not match RECORD: its ${row.algorithm} is ${content.digest}, RECORD says ${row.digest}`);
    }
  }
  return problems;
}

/** The rows of a CSV text as Python's csv.reader (excel dialect) splits them, with the line each starts on. */
function* csvRows(text: string): Iterable<{ values: string[]; line: number }> {
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const values: string[] = [];
    let value = '';
    let quoted = false;
    let inQuotes = false;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (inQuotes) {
        if (c === '"' && text[i + 1] === '"') {
          value += '"';
          i++;
        } else if (c === '"') inQuotes = false;
        else {
          if (c === '\n') line++;
          value += c;
        }
      } else if (c === '"' && value === '' && !quoted) {
        inQuotes = true;
        quoted = true;
      } else if (c === ',') {
        values.push(value);
        value = '';
        quoted = false;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        break;
      } else value += c;
    }
    values.push(value);
    yield { values: values.length === 1 && values[0] === '' ? [] : values, line: start };
  }
}
