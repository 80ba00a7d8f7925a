import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filenameName,
  isPyPIPlatformTag,
  isValidProjectName,
  normalizeName,
  parseDistFilename,
  sdistFilename,
  wheelDistInfoDir,
} from '../src/dists/filename.ts';

describe('normalizeName (PEP 503)', () => {
  it.each([
    ['Django', 'django'],
    ['oslo.concurrency', 'oslo-concurrency'],
    ['Demo._-.Pkg', 'demo-pkg'],
    ['a__b', 'a-b'],
  ])('%s -> %s', (name, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });

  const names = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/);

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (name) => normalizeName(normalizeName(name)) === normalizeName(name)));
  });

  it('keeps valid names valid, and equal names equal whatever their separators and case', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(isValidProjectName(normalizeName(name))).toBe(true);
        const respelled = name.toUpperCase().replace(/[-_.]/g, '_.-');
        expect(normalizeName(respelled)).toBe(normalizeName(name));
      }),
    );
  });

  it('gives file names with no dash, so that they split on dashes', () => {
    fc.assert(fc.property(names, (name) => !filenameName(name).includes('-')));
  });
});

describe('parseDistFilename', () => {
  it('splits a wheel name, with or without a build tag and with compressed tag sets', () => {
    expect(parseDistFilename('demo_pkg-1.2.0-py2.py3-none-any.whl')).toEqual({
      kind: 'wheel',
      filename: 'demo_pkg-1.2.0-py2.py3-none-any.whl',
      name: 'demo_pkg',
      version: '1.2.0',
      build: undefined,
      pythonTags: ['py2', 'py3'],
      abiTags: ['none'],
      platformTags: ['any'],
    });
    const built = parseDistFilename('x-1.0-7b-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl');
    expect(built).toMatchObject({ build: '7b', platformTags: ['manylinux_2_17_x86_64', 'manylinux2014_x86_64'] });
  });

  it("words wheel errors as packaging does (Warehouse returns packaging's text)", () => {
    expect(parseDistFilename('demo-1.0-py3-any.whl')).toEqual({
      error: "Invalid wheel filename (wrong number of parts): 'demo-1.0-py3-any'",
    });
    expect(parseDistFilename('demo-1.0-x1-py3-none-any.whl')).toEqual({
      error: "Invalid build number: x1 in 'demo-1.0-x1-py3-none-any'",
    });
  });

  it('splits an sdist name on its last dash', () => {
    expect(parseDistFilename('demo_pkg-1.2.0.tar.gz')).toEqual({
      kind: 'sdist',
      filename: 'demo_pkg-1.2.0.tar.gz',
      name: 'demo_pkg',
      version: '1.2.0',
    });
    expect(parseDistFilename('demo.tar.gz')).toEqual({ error: 'Invalid source distribution filename: demo.tar.gz' });
  });

  it('refuses other extensions', () => {
    expect(parseDistFilename('demo-1.0.zip')).toHaveProperty('error');
    expect(parseDistFilename('demo-1.0.egg')).toHaveProperty('error');
  });
});

describe('sdistFilename (PEP 625)', () => {
  it.each([
    ['Demo.Pkg', '1.2.0', 'demo_pkg-1.2.0.tar.gz'],
    ['foo-bar', '1.0.0-RC.1', 'foo_bar-1.0.0rc1.tar.gz'],
    ['Foo', 'v1.0', 'foo-1.0.tar.gz'],
    ['foo', '1!2.0.post1', 'foo-1!2.0.post1.tar.gz'],
  ])('%s %s -> %s', (name, version, expected) => {
    expect(sdistFilename(name, version)).toBe(expected);
  });
});

describe('wheelDistInfoDir', () => {
  it("takes the file name's first two parts, as Warehouse does", () => {
    expect(wheelDistInfoDir('demo_pkg-1.2.0-py3-none-any.whl')).toBe('demo_pkg-1.2.0.dist-info');
    expect(wheelDistInfoDir('Demo.Pkg-1.2-1-py3-none-any.whl')).toBe('Demo.Pkg-1.2.dist-info');
    expect(wheelDistInfoDir('demo.whl')).toBeUndefined();
  });
});

describe('isPyPIPlatformTag', () => {
  it.each([
    'any',
    'win32',
    'win_amd64',
    'win_arm64',
    'manylinux1_x86_64',
    'manylinux2014_aarch64',
    'manylinux_2_17_x86_64',
    'manylinux_2_28_ppc64',
    'musllinux_1_2_riscv64',
    'linux_armv7l',
    'macosx_10_9_x86_64',
    'macosx_10_15_universal2',
    'macosx_11_0_arm64',
    'macosx_26_0_arm64',
    'ios_13_0_arm64_iphoneos',
    'ios_12_0_x86_64_iphonesimulator',
    'android_21_arm64_v8a',
    'pyemscripten_2024_0_wasm32',
  ])('accepts %s', (tag) => {
    expect(isPyPIPlatformTag(tag)).toBe(true);
  });

  it.each([
    'linux_x86_64',
    'linux_aarch64',
    'musllinux_1_2_ppc64',
    'manylinux_2_17_sparc',
    'macosx_11_3_arm64',
    'macosx_16_0_arm64',
    'macosx_10_9_arm65',
    'ios_13_0_armv7_iphoneos',
    'android_21_mips',
    'emscripten_3_1_45_wasm32',
    'win_amd64x',
    '',
  ])('refuses %s', (tag) => {
    expect(isPyPIPlatformTag(tag)).toBe(false);
  });
});
