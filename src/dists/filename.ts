// Project names and distribution file names: PEP 503 normalization, PEP 427/491
// wheel names, PEP 625 sdist names, the platform tags PyPI accepts. Pure; no I/O.
import { normalize as normalizeVersion } from '../version/pep440.ts';

/** PEP 503: runs of `-`, `_`, `.` become one `-`, lower-cased. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The name as it appears in a file name (PEP 427/625): normalized, `-` as `_`. */
export function filenameName(name: string): string {
  return normalizeName(name).replaceAll('-', '_');
}

/** Warehouse's rule for a project name (forms.py): ASCII letters, digits, `._-`, alphanumeric at both ends. */
export function isValidProjectName(name: string): boolean {
  return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}

export interface WheelName {
  kind: 'wheel';
  filename: string;
  /** The name as written in the file name (already normalized by the builder). */
  name: string;
  version: string;
  build: string | undefined;
  pythonTags: string[];
  abiTags: string[];
  platformTags: string[];
}

export interface SdistName {
  kind: 'sdist';
  filename: string;
  name: string;
  version: string;
}

export type DistName = WheelName | SdistName;

/**
 * Parses a wheel or sdist file name, or returns a sentence saying why it is not one.
 * Lenient: it splits; `check.ts` decides whether PyPI would accept what it found.
 */
export function parseDistFilename(filename: string): DistName | { error: string } {
  if (filename.endsWith('.whl')) {
    // packaging's messages quote the name without `.whl`; Warehouse returns them as they are.
    const stem = filename.slice(0, -4);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
      return { error: `Invalid wheel filename (wrong number of parts): '${stem}'` };
    }
    const [name, version] = parts as [string, string];
    const build = parts.length === 6 ? parts[2] : undefined;
    if (build !== undefined && !/^\d/.test(build)) {
      return { error: `Invalid build number: ${build} in '${stem}'` };
    }
    const [py, abi, plat] = parts.slice(-3) as [string, string, string];
    return {
      kind: 'wheel',
      filename,
      name,
      version,
      build,
      pythonTags: py.split('.'),
      abiTags: abi.split('.'),
      platformTags: plat.split('.'),
    };
  }
  if (filename.endsWith('.tar.gz')) {
    const stem = filename.slice(0, -'.tar.gz'.length);
    // The version never contains '-' once normalized, so the last '-' splits.
    const at = stem.lastIndexOf('-');
    if (at <= 0) return { error: `Invalid source distribution filename: ${filename}` };
    return { kind: 'sdist', filename, name: stem.slice(0, at), version: stem.slice(at + 1) };
  }
  return { error: `Invalid file extension: ${filename} is neither a wheel (.whl) nor an sdist (.tar.gz)` };
}

/**
 * The one sdist file name PyPI accepts for a project and version (PEP 625):
 * `{normalized name, '-' as '_'}-{normalized version}.tar.gz`.
 */
export function sdistFilename(name: string, version: string): string {
  return `${filenameName(name)}-${normalizeVersion(version) ?? version}.tar.gz`;
}

/**
 * The `.dist-info` directory Warehouse looks in: named after the first two
 * dash-separated parts of the wheel's file name, whatever its metadata says.
 */
export function wheelDistInfoDir(filename: string): string | undefined {
  const parts = filename.split('-');
  if (parts.length < 3) return undefined;
  return `${parts[0]}-${parts[1]}.dist-info`;
}

// Warehouse's `_valid_platform_tag` (forklift/legacy.py). A platform with no
// ABI specification behind it (`linux_x86_64`: built against one distro's libc)
// installs on some machines and crashes on others, so PyPI refuses it.
const FIXED_PLATFORMS = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
]);
const MACOSX_ARCHES = new Set(['ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat64', 'universal', 'universal2']);
// From macOS 11 on only the major version moves, so only `_0` minors are meaningful.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const MUSLLINUX_ARCHES = new Set(['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64']);
const MANYLINUX_ARCHES = new Set([...MUSLLINUX_ARCHES, 'ppc64']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);

/** Whether PyPI accepts a wheel platform tag (one component of a compressed tag set). */
export function isPyPIPlatformTag(tag: string): boolean {
  if (FIXED_PLATFORMS.has(tag)) return true;
  // Python's re.match anchors at the start only; `.*` runs to the end anyway.
  const mac = /^macosx_(\d+)_(\d+)_(.*)$/.exec(tag);
  if (mac) {
    const [major, minor, arch] = [mac[1]!, mac[2]!, mac[3]!];
    if (!MACOSX_ARCHES.has(arch)) return false;
    return major === '10' || (MACOSX_MAJORS.has(major) && minor === '0');
  }
  const linux = /^(many|musl)linux_\d+_\d+_(.*)$/.exec(tag);
  if (linux) return (linux[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux[2]!);
  // No end anchor, as in Warehouse's pattern.
  const ios = /^ios_\d+_\d+_(.*)_(iphoneos|iphonesimulator)/.exec(tag);
  if (ios && IOS_ARCHES.has(ios[1]!)) return true;
  const android = /^android_\d+_(.*)$/.exec(tag);
  if (android && ANDROID_ARCHES.has(android[1]!)) return true;
  return /^pyemscripten_\d+_\d+_wasm32$/.test(tag);
}
