// The rules on a file's name and size, as Warehouse applies them at upload
// (forklift/legacy.py). Pure generators over a Subject (facts.ts).
import * as pep440 from '../version/pep440.ts';
import { PYPI_MAX_FILE_SIZE, type Problem, type Subject } from './facts.ts';
import { filenameName, isPyPIPlatformTag, normalizeName, sdistFilename } from './filename.ts';

const ONE_MB = 1024 * 1024;

export function* filenameCharacters({ facts }: Subject): Iterable<Problem> {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(facts.filename)) {
    yield {
      message:
        'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    };
  }
  if (/[/\\]/.test(facts.filename)) yield { message: "Cannot upload a file with '/' or '\\' in the name." };
}

export function* fileExtension({ facts }: Subject): Iterable<Problem> {
  const { filename } = facts;
  if (filename.endsWith('.whl') || filename.endsWith('.tar.gz')) return;
  const hint = 'PyPI takes wheels (.whl) and source distributions (.tar.gz) only.';
  if (filename.endsWith('.zip')) {
    // Warehouse still accepts the extension, then refuses every .zip sdist by
    // its PEP 625 name rule; say so with the name it would want.
    const stem = filename.slice(0, -'.zip'.length);
    const at = stem.lastIndexOf('-');
    if (at <= 0) {
      yield { message: `Invalid source distribution filename: ${filename}`, hint };
      return;
    }
    const expected = sdistFilename(stem.slice(0, at), stem.slice(at + 1));
    yield { message: `Filename '${filename}' is invalid, should be '${expected}'.`, hint: `${hint} .zip sdists are refused since PEP 625.` };
    return;
  }
  yield {
    message:
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
    hint,
  };
}

export function* wheelFilename({ facts, parsed, name, version }: Subject): Iterable<Problem> {
  if (!facts.filename.endsWith('.whl')) return;
  if ('error' in parsed) {
    yield { message: parsed.error, hint: 'A wheel is named {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl.' };
    return;
  }
  if (parsed.kind !== 'wheel') return;
  const stem = facts.filename.slice(0, -'.whl'.length);
  // packaging.utils.parse_wheel_filename: PEP 427 escaping leaves only word characters and '.'.
  if (parsed.name.includes('__') || !/^[\p{L}\p{N}_.]*$/u.test(parsed.name)) {
    yield { message: `Invalid project name: '${stem}'` };
  }
  const fileVersionValid = pep440.isValid(parsed.version);
  if (!fileVersionValid) yield { message: `Invalid wheel filename (invalid version): '${stem}'` };
  for (const tag of new Set(parsed.platformTags)) {
    if (isPyPIPlatformTag(tag)) continue;
    yield {
      message: `Binary wheel '${facts.filename}' has an unsupported platform tag '${tag}'.`,
      hint: tag.startsWith('linux_')
        ? 'A wheel built against this machine\'s libc runs only on similar systems: repair it into a manylinux/musllinux wheel (auditwheel repair, or build with cibuildwheel).'
        : 'PyPI accepts any, win*, manylinux*, musllinux*, macosx_10_*/macosx_{11..15,26}_0, ios, android and pyemscripten platform tags.',
    };
  }
  if (name !== undefined) {
    const canonical = normalizeName(name);
    const expected = filenameName(name);
    if (normalizeName(parsed.name) !== canonical) {
      yield {
        message: `Start filename for '${name}' with '${expected}'.`,
        hint: 'The wheel\'s file name names another project than its METADATA: was it renamed, or built from another project?',
      };
    } else if (parsed.name !== expected) {
      yield {
        message: `Filename '${facts.filename}' should contain the normalized project name '${expected}', not '${parsed.name}'.`,
        hint: 'Upgrade the build backend: current ones write the normalized name (lower case, runs of -_. as _).',
      };
    }
  }
  if (version !== undefined && fileVersionValid && !pep440.equal(parsed.version, version)) {
    yield {
      message: `Version in filename should be '${pep440.normalize(version)}' not '${pep440.normalize(parsed.version)}'.`,
      hint: 'The file name and the METADATA inside disagree: was the file renamed after the build?',
    };
  }
}

export function* sdistFilenameRule({ facts, parsed, name, version }: Subject): Iterable<Problem> {
  if (!facts.filename.endsWith('.tar.gz')) return;
  if ('error' in parsed) {
    yield { message: parsed.error, hint: 'An sdist is named {normalized_name}-{version}.tar.gz.' };
    return;
  }
  if (name === undefined || version === undefined) return;
  const expected = sdistFilename(name, version);
  if (facts.filename === expected) return;
  const stem = normalizeName(facts.filename.slice(0, -'.tar.gz'.length));
  if (!stem.startsWith(`${normalizeName(name)}-`)) {
    yield {
      message: `Start filename for '${name}' with '${filenameName(name)}'.`,
      hint: `The sdist's file name names another project than its PKG-INFO; it should be '${expected}'.`,
    };
    return;
  }
  yield {
    message: `Filename '${facts.filename}' is invalid, should be '${expected}'.`,
    hint: 'PEP 625 fixes the sdist name: upgrade the build backend (setuptools >= 69.3, hatchling >= 1.22, flit-core >= 3.10, poetry-core >= 2.0) or build with a current frontend.',
  };
}

export function* fileSize({ facts, name, options }: Subject): Iterable<Problem> {
  const limit = options.maxFileSize ?? PYPI_MAX_FILE_SIZE;
  if (facts.size <= limit) return;
  // Warehouse prints whole MiB and calls them MB.
  const shown = limit % ONE_MB === 0 ? `${limit / ONE_MB} MB` : `${limit} bytes`;
  yield {
    message: `File too large. Limit for project '${name ?? '?'}' is ${shown}. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`,
    hint: `The file is ${facts.size} bytes. Leave data, test files and build leftovers out of it (check the backend's include/exclude settings), or ask the index for a larger limit and set the input max-file-size to it.`,
  };
}
