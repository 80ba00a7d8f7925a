// How Python prints and measures a string, which Warehouse's messages embed
// with `!r` and limit with `len()`. Python's formatting, not Warehouse's
// rules: the action's copy is shared (ARCHITECTURE.md, the stand-ins).
export { pyList, pyRepr } from '../../../src/dists/python-text.ts';

/** Python's `len()`: code points, not UTF-16 units. */
export function pyLen(text: string): number {
  return [...text].length;
}
