// PEP 508 dependency specifiers and PEP 440 specifier sets, parsed as strictly
// as pypa/packaging (which Warehouse runs on Requires-Dist and Requires-Python).
// Pure. No maintained npm package parses PEP 508 with markers, so this is a
// small recursive-descent parser of the grammar in the specification; version
// specifiers are checked by @renovatebot/pep440, already a dependency.
import { validRange } from '@renovatebot/pep440';

export interface Requirement {
  name: string;
  extras: string[];
  /** `name @ url`: a direct reference, which PyPI refuses in uploads. */
  url: string | undefined;
  specifier: string;
  marker: string | undefined;
}

/**
 * A specifier set (`>=3.9, <4`) as packaging's SpecifierSet reads it: comma
 * separated, empty items ignored, each one operator and a version valid for it.
 */
export function isValidSpecifierSet(text: string): boolean {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .every((s) => SINGLE_SPECIFIER.test(s) && validRange(s) !== null && validRange(s) !== false);
}

const SINGLE_SPECIFIER = /^(===|==|~=|!=|<=|>=|<|>)\s*\S+$/;
const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const VARIABLE =
  /(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_release|platform_system|platform[._]version|platform[._]machine|platform[._]python_implementation|python_implementation|implementation_name|implementation_version|extras?|dependency_groups)(?![A-Za-z0-9_])/y;
const QUOTED = /'[^']*'|"[^"]*"/y;
const MARKER_OP = /(?:===|==|~=|!=|<=|>=|<|>|in(?![A-Za-z0-9_])|not\s+in(?![A-Za-z0-9_]))/y;
const BOOL_OP = /(?:and|or)(?![A-Za-z0-9_])/y;

class Cursor {
  at = 0;
  constructor(readonly text: string) {}
  ws(): boolean {
    const start = this.at;
    while (this.at < this.text.length && (this.text[this.at] === ' ' || this.text[this.at] === '\t')) this.at++;
    return this.at > start;
  }
  eat(literal: string): boolean {
    if (!this.text.startsWith(literal, this.at)) return false;
    this.at += literal.length;
    return true;
  }
  match(re: RegExp): string | undefined {
    re.lastIndex = this.at;
    const m = re.exec(this.text);
    if (m === null) return undefined;
    this.at += m[0].length;
    return m[0];
  }
  done(): boolean {
    return this.at >= this.text.length;
  }
  fail(expected: string): never {
    throw new Pep508Error(`Expected ${expected}, at column ${this.at + 1}: ${this.text}`);
  }
}

export class Pep508Error extends Error {}

/** Parses one requirement or throws Pep508Error saying what was expected where. */
export function parseRequirement(text: string): Requirement {
  const c: Cursor = new Cursor(text);
  c.ws();
  const name = c.match(NAME);
  if (name === undefined) c.fail('a package name');
  c.ws();
  const extras: string[] = [];
  if (c.eat('[')) {
    c.ws();
    if (!c.eat(']')) {
      for (;;) {
        const extra = c.match(NAME);
        if (extra === undefined) c.fail('an extra name');
        extras.push(extra);
        c.ws();
        if (c.eat(']')) break;
        if (!c.eat(',')) c.fail("',' or ']' after an extra");
        c.ws();
      }
    }
    c.ws();
  }
  let url: string | undefined;
  let specifier = '';
  let marker: string | undefined;
  if (c.eat('@')) {
    c.ws();
    url = c.match(/[^ \t]+/y);
    if (url === undefined) c.fail('a URL after @');
    // A ';' glued to the URL belongs to the URL: the marker needs a space before it.
    if (!c.ws()) {
      if (!c.done()) c.fail('whitespace after the URL');
    } else if (c.eat(';')) marker = parseMarker(c);
  } else {
    const paren = c.eat('(');
    if (paren) c.ws();
    const start = c.at;
    const end = paren ? text.indexOf(')', start) : text.indexOf(';', start);
    const raw = end < 0 ? text.slice(start) : text.slice(start, end);
    if (paren && end < 0) c.fail("')' to close the version specifier");
    specifier = raw.trim();
    if (specifier !== '' && !isValidSpecifierSet(specifier)) {
      throw new Pep508Error(`Invalid version specifier '${specifier}': ${text}`);
    }
    c.at = start + raw.length;
    if (paren) c.eat(')');
    c.ws();
    if (c.eat(';')) marker = parseMarker(c);
  }
  c.ws();
  if (!c.done()) c.fail(marker === undefined ? "a version specifier, '@ url' or ';' and a marker" : 'the end of the marker');
  return { name, extras, url, specifier, marker };
}

function parseMarker(c: Cursor): string {
  c.ws();
  const start = c.at;
  markerOr(c);
  return c.text.slice(start, c.at).trim();
}

function markerOr(c: Cursor): void {
  markerAtom(c);
  for (;;) {
    const save = c.at;
    c.ws();
    if (c.match(BOOL_OP) === undefined) {
      c.at = save;
      return;
    }
    markerAtom(c);
  }
}

function markerAtom(c: Cursor): void {
  c.ws();
  if (c.eat('(')) {
    markerOr(c);
    c.ws();
    if (!c.eat(')')) c.fail("')' to close the marker group");
    return;
  }
  markerVar(c);
  c.ws();
  if (c.match(MARKER_OP) === undefined) c.fail('a marker operator (==, !=, <, <=, >, >=, ~=, ===, in, not in)');
  c.ws();
  markerVar(c);
}

function markerVar(c: Cursor): void {
  if (c.match(VARIABLE) === undefined && c.match(QUOTED) === undefined) {
    c.fail('a marker variable (python_version, sys_platform, extra, ...) or a quoted string');
  }
}
