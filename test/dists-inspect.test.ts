// The inspect stage on real distributions: a small setuptools project built
// with pypa/build, then copies of its files with one defect each, made with
// Python's zipfile and tarfile.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEMBER_BYTES } from '../src/dists/archive.ts';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { findDists } from '../src/dists/find.ts';
import { importableTopLevel, inspectDists } from '../src/dists/inspect.ts';
import { field } from '../src/dists/metadata.ts';
import { DEMO, buildDemo, copySdist, copyWheel, python, pythonDigests } from './helpers/dists-fixtures.ts';

const EXPECTED = { version: DEMO.version, name: 'demo-pkg' };
const SDIST = 'demo_pkg-1.2.0.tar.gz';
const WHEEL = 'demo_pkg-1.2.0-py3-none-any.whl';
const DIST_INFO = 'demo_pkg-1.2.0.dist-info';

let work: string;
let sdist: string;
let wheel: string;
let slot = 0;

/** A fresh directory per defective copy: several keep the sound file's name. */
async function place(name: string): Promise<string> {
  const dir = join(work, 'defects', String(slot++));
  await mkdir(dir, { recursive: true });
  return join(dir, name);
}

/** Writes `size` as the uncompressed size of member `name` in both its local and central headers. */
async function declaredSize(path: string, name: string, size: number): Promise<string> {
  await python(
    [
      'import struct, sys',
      'path, name, size = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3])',
      'data = bytearray(open(path, "rb").read())',
      'for signature, name_length_at, name_at, size_at in ((b"PK\\x03\\x04", 26, 30, 22), (b"PK\\x01\\x02", 28, 46, 24)):',
      '    i = data.find(signature)',
      '    while i >= 0:',
      '        n = struct.unpack_from("<H", data, i + name_length_at)[0]',
      '        if data[i + name_at:i + name_at + n] == name: struct.pack_into("<I", data, i + size_at, size)',
      '        i = data.find(signature, i + 4)',
      'open(path, "wb").write(data)',
    ].join('\n'),
    [path, name, String(size)],
  );
  return path;
}

async function renamed(src: string, name: string): Promise<string> {
  const dest = await place(name);
  await copyFile(src, dest);
  return dest;
}

async function failure(paths: string[], expected: { version: string; name?: string } = EXPECTED): Promise<ReleaseError> {
  const error: unknown = await inspectDists(paths, expected).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isReleaseError(error)) throw new Error(`expected a ReleaseError, got ${String(error)}`);
  expect(error.code).toBe('DIST_INVALID');
  return error;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dists-inspect-'));
  [sdist, wheel] = await buildDemo(work, join(work, 'dist'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a sound build', () => {
  it('is found in its directory, sdist first, other files left out', async () => {
    const dir = join(work, 'dist');
    await writeFile(join(dir, 'notes.txt'), '');
    await mkdir(join(dir, 'not-a-file.whl'));
    expect(await findDists(dir)).toEqual([sdist, wheel]);
  });

  it('passes every check and fills every Dist field', async () => {
    const [w, s] = await inspectDists([wheel, sdist], EXPECTED);
    expect(w).toMatchObject({
      path: wheel,
      filename: WHEEL,
      kind: 'wheel',
      name: DEMO.name,
      version: DEMO.version,
      pyversion: 'py3',
      topLevel: ['demo_ns', 'demo_pkg', 'solo'],
    });
    expect(s).toMatchObject({
      path: sdist,
      filename: SDIST,
      kind: 'sdist',
      name: DEMO.name,
      version: DEMO.version,
      pyversion: 'source',
      topLevel: [],
    });
    for (const dist of [w!, s!]) {
      const { sha256, size } = dist;
      expect({ sha256, size }).toEqual(await pythonDigests(dist.path));
      expect(field(dist.metadata, 'summary')).toBe(DEMO.summary);
      // setuptools >= 77 writes PEP 639 License-File, which is checked against the archive.
      expect(field(dist.metadata, 'license-file')).toBe('LICENSE');
    }
  });

  it('accepts the version written any equivalent PEP 440 way, and the name any normalized way', async () => {
    await expect(inspectDists([sdist, wheel], { version: '1.2', name: 'DEMO_pkg' })).resolves.toHaveLength(2);
  });

  it('is refused for another version or project than the one being released', async () => {
    const error = await failure([sdist, wheel], { version: '1.3.0', name: 'other' });
    expect(error.details).toEqual([
      `${SDIST}: Project 'Demo.Pkg' is not the project being released, 'other'.`,
      `${WHEEL}: Project 'Demo.Pkg' is not the project being released, 'other'.`,
      `${SDIST}: Version '1.2.0' is not the version being released, '1.3.0'.`,
      `${WHEEL}: Version '1.2.0' is not the version being released, '1.3.0'.`,
    ]);
  });
});

describe('defective copies', () => {
  const cases: [label: string, make: () => Promise<string>, detail: string][] = [
    [
      'an sdist whose name is not PEP 625',
      () => renamed(sdist, 'Demo.Pkg-1.2.0.tar.gz'),
      "Demo.Pkg-1.2.0.tar.gz: Filename 'Demo.Pkg-1.2.0.tar.gz' is invalid, should be 'demo_pkg-1.2.0.tar.gz'.",
    ],
    [
      'a wheel without RECORD',
      async () => copyWheel(wheel, await place(WHEEL), { drop: [`${DIST_INFO}/RECORD`] }),
      `${WHEEL}: Wheel '${WHEEL}' does not contain the required RECORD file: ${DIST_INFO}/RECORD`,
    ],
    [
      'a wheel without METADATA',
      async () => copyWheel(wheel, await place(WHEEL), { drop: [`${DIST_INFO}/METADATA`] }),
      `${WHEEL}: Wheel '${WHEEL}' does not contain the required METADATA file: ${DIST_INFO}/METADATA`,
    ],
    [
      'a local version',
      async () =>
        copyWheel(wheel, await place('demo_pkg-1.2.0+local1-py3-none-any.whl'), {
          renameDir: [DIST_INFO, 'demo_pkg-1.2.0+local1.dist-info'],
          edit: { [`${DIST_INFO}/METADATA`]: ['Version: 1.2.0', 'Version: 1.2.0+local1'] },
        }),
      "demo_pkg-1.2.0+local1-py3-none-any.whl: The use of local versions in '1.2.0+local1' is not allowed.",
    ],
    [
      'a wheel renamed to another version',
      () => renamed(wheel, 'demo_pkg-1.2.1-py3-none-any.whl'),
      "demo_pkg-1.2.1-py3-none-any.whl: Version in filename should be '1.2.0' not '1.2.1'.",
    ],
    [
      'a linux_x86_64 wheel',
      () => renamed(wheel, 'demo_pkg-1.2.0-py3-none-linux_x86_64.whl'),
      "demo_pkg-1.2.0-py3-none-linux_x86_64.whl: Binary wheel 'demo_pkg-1.2.0-py3-none-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
    ],
    [
      'an sdist with two top-level directories',
      async () => copySdist(sdist, await place(SDIST), { addFiles: { 'other-1.0/README': 'stray' } }),
      `${SDIST}: Invalid distribution file. Incorrect number of top-level directories in sdist`,
    ],
    [
      "a '..' path in a wheel",
      async () => copyWheel(wheel, await place(WHEEL), { add: { '../evil.py': 'import os' } }),
      `${WHEEL}: Invalid distribution file. Unsafe member '../evil.py': '..' segment in the path.`,
    ],
    [
      'an absolute path in an sdist',
      async () => copySdist(sdist, await place(SDIST), { addFiles: { '/tmp/evil.sh': 'rm -rf ~' } }),
      `${SDIST}: Invalid distribution file. Unsafe member '/tmp/evil.sh': absolute path.`,
    ],
    [
      'a symlink out of an sdist',
      async () => copySdist(sdist, await place(SDIST), { addLinks: { 'demo_pkg-1.2.0/escape': '../../../etc/passwd' } }),
      `${SDIST}: Invalid distribution file. Unsafe member 'demo_pkg-1.2.0/escape': symlink to '../../../etc/passwd' leaves 'demo_pkg-1.2.0/'.`,
    ],
    [
      'a multi-line summary',
      async () =>
        copyWheel(wheel, await place(WHEEL), {
          edit: { [`${DIST_INFO}/METADATA`]: [`Summary: ${DEMO.summary}`, 'Summary: A demo package\n        for the inspect tests'] },
        }),
      `${WHEEL}: 'summary' must be a single line`,
    ],
    [
      'a metadata version PyPI does not know',
      async () =>
        copyWheel(wheel, await place(WHEEL), { edit: { [`${DIST_INFO}/METADATA`]: ['Metadata-Version: 2.4', 'Metadata-Version: 2.0'] } }),
      `${WHEEL}: '2.0' is not a valid metadata version`,
    ],
    [
      'a METADATA that is not UTF-8',
      async () => copyWheel(wheel, await place(WHEEL), { append: { [`${DIST_INFO}/METADATA`]: [0xff, 1] } }),
      `${WHEEL}: Invalid distribution file. ${DIST_INFO}/METADATA is not valid UTF-8`,
    ],
    [
      'a METADATA too large to read',
      async () => copyWheel(wheel, await place(WHEEL), { append: { [`${DIST_INFO}/METADATA`]: [0x78, MAX_MEMBER_BYTES] } }),
      `${WHEEL}: Invalid distribution file. ${DIST_INFO}/METADATA is larger than ${MAX_MEMBER_BYTES} bytes`,
    ],
    [
      // Inflated in one call (zip-walk.ts: members under 1 MiB).
      'a small member that inflates to more than its headers say',
      async () => declaredSize(await copyWheel(wheel, await place(WHEEL), { append: { 'solo.py': [0x23, 600] } }), 'solo.py', 10),
      `${WHEEL}: Member 'solo.py' inflates to more than the 10 bytes its header says: installers cannot extract it.`,
    ],
    [
      // Inflated as a stream on zlib's pool.
      'a large member that inflates to more than its headers say',
      async () => declaredSize(await copyWheel(wheel, await place(WHEEL), { append: { 'solo.py': [0x23, 2 << 20] } }), 'solo.py', 3 << 19),
      `${WHEEL}: Member 'solo.py' inflates to more than the ${3 << 19} bytes its header says: installers cannot extract it.`,
    ],
    [
      'a wheel that is no zip',
      async () => {
        const dest = await place(WHEEL);
        await writeFile(dest, 'not a zip at all');
        return dest;
      },
      `${WHEEL}: Invalid distribution file. File is not a zipfile`,
    ],
    [
      'an sdist that is no tar.gz',
      () => renamed(wheel, SDIST),
      `${SDIST}: Invalid distribution file. File is not a tarfile`,
    ],
  ];

  it.each(cases)('finds %s', async (_label, make, detail) => {
    const path = await make();
    const error = await failure([path], { version: basename(path).includes('+local1') ? '1.2.0+local1' : DEMO.version });
    expect(error.details).toContain(detail);
    expect(error.message).toMatch(/^\d+ problems? in the built distributions: /);
    expect(error.render()).toContain(detail);
  });

  it('reports every finding of every file in one error', async () => {
    const paths = [
      await renamed(sdist, 'Demo.Pkg-1.2.0.tar.gz'),
      await copyWheel(wheel, await place(WHEEL), { drop: [`${DIST_INFO}/RECORD`], add: { '../evil.py': '' } }),
      await renamed(wheel, 'demo_pkg-1.2.0-py3-none-linux_x86_64.whl'),
      await copyWheel(wheel, await place('demo_pkg-1.2.0+local1-py3-none-any.whl'), {
        renameDir: [DIST_INFO, 'demo_pkg-1.2.0+local1.dist-info'],
        edit: { [`${DIST_INFO}/METADATA`]: ['Version: 1.2.0', 'Version: 1.2.0+local1'] },
      }),
    ];
    const error = await failure(paths);
    expect(error.details).toEqual([
      "Demo.Pkg-1.2.0.tar.gz: Filename 'Demo.Pkg-1.2.0.tar.gz' is invalid, should be 'demo_pkg-1.2.0.tar.gz'.",
      `${WHEEL}: Invalid distribution file. Unsafe member '../evil.py': '..' segment in the path.`,
      `${WHEEL}: Wheel '${WHEEL}' does not contain the required RECORD file: ${DIST_INFO}/RECORD`,
      "demo_pkg-1.2.0-py3-none-linux_x86_64.whl: Binary wheel 'demo_pkg-1.2.0-py3-none-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
      "demo_pkg-1.2.0+local1-py3-none-any.whl: The use of local versions in '1.2.0+local1' is not allowed.",
      "demo_pkg-1.2.0+local1-py3-none-any.whl: Version '1.2.0+local1' is not the version being released, '1.2.0'.",
    ]);
    expect(error.message).toBe(`6 problems in the built distributions: ${paths.map((p) => basename(p)).join(', ')}.`);
    expect(error.hint).toMatch(/^Nothing was uploaded\./);
    expect(error.hint).toMatch(/PEP 625/);
    expect(error.hint).toMatch(/manylinux/);
  });

  it('refuses a second sdist and a file given twice', async () => {
    const second = await renamed(sdist, 'Demo.Pkg-1.2.0.tar.gz');
    const error = await failure([sdist, second, wheel, wheel]);
    expect(error.details).toEqual([
      "Demo.Pkg-1.2.0.tar.gz: Filename 'Demo.Pkg-1.2.0.tar.gz' is invalid, should be 'demo_pkg-1.2.0.tar.gz'.",
      'Demo.Pkg-1.2.0.tar.gz: Only one sdist may be uploaded per release.',
      `${WHEEL}: The same file name is in the release twice.`,
    ]);
  });

  it('refuses an empty set', async () => {
    const error = await failure([]);
    expect(error.details).toEqual(['No distribution files to release: expected at least one .whl or .tar.gz.']);
  });
});

describe('importableTopLevel', () => {
  it('finds packages, namespace directories, modules and extension modules', () => {
    const names = [
      'pkg/__init__.py',
      'pkg/sub/mod.py',
      'ns/only/__init__.py',
      'solo.py',
      '_speedups.cpython-311-x86_64-linux-gnu.so',
      'fast.abi3.so',
      'winmod.cp312-win_amd64.pyd',
      'plain.so',
      'demo-1.0.dist-info/METADATA',
      'demo-1.0.data/purelib/extra/__init__.py',
      'demo-1.0.data/scripts/tool.py',
      'data/readme.txt',
      'not-an-identifier/x.py',
      'stub.pyi',
      '../evil.py',
    ];
    expect(importableTopLevel(names)).toEqual(['_speedups', 'extra', 'fast', 'ns', 'pkg', 'plain', 'solo', 'winmod']);
  });

  it('takes the names top_level.txt declares, where the paths confirm them', () => {
    const names = ['pkg/__init__.py', 'tests/test_x.py', 'solo.py'];
    expect(importableTopLevel(names, ['pkg', 'solo', 'ghost'])).toEqual(['pkg', 'solo']);
    expect(importableTopLevel(names, ['ghost'])).toEqual(['pkg', 'solo', 'tests']);
  });
});
