// The README is the user's manual: it must document every input and output of
// action.yml and have a troubleshooting entry for every error code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/harness.ts';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const actionYml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
const errors = fs.readFileSync(path.join(ROOT, 'src', 'errors.ts'), 'utf8');

/** The keys directly under a top-level mapping of action.yml (two-space indent). */
function keysUnder(section: string): string[] {
  const block = new RegExp(`^${section}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(actionYml)?.[1] ?? '';
  return [...block.matchAll(/^ {2}([a-z0-9-]+):/gm)].map((m) => m[1]!);
}

describe('README', () => {
  it.each(keysUnder('inputs'))('documents the input %s in the inputs table', (name) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it.each(keysUnder('outputs'))('documents the output %s in the outputs table', (name) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  const codes = [...(/export type ErrorCode =([^;]+);/.exec(errors)?.[1] ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
  it('has error codes to check', () => expect(codes.length).toBeGreaterThan(10));
  it.each(codes)('has a troubleshooting entry for %s', (code) => {
    expect(readme).toContain(`\n### ${code}\n`);
  });

  it('runs on node24 from dist/index.js, with a description for every input and output', () => {
    expect(actionYml).toMatch(/using: node24\n\s+main: dist\/index.js/);
    expect(keysUnder('inputs').length).toBeGreaterThan(10);
    for (const section of ['inputs', 'outputs']) {
      for (const name of keysUnder(section)) {
        expect(actionYml).toMatch(new RegExp(`\\n  ${name}:\\n    description: \\S`));
      }
    }
  });
});

describe("README's bump table", () => {
  const table = readme.slice(readme.indexOf('### Bumps'), readme.indexOf('## Where your version lives'));
  const rows = [...table.matchAll(/^\| `([^|]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].filter((m) => m[1] !== 'bump');
  it('has rows', () => expect(rows.length).toBeGreaterThan(8));
  it.each(rows.map((m) => [m[1]!, m[2]!, m[3]!]))('%s: %s -> %s is what bump() does', async (words, from, to) => {
    const { bump } = await import('../src/version/pep440.ts');
    const list = words.split(/`, `|,/).map((w) => w.replaceAll('`', '').trim()) as Parameters<typeof bump>[1] & string[];
    const froms = from.split(' / ').map((v) => v.replaceAll('`', '').trim());
    const tos = to.split(' / ').map((v) => v.replaceAll('`', '').trim());
    froms.forEach((v, i) => {
      // `alpha`, `beta`, `rc` rows pair each word with its own example.
      const applied = words.includes('`, `') ? [list[i]!] : list;
      expect(bump(v, applied as never)).toBe(tos[i]);
    });
  });
});
