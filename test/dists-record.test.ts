import { describe, expect, it } from 'vitest';
import { nodeAlgorithm, parseRecord, recordProblems, type MemberContent } from '../src/dists/record.ts';
import { python } from './helpers/dists-fixtures.ts';

/** RECORD as Python's csv.writer writes it (what wheel, setuptools and hatchling use), and csv.reader's rows of it. */
async function pythonRecord(rows: string[][], lineterminator: string): Promise<{ text: string; parsed: string[][] }> {
  const script = [
    'import csv, io, json, sys',
    'rows, term = json.loads(sys.argv[1]), sys.argv[2]',
    'out = io.StringIO()',
    'csv.writer(out, lineterminator=term).writerows(rows)',
    'text = out.getvalue()',
    'print(json.dumps({"text": text, "parsed": list(csv.reader(io.StringIO(text, newline="")))}))',
  ].join('\n');
  return JSON.parse(await python(script, [JSON.stringify(rows), lineterminator])) as { text: string; parsed: string[][] };
}

describe('parseRecord', () => {
  const rows = [
    ['pkg/__init__.py', 'sha256=AAAA', '10'],
    ['pkg/a,comma.py', 'sha256=BBBB', '3'],
    ['pkg/"quoted".txt', 'sha512=CCCC', '0'],
    ['pkg/ünïcode/文件.py', 'sha256=DDDD', '7'],
    ['pkg-1.0.dist-info/RECORD', '', ''],
  ];
  it.each(['\n', '\r\n'])('reads what csv.writer writes as csv.reader does (line end %j)', async (term) => {
    const { text, parsed } = await pythonRecord(rows, term);
    const ours = parseRecord(text);
    expect(ours.problems).toEqual([]);
    expect(ours.rows.map((r) => [r.path, r.algorithm ? `${r.algorithm}=${r.digest}` : '', r.size === undefined ? '' : String(r.size)])).toEqual(parsed);
    expect(ours.rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('names the lines that are not rows, and skips blank ones', () => {
    const { rows: read, problems } = parseRecord('a.py,sha256=x,1\n\nb.py,sha256=x\nc.py,nohash,1\nd.py,sha256=x,ten\n');
    expect(read.map((r) => r.path)).toEqual(['a.py']);
    expect(problems).toEqual([
      "RECORD line 3 has 2 fields, not the 3 of 'path,hash,size'",
      "RECORD line 4 has the hash 'nohash', not 'algorithm=digest'",
      "RECORD line 5 has the size 'ten', not a number of bytes",
    ]);
  });
});

describe('recordProblems', () => {
  const dir = 'pkg-1.0.dist-info';
  const content = (digest: string, size: number, algorithm = 'sha256'): MemberContent => ({ digest, size, algorithm });

  it('accepts RECORD itself and its signatures without a hash or a row', () => {
    const { rows } = parseRecord(`pkg/a.py,sha256=x,1\n${dir}/RECORD,,\n${dir}/RECORD.jws,,\n`);
    const files = ['pkg/a.py', `${dir}/RECORD`, `${dir}/RECORD.jws`, `${dir}/RECORD.p7s`];
    expect(recordProblems(rows, files, new Map([['pkg/a.py', content('x', 1)]]), dir)).toEqual([]);
  });

  it('finds rows twice, rows without a hash, weak hashes, and differences', () => {
    const { rows } = parseRecord(
      ['a.py,sha256=x,1', 'a.py,sha256=x,1', 'b.py,,2', 'c.py,sha1=y,1', 'd.py,sha256=z,5', 'e.py,sha512=w,1', 'gone.py,sha256=v,1'].join('\n'),
    );
    const contents = new Map([
      ['a.py', content('x', 1)],
      ['b.py', content('', 2)],
      ['d.py', content('other', 4)],
      ['e.py', content('w', 1, 'sha512')],
      ['new.py', content('', 1)],
    ]);
    expect(recordProblems(rows, ['a.py', 'b.py', 'c.py', 'd.py', 'e.py', 'new.py'], contents, dir)).toEqual([
      "RECORD lists 'a.py' twice (lines 1 and 2)",
      "'new.py' is in the wheel but not in RECORD",
      "RECORD gives no hash for 'b.py'",
      "RECORD hashes 'c.py' with sha1, which wheels may not use (sha256 or stronger)",
      "'d.py' is 4 bytes, RECORD says 5",
      "'d.py' does not match RECORD: its sha256 is other, RECORD says z",
      "RECORD lists 'gone.py', which is not in the wheel",
    ]);
  });

  it('knows the algorithms hashlib guarantees that the spec allows', () => {
    expect(['sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s'].map(nodeAlgorithm)).toEqual([
      'sha256', 'sha384', 'sha512', 'sha3-256', 'blake2b512', 'blake2s256',
    ]);
    expect(['md5', 'sha1', 'sha224', 'crc32'].map(nodeAlgorithm)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
