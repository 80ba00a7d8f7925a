// The rules on hand-made facts: one test per PyPI refusal, each asserting
// Warehouse's wording. The same rules run on real archives in dists-inspect.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TarMemberInfo, ZipEntryInfo } from '../src/dists/archive.ts';
import { checkDist, checkSet, type DistFacts, type Finding } from '../src/dists/check.ts';
import { parseCoreMetadata } from '../src/dists/metadata.ts';

const WHEEL = 'demo_pkg-1.2.0-py3-none-any.whl';
const SDIST = 'demo_pkg-1.2.0.tar.gz';

function metadata(fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    'Metadata-Version': '2.4',
    Name: 'Demo.Pkg',
    Version: '1.2.0',
    Summary: 'A demo',
    ...fields,
  };
  return Object.entries(all)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
}

function entry(name: string, over: Partial<ZipEntryInfo> = {}): ZipEntryInfo {
  return { name, compressionMethod: 8, compressedSize: 10, uncompressedSize: 20, dataDescriptor: false, hasComment: false, ...over };
}

function distInfo(dir = 'demo_pkg-1.2.0.dist-info'): ZipEntryInfo[] {
  return ['METADATA', 'WHEEL', 'RECORD'].map((f) => entry(`${dir}/${f}`));
}

function wheel(filename = WHEEL, opts: { entries?: ZipEntryInfo[]; meta?: string; size?: number } = {}): DistFacts {
  return {
    filename,
    size: opts.size ?? 1000,
    archive: { format: 'zip', entries: opts.entries ?? [entry('demo_pkg/__init__.py'), ...distInfo()] },
    metadata: parseCoreMetadata(opts.meta ?? metadata()),
  };
}

function member(name: string, over: Partial<TarMemberInfo> = {}): TarMemberInfo {
  return { name, type: 'file', size: 10, linkname: undefined, ...over };
}

function sdist(filename = SDIST, opts: { members?: TarMemberInfo[]; meta?: string } = {}): DistFacts {
  const top = 'demo_pkg-1.2.0';
  return {
    filename,
    size: 1000,
    archive: {
      format: 'tar',
      members: opts.members ?? [member(top, { type: 'directory' }), member(`${top}/PKG-INFO`), member(`${top}/pyproject.toml`)],
    },
    metadata: parseCoreMetadata(opts.meta ?? metadata()),
  };
}

const messages = (findings: Finding[]) => findings.map((f) => f.message);

describe('checkDist', () => {
  it('finds nothing wrong with a sound wheel and sdist', () => {
    expect(checkDist(wheel())).toEqual([]);
    expect(checkDist(sdist())).toEqual([]);
  });

  it('names the file in every finding and gives a hint where there is something to do', () => {
    const findings = checkDist(wheel('demo_pkg-1.2.0-py3-none-linux_x86_64.whl'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.file).toBe('demo_pkg-1.2.0-py3-none-linux_x86_64.whl');
    expect(findings[0]!.hint).toMatch(/manylinux/);
  });

  describe('file names', () => {
    it('refuses control characters and other extensions with Warehouse text', () => {
      expect(messages(checkDist(wheel('demo_pkg-1.2.0-py3-none-any\x07.whl')))).toContain(
        'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
      );
      const egg = checkDist({ filename: 'demo_pkg-1.2.0-py3.11.egg', size: 1, archive: undefined, metadata: undefined });
      expect(messages(egg)).toEqual([
        'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
      ]);
    });

    it('refuses a .zip sdist with the name PyPI would want', () => {
      const zip = checkDist({ filename: 'Demo.Pkg-1.2.0.zip', size: 1, archive: undefined, metadata: undefined });
      expect(messages(zip)).toEqual(["Filename 'Demo.Pkg-1.2.0.zip' is invalid, should be 'demo_pkg-1.2.0.tar.gz'."]);
    });

    it('wants the PEP 625 sdist name, normalized name and version', () => {
      expect(messages(checkDist(sdist('Demo.Pkg-1.2.0.tar.gz')))).toEqual([
        "Filename 'Demo.Pkg-1.2.0.tar.gz' is invalid, should be 'demo_pkg-1.2.0.tar.gz'.",
      ]);
      const rc = sdist('demo_pkg-1.2.0-rc1.tar.gz', { meta: metadata({ Version: '1.2.0-rc1' }) });
      expect(messages(checkDist(rc))).toEqual(["Filename 'demo_pkg-1.2.0-rc1.tar.gz' is invalid, should be 'demo_pkg-1.2.0rc1.tar.gz'."]);
      expect(messages(checkDist(sdist('other-1.2.0.tar.gz')))).toEqual(["Start filename for 'Demo.Pkg' with 'demo_pkg'."]);
      expect(messages(checkDist(sdist('demo_pkg.tar.gz')))).toEqual(['Invalid source distribution filename: demo_pkg.tar.gz']);
    });

    it("wants the wheel's name part normalized and equal to the metadata's", () => {
      const entries = [entry('x.py'), ...distInfo('Demo_Pkg-1.2.0.dist-info')];
      expect(messages(checkDist(wheel('Demo_Pkg-1.2.0-py3-none-any.whl', { entries })))).toEqual([
        "Filename 'Demo_Pkg-1.2.0-py3-none-any.whl' should contain the normalized project name 'demo_pkg', not 'Demo_Pkg'.",
      ]);
      const other = [entry('x.py'), ...distInfo('other-1.2.0.dist-info')];
      expect(messages(checkDist(wheel('other-1.2.0-py3-none-any.whl', { entries: other })))).toEqual([
        "Start filename for 'Demo.Pkg' with 'demo_pkg'.",
      ]);
    });

    it('compares the wheel version with the metadata version as PEP 440 versions', () => {
      const entries = (v: string) => [entry('x.py'), ...distInfo(`demo_pkg-${v}.dist-info`)];
      expect(messages(checkDist(wheel('demo_pkg-1.2.1-py3-none-any.whl', { entries: entries('1.2.1') })))).toEqual([
        "Version in filename should be '1.2.0' not '1.2.1'.",
      ]);
      expect(checkDist(wheel('demo_pkg-1.2-py3-none-any.whl', { entries: entries('1.2') }))).toEqual([]);
    });

    it("reports packaging's wheel name errors", () => {
      expect(messages(checkDist(wheel('demo_pkg-1.2.0-any.whl')))).toContain(
        "Invalid wheel filename (wrong number of parts): 'demo_pkg-1.2.0-any'",
      );
      const bad = checkDist(wheel('demo__pkg-1.x-py3-none-any.whl', { entries: [entry('x.py'), ...distInfo('demo__pkg-1.x.dist-info')] }));
      expect(messages(bad)).toEqual(
        expect.arrayContaining([
          "Invalid project name: 'demo__pkg-1.x-py3-none-any'",
          "Invalid wheel filename (invalid version): 'demo__pkg-1.x-py3-none-any'",
        ]),
      );
    });

    it('checks every platform tag of a compressed tag set', () => {
      const name = 'demo_pkg-1.2.0-cp312-cp312-manylinux_2_17_x86_64.linux_x86_64.linux_i686.whl';
      expect(messages(checkDist(wheel(name)))).toEqual([
        `Binary wheel '${name}' has an unsupported platform tag 'linux_x86_64'.`,
        `Binary wheel '${name}' has an unsupported platform tag 'linux_i686'.`,
      ]);
    });
  });

  describe('wheel archives', () => {
    it('says which of WHEEL, RECORD, METADATA is missing, at the path from the file name', () => {
      const findings = checkDist(wheel(WHEEL, { entries: [entry('x.py'), entry('demo_pkg-1.2.0.dist-info/METADATA')] }));
      expect(messages(findings)).toEqual([
        'Invalid distribution file. WHEEL not found at demo_pkg-1.2.0.dist-info/WHEEL',
        `Wheel '${WHEEL}' does not contain the required RECORD file: demo_pkg-1.2.0.dist-info/RECORD`,
      ]);
      const renamed = checkDist(wheel(WHEEL, { entries: [entry('x.py'), ...distInfo('Demo.Pkg-1.2.0.dist-info')] }));
      expect(messages(renamed)).toContain(`Wheel '${WHEEL}' does not contain the required METADATA file: demo_pkg-1.2.0.dist-info/METADATA`);
      expect(renamed[0]!.hint).toContain("'Demo.Pkg-1.2.0.dist-info/'");
    });

    it('refuses compression methods other than stored and deflate, and decompression bombs', () => {
      expect(messages(checkDist(wheel(WHEEL, { entries: [...distInfo(), entry('big.bin', { compressionMethod: 14 })] })))).toEqual([
        'Invalid distribution file. File does not use a supported compression type',
      ]);
      const bomb = [...distInfo(), entry('zeros.bin', { uncompressedSize: 200 * 1024 * 1024 })];
      expect(messages(checkDist(wheel(WHEEL, { entries: bomb, size: 1024 * 1024 })))).toEqual([
        'Invalid distribution file. File exceeds compression ratio of 50',
      ]);
      // Large but not bomb-like.
      expect(checkDist(wheel(WHEEL, { entries: bomb, size: 10 * 1024 * 1024 }))).toEqual([]);
    });

    it('refuses what Warehouse reads as a parser differential', () => {
      const entries = [
        ...distInfo(),
        entry('a.py'),
        entry('a.py'),
        entry('b.py', { hasComment: true }),
        entry('c.py', { dataDescriptor: true }),
        entry('d\x01.py'),
      ];
      const docs = 'See https://docs.pypi.org/archives for more information';
      expect(messages(checkDist(wheel(WHEEL, { entries })))).toEqual([
        `Invalid distribution file. ZIP archive not accepted: Duplicate filename in central directory. ${docs}`,
        `Invalid distribution file. ZIP archive not accepted: Comment in central directory. ${docs}`,
        `Invalid distribution file. ZIP archive not accepted: ZIP contains a data descriptor. ${docs}`,
        `Invalid distribution file. ZIP archive not accepted: Invalid character in filename. ${docs}`,
      ]);
    });

    it('refuses paths that would land outside site-packages', () => {
      const entries = [...distInfo(), entry('../evil.py'), entry('/etc/evil.py'), entry('pkg\\..\\..\\evil.py'), entry('C:/evil.py')];
      expect(messages(checkDist(wheel(WHEEL, { entries })))).toEqual([
        "Invalid distribution file. Unsafe member '../evil.py': '..' segment in the path.",
        "Invalid distribution file. Unsafe member '/etc/evil.py': absolute path.",
        "Invalid distribution file. Unsafe member 'pkg\\..\\..\\evil.py': backslash in the path.",
        "Invalid distribution file. Unsafe member 'C:/evil.py': absolute path.",
      ]);
    });

    it('reports an unreadable archive', () => {
      const facts: DistFacts = { filename: WHEEL, size: 3, archive: { format: 'zip', unreadable: 'end of central directory record signature not found' }, metadata: undefined };
      const findings = checkDist(facts);
      expect(messages(findings)).toEqual(['Invalid distribution file. File is not a zipfile']);
      expect(findings[0]!.hint).toContain('end of central directory');
    });
  });

  describe('sdist archives', () => {
    it('wants exactly one top-level directory, holding PKG-INFO', () => {
      const two = [member('demo_pkg-1.2.0/PKG-INFO'), member('other-1.0/x.txt')];
      const findings = checkDist(sdist(SDIST, { members: two }));
      expect(messages(findings)).toEqual(['Invalid distribution file. Incorrect number of top-level directories in sdist']);
      expect(findings[0]!.hint).toContain("'demo_pkg-1.2.0', 'other-1.0'");
      expect(messages(checkDist(sdist(SDIST, { members: [member('PKG-INFO')] })))).toEqual([
        'Invalid distribution file. Incorrect number of top-level directories in sdist',
      ]);
      expect(messages(checkDist(sdist(SDIST, { members: [member('demo_pkg-1.2.0/setup.py')] })))).toEqual([
        'Invalid distribution file. PKG-INFO not found at demo_pkg-1.2.0/PKG-INFO',
      ]);
    });

    it('refuses links that leave the tree and special files', () => {
      const members = [
        member('demo_pkg-1.2.0/PKG-INFO'),
        member('demo_pkg-1.2.0/ok', { type: 'symlink', linkname: 'PKG-INFO' }),
        member('demo_pkg-1.2.0/up', { type: 'symlink', linkname: '../../etc/passwd' }),
        member('demo_pkg-1.2.0/abs', { type: 'symlink', linkname: '/etc/passwd' }),
        member('demo_pkg-1.2.0/hard', { type: 'link', linkname: '../x' }),
        member('demo_pkg-1.2.0/dev', { type: 'character-device' }),
      ];
      expect(messages(checkDist(sdist(SDIST, { members })))).toEqual([
        "Invalid distribution file. Unsafe member 'demo_pkg-1.2.0/up': symlink to '../../etc/passwd' leaves 'demo_pkg-1.2.0/'.",
        "Invalid distribution file. Unsafe member 'demo_pkg-1.2.0/abs': symlink to '/etc/passwd'.",
        "Invalid distribution file. Unsafe member 'demo_pkg-1.2.0/hard': hard link to '../x': '..' segment in the path.",
        "Invalid distribution file. Unsafe member 'demo_pkg-1.2.0/dev': character-device member.",
      ]);
    });
  });

  describe('core metadata', () => {
    const check = (fields: Record<string, string | undefined>) => messages(checkDist(sdist(SDIST, { meta: metadata(fields) })));

    it('accepts the metadata versions Warehouse does, not 2.0 or 2.6', () => {
      for (const v of ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5']) expect(check({ 'Metadata-Version': v })).toEqual([]);
      expect(check({ 'Metadata-Version': '2.0' })).toEqual(["'2.0' is not a valid metadata version"]);
      expect(check({ 'Metadata-Version': '2.6' })).toEqual(["'2.6' is not a valid metadata version"]);
      expect(check({ 'Metadata-Version': undefined })).toEqual(["'metadata-version' is a required field"]);
    });

    it('requires a valid Name and a PEP 440 Version without a local part', () => {
      expect(check({ Name: undefined })).toEqual(["'name' is a required field"]);
      expect(check({ Name: '-demo' })).toEqual(["'-demo' is invalid for 'name'"]);
      expect(check({ Version: undefined })).toEqual(["'version' is a required field"]);
      expect(check({ Version: '1.x' })).toEqual(["'1.x' is invalid for 'version'"]);
      const local = checkDist(sdist('demo_pkg-1.2.0+g1234.tar.gz', { meta: metadata({ Version: '1.2.0+G1234' }) }));
      expect(messages(local)).toEqual(["The use of local versions in '1.2.0+g1234' is not allowed."]);
      expect(local[0]!.hint).toMatch(/clean, tagged commit/);
    });

    it('wants a one-line Summary of at most 512 characters', () => {
      expect(check({ Summary: 'A demo\n        on two lines' })).toEqual(["'summary' must be a single line"]);
      expect(check({ Summary: 'x'.repeat(513) })).toEqual(["'summary' field must be 512 characters or less."]);
      // Characters, not UTF-16 units.
      expect(check({ Summary: '🐍'.repeat(512) })).toEqual([]);
    });

    it('refuses fields newer than the declared Metadata-Version', () => {
      expect(check({ 'Metadata-Version': '2.1', 'License-Expression': 'MIT' })).toEqual([
        'license-expression introduced in metadata version 2.4, not 2.1',
      ]);
      expect(check({ 'Metadata-Version': '1.0', Classifier: 'Programming Language :: Python' })).toEqual([
        'classifier introduced in metadata version 1.1, not 1.0',
      ]);
    });

    it('refuses License beside License-Expression', () => {
      expect(check({ License: 'MIT License', 'License-Expression': 'MIT' })).toEqual([
        'License is deprecated when License-Expression is present. Only License-Expression should be present.',
      ]);
    });

    it('wants every License-File in the archive, where Warehouse looks', () => {
      const meta = metadata({ 'License-File': 'LICENSE' });
      expect(messages(checkDist(sdist(SDIST, { meta })))).toEqual([
        `License-File LICENSE does not exist in distribution file ${SDIST} at demo_pkg-1.2.0/LICENSE`,
      ]);
      expect(messages(checkDist(wheel(WHEEL, { meta })))).toEqual([
        `License-File LICENSE does not exist in distribution file ${WHEEL} at demo_pkg-1.2.0.dist-info/licenses/LICENSE`,
      ]);
      const entries = [...distInfo(), entry('demo_pkg-1.2.0.dist-info/licenses/LICENSE')];
      expect(checkDist(wheel(WHEEL, { meta, entries }))).toEqual([]);
    });

    it('reports metadata that could not be read', () => {
      const facts: DistFacts = { ...sdist(), metadata: undefined, metadataError: 'demo_pkg-1.2.0/PKG-INFO is not valid UTF-8' };
      expect(messages(checkDist(facts))).toEqual(['Invalid distribution file. demo_pkg-1.2.0/PKG-INFO is not valid UTF-8']);
    });
  });

  it('reports every problem of a file at once', () => {
    const entries = [entry('../evil.py'), entry('demo_pkg-1.2.0.dist-info/METADATA'), entry('demo_pkg-1.2.0.dist-info/WHEEL')];
    const meta = metadata({ Version: '1.2.0+local', Summary: 'two\n lines' });
    const findings = checkDist(wheel('demo_pkg-1.2.0-py3-none-linux_x86_64.whl', { entries, meta }));
    expect(findings).toHaveLength(6);
    expect(messages(findings)).toEqual(
      expect.arrayContaining([
        "Invalid distribution file. Unsafe member '../evil.py': '..' segment in the path.",
        "Wheel 'demo_pkg-1.2.0-py3-none-linux_x86_64.whl' does not contain the required RECORD file: demo_pkg-1.2.0.dist-info/RECORD",
        "The use of local versions in '1.2.0+local' is not allowed.",
        "'summary' must be a single line",
        "Version in filename should be '1.2.0+local' not '1.2.0'.",
        "Binary wheel 'demo_pkg-1.2.0-py3-none-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
      ]),
    );
  });
});

describe('checkSet', () => {
  const w = { filename: WHEEL, kind: 'wheel' as const, name: 'Demo.Pkg', version: '1.2.0' };
  const s = { filename: SDIST, kind: 'sdist' as const, name: 'demo-pkg', version: '1.2.0' };

  it('accepts one project at the version being released, named any equivalent way', () => {
    expect(checkSet([s, w], { version: '1.2.0', name: 'demo_pkg' })).toEqual([]);
    expect(checkSet([s, w], { version: '1.2' })).toEqual([]);
  });

  it('wants at least one file', () => {
    expect(messages(checkSet([], { version: '1.2.0' }))).toEqual(['No distribution files to release: expected at least one .whl or .tar.gz.']);
  });

  it('refuses a file twice and a second sdist', () => {
    const second = { ...s, filename: 'demo_pkg-1.2.0.post0.tar.gz', version: '1.2.0' };
    expect(checkSet([s, w, w, second], { version: '1.2.0' })).toEqual([
      expect.objectContaining({ file: WHEEL, message: 'The same file name is in the release twice.' }),
      expect.objectContaining({ file: second.filename, message: 'Only one sdist may be uploaded per release.' }),
    ]);
  });

  it('refuses files of another project', () => {
    const stray = { ...w, filename: 'other-1.2.0-py3-none-any.whl', name: 'other' };
    expect(messages(checkSet([s, w, stray], { version: '1.2.0', name: 'Demo-Pkg' }))).toEqual([
      "Project 'other' is not the project being released, 'Demo-Pkg'.",
    ]);
    expect(messages(checkSet([s, w, stray], { version: '1.2.0' }))).toEqual([
      "Project 'other' is not 'demo-pkg' like the other files: one release holds one project's files.",
    ]);
  });

  it('refuses files of another version', () => {
    const old = { ...w, filename: 'demo_pkg-1.1.0-py3-none-any.whl', version: '1.1.0' };
    expect(checkSet([s, w, old], { version: '1.2.0' })).toEqual([
      expect.objectContaining({ file: old.filename, message: "Version '1.1.0' is not the version being released, '1.2.0'." }),
    ]);
  });

  it('leaves files without metadata to the per-file rules', () => {
    expect(checkSet([{ filename: WHEEL, kind: 'wheel' }], { version: '1.2.0', name: 'x' })).toEqual([]);
  });
});

describe('the rules are total', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  const filename = fc.oneof(
    text,
    fc.tuple(text, fc.constantFrom('.whl', '.tar.gz', '.zip')).map(([a, b]) => a + b),
    fc
      .tuple(fc.stringMatching(/^[A-Za-z0-9._]{0,8}$/), fc.stringMatching(/^[0-9a-z.+!_-]{0,8}$/), fc.constantFrom('py3-none-any', 'cp312-abi3-linux_x86_64', 'x'))
      .map(([n, v, t]) => `${n}-${v}-${t}.whl`),
  );
  const header = fc.tuple(
    fc.constantFrom('Metadata-Version', 'Name', 'Version', 'Summary', 'License', 'License-Expression', 'License-File', 'Dynamic', 'X'),
    text,
  );
  const meta = fc.array(header, { maxLength: 8 }).map((hs) => parseCoreMetadata(hs.map(([k, v]) => `${k}: ${v}`).join('\n')));
  const zipEntry = fc.record({
    name: text,
    compressionMethod: fc.constantFrom(0, 8, 12),
    compressedSize: fc.nat(),
    uncompressedSize: fc.nat(),
    dataDescriptor: fc.boolean(),
    hasComment: fc.boolean(),
  });
  const tarMember = fc.record({
    name: text,
    type: fc.constantFrom('file', 'directory', 'symlink', 'link', 'fifo', 'unknown') as fc.Arbitrary<TarMemberInfo['type']>,
    size: fc.nat(),
    linkname: fc.option(text, { nil: undefined }),
  });
  const archive = fc.oneof(
    fc.constant(undefined),
    fc.array(zipEntry, { maxLength: 6 }).map((entries) => ({ format: 'zip' as const, entries })),
    fc.array(tarMember, { maxLength: 6 }).map((members) => ({ format: 'tar' as const, members })),
    text.map((unreadable) => ({ format: 'zip' as const, unreadable })),
  );

  it('never throw, whatever the facts, and always name the file', () => {
    fc.assert(
      fc.property(filename, fc.nat(), archive, fc.option(meta, { nil: undefined }), (name, size, arch, metadata) => {
        for (const finding of checkDist({ filename: name, size, archive: arch, metadata })) {
          expect(finding.file).toBe(name);
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on any set', () => {
    const member = fc.record({
      filename: text,
      kind: fc.constantFrom('wheel' as const, 'sdist' as const),
      name: fc.option(text, { nil: undefined }),
      version: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 5 }), text, fc.option(text, { nil: undefined }), (dists, version, name) => {
        checkSet(dists, name === undefined ? { version } : { version, name });
      }),
    );
  });
});
