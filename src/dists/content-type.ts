// Description-Content-Type as packaging.metadata validates it, and with its
// message. Pure. The stand-in index keeps its own reading of the same rule
// (ARCHITECTURE.md: the stand-in is a second opinion, not a shared copy).
import { pyList, pyRepr } from './python-text.ts';

const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];

/** The problem PyPI finds in a Description-Content-Type, if any. */
export function descriptionContentTypeProblem(value: string): string | undefined {
  const [typePart = '', ...paramParts] = value.split(';');
  // The email package falls back to text/plain on a malformed type.
  const contentType = /^[^\s/]+\/[^\s/]+$/.test(typePart.trim()) ? typePart.trim().toLowerCase() : 'text/plain';
  if (!CONTENT_TYPES.includes(contentType) || !value.toLowerCase().includes(contentType)) {
    return `'description-content-type' must be one of ${pyList(CONTENT_TYPES)}, not ${pyRepr(value)}`;
  }
  const params = new Map(paramParts.flatMap((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? [] : [[part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1')] as const];
  }));
  const charset = params.get('charset') ?? 'UTF-8';
  // packaging prints list(charset): its characters, one by one.
  if (charset !== 'UTF-8') return `'description-content-type' can only specify the UTF-8 charset, not ${pyList([...charset])}`;
  const variant = params.get('variant') ?? 'GFM';
  if (contentType === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
    return `valid Markdown variants for 'description-content-type' are ${pyList(MARKDOWN_VARIANTS)}, not ${pyRepr(variant)}`;
  }
  return undefined;
}
