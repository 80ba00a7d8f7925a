// The GitHub Release's notes, from what the project already writes: the
// changelog's section for this version, or else the commits since the previous
// tag, grouped by their Conventional Commits type. Pure: the files and the git
// log are read by the caller (release/github-notes.ts).
import { equal } from '../version/pep440.ts';

/** Changelog file names looked for, in order, in the project folder and then at the repository's root. */
export const CHANGELOG_NAMES = [
  'CHANGELOG.md', 'CHANGES.md', 'HISTORY.md', 'NEWS.md',
  'CHANGELOG.rst', 'CHANGES.rst', 'HISTORY.rst', 'NEWS.rst',
  'CHANGELOG', 'CHANGES', 'HISTORY', 'NEWS',
  'CHANGELOG.txt', 'CHANGES.txt', 'HISTORY.txt', 'NEWS.txt',
] as const;

interface Heading {
  /** Index of the heading's first line (an RST overline counts). */
  start: number;
  /** Index of the first line after the heading. */
  end: number;
  text: string;
  /** Smaller is higher: `#` is 1; setext and RST levels by their style. */
  level: number;
}

const UNDERLINE = /^([=\-~^*+#`'".:_])\1{2,}\s*$/;

/**
 * The headings of a Markdown or reStructuredText document: ATX (`## 1.2.0`),
 * setext (a line underlined with `===` or `---`), and RST's underlined or
 * over-and-underlined titles, whose level is the order in which each style
 * first appears (as docutils decides it). Lines in fenced code are skipped.
 */
export function headings(text: string, format: 'markdown' | 'rst'): Heading[] {
  const lines = text.split(/\r?\n/);
  const found: Heading[] = [];
  const rstStyles: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (format === 'markdown') {
      const f = /^\s{0,3}(```+|~~~+)/.exec(line);
      if (f) {
        if (fence === undefined) fence = f[1]![0];
        else if (f[1]![0] === fence) fence = undefined;
        continue;
      }
      if (fence !== undefined) continue;
      const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
      if (atx) {
        found.push({ start: i, end: i + 1, text: atx[2]!, level: atx[1]!.length });
        continue;
      }
    }
    const next = lines[i + 1];
    if (line.trim() === '' || next === undefined || UNDERLINE.exec(line)) continue;
    const under = UNDERLINE.exec(next);
    if (!under) continue;
    const char = under[1]!;
    if (format === 'markdown') {
      // Setext: only `=` and `-`; a `---` under a list item or paragraph continuation is still a heading in CommonMark.
      if (char !== '=' && char !== '-') continue;
      if (/^\s{4,}/.test(line)) continue;
      found.push({ start: i, end: i + 2, text: line.trim(), level: char === '=' ? 1 : 2 });
      i++;
      continue;
    }
    const over = i > 0 && UNDERLINE.exec(lines[i - 1]!)?.[1] === char;
    const style = `${over ? 'over' : ''}${char}`;
    if (!rstStyles.includes(style)) rstStyles.push(style);
    found.push({ start: over ? i - 1 : i, end: i + 2, text: line.trim(), level: rstStyles.indexOf(style) + 1 });
    i++;
  }
  return found;
}

/**
 * Whether a heading names `version`: one of its words is the version, with
 * or without a `v` and brackets (`[1.2.0] - 2026-01-01`, `v1.2.0 (2026-01-01)`,
 * `Version 1.2.0`, `pkg 1.2.0`), compared as PEP 440 versions, so `1.2.0rc1`
 * is not `1.2.0` and `1.2` is.
 */
export function headingNamesVersion(heading: string, version: string): boolean {
  const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return plain.split(/[\s[\]()<>,;|*`"'/]+/).some((word) => {
    const candidate = word.replace(/^(?:version|release|v)[-_]?(?=\d)/i, '').replace(/[.:]+$/, '');
    return /^\d/.test(candidate) && equal(candidate, version);
  });
}

/**
 * The changelog's section for `version`, without its heading, trimmed; or
 * undefined when no heading names it (or the section is empty). The section
 * ends at the next heading of the same or a higher level. Keep a Changelog's
 * link definitions (`[1.2.0]: https://...`) at the end of the file are not
 * part of the last section.
 */
export function changelogSection(text: string, version: string, format: 'markdown' | 'rst' = 'markdown'): string | undefined {
  const lines = text.split(/\r?\n/);
  const all = headings(text, format);
  const index = all.findIndex((h) => headingNamesVersion(h.text, version));
  if (index < 0) return undefined;
  const heading = all[index]!;
  const next = all.slice(index + 1).find((h) => h.level <= heading.level);
  const body = lines.slice(heading.end, next ? next.start : lines.length);
  while (body.length > 0 && (body[body.length - 1]!.trim() === '' || /^\s{0,3}\[[^\]]+\]:\s*\S+/.test(body[body.length - 1]!))) body.pop();
  while (body.length > 0 && body[0]!.trim() === '') body.shift();
  return body.length > 0 ? body.join('\n') : undefined;
}

/** The format a changelog is written in, from its name (Markdown unless it ends in `.rst`). */
export function changelogFormat(filename: string): 'markdown' | 'rst' {
  return /\.rst$/i.test(filename) ? 'rst' : 'markdown';
}

export interface Commit {
  hash: string;
  subject: string;
  body: string;
}

/** Fields and records of `git log --format=%H%x1f%s%x1f%b%x1e`. */
export const GIT_LOG_FORMAT = '%H%x1f%s%x1f%b%x1e';

export function parseGitLog(output: string): Commit[] {
  return output.split('\x1e').map((r) => r.replace(/^\s+/, '')).filter((r) => r !== '').flatMap((record) => {
    const [hash, subject, body] = record.split('\x1f');
    return hash && subject !== undefined ? [{ hash: hash.trim(), subject: subject.trim(), body: (body ?? '').trim() }] : [];
  });
}

const GROUPS = [
  ['feat', 'Features'],
  ['fix', 'Bug fixes'],
  ['perf', 'Performance'],
  ['docs', 'Documentation'],
  ['refactor', 'Refactoring'],
] as const;

export interface ConventionalCommit {
  hash: string;
  /** Lower-cased type, or undefined when the subject does not follow Conventional Commits. */
  type: string | undefined;
  scope: string | undefined;
  description: string;
  breaking: boolean;
  /** The text of a `BREAKING CHANGE:` footer, when there is one. */
  breakingNote: string | undefined;
}

/** Reads a commit as Conventional Commits 1.0 writes it: `type(scope)!: description`, footers `BREAKING CHANGE: ...`. */
export function parseConventional(commit: Commit): ConventionalCommit {
  const m = /^([A-Za-z]+)(?:\(([^()]*)\))?(!)?:\s+(.+)$/.exec(commit.subject);
  const footer = /^BREAKING[ -]CHANGE:\s*([\s\S]*?)(?:\n\n|\n[\w-]+(?:: | #)|$)/m.exec(commit.body);
  const breakingNote = footer?.[1]?.trim() || undefined;
  if (!m) return { hash: commit.hash, type: undefined, scope: undefined, description: commit.subject, breaking: footer !== null, breakingNote };
  return {
    hash: commit.hash,
    type: m[1]!.toLowerCase(),
    scope: m[2]?.trim() || undefined,
    description: m[4]!.trim(),
    breaking: m[3] === '!' || footer !== null,
    breakingNote,
  };
}

export interface CommitNotesOptions {
  /** Subjects to leave out (the release commit this run made). */
  skipSubjects?: string[];
  /** `https://github.com/o/r/compare/v1.0.0...v1.1.0`, shown as the last line. */
  compareUrl?: string;
  /** For the sentence when there are no commits: the previous tag. */
  previousTag?: string;
}

/**
 * Notes from commits, newest first as git lists them: breaking changes
 * first, then Features, Bug fixes, Performance, Documentation, Refactoring,
 * then everything else; each line with its short hash. Merge commits are
 * left out by the caller (`--no-merges`).
 */
export function commitNotes(commits: readonly Commit[], options: CommitNotesOptions = {}): string {
  const skip = new Set(options.skipSubjects ?? []);
  const parsed = commits.filter((c) => !skip.has(c.subject)).map(parseConventional);
  const line = (c: ConventionalCommit, note = false) =>
    `- ${c.scope ? `**${c.scope}:** ` : ''}${c.description} (${c.hash.slice(0, 7)})` +
    (note && c.breakingNote && c.breakingNote !== c.description ? `\n  ${c.breakingNote.replace(/\n/g, '\n  ')}` : '');
  const sections: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) sections.push(`### ${title}\n\n${items.join('\n')}`);
  };
  section('Breaking changes', parsed.filter((c) => c.breaking).map((c) => line(c, true)));
  const rest = parsed.filter((c) => !c.breaking);
  for (const [type, title] of GROUPS) section(title, rest.filter((c) => c.type === type).map((c) => line(c)));
  const known = new Set<string>(GROUPS.map(([t]) => t));
  section('Other changes', rest.filter((c) => c.type === undefined || !known.has(c.type)).map((c) =>
    c.type === undefined ? line(c) : line({ ...c, description: `${c.type}${c.scope ? `(${c.scope})` : ''}: ${c.description}`, scope: undefined })));
  if (sections.length === 0) {
    sections.push(options.previousTag ? `No changes since ${options.previousTag}.` : 'No changes recorded.');
  }
  if (options.compareUrl) sections.push(`**Full changelog**: ${options.compareUrl}`);
  return sections.join('\n\n');
}
