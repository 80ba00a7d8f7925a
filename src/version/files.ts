// The other places a project keeps its version: files the user lists in
// `version-files` (docs conf.py, an __init__.py, a README badge) and uv.lock's
// entry for the project itself. Each becomes a FileEdit while nothing has been
// written yet, so one file that does not hold the current version stops the
// release before any file changes.
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { normalizeName } from '../dists/filename.ts';
import { ReleaseError } from '../errors.ts';
import { spanAt, type FileEdit, type Span } from './edit.ts';

export interface VersionFileSpec {
  /** Relative to the project folder, normalized, with forward slashes. */
  path: string;
  /** Literal text with `{version}` once, or undefined to match the version anywhere in the file. */
  pattern: string | undefined;
  /** The input line as given, for messages. */
  raw: string;
}

const PLACEHOLDER = '{version}';

/**
 * Parses the `version-files` input: one `path` or `path: pattern` per line,
 * blank lines and `#` lines skipped. Every problem is returned (not thrown) so
 * the caller reports all input problems at once. Each problem is one sentence
 * starting with `version-files: `.
 */
export function parseVersionFiles(raw: string): { specs: VersionFileSpec[]; problems: string[] } {
  const specs: VersionFileSpec[] = [];
  const problems: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    // `C:\...` would otherwise split into path `C` and a pattern; keep the
    // drive with the path so the user is told it is absolute.
    const drive = /^[A-Za-z]:[\\/]/.test(entry) ? 2 : 0;
    const colon = entry.indexOf(':', drive);
    const rawPath = (colon === -1 ? entry : entry.slice(0, colon)).trim();
    const pattern = colon === -1 ? undefined : entry.slice(colon + 1).trim();
    const file = checkPath(rawPath, entry);
    const patternProblem = checkPattern(pattern, entry);
    if (typeof file !== 'string') problems.push(file.problem);
    if (patternProblem) problems.push(patternProblem);
    if (typeof file !== 'string' || patternProblem) continue;
    const twin = specs.find((s) => s.path === file && s.pattern === pattern);
    if (twin) {
      problems.push(`version-files: \`${entry}\` repeats \`${twin.raw}\`; list each file and pattern once.`);
      continue;
    }
    specs.push({ path: file, pattern, raw: entry });
  }
  return { specs, problems };
}

function checkPath(raw: string, entry: string): string | { problem: string } {
  if (raw === '') return { problem: `version-files: \`${entry}\` has no path before the ":"; write \`path\` or \`path: pattern\`.` };
  // Back slashes are separators too, so a list written on Windows works on any runner.
  const slashed = raw.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    return { problem: `version-files: \`${entry}\` is an absolute path; name the file by its path inside the project folder (e.g. docs/conf.py).` };
  }
  const file = path.posix.normalize(slashed);
  if (file === '..' || file.startsWith('../')) {
    return { problem: `version-files: \`${entry}\` leaves the project folder; list only files inside it, by their path relative to it.` };
  }
  if (file === '.' || file === './' || file.endsWith('/')) {
    return { problem: `version-files: \`${entry}\` names a folder; name the file that holds the version.` };
  }
  return file;
}

function checkPattern(pattern: string | undefined, entry: string): string | undefined {
  if (pattern === undefined) return undefined;
  if (pattern === '') {
    return `version-files: \`${entry}\` has nothing after the ":"; write the path alone to match the version anywhere in the file, or a pattern with {version} after the ":".`;
  }
  const count = pattern.split(PLACEHOLDER).length - 1;
  if (count === 0) {
    return `version-files: the pattern of \`${entry}\` has no {version}; write the text around the version with {version} in its place, e.g. \`docs/conf.py: release = "{version}"\`.`;
  }
  if (count > 1) return `version-files: the pattern of \`${entry}\` has {version} ${count} times; it must hold it exactly once.`;
  return undefined;
}

/*
 * A whole version, when the file is listed without a pattern: the exact text
 * of `current` where the characters around it cannot be read as more of a
 * PEP 440 version (so rewriting it cannot turn 1.2.0rc1 into 1.3.0rc1).
 *
 * Before it: the start of the text, or a character that is not a letter, digit,
 * `.`, `+` or `!` (`11.2.0`, `0.1.2.0`, `1!1.2.0`, `2.0+1.2.0` are refused),
 * except a `v` that does not itself follow a letter or digit (`v1.2.0`, `@v1.2.0`;
 * not `dev1.2.0`). A `-` or `_` before is a separator (`version-1.2.0`,
 * `pkg-1.2.0`) unless a digit precedes it (`3-1.2.0` could be a post release).
 *
 * After it: the end of the text, or anything but
 *  - a letter or digit (`1.2.01`, `1.2.0rc1`, `1.2.0a`);
 *  - `+` and a letter or digit (`1.2.0+local`);
 *  - `.`, `-` or `_` and a digit (`1.2.0.1`, `1.2.0-1`, a post release);
 *  - `.`, `-` or `_` and a PEP 440 marker (a, b, c, rc, alpha, beta, pre,
 *    preview, post, r, rev, dev) not followed by another letter (`1.2.0.post1`,
 *    `1.2.0-rc.1`, `1.2.0-beta`).
 * So shields badges (`version-1.2.0-blue`), archives (`pkg-1.2.0.tar.gz`),
 * wheel tags (`-py3`, `-cp312`) and image tags (`-alpine`) still match. A badge
 * colour in hex that starts with a digit (`1.2.0-007ec6`) reads as a post
 * release and does not: list such a file with a pattern.
 */
function startsVersion(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return true;
  if (before === 'v' || before === 'V') return !/[A-Za-z0-9]/.test(text[at - 2] ?? '');
  if (/[A-Za-z0-9.+!]/.test(before)) return false;
  if (before === '-' || before === '_') return !/[0-9]/.test(text[at - 2] ?? '');
  return true;
}

const CONTINUES_VERSION = /^(?:[a-z0-9]|\+[a-z0-9]|[-_.][0-9]|[-_.](?:alpha|beta|preview|pre|post|rev|dev|rc|a|b|c|r)(?![a-z]))/i;

function endsVersion(text: string, at: number): boolean {
  return !CONTINUES_VERSION.test(text.slice(at, at + 12));
}

/**
 * Pure: where `current` appears in `text` as a whole version (see the rule
 * above) or, with a pattern, every place the pattern matches with {version} =
 * `current`. A side of the pattern with no literal text (`Version {version}`)
 * keeps the whole-version rule on that side. Throws VERSION_FILE_MISMATCH when
 * there is none.
 */
export function planVersionFile(file: string, text: string, spec: VersionFileSpec, current: string): FileEdit {
  if (current === '') throw new Error('planVersionFile: the current version is empty');
  const spans = spec.pattern === undefined ? wholeVersions(text, current) : patternMatches(text, spec.pattern, current);
  if (spans.length === 0) throw mismatch(file, text, spec, current);
  return { file, text, spans };
}

function wholeVersions(text: string, current: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(current); at !== -1;) {
    const end = at + current.length;
    if (startsVersion(text, at) && endsVersion(text, end)) {
      spans.push(spanAt(text, at, end));
      at = text.indexOf(current, end);
    } else {
      at = text.indexOf(current, at + 1);
    }
  }
  return spans;
}

function patternMatches(text: string, pattern: string, current: string): Span[] {
  const cut = pattern.indexOf(PLACEHOLDER);
  const before = pattern.slice(0, cut);
  const after = pattern.slice(cut + PLACEHOLDER.length);
  const needle = before + current + after;
  const spans: Span[] = [];
  for (let at = text.indexOf(needle); at !== -1;) {
    const start = at + before.length;
    const end = start + current.length;
    if ((before !== '' || startsVersion(text, start)) && (after !== '' || endsVersion(text, end))) {
      spans.push(spanAt(text, start, end));
      // The pattern's text after one version may be the text before the next (`| {version} |`).
      at = text.indexOf(needle, end - before.length);
    } else {
      at = text.indexOf(needle, at + 1);
    }
  }
  return spans;
}

const NEAR_MISSES_SHOWN = 5;

function mismatch(file: string, text: string, spec: VersionFileSpec, current: string): ReleaseError {
  // Lines that hold the characters but were not taken show the user what the
  // rule or the pattern saw, which is most of the diagnosis.
  const near = text.split('\n')
    .map((line, i) => ({ line: i + 1, text: line.replace(/\r$/, '').trim() }))
    .filter((l) => l.text.includes(current));
  const details = near.slice(0, NEAR_MISSES_SHOWN).map((l) =>
    `line ${l.line}: ${l.text.length > 120 ? `${l.text.slice(0, 117)}...` : l.text}`);
  if (near.length > NEAR_MISSES_SHOWN) details.push(`and ${near.length - NEAR_MISSES_SHOWN} more lines with ${current}`);
  const byHand = `update it to ${current} by hand once (each release then keeps it in step)`;
  return new ReleaseError({
    code: 'VERSION_FILE_MISMATCH',
    message: `${file} does not contain the current version ${current}${spec.pattern === undefined ? '' : ` (pattern: ${spec.pattern})`}; nothing was written.`,
    hint: spec.pattern === undefined
      ? `The file does not hold ${current} as a whole version (${current}rc1 or ${current}.post1 is another version): ${byHand}, or remove \`${spec.raw}\` from \`version-files\`.`
      : `The file does not hold the current version in that form: ${byHand}, or fix the pattern of \`${spec.raw}\` in \`version-files\` to match the line that holds the version, with {version} in its place.`,
    details,
    annotation: { file, startLine: near[0]?.line, title: 'Version not found' },
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The project itself (at `member`, relative to the lock), not another member or a registry package with the same name. */
function isProjectSource(source: unknown, member: string): boolean {
  return isRecord(source) && (source.editable === member || source.virtual === member);
}

/**
 * Pure: the span of the version in uv.lock's entry for this project (the
 * `[[package]]` named like the project, PEP 503, whose source is
 * `{ editable = "." }` or `{ virtual = "." }`, or for a member of a uv
 * workspace whose lock is at the workspace root, its path from there:
 * `{ editable = "packages/x" }`), or undefined when the lock
 * has no such entry or the entry records no version (uv omits it for dynamic
 * versions). The TOML parser decides which entry it is and what it holds; a
 * line scan finds the bytes, and the two must agree or nothing is rewritten.
 */
export function planUvLock(file: string, text: string, projectName: string, member = '.'): FileEdit | undefined {
  const doc = parseLock(file, text);
  const packages: unknown[] = Array.isArray(doc.package) ? doc.package : [];
  const want = normalizeName(projectName);
  const ours = packages
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => isRecord(entry) && typeof entry.name === 'string' &&
      normalizeName(entry.name) === want && isProjectSource(entry.source, member));
  if (ours.length === 0) return undefined;
  if (ours.length > 1) {
    throw lockUnsupported(file, `${file} has ${ours.length} [[package]] entries for ${want} from the project folder, so it is not clear which to update; nothing was written.`);
  }
  const { entry, index } = ours[0]! as { entry: Record<string, unknown>; index: number };
  if (entry.version === undefined) return undefined;
  const blocks = scanPackages(text);
  const block = blocks.length === packages.length ? blocks[index] : undefined;
  const span = block?.version;
  if (!block || !span || block.name !== entry.name || text.slice(span.start, span.end) !== entry.version) {
    throw lockUnsupported(file,
      `${file}: the [[package]] entry for ${want} records version ${String(entry.version)}, but not as a plain \`version = "..."\` line of that entry, so it cannot be rewritten in place; nothing was written.`,
      block?.line);
  }
  return { file, text, spans: [span] };
}

function parseLock(file: string, text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (cause) {
    const e = cause as { line?: number; message?: string };
    const reason = (e.message ?? String(cause)).split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    throw new ReleaseError({
      code: 'VERSION_SOURCE_UNSUPPORTED',
      message: `${file} is not valid TOML (${e.line === undefined ? '' : `line ${e.line}: `}${reason}), so the project's version in it cannot be updated; nothing was written.`,
      hint: 'uv writes uv.lock; a merge conflict or a hand edit may have broken it. Run `uv lock` to rewrite it, commit it, and release again.',
      annotation: { file, startLine: e.line, title: 'Invalid TOML' },
      cause,
    });
  }
}

function lockUnsupported(file: string, message: string, line?: number): ReleaseError {
  return new ReleaseError({
    code: 'VERSION_SOURCE_UNSUPPORTED',
    message,
    hint: 'uv writes each entry of uv.lock as `name = ...`, `version = ...`, `source = ...` lines; this one was written or edited another way. Run `uv lock` to rewrite it, commit it, and release again.',
    annotation: { file, startLine: line, title: 'uv.lock not understood' },
  });
}

interface PackageBlock {
  /** 1-based line of the `[[package]]` header. */
  line: number;
  name: string | undefined;
  version: Span | undefined;
}

/**
 * The `[[package]]` blocks of uv.lock in order, with the name and the version
 * span of each entry's own table. `[package.*]` and `[[package.*]]` headers
 * open sub-tables of the entry above (metadata, extras, dev groups), whose
 * keys are not the entry's; any other header ends the entry. Keys count only
 * outside brackets, so a line inside a multi-line array is never taken.
 */
function scanPackages(text: string): PackageBlock[] {
  const blocks: PackageBlock[] = [];
  let current: PackageBlock | undefined;
  let ownTable = false;
  let depth = 0;
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = depth === 0 ? /^\s*(\[\[?)\s*([^\]]*?)\s*\]/.exec(line) : null;
    if (header) {
      const name = header[2]!;
      if (header[1] === '[[' && name === 'package') {
        current = { line: i + 1, name: undefined, version: undefined };
        blocks.push(current);
        ownTable = true;
      } else if (name.startsWith('package.')) {
        ownTable = false;
      } else {
        current = undefined;
      }
    } else {
      if (current && ownTable && depth === 0) {
        const name = /^\s*name\s*=\s*(["'])([^"'\\]*)\1/.exec(line);
        if (name && current.name === undefined) current.name = name[2];
        const version = /^(\s*version\s*=\s*)(["'])([^"'\\]*)\2/.exec(line);
        if (version && current.version === undefined) {
          const start = offset + version[1]!.length + 1;
          current.version = spanAt(text, start, start + version[3]!.length);
        }
      }
      depth = nesting(line, depth);
    }
    offset += line.length + 1;
  }
  return blocks;
}

/** The bracket depth after a line: strings and comments skipped. */
function nesting(line: string, depth: number): number {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '#') break;
    if (c === '"' || c === "'") {
      // Basic strings take backslash escapes; literal ('...') strings do not.
      for (i++; i < line.length && line[i] !== c; i++) if (c === '"' && line[i] === '\\') i++;
    } else if (c === '[' || c === '{') {
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
    }
  }
  return depth;
}
