// Core metadata (METADATA in a wheel, PKG-INFO in an sdist) as written: an
// RFC 822-style header block and an optional body. Lenient parse, as
// packaging's parse_email: it never throws; check.ts decides what is valid.

export interface CoreMetadata {
  /** Header fields by lower-cased name ('metadata-version', 'requires-dist', ...), values in file order. */
  headers: Record<string, string[]>;
  /** The body after the blank line (the long description from Metadata 2.1 on), if any. */
  body: string | undefined;
}

export function parseCoreMetadata(text: string): CoreMetadata {
  const headers: Record<string, string[]> = {};
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let last: { key: string; index: number } | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') break;
    if (/^[ \t]/.test(line) && last) {
      // A continuation line: the value goes on (multi-line Description or License).
      const values = headers[last.key]!;
      values[last.index] += '\n' + line.replace(/^ {7}\|?|^\t/, '');
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    (headers[key] ??= []).push(value);
    last = { key, index: headers[key].length - 1 };
  }
  const rest = lines.slice(i + 1).join('\n');
  return { headers, body: i < lines.length && rest.length > 0 ? rest : undefined };
}

/** The first value of a header, or undefined. */
export function field(metadata: CoreMetadata, name: string): string | undefined {
  return metadata.headers[name.toLowerCase()]?.[0];
}
