// version-files entries and uv.lock: the spans each plan finds, checked by the
// whole text they produce, and the exact words of every refusal.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { applyEdit } from '../src/version/edit.ts';
import { parseVersionFiles, planUvLock, planVersionFile, type VersionFileSpec } from '../src/version/files.ts';
import { findUvLock } from '../src/version/plan.ts';

function thrown(fn: () => unknown): ReleaseError {
  try {
    fn();
  } catch (e) {
    if (isReleaseError(e)) return e;
    throw e;
  }
  throw new Error('expected a ReleaseError');
}

const anywhere = (path = 'README.md'): VersionFileSpec => ({ path, pattern: undefined, raw: path });
const withPattern = (path: string, pattern: string): VersionFileSpec => ({ path, pattern, raw: `${path}: ${pattern}` });

describe('parseVersionFiles', () => {
  it('reads paths and patterns, skipping blank and # lines, whatever the line endings', () => {
    const input = [
      '# files that carry the version',
      'docs/conf.py: release = "{version}"',
      '',
      '   src\\demo\\__init__.py  :  __version__ = "{version}"  ',
      './README.md',
      'docs//badges/../index.md',
      'README.md: pip install demo=={version}  # see: the docs',
      '   # indented comment',
    ].join('\r\n');
    expect(parseVersionFiles(input)).toEqual({
      specs: [
        { path: 'docs/conf.py', pattern: 'release = "{version}"', raw: 'docs/conf.py: release = "{version}"' },
        { path: 'src/demo/__init__.py', pattern: '__version__ = "{version}"', raw: 'src\\demo\\__init__.py  :  __version__ = "{version}"' },
        { path: 'README.md', pattern: undefined, raw: './README.md' },
        { path: 'docs/index.md', pattern: undefined, raw: 'docs//badges/../index.md' },
        { path: 'README.md', pattern: 'pip install demo=={version}  # see: the docs', raw: 'README.md: pip install demo=={version}  # see: the docs' },
      ],
      problems: [],
    });
  });

  it('returns every problem at once, one sentence each, and keeps the good entries', () => {
    const input = [
      'CHANGELOG.md',
      '/etc/demo.cfg',
      'C:\\work\\demo\\conf.py: release = "{version}"',
      'c:/work/demo/conf.py',
      '../shared/VERSION',
      'docs/../../VERSION',
      'docs/../VERSION',
      'docs/conf.py: release = "1.2.0"',
      'docs/conf.py: {version} or {version}',
      'docs/conf.py:',
      ': {version}',
      '.',
      'docs/',
      './CHANGELOG.md',
      '../x: no placeholder',
    ].join('\n');
    expect(parseVersionFiles(input)).toEqual({
      specs: [
        { path: 'CHANGELOG.md', pattern: undefined, raw: 'CHANGELOG.md' },
        { path: 'VERSION', pattern: undefined, raw: 'docs/../VERSION' },
      ],
      problems: [
        'version-files: `/etc/demo.cfg` is an absolute path; name the file by its path inside the project folder (e.g. docs/conf.py).',
        'version-files: `C:\\work\\demo\\conf.py: release = "{version}"` is an absolute path; name the file by its path inside the project folder (e.g. docs/conf.py).',
        'version-files: `c:/work/demo/conf.py` is an absolute path; name the file by its path inside the project folder (e.g. docs/conf.py).',
        'version-files: `../shared/VERSION` leaves the project folder; list only files inside it, by their path relative to it.',
        'version-files: `docs/../../VERSION` leaves the project folder; list only files inside it, by their path relative to it.',
        'version-files: the pattern of `docs/conf.py: release = "1.2.0"` has no {version}; write the text around the version with {version} in its place, e.g. `docs/conf.py: release = "{version}"`.',
        'version-files: the pattern of `docs/conf.py: {version} or {version}` has {version} 2 times; it must hold it exactly once.',
        'version-files: `docs/conf.py:` has nothing after the ":"; write the path alone to match the version anywhere in the file, or a pattern with {version} after the ":".',
        'version-files: `: {version}` has no path before the ":"; write `path` or `path: pattern`.',
        'version-files: `.` names a folder; name the file that holds the version.',
        'version-files: `docs/` names a folder; name the file that holds the version.',
        'version-files: `./CHANGELOG.md` repeats `CHANGELOG.md`; list each file and pattern once.',
        'version-files: `../x: no placeholder` leaves the project folder; list only files inside it, by their path relative to it.',
        'version-files: the pattern of `../x: no placeholder` has no {version}; write the text around the version with {version} in its place, e.g. `docs/conf.py: release = "{version}"`.',
      ],
    });
  });

  it('reads an empty input as no files', () => {
    expect(parseVersionFiles('')).toEqual({ specs: [], problems: [] });
    expect(parseVersionFiles('\n  \n# none yet\n')).toEqual({ specs: [], problems: [] });
  });
});

describe('planVersionFile without a pattern: whole versions only', () => {
  const matches = [
    ['1.2.0', 'alone'],
    ['v1.2.0', 'a v prefix'],
    ['release V1.2.0 is out', 'a capital V prefix'],
    ['uses: demo/action@v1.2.0', 'a v after @'],
    ['![v](https://img.shields.io/badge/version-1.2.0-blue)', 'a shields badge'],
    ['version-1.2.0-brightgreen', 'a badge colour starting with b (not beta)'],
    ['version-1.2.0-red', 'a badge colour starting with r (not rev)'],
    ['demo-1.2.0.tar.gz', 'an sdist name'],
    ['demo-1.2.0-py3-none-any.whl', 'a wheel name'],
    ['demo-1.2.0-cp312-cp312-manylinux_2_17_x86_64.whl', 'a cp tag (not c for rc)'],
    ['demo_pkg-1.2.0.dist-info', 'a dist-info folder'],
    ['image: demo:1.2.0-alpine', 'an image tag (not alpha)'],
    ['pip install demo==1.2.0', 'a requirement'],
    ['__version__ = "1.2.0"', 'quotes'],
    ["version='1.2.0'", 'single quotes'],
    ['Released 1.2.0.', 'a full stop'],
    ['https://pypi.org/project/demo/1.2.0/', 'a URL path'],
    ['(1.2.0)', 'brackets'],
    ['1.2.0_linux', 'an underscore and a word'],
    ['- 1.2.0', 'a list dash and a space'],
  ] as const;
  it.each(matches)('matches %j (%s)', (text) => {
    const edit = planVersionFile('README.md', text, anywhere(), '1.2.0');
    expect(edit.spans).toHaveLength(1);
    expect(applyEdit(edit, '1.3.0')).toBe(text.replace('1.2.0', '1.3.0'));
  });

  const refused = [
    ['11.2.0', 'a longer release number'],
    ['0.1.2.0', 'a longer release on the left'],
    ['1.2.01', 'a longer last number'],
    ['1.2.0.1', 'a fourth release number'],
    ['1.2.0rc1', 'a pre-release'],
    ['1.2.0a', 'an implicit alpha'],
    ['1.2.0.post1', 'a post release'],
    ['1.2.0-1', 'an implicit post release'],
    ['1.2.0.dev0', 'a dev release'],
    ['1.2.0-rc.1', 'a separated pre-release'],
    ['1.2.0-beta', 'a spelt-out pre-release'],
    ['1.2.0_post', 'an underscore post release'],
    ['1.2.0+local', 'a local version'],
    ['1!1.2.0', 'an epoch'],
    ['2.0+1.2.0', 'a local label'],
    ['dev1.2.0', 'a v inside a word'],
    ['python1.2.0', 'a word'],
    ['3-1.2.0', 'a digit before the dash'],
    ['version-1.2.0-007ec6', 'a hex badge colour that starts with a digit (reads as a post release): use a pattern'],
  ] as const;
  it.each(refused)('refuses %j (%s)', (text) => {
    expect(thrown(() => planVersionFile('README.md', text, anywhere(), '1.2.0')).code).toBe('VERSION_FILE_MISMATCH');
  });

  it('rewrites every whole occurrence of a README, CRLF endings kept, and reports each line', () => {
    const readme = [
      '# demo',
      '',
      '[![version](https://img.shields.io/badge/version-1.2.0-blue)](https://pypi.org/project/demo/1.2.0/)',
      '',
      'pip install demo==1.2.0',
      '',
      'Since 1.2.0rc1 and until 11.2.0, nothing else changes.',
      '',
    ].join('\r\n');
    const edit = planVersionFile('README.md', readme, anywhere(), '1.2.0');
    expect(edit.spans.map((s) => s.line)).toEqual([3, 3, 5]);
    expect(edit.spans.map((s) => readme.slice(s.start, s.end))).toEqual(['1.2.0', '1.2.0', '1.2.0']);
    expect(applyEdit(edit, '1.3.0')).toBe([
      '# demo',
      '',
      '[![version](https://img.shields.io/badge/version-1.3.0-blue)](https://pypi.org/project/demo/1.3.0/)',
      '',
      'pip install demo==1.3.0',
      '',
      'Since 1.2.0rc1 and until 11.2.0, nothing else changes.',
      '',
    ].join('\r\n'));
  });

  it('gives the spans as offsets and lines', () => {
    const text = 'a\nv1.2.0 1.2.0\n';
    expect(planVersionFile('f', text, anywhere('f'), '1.2.0')).toEqual({
      file: 'f',
      text,
      spans: [{ start: 3, end: 8, line: 2 }, { start: 9, end: 14, line: 2 }],
    });
  });

  it('finds a pre-release as itself, not inside a longer one', () => {
    const text = '1.2.0rc1 1.2.0rc12 1.2.0rc1.post1 1.2.0rc1\n';
    const edit = planVersionFile('f', text, anywhere('f'), '1.2.0rc1');
    expect(applyEdit(edit, '1.2.0rc2')).toBe('1.2.0rc2 1.2.0rc12 1.2.0rc1.post1 1.2.0rc2\n');
  });

  it('says which file, why and what to do, listing the lines that only nearly match', () => {
    const text = '__version__ = "1.2.0rc1"\nother = "11.2.0"\nnothing here\n';
    const e = thrown(() => planVersionFile('src/demo/__init__.py', text, anywhere('src/demo/__init__.py'), '1.2.0'));
    expect(e.code).toBe('VERSION_FILE_MISMATCH');
    expect(e.message).toBe('src/demo/__init__.py does not contain the current version 1.2.0; nothing was written.');
    expect(e.hint).toBe('The file does not hold 1.2.0 as a whole version (1.2.0rc1 or 1.2.0.post1 is another version): update it to 1.2.0 by hand once (each release then keeps it in step), or remove `src/demo/__init__.py` from `version-files`.');
    expect(e.details).toEqual(['line 1: __version__ = "1.2.0rc1"', 'line 2: other = "11.2.0"']);
    expect(e.annotation).toEqual({ file: 'src/demo/__init__.py', startLine: 1, title: 'Version not found' });
  });
});

describe('planVersionFile with a pattern', () => {
  const CONF = [
    'project = "demo"',
    'version = "1.2"',
    'release = "1.2.0"',
    '# the 1.2.0 docs',
    'html_title = f"demo {release}"',
    '',
  ].join('\r\n');

  it('rewrites only where the pattern surrounds the version, CRLF kept', () => {
    const edit = planVersionFile('docs/conf.py', CONF, withPattern('docs/conf.py', 'release = "{version}"'), '1.2.0');
    expect(edit.spans).toEqual([{ start: CONF.indexOf('1.2.0'), end: CONF.indexOf('1.2.0') + 5, line: 3 }]);
    expect(applyEdit(edit, '1.3.0')).toBe([
      'project = "demo"',
      'version = "1.2"',
      'release = "1.3.0"',
      '# the 1.2.0 docs',
      'html_title = f"demo {release}"',
      '',
    ].join('\r\n'));
  });

  it('takes every occurrence of the pattern', () => {
    const text = 'pip install demo==1.2.0\nor\npip install demo==1.2.0\nnot demo==1.2.0 alone\n';
    const edit = planVersionFile('README.md', text, withPattern('README.md', 'pip install demo=={version}'), '1.2.0');
    expect(edit.spans.map((s) => s.line)).toEqual([1, 3]);
    expect(applyEdit(edit, '2.0.0')).toBe('pip install demo==2.0.0\nor\npip install demo==2.0.0\nnot demo==1.2.0 alone\n');
  });

  it('keeps the whole-version rule on a side where the pattern has no text', () => {
    const text = 'Version 1.2.0rc1\nVersion 1.2.0\nVersion 1.2.0.\n';
    const edit = planVersionFile('f', text, withPattern('f', 'Version {version}'), '1.2.0');
    expect(applyEdit(edit, '1.3.0')).toBe('Version 1.2.0rc1\nVersion 1.3.0\nVersion 1.3.0.\n');
  });

  it('takes neighbours that share the pattern text between them', () => {
    const text = '| demo | 1.2.0 | 1.2.0 |\n';
    const edit = planVersionFile('f', text, withPattern('f', '| {version} |'), '1.2.0');
    expect(edit.spans).toEqual([{ start: 9, end: 14, line: 1 }, { start: 17, end: 22, line: 1 }]);
    expect(applyEdit(edit, '1.3.0')).toBe('| demo | 1.3.0 | 1.3.0 |\n');
  });

  it('keeps the whole-version rule before a pattern that starts with {version}', () => {
    const text = 'v11.2.0 is out\n1.2.0 is out\n';
    const edit = planVersionFile('f', text, withPattern('f', '{version} is out'), '1.2.0');
    expect(edit.spans.map((s) => s.line)).toEqual([2]);
    expect(applyEdit(edit, '1.3.0')).toBe('v11.2.0 is out\n1.3.0 is out\n');
  });

  it('trusts the pattern where it has text: a hex badge colour', () => {
    const text = '![v](https://img.shields.io/badge/version-1.2.0-007ec6)\n';
    const edit = planVersionFile('README.md', text, withPattern('README.md', 'version-{version}-007ec6'), '1.2.0');
    expect(applyEdit(edit, '1.3.0')).toBe('![v](https://img.shields.io/badge/version-1.3.0-007ec6)\n');
  });

  it('names the file and the pattern when the pattern does not match', () => {
    const e = thrown(() => planVersionFile('docs/conf.py', CONF, withPattern('docs/conf.py', "release = '{version}'"), '1.2.0'));
    expect(e.code).toBe('VERSION_FILE_MISMATCH');
    expect(e.message).toBe("docs/conf.py does not contain the current version 1.2.0 (pattern: release = '{version}'); nothing was written.");
    expect(e.hint).toBe("The file does not hold the current version in that form: update it to 1.2.0 by hand once (each release then keeps it in step), or fix the pattern of `docs/conf.py: release = '{version}'` in `version-files` to match the line that holds the version, with {version} in its place.");
    expect(e.details).toEqual(['line 3: release = "1.2.0"', 'line 4: # the 1.2.0 docs']);
    expect(e.annotation).toEqual({ file: 'docs/conf.py', startLine: 3, title: 'Version not found' });
  });

  it('names the stale version case: the file holds an older version', () => {
    const e = thrown(() => planVersionFile('docs/conf.py', CONF, withPattern('docs/conf.py', 'release = "{version}"'), '1.2.1'));
    expect(e.message).toBe('docs/conf.py does not contain the current version 1.2.1 (pattern: release = "{version}"); nothing was written.');
    expect(e.details).toEqual([]);
    expect(e.annotation).toEqual({ file: 'docs/conf.py', startLine: undefined, title: 'Version not found' });
  });

  it('shows at most five nearly matching lines', () => {
    const text = Array.from({ length: 7 }, (_, i) => `x${i} 1.2.0rc${i}`).join('\n');
    expect(thrown(() => planVersionFile('f', text, anywhere('f'), '1.2.0')).details).toEqual([
      'line 1: x0 1.2.0rc0', 'line 2: x1 1.2.0rc1', 'line 3: x2 1.2.0rc2', 'line 4: x3 1.2.0rc3', 'line 5: x4 1.2.0rc4',
      'and 2 more lines with 1.2.0',
    ]);
  });
});

describe('planVersionFile properties', () => {
  const chunk = fc.constantFrom('1.2.0', '1', '2', '.', '-', '_', '+', 'v', 'rc', 'post', 'blue', ' ', '"', '\r\n', '\n', '=');

  it('each span holds exactly the current version, spans do not overlap, and writing the same version changes nothing', () => {
    fc.assert(fc.property(fc.array(chunk, { maxLength: 30 }), (chunks) => {
      const text = chunks.join('');
      let edit;
      try {
        edit = planVersionFile('f', text, anywhere('f'), '1.2.0');
      } catch (e) {
        if (isReleaseError(e) && e.code === 'VERSION_FILE_MISMATCH') return;
        throw e;
      }
      let last = -1;
      for (const s of edit.spans) {
        expect(text.slice(s.start, s.end)).toBe('1.2.0');
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.line).toBe(text.slice(0, s.start).split('\n').length);
        last = s.end;
      }
      expect(applyEdit(edit, '1.2.0')).toBe(text);
    }));
  });

  it('always finds the version between plain delimiters', () => {
    const delimiter = fc.constantFrom('', ' ', '"', "'", '=', '/', '(', ')', '\n', '\r\n', ',', ':', '@');
    fc.assert(fc.property(delimiter, delimiter, (before, after) => {
      const text = `${before}1.2.0${after}`;
      expect(applyEdit(planVersionFile('f', text, anywhere('f'), '1.2.0'), '1.3.0')).toBe(`${before}1.3.0${after}`);
    }));
  });
});

const H = (seed: string) => `sha256:${seed.repeat(64 / seed.length)}`;

/** A lock as uv 0.8 writes it for a workspace, with the project at `projectVersion`. */
function uvLock(projectVersion: string, eol = '\n'): string {
  return [
    'version = 1',
    'revision = 3',
    'requires-python = ">=3.10"',
    '',
    '[manifest]',
    'members = [',
    '    "other",',
    '    "vs-uv-lock",',
    ']',
    '',
    '[[package]]',
    'name = "certifi"',
    'version = "2025.8.3"',
    'source = { registry = "https://pypi.org/simple" }',
    `sdist = { url = "https://files.pythonhosted.org/packages/dc/67/960ebe6bf230a96cda2e0abcf73af550ec4f090005363542f0765df162e0/certifi-2025.8.3.tar.gz", hash = "${H('e5')}", size = 162386, upload-time = "2025-08-03T03:07:47.08Z" }`,
    'wheels = [',
    `    { url = "https://files.pythonhosted.org/packages/e5/48/1549795ba7742c948d2ad169c1c8cdbae65bc450d6cd753d124b17c8cd32/certifi-2025.8.3-py3-none-any.whl", hash = "${H('f6')}", size = 161216, upload-time = "2025-08-03T03:07:45.777Z" },`,
    ']',
    '',
    '[[package]]',
    'name = "other"',
    'version = "1.2.0"',
    'source = { editable = "packages/other" }',
    '',
    '[[package]]',
    'name = "pluggy"',
    'version = "1.2.0"',
    'source = { registry = "https://pypi.org/simple" }',
    `sdist = { url = "https://files.pythonhosted.org/packages/8a/42/8f2833655a29c4e9cb52ee8a2be04ceac61bcff4a680fb338cbd3d1e322d/pluggy-1.2.0.tar.gz", hash = "${H('a1')}", size = 61613 }`,
    'wheels = [',
    `    { url = "https://files.pythonhosted.org/packages/51/32/4a79112b8b87b21450b066e102d6608907f4c885ed7b04c3fdb085d4d6ae/pluggy-1.2.0-py3-none-any.whl", hash = "${H('b2')}", size = 17695 },`,
    ']',
    '',
    '[[package]]',
    'name = "vs-uv-lock"',
    `version = "${projectVersion}"`,
    'source = { editable = "." }',
    'dependencies = [',
    '    { name = "certifi" },',
    ']',
    '',
    '[package.optional-dependencies]',
    'version = [',
    '    { name = "other" },',
    ']',
    '',
    '[package.dev-dependencies]',
    'dev = [',
    '    { name = "pluggy" },',
    ']',
    '',
    '[package.metadata]',
    'requires-dist = [',
    '    { name = "certifi", specifier = ">=2024" },',
    '    { name = "other", marker = "extra == \'version\'", editable = "packages/other" },',
    ']',
    'provides-extras = ["version"]',
    '',
    '[package.metadata.requires-dev]',
    'dev = [{ name = "pluggy", specifier = "==1.2.0" }]',
    '',
    '[[package]]',
    'name = "zipp"',
    'version = "1.2.0"',
    'source = { registry = "https://pypi.org/simple" }',
    `sdist = { url = "https://files.pythonhosted.org/packages/78/08/13bdc6f4a4dcd4a6d8bd8f2f4d0e0d1d0fd0b2e3a6e3b6c2cfcbbbb2b4a2c/zipp-1.2.0.tar.gz", hash = "${H('c3')}", size = 13357 }`,
    'wheels = [',
    `    { url = "https://files.pythonhosted.org/packages/74/3d/1ee25a26411ba0401b43c6376d2316a71addcc72ef8690b101b4ea56d76a/zipp-1.2.0-py2.py3-none-any.whl", hash = "${H('d4')}", size = 4821 },`,
    ']',
    '',
  ].join(eol);
}

describe('planUvLock', () => {
  it("rewrites only the project's version, not a workspace member's or a registry package's with the same version", () => {
    const lock = uvLock('1.2.0');
    const edit = planUvLock('uv.lock', lock, 'vs-uv-lock');
    const start = lock.indexOf('name = "vs-uv-lock"\nversion = "') + 'name = "vs-uv-lock"\nversion = "'.length;
    expect(edit).toEqual({ file: 'uv.lock', text: lock, spans: [{ start, end: start + 5, line: 36 }] });
    expect(applyEdit(edit!, '1.3.0')).toBe(uvLock('1.3.0'));
  });

  it('keeps CRLF endings', () => {
    const edit = planUvLock('uv.lock', uvLock('1.2.0', '\r\n'), 'vs-uv-lock');
    expect(edit?.spans.map((s) => s.line)).toEqual([36]);
    expect(applyEdit(edit!, '2.0.0b1')).toBe(uvLock('2.0.0b1', '\r\n'));
  });

  it('finds the entry under the PEP 503 name', () => {
    const edit = planUvLock('uv.lock', uvLock('1.2.0'), 'Vs_UV.Lock');
    expect(applyEdit(edit!, '1.3.0')).toBe(uvLock('1.3.0'));
  });

  it('finds a virtual project', () => {
    const lock = uvLock('0.4.1').replace('source = { editable = "." }', 'source = { virtual = "." }');
    const edit = planUvLock('uv.lock', lock, 'vs-uv-lock');
    expect(edit?.spans.map((s) => s.line)).toEqual([36]);
    expect(applyEdit(edit!, '0.5.0')).toBe(lock.replace('version = "0.4.1"', 'version = "0.5.0"'));
  });

  it('returns undefined when no entry is the project itself', () => {
    expect(planUvLock('uv.lock', uvLock('1.2.0'), 'absent')).toBeUndefined();
    // Same name, but from a registry or another workspace folder: not this project.
    expect(planUvLock('uv.lock', uvLock('1.2.0'), 'pluggy')).toBeUndefined();
    expect(planUvLock('uv.lock', uvLock('1.2.0'), 'other')).toBeUndefined();
    expect(planUvLock('uv.lock', 'version = 1\nrevision = 3\nrequires-python = ">=3.10"\n', 'vs-uv-lock')).toBeUndefined();
  });

  it('finds a workspace member by its path from the lock at the workspace root', () => {
    const lock = uvLock('1.2.0');
    const edit = planUvLock('uv.lock', lock, 'other', 'packages/other');
    const start = lock.indexOf('name = "other"\nversion = "') + 'name = "other"\nversion = "'.length;
    expect(edit?.spans).toEqual([{ start, end: start + 5, line: lock.slice(0, start).split('\n').length }]);
    expect(applyEdit(edit!, '1.3.0')).toBe(lock.replace('name = "other"\nversion = "1.2.0"', 'name = "other"\nversion = "1.3.0"'));
    // The root project is not the member.
    expect(planUvLock('uv.lock', lock, 'vs-uv-lock', 'packages/other')).toBeUndefined();
  });

  it('returns undefined for a dynamic version (uv records none)', () => {
    const lock = uvLock('1.2.0').replace('name = "vs-uv-lock"\nversion = "1.2.0"\n', 'name = "vs-uv-lock"\n');
    expect(lock).not.toBe(uvLock('1.2.0'));
    expect(planUvLock('uv.lock', lock, 'vs-uv-lock')).toBeUndefined();
  });

  it('refuses invalid TOML, naming the file and the line', () => {
    const e = thrown(() => planUvLock('proj/uv.lock', '<<<<<<< HEAD\nversion = 1\n', 'demo'));
    expect(e.code).toBe('VERSION_SOURCE_UNSUPPORTED');
    expect(e.message).toMatch(/^proj\/uv\.lock is not valid TOML \(line 1: .+\), so the project's version in it cannot be updated; nothing was written\.$/);
    expect(e.hint).toBe('uv writes uv.lock; a merge conflict or a hand edit may have broken it. Run `uv lock` to rewrite it, commit it, and release again.');
    expect(e.annotation).toEqual({ file: 'proj/uv.lock', startLine: 1, title: 'Invalid TOML' });
  });

  it('refuses a version it cannot find as a plain line rather than rewrite the wrong bytes', () => {
    const lock = uvLock('1.2.0').replace('name = "vs-uv-lock"\nversion = "1.2.0"', 'name = "vs-uv-lock"\nversion = "1.2\\u002E0"');
    const e = thrown(() => planUvLock('uv.lock', lock, 'vs-uv-lock'));
    expect(e.code).toBe('VERSION_SOURCE_UNSUPPORTED');
    expect(e.message).toBe('uv.lock: the [[package]] entry for vs-uv-lock records version 1.2.0, but not as a plain `version = "..."` line of that entry, so it cannot be rewritten in place; nothing was written.');
    expect(e.hint).toBe('uv writes each entry of uv.lock as `name = ...`, `version = ...`, `source = ...` lines; this one was written or edited another way. Run `uv lock` to rewrite it, commit it, and release again.');
    expect(e.annotation).toEqual({ file: 'uv.lock', startLine: 34, title: 'uv.lock not understood' });
  });

  it('takes the version line wherever it sits in the entry, and refuses a quoted key it does not read', () => {
    const lock = 'version = 1\n\n[[package]]\nname = "demo"\nsource = { editable = "." }\nversion = "2.0"\n\n' +
      '[package.metadata]\nrequires-dist = []\n';
    expect(applyEdit(planUvLock('uv.lock', lock, 'demo')!, '2.1')).toBe(lock.replace('"2.0"', '"2.1"'));
    const quoted = lock.replace('version = "2.0"', '"version" = "2.0"');
    expect(thrown(() => planUvLock('uv.lock', quoted, 'demo')).message).toBe(
      'uv.lock: the [[package]] entry for demo records version 2.0, but not as a plain `version = "..."` line of that entry, so it cannot be rewritten in place; nothing was written.');
    // A sub-table's key with the same value is not the entry's version.
    const trap = quoted.replace('requires-dist = []', 'version = "2.0"');
    expect(thrown(() => planUvLock('uv.lock', trap, 'demo')).code).toBe('VERSION_SOURCE_UNSUPPORTED');
    // Nor is a key of a table that follows the entry.
    const after = quoted.replace('[package.metadata]\nrequires-dist = []', '[options]\nversion = "2.0"');
    expect(after).toContain('[options]');
    expect(thrown(() => planUvLock('uv.lock', after, 'demo')).code).toBe('VERSION_SOURCE_UNSUPPORTED');
  });

  it('refuses an entry whose name it cannot read, and two entries for the project', () => {
    const lock = 'version = 1\n\n[[package]]\n"name" = "demo"\nversion = "2.0"\nsource = { editable = "." }\n';
    expect(thrown(() => planUvLock('uv.lock', lock, 'demo')).code).toBe('VERSION_SOURCE_UNSUPPORTED');
    const twice = `${uvLock('1.2.0')}\n[[package]]\nname = "vs-uv-lock"\nversion = "1.2.0"\nsource = { virtual = "." }\n`;
    const e = thrown(() => planUvLock('uv.lock', twice, 'vs-uv-lock'));
    expect(e.code).toBe('VERSION_SOURCE_UNSUPPORTED');
    expect(e.message).toBe('uv.lock has 2 [[package]] entries for vs-uv-lock from the project folder, so it is not clear which to update; nothing was written.');
  });

  it('refuses when the line it finds is not the one the parser read: a multi-line string', () => {
    const lock = 'version = 1\n\n[[package]]\nname = "demo"\nnote = """\nversion = "9.9"\n"""\nversion = "2.0"\nsource = { virtual = "." }\n';
    expect(thrown(() => planUvLock('uv.lock', lock, 'demo')).message).toBe(
      'uv.lock: the [[package]] entry for demo records version 2.0, but not as a plain `version = "..."` line of that entry, so it cannot be rewritten in place; nothing was written.');
  });

  it('refuses when a multi-line string holds what looks like another entry', () => {
    const lock = [
      'version = 1',
      '',
      '[[package]]',
      'name = "aaa"',
      'version = "1.0"',
      'source = { registry = "https://pypi.org/simple" }',
      'note = """',
      '[[package]]',
      'name = "demo"',
      'version = "2.0"',
      '"""',
      '',
      '[[package]]',
      'name = "demo"',
      'version = "2.0"',
      'source = { editable = "." }',
      '',
    ].join('\n');
    expect(thrown(() => planUvLock('uv.lock', lock, 'demo')).code).toBe('VERSION_SOURCE_UNSUPPORTED');
  });

  it('reads keys only outside brackets, strings and comments: a nested array line is not a header', () => {
    const lock = [
      'version = 1',
      '',
      '[[package]]',
      'name = "demo"',
      'source = { virtual = "." }',
      '# keep [in step with pyproject.toml',
      'summary = "the \\"[\\" key"',
      'resolution-markers = [',
      '    ["python_full_version >= \'3.12\'"],',
      ']',
      'version = "3.1"',
      '',
    ].join('\n');
    const edit = planUvLock('uv.lock', lock, 'demo');
    expect(edit?.spans.map((s) => s.line)).toEqual([11]);
    expect(applyEdit(edit!, '3.2')).toBe(lock.replace('"3.1"', '"3.2"'));
  });
});

describe('findUvLock', () => {
  it('finds the lock in the project folder, or at a workspace root above it, never beyond the repository', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-uvlock-'));
    try {
      const member = path.join(root, 'repo', 'packages', 'member');
      await fs.mkdir(path.join(root, 'repo', '.git'), { recursive: true });
      await fs.mkdir(member, { recursive: true });
      expect(await findUvLock(member)).toBeUndefined();
      await fs.writeFile(path.join(root, 'uv.lock'), 'outside the repository');
      expect(await findUvLock(member)).toBeUndefined();
      await fs.writeFile(path.join(root, 'repo', 'uv.lock'), 'version = 1\n');
      expect(await findUvLock(member)).toEqual({ file: path.join(root, 'repo', 'uv.lock'), text: 'version = 1\n', member: 'packages/member' });
      await fs.writeFile(path.join(member, 'uv.lock'), 'own\n');
      expect(await findUvLock(member)).toMatchObject({ file: path.join(member, 'uv.lock'), member: '.' });
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});
