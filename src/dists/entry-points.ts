// A wheel's `.dist-info/entry_points.txt` (the entry points specification):
// INI-like groups of `name = module:attr [extras]`. PyPI refuses a wheel
// whose file does not parse; installers and importlib.metadata read it the
// same way, so a broken one would also leave console scripts uninstalled.
// Pure; read as importlib.metadata reads it (lines stripped, `#`
// comments, the first `=` splitting name from reference).

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
