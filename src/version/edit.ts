// A planned rewrite of one file: the spans that hold the version, and nothing
// else. Every version source, `version-files` entry and lock file is turned
// into these first (pure, so all of them are checked before any is written),
// then applied; the bytes around each span never move.
import fs from 'node:fs/promises';

export interface Span {
  /** Offsets of the version's characters in the file's text. */
  start: number;
  end: number;
  /** 1-based line of `start`, for messages and annotations. */
  line: number;
}

export interface FileEdit {
  file: string;
  text: string;
  spans: Span[];
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, line: lineAt(text, start) };
}

/** The file's text with every span replaced by `version`. */
export function applyEdit(edit: FileEdit, version: string): string {
  const spans = [...edit.spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += edit.text.slice(at, s.start) + version;
    at = s.end;
  }
  return out + edit.text.slice(at);
}

/**
 * One edit per file: a file named twice (a `version-files` entry that is also
 * the version source) must be written once, with every span, or the second
 * write would undo the first.
 */
export function mergeEdits(edits: readonly FileEdit[]): FileEdit[] {
  const byFile = new Map<string, FileEdit>();
  for (const edit of edits) {
    const seen = byFile.get(edit.file);
    if (!seen) {
      byFile.set(edit.file, { ...edit, spans: [...edit.spans] });
      continue;
    }
    for (const span of edit.spans) {
      if (!seen.spans.some((s) => s.start === span.start)) seen.spans.push(span);
    }
  }
  return [...byFile.values()];
}

/** A file's text, or undefined when there is no such file. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw e;
  }
}

/** Writes every edit whose text changes; returns the files written. */
export async function writeEdits(edits: readonly FileEdit[], version: string): Promise<string[]> {
  const written: string[] = [];
  for (const edit of mergeEdits(edits)) {
    const after = applyEdit(edit, version);
    if (after === edit.text) continue;
    await fs.writeFile(edit.file, after);
    written.push(edit.file);
  }
  return written;
}

/** Puts every edited file back as it was read (a dry run leaves the checkout untouched). */
export async function restoreEdits(edits: readonly FileEdit[]): Promise<void> {
  for (const edit of mergeEdits(edits)) {
    if ((await readIfExists(edit.file)) !== edit.text) await fs.writeFile(edit.file, edit.text);
  }
}
