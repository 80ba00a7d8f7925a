// Project names and distribution file names: PEP 503 normalization, PEP 427/491
// wheel names, PEP 625 sdist names. Pure; no I/O.

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
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6) {
      return { error: `Invalid wheel filename (wrong number of parts): ${filename}` };
    }
    const [name, version] = parts as [string, string];
    const build = parts.length === 6 ? parts[2] : undefined;
    if (build !== undefined && !/^\d/.test(build)) {
      return { error: `Invalid build number: ${build} in '${filename}'` };
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
