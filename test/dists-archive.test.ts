// Archives written by Python's own zipfile and tarfile, hostile members included.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_MEMBER_BYTES,
  listTarGz,
  listZipEntries,
  pathProblem,
  readTarGz,
  readZip,
  readZipEntry,
  tarMemberProblem,
  topLevelNames,
} from '../src/dists/archive.ts';
import { python } from './helpers/dists-fixtures.ts';

let dir: string;
let zip: string;
let bigZip: string;
let tgz: string;
let bigTgz: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dists-archive-'));
  [zip, bigZip, tgz, bigTgz] = ['t.zip', 'big.zip', 't.tar.gz', 'big.tar.gz'].map((n) => join(dir, n)) as [string, string, string, string];
  await python(
    [
      'import io, sys, tarfile, zipfile',
      'zip, big_zip, tgz, big_tgz, limit = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])',
      'with zipfile.ZipFile(zip, "w") as z:',
      '    z.writestr(zipfile.ZipInfo("pkg/__init__.py"), b"x = 1\\n")',
      '    z.writestr("pkg/deflated.txt", b"squeeze me " * 100, compress_type=zipfile.ZIP_DEFLATED)',
      '    z.writestr("caf\\u00e9.txt", b"utf-8 name")',
      '    z.writestr(zipfile.ZipInfo("../evil.py"), b"")',
      '    z.writestr(zipfile.ZipInfo("/abs.py"), b"")',
      '    z.writestr(zipfile.ZipInfo("dir\\\\back.py"), b"")',
      'with zipfile.ZipFile(big_zip, "w", zipfile.ZIP_DEFLATED) as z:',
      '    z.writestr("big.bin", bytes(limit + 1))',
      'def add(t, name, data=None, **kw):',
      '    info = tarfile.TarInfo(name)',
      '    for k, v in kw.items(): setattr(info, k, v)',
      '    if data is not None: info.size = len(data)',
      '    t.addfile(info, io.BytesIO(data) if data is not None else None)',
      'with tarfile.open(tgz, "w:gz", format=tarfile.PAX_FORMAT) as t:',
      '    add(t, "top", type=tarfile.DIRTYPE)',
      '    add(t, "top/PKG-INFO", b"Metadata-Version: 2.4\\nName: top\\nVersion: 1.0\\n")',
      '    add(t, "top/" + "long/" * 30 + "deep.txt", b"pax path")',
      '    add(t, "top/link", type=tarfile.SYMTYPE, linkname="../../etc/passwd")',
      '    add(t, "top/hard", type=tarfile.LNKTYPE, linkname="top/PKG-INFO")',
      '    add(t, "/abs.txt", b"")',
      '    add(t, "other/x.txt", b"")',
      'with tarfile.open(big_tgz, "w:gz") as t:',
      '    add(t, "top/PKG-INFO", bytes(limit + 1))',
      '    add(t, "top/setup.py", b"")',
    ].join('\n'),
    [zip, bigZip, tgz, bigTgz, String(MAX_MEMBER_BYTES)],
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pathProblem', () => {
  it.each([
    ['pkg/mod.py', undefined],
    ['pkg/..data/x', undefined],
    ['', 'empty path'],
    ['../x', "'..' segment in the path"],
    ['pkg/../../x', "'..' segment in the path"],
    ['/etc/passwd', 'absolute path'],
    ['C:/x', 'absolute path'],
    ['c:x', 'absolute path'],
    ['pkg\\x', 'backslash in the path'],
    ['a\nb', 'control character in the path'],
  ])('%j -> %j', (name, problem) => {
    expect(pathProblem(name)).toBe(problem);
  });
});

describe('zip', () => {
  it('lists every entry as stored, hostile names included, with sizes and methods', async () => {
    const entries = await listZipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(['pkg/__init__.py', 'pkg/deflated.txt', 'café.txt', '../evil.py', '/abs.py', 'dir\\back.py']);
    expect(entries[0]).toEqual({
      name: 'pkg/__init__.py',
      compressionMethod: 0,
      compressedSize: 6,
      uncompressedSize: 6,
      dataDescriptor: false,
      hasComment: false,
    });
    expect(entries[1]).toMatchObject({ compressionMethod: 8, uncompressedSize: 1100 });
  });

  it('reads stored and deflated entries by name', async () => {
    expect((await readZipEntry(zip, 'pkg/__init__.py'))?.toString()).toBe('x = 1\n');
    expect((await readZipEntry(zip, 'pkg/deflated.txt'))?.toString()).toBe('squeeze me '.repeat(100));
    expect(await readZipEntry(zip, 'missing.txt')).toBeUndefined();
  });

  it('reads several entries in one open, chosen from the listing', async () => {
    const { members } = await readZip(zip, (entries) => entries.filter((e) => e.name.startsWith('pkg/')).map((e) => e.name));
    expect([...members.keys()]).toEqual(['pkg/__init__.py', 'pkg/deflated.txt']);
  });

  // The end of a zip is held in memory (the central directory and what comes
  // just before it); a member further back is read from the file.
  it('reads a member from before the part of the file it holds in memory', async () => {
    const far = join(dir, 'far.zip');
    await python(
      [
        'import os, sys, zipfile',
        'with zipfile.ZipFile(sys.argv[1], "w") as z:',
        '    z.writestr("first.txt", b"at the start\\n")',
        '    z.writestr("padding.bin", os.urandom(3 * 1024 * 1024))',
        '    z.writestr("last.txt", b"at the end\\n")',
      ].join('\n'),
      [far],
    );
    const { entries, members } = await readZip(far, () => ['first.txt', 'last.txt']);
    expect(entries.map((e) => e.name)).toEqual(['first.txt', 'padding.bin', 'last.txt']);
    expect(Object.fromEntries([...members].map(([k, v]) => [k, v.toString()]))).toEqual({ 'first.txt': 'at the start\n', 'last.txt': 'at the end\n' });
  });

  it('refuses to read an entry whose path is unsafe', async () => {
    await expect(readZipEntry(zip, '../evil.py')).rejects.toThrow("refusing to read '../evil.py': '..' segment in the path");
    await expect(readZipEntry(zip, '/abs.py')).rejects.toThrow(/absolute path/);
  });

  it('does not read a member past the size limit', async () => {
    await expect(readZipEntry(bigZip, 'big.bin')).rejects.toThrow(/more than the 16777216/);
    expect((await listZipEntries(bigZip))[0]!.uncompressedSize).toBe(MAX_MEMBER_BYTES + 1);
  });

  it('fails on a file that is not a zip', async () => {
    await expect(listZipEntries(tgz)).rejects.toThrow(/end of central directory/i);
  });
});

describe('tar.gz', () => {
  it('lists every member with its type and link target', async () => {
    const members = await listTarGz(tgz);
    expect(members.map((m) => [m.name, m.type, m.linkname])).toEqual([
      ['top', 'directory', undefined],
      ['top/PKG-INFO', 'file', undefined],
      [`top/${'long/'.repeat(30)}deep.txt`, 'file', undefined],
      ['top/link', 'symlink', '../../etc/passwd'],
      ['top/hard', 'link', 'top/PKG-INFO'],
      ['/abs.txt', 'file', undefined],
      ['other/x.txt', 'file', undefined],
    ]);
    expect(topLevelNames(members.map((m) => m.name))).toEqual(['top', '', 'other']);
    expect(members.map(tarMemberProblem)).toEqual([
      undefined,
      undefined,
      undefined,
      "symlink to '../../etc/passwd' leaves 'top/'",
      undefined,
      'absolute path',
      undefined,
    ]);
  });

  it('keeps only the members asked for', async () => {
    const { files } = await readTarGz(tgz, (m) => m.name.endsWith('/PKG-INFO'));
    expect([...files.keys()]).toEqual(['top/PKG-INFO']);
    expect(files.get('top/PKG-INFO')?.toString()).toContain('Name: top');
  });

  it('streams past large members, and refuses to hold one', async () => {
    expect((await listTarGz(bigTgz)).map((m) => m.size)).toEqual([MAX_MEMBER_BYTES + 1, 0]);
    await expect(readTarGz(bigTgz, (m) => m.name === 'top/PKG-INFO')).rejects.toThrow(/more than the 16777216/);
  });

  it('fails on a file that is not a gzipped tar', async () => {
    await expect(listTarGz(zip)).rejects.toThrow(/incorrect header check/);
    const notTar = join(dir, 'not-tar.tar.gz');
    await python('import gzip, sys; open(sys.argv[1], "wb").write(gzip.compress(b"just text, no tar header" * 40))', [notTar]);
    await expect(listTarGz(notTar)).rejects.toThrow();
    const truncated = join(dir, 'truncated.tar.gz');
    const whole = await readFile(tgz);
    await writeFile(truncated, whole.subarray(0, whole.length >> 1));
    await expect(listTarGz(truncated)).rejects.toThrow();
  });
});
