// Finding the version's characters in the file formats projects keep it in:
// a key of a TOML table, a key of an INI section, a module-level Python
// assignment, a setup() keyword, a regular expression. Each finder is pure
// and answers with the span, or with a reason it could not be sure: a
// rewrite of bytes we are not sure about is worse than a clear refusal.
import { spanAt, type Span } from './edit.ts';

export type Found = { span: Span; value: string } | { why: string; line?: number };

/** `key = "value"` on a line of its own in `[table]` (TOML). */
export function tomlKey(text: string, table: string, key: string): Found {
  const line = new RegExp(`^(\\s*${escape(key)}\\s*=\\s*)(["'])([^"'\\\\]*)\\2`);
  return inSection(text, table, (l) => {
    const header = /^\s*(\[\[?)([^\]]*)\]/.exec(l);
    // An array of tables ([[...]]) is never the table asked for.
    return header ? (header[1] === '[[' ? '' : header[2]!.replace(/[\s"']/g, '')) : undefined;
  }, (l) => {
    const m = line.exec(l);
    return m ? { at: m[1]!.length + 1, value: m[3]! } : undefined;
  }) ?? { why: `no \`${key} = "..."\` line in [${table}]` };
}

/** `key = value` in `[section]` of an INI file (setup.cfg): the value as written, trimmed. */
export function iniKey(text: string, section: string, key: string): Found {
  const line = new RegExp(`^(${escape(key)}\\s*[=:]\\s*)(.*?)\\s*$`);
  return inSection(text, section, (l) => /^\s*\[([^\]]*)\]/.exec(l)?.[1]!.trim(), (l) => {
    const m = line.exec(l.replace(/\r$/, ''));
    return m ? { at: m[1]!.length, value: m[2]! } : undefined;
  }) ?? { why: `no \`${key} =\` in [${section}]` };
}

/** The first line of `section` that `match` accepts, as a span of the whole text. */
function inSection(
  text: string,
  section: string,
  headerOf: (line: string) => string | undefined,
  match: (line: string) => { at: number; value: string } | undefined,
): Found | undefined {
  let current = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = headerOf(line);
    if (header !== undefined) {
      current = header;
    } else if (current === section) {
      const m = match(line);
      if (m) return { span: spanAt(text, offset + m.at, offset + m.at + m.value.length), value: m.value };
    }
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * A module-level `NAME = "value"` (optionally annotated). When NAME is bound
 * some other way, says how, so the error can point at the line; a relative
 * `from .mod import NAME` is returned as `follow` for the caller to chase.
 */
export function pythonAssignment(text: string, name: string): Found | { follow: string; line: number } {
  const n = escape(name);
  const literal = new RegExp(`^${n}\\s*(?::[^=\\n]*)?=\\s*(['"])([^'"\\\\\\n]*)\\1`, 'm').exec(text);
  if (literal) {
    const start = literal.index + literal[0].length - 1 - literal[2]!.length;
    return { span: spanAt(text, start, start + literal[2]!.length), value: literal[2]! };
  }
  const other = new RegExp(`^${n}\\s*(?::[^=\\n]*)?=`, 'm').exec(text);
  if (other) return { why: `${name} is not assigned a plain string literal`, line: spanAt(text, other.index, other.index).line };
  const imported = new RegExp(`^from\\s+\\.([\\w.]+)\\s+import\\s+[^\\n]*\\b${n}\\b`, 'm').exec(text);
  if (imported) return { follow: imported[1]!, line: spanAt(text, imported.index, imported.index).line };
  return { why: `no module-level \`${name} = "..."\`` };
}

/**
 * setup.py's `version="..."` keyword, found by reading, never by running it.
 * `version=NAME` is followed to a module-level `NAME = "..."` in the same file.
 */
export function setupKeyword(text: string, key: string): Found {
  const m = new RegExp(`(?<![\\w.])${escape(key)}\\s*=\\s*(?:(['"])([^'"\\\\\\n]*)\\1|([A-Za-z_]\\w*)\\b)`).exec(text);
  if (!m) return { why: `no \`${key}=\` keyword` };
  const line = spanAt(text, m.index, m.index).line;
  if (m[2] !== undefined) {
    const start = m.index + m[0].length - 1 - m[2].length;
    return { span: spanAt(text, start, start + m[2].length), value: m[2] };
  }
  const assigned = pythonAssignment(text, m[3]!);
  if ('span' in assigned) return assigned;
  return { why: `\`${key}=${m[3]}\` is not a string literal in setup.py`, line };
}

/**
 * Hatch's `[tool.hatch.version] pattern`: a Python regular expression with a
 * `version` group, searched with re.MULTILINE as hatchling does. Python-only
 * syntax is translated where JavaScript has an equivalent, refused otherwise.
 */
export function patternMatch(text: string, pythonPattern: string): Found {
  let source = pythonPattern;
  let flags = 'md';
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (inline) {
    for (const f of inline[1]!) {
      if (f === 'i' || f === 's') flags += f;
      else if (f !== 'm' && f !== 'u') return { why: `the pattern's inline flag (?${f}) has no JavaScript equivalent` };
    }
    source = source.slice(inline[0].length);
  }
  source = source.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    return { why: `the pattern is not a regular expression this action can run (${(e as Error).message})` };
  }
  const m = re.exec(text);
  if (!m) return { why: `the pattern ${pythonPattern} does not match` };
  const at = m.indices?.groups?.version;
  if (!at) return { why: 'the pattern has no `(?P<version>...)` group' };
  return { span: spanAt(text, at[0], at[1]), value: m.groups!.version! };
}

/** Hatchling's default pattern for `[tool.hatch.version] path`. */
export const HATCH_DEFAULT_PATTERN = `(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\\2`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
