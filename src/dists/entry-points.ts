// A wheel's `.dist-info/entry_points.txt` (the entry points specification):
// INI-like groups of `name = module:attr [extras]`. PyPI refuses a wheel
// whose file does not parse; installers and importlib.metadata read it the
// same way, so a broken one would also leave console scripts uninstalled.
// Pure; read as importlib.metadata reads it (lines stripped, `#`
// comments, the first `=` splitting name from reference).

/** Stands for an entry_points.txt whose bytes are not UTF-8 (no text decodes to it: it holds U+FFFF). */
export const NOT_UTF8 = '\uffff<entry_points.txt is not UTF-8>';

// importlib.metadata's EntryPoint.pattern: `module[:attr] [extras]`.
const REFERENCE = /^[\p{L}\p{N}_.]+\s*(?::\s*[\p{L}\p{N}_.]+\s*)?(?:\[.*\]\s*)?$/u;

/**
 * What is wrong with each line of a group that is not an entry point, or an
 * empty list. Lines before the first `[group]` are ignored, as importlib.metadata ignores them.
 */
export function entryPointProblems(text: string): string[] {
  const problems: string[] = [];
  let inGroup = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const at = `line ${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('[') && line.endsWith(']')) {
      inGroup = true;
      return;
    }
    if (!inGroup) return;
    const eq = line.indexOf('=');
    if (eq < 0) {
      problems.push(`${at}: '${line}' is not 'name = module:attr'`);
      return;
    }
    const reference = line.slice(eq + 1).trim();
    if (line.slice(0, eq).trim() === '') problems.push(`${at}: '${line}' has no name`);
    else if (!REFERENCE.test(reference)) problems.push(`${at}: '${reference}' is not an object reference 'module:attr'`);
  });
  return problems;
}

// Warehouse's own check (warehouse/utils/wheel.py, validate_entrypoints),
// stricter than importlib.metadata: the file is read by Python's
// configparser with `=` as the only delimiter and case-sensitive names, so a
// line before the first section, a repeated section or name, a line without
// `=` or with no name fails it; and the names of console_scripts and
// gui_scripts must be `[\w.-]+` (no path in a script's name).

const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_GROUPS = new Set(['console_scripts', 'gui_scripts']);

/** What Warehouse would refuse in an entry_points.txt that decoded as UTF-8; empty when it accepts it. */
export function warehouseEntryPointProblems(text: string): string[] {
  const problems: string[] = [];
  // Names by section, with the line each was given on; DEFAULT's are every section's too.
  const sections = new Map<string, Map<string, number>>();
  let section: string | undefined;
  let option: string | undefined;
  let indent = Number.MAX_SAFE_INTEGER;
  // read_string reads through io.StringIO, whose lines end at \n only (a \r is stripped as whitespace).
  text.split('\n').forEach((line, index) => {
    const at = `line ${index + 1}`;
    const value = line.trim();
    // Comments and empty lines; an empty line keeps a value open, as configparser's do.
    if (value === '' || value.startsWith('#') || value.startsWith(';')) return;
    const level = line.length - line.trimStart().length;
    // A line indented past the option's own continues that option's value.
    if (section !== undefined && option !== undefined && level > indent) return;
    indent = level;
    const header = /^\[(.+)\]/.exec(value);
    if (header) {
      const name = header[1]!;
      if (name !== 'DEFAULT' && sections.has(name)) problems.push(`${at}: the section [${name}] appears twice`);
      if (!sections.has(name)) sections.set(name, new Map());
      section = name;
      option = undefined;
      return;
    }
    if (section === undefined) {
      problems.push(`${at}: '${value}' comes before the first [section]`);
      return;
    }
    const eq = value.indexOf('=');
    if (eq < 0) {
      problems.push(`${at}: '${value}' has no '='`);
      return;
    }
    const name = value.slice(0, eq).trimEnd();
    if (name === '') {
      problems.push(`${at}: '${value}' has no name`);
      return;
    }
    option = name;
    const given = sections.get(section)!;
    if (given.has(name)) problems.push(`${at}: '${name}' appears twice in [${section}]`);
    else given.set(name, index + 1);
  });
  const defaults = sections.get('DEFAULT') ?? new Map<string, number>();
  for (const group of SCRIPT_GROUPS) {
    const given = sections.get(group);
    if (!given) continue;
    for (const [name, line] of [...given, ...defaults]) {
      if (!SCRIPT_NAME.test(name)) problems.push(`line ${line}: the script name '${name}' in [${group}] is not letters, digits, '_', '.' and '-'`);
    }
  }
  return problems;
}
