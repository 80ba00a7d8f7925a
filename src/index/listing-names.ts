// The file names an index lists are its text, not ours: they reach file paths
// (downloads), messages and the log. A name is used only when it has the
// characters a distribution's filename has; a listing with a control
// character in a name (a newline followed by a workflow command) is not an
// index's honest mistake, and is refused whole.
import { ReleaseError } from '../errors.ts';
import type { IndexUrls } from './url.ts';

/** Letters, digits and `. _ - + !` (wheel and sdist names, PEP 440 versions), starting with a letter or digit; at most 255. */
const DIST_FILENAME = /^[A-Za-z0-9][A-Za-z0-9._+!-]{0,254}$/;

/** C0 and C1 controls, and the Unicode line and paragraph separators. */
function hasControl(text: string): boolean {
  return [...text].some((c) => {
    const code = c.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });
}

export function isDistFilename(name: string): boolean {
  return DIST_FILENAME.test(name) && !name.includes('..');
}

/**
 * The listing's entries whose names may be used; names with other printable
 * characters (an old upload's space) are left out. Throws on a control
 * character in any name.
 */
export function screenListing<T extends { filename: string }>(files: Map<string, T>, urls: IndexUrls, project: string): Map<string, T> {
  const hostile = [...files.keys()].filter(hasControl);
  if (hostile.length > 0) {
    throw new ReleaseError({
      code: 'INDEX_LISTING_INVALID',
      message: `The listing of ${project} on ${urls.label} names ${hostile.length === 1 ? 'a file' : `${hostile.length} files`} with a control character (a line break in a file name); the listing is not used.`,
      details: hostile.slice(0, 5).map((name) => JSON.stringify(name.slice(0, 200))),
      hint: `No index serves such names for files it holds: check that ${urls.simple.href} is the index you meant, and what answers there (a proxy, a compromised mirror). Nothing was uploaded after this.`,
    });
  }
  return new Map([...files].filter(([name]) => isDistFilename(name)));
}
