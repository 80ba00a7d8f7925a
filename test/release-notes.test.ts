// Release notes: a changelog's section for the version, in the ways projects
// write their headings; and notes from Conventional Commits when there is none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changelogFormat, changelogSection, commitNotes, headingNamesVersion, parseConventional, parseGitLog, type Commit } from '../src/release/notes.ts';

const KEEP_A_CHANGELOG = `# Changelog

All notable changes to this project will be documented in this file.

## [Unreleased]

### Added
- Something not released yet.

## [1.2.0] - 2026-01-01

### Added
- Greeting in French.

### Fixed
- Crash on empty names.

## [1.1.0] - 2025-12-01

### Added
- The hello command.

[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0
[1.1.0]: https://github.com/o/r/releases/tag/v1.1.0
`;

describe('changelogSection', () => {
  it('takes the Keep a Changelog section, subsections included, up to the next version', () => {
    expect(changelogSection(KEEP_A_CHANGELOG, '1.2.0')).toBe(
      '### Added\n- Greeting in French.\n\n### Fixed\n- Crash on empty names.');
  });

  it('leaves the link definitions at the end of the file out of the last section', () => {
    expect(changelogSection(KEEP_A_CHANGELOG, '1.1.0')).toBe('### Added\n- The hello command.');
  });

  it('is undefined when no heading names the version', () => {
    expect(changelogSection(KEEP_A_CHANGELOG, '1.3.0')).toBeUndefined();
    expect(changelogSection('', '1.0.0')).toBeUndefined();
  });

  it('does not take a pre-release heading for the final release, nor the reverse', () => {
    const text = '## 1.2.0rc1\n\n- candidate\n\n## 1.1.0\n\n- old\n';
    expect(changelogSection(text, '1.2.0')).toBeUndefined();
    expect(changelogSection(text, '1.2.0rc1')).toBe('- candidate');
    // PEP 440 spellings of the same version match: the heading need not be normalized.
    expect(changelogSection('## 1.2.0-RC.1\n\n- candidate\n', '1.2.0rc1')).toBe('- candidate');
  });

  it.each([
    ['## 1.2.0', '## 1.1.0'],
    ['## v1.2.0 (2026-01-01)', '## v1.1.0 (2025-12-01)'],
    ['# Version 1.2.0', '# Version 1.1.0'],
    ['### hello-pkg 1.2.0 — 2026-01-01', '### hello-pkg 1.1.0 — 2025-12-01'],
    ['## [v1.2.0](https://github.com/o/r/compare/v1.1.0...v1.2.0) (2026-01-01)', '## [v1.1.0](https://x) (2025-12-01)'],
    ['## Release 1.2.0', '## Release 1.1.0'],
    ['## 1.2.0:', '## 1.1.0:'],
  ])('reads the heading style %s', (heading, older) => {
    const text = `# Changes\n\n${heading}\n\n- new thing\n\n${older}\n\n- old thing\n`;
    expect(changelogSection(text, '1.2.0')).toBe('- new thing');
  });

  it('reads setext headings (=== and ---), each section ending at its own level', () => {
    const text = 'Changelog\n=========\n\n1.2.0\n-----\n\nNew.\n\n#### Details\n\n- d\n\n1.1.0\n-----\n\nOld.\n';
    expect(changelogSection(text, '1.2.0')).toBe('New.\n\n#### Details\n\n- d');
    const top = '1.2.0 (2026-01-01)\n==================\n\n1.2.0 notes\n\nFixes\n-----\n\n- one\n\n1.1.0\n=====\n\nold\n';
    expect(changelogSection(top, '1.2.0')).toBe('1.2.0 notes\n\nFixes\n-----\n\n- one');
  });

  it('ends a section at a higher-level heading too, and keeps deeper ones', () => {
    const text = '# 2.x\n\n## 2.0.0\n\n### Added\n\n- a\n\n# 1.x\n\n## 1.0.0\n\n- b\n';
    expect(changelogSection(text, '2.0.0')).toBe('### Added\n\n- a');
  });

  it('ignores headings inside fenced code', () => {
    const text = '## 1.2.0\n\n```console\n# 1.1.0\n$ pip install x\n```\n\n## 1.1.0\n\n- old\n';
    expect(changelogSection(text, '1.2.0')).toBe('```console\n# 1.1.0\n$ pip install x\n```');
  });

  it('reads reStructuredText titles, levels in order of first appearance', () => {
    const rst = [
      '=========', 'Changelog', '=========', '',
      '1.2.0 (2026-01-01)', '------------------', '', '* New thing.', '',
      'Internals', '~~~~~~~~~', '', '* Refactor.', '',
      '1.1.0 (2025-12-01)', '------------------', '', '* Old thing.', '',
    ].join('\n');
    expect(changelogSection(rst, '1.2.0', 'rst')).toBe('* New thing.\n\nInternals\n~~~~~~~~~\n\n* Refactor.');
    expect(changelogSection(rst, '1.1.0', 'rst')).toBe('* Old thing.');
  });

  it('handles CRLF files', () => {
    expect(changelogSection('## 1.2.0\r\n\r\n- a\r\n\r\n## 1.1.0\r\n', '1.2.0')).toBe('- a');
  });

  it('knows the format from the file name', () => {
    expect(changelogFormat('CHANGES.rst')).toBe('rst');
    expect(changelogFormat('CHANGELOG.md')).toBe('markdown');
    expect(changelogFormat('NEWS')).toBe('markdown');
  });
});

describe('headingNamesVersion', () => {
  it('matches whole versions only', () => {
    expect(headingNamesVersion('[1.2.0] - 2026-01-01', '1.2.0')).toBe(true);
    expect(headingNamesVersion('1.2.0', '1.2')).toBe(true);
    expect(headingNamesVersion('11.2.0', '1.2.0')).toBe(false);
    expect(headingNamesVersion('1.2.0.post1', '1.2.0')).toBe(false);
    expect(headingNamesVersion('Unreleased', '1.2.0')).toBe(false);
    expect(headingNamesVersion('2026-01-01', '2026.1.1')).toBe(false);
  });
});

const c = (hash: string, subject: string, body = ''): Commit => ({ hash, subject, body });

describe('parseConventional', () => {
  it('reads type, scope, bang and the BREAKING CHANGE footer', () => {
    expect(parseConventional(c('a'.repeat(40), 'feat(cli)!: drop --old'))).toMatchObject({ type: 'feat', scope: 'cli', description: 'drop --old', breaking: true });
    expect(parseConventional(c('b', 'Fix: typo'))).toMatchObject({ type: 'fix', scope: undefined, breaking: false });
    expect(parseConventional(c('c', 'refactor: x', 'Longer text.\n\nBREAKING CHANGE: config moved to pyproject.toml\nRefs: #12')))
      .toMatchObject({ breaking: true, breakingNote: 'config moved to pyproject.toml' });
    expect(parseConventional(c('d', 'Update README'))).toMatchObject({ type: undefined, description: 'Update README', breaking: false });
    expect(parseConventional(c('e', 'feat:no space'))).toMatchObject({ type: undefined });
  });
});

describe('commitNotes', () => {
  const commits = [
    c('1111111aaaa', 'docs: explain bumps'),
    c('2222222bbbb', 'fix(parser): accept CRLF'),
    c('3333333cccc', 'feat: greet in French'),
    c('4444444dddd', 'feat(api)!: rename greet() to hello()'),
    c('5555555eeee', 'Release 1.2.0'),
    c('6666666ffff', 'chore(deps): bump hatchling'),
    c('7777777aaaa', 'Tidy up'),
    c('8888888bbbb', 'perf: cache the greeting'),
    c('9999999cccc', 'refactor: one module per concern', 'BREAKING CHANGE: greet.py is gone'),
  ];

  it('groups by type, breaking changes first, with short hashes, in git order', () => {
    expect(commitNotes(commits, { skipSubjects: ['Release 1.2.0'], compareUrl: 'https://github.com/o/r/compare/v1.1.0...v1.2.0' })).toBe([
      '### Breaking changes',
      '',
      '- **api:** rename greet() to hello() (4444444)',
      '- one module per concern (9999999)',
      '  greet.py is gone',
      '',
      '### Features',
      '',
      '- greet in French (3333333)',
      '',
      '### Bug fixes',
      '',
      '- **parser:** accept CRLF (2222222)',
      '',
      '### Performance',
      '',
      '- cache the greeting (8888888)',
      '',
      '### Documentation',
      '',
      '- explain bumps (1111111)',
      '',
      '### Other changes',
      '',
      '- chore(deps): bump hatchling (6666666)',
      '- Tidy up (7777777)',
      '',
      '**Full changelog**: https://github.com/o/r/compare/v1.1.0...v1.2.0',
    ].join('\n'));
  });

  it('says so when there is nothing since the previous tag', () => {
    expect(commitNotes([c('5555555', 'Release 1.2.0')], { skipSubjects: ['Release 1.2.0'], previousTag: 'v1.1.0' })).toBe('No changes since v1.1.0.');
  });
});

describe('parseGitLog', () => {
  it('reads the records git log --format=%H%x1f%s%x1f%b%x1e writes, bodies with blank lines included', () => {
    const out = 'abc\x1ffeat: x\x1fline one\n\nBREAKING CHANGE: y\n\x1e\ndef\x1ffix: z\x1f\x1e\n';
    expect(parseGitLog(out)).toEqual([
      { hash: 'abc', subject: 'feat: x', body: 'line one\n\nBREAKING CHANGE: y' },
      { hash: 'def', subject: 'fix: z', body: '' },
    ]);
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('changelogSection (property)', () => {
  const styles = [
    (v: string) => `## ${v}`,
    (v: string) => `## [${v}] - 2026-01-01`,
    (v: string) => `## v${v} (2026-01-01)`,
    (v: string) => `# Version ${v}`,
    (v: string) => `${v}\n${'-'.repeat(v.length)}`,
  ];
  it('finds every version\'s own section, whatever the heading style and order', () => {
    const version = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.constantFrom('', 'rc1', 'a2', '.post1', '.dev3'))
      .map(([a, b, c, suffix]) => `${a}.${b}.${c}${suffix}`);
    fc.assert(fc.property(fc.uniqueArray(version, { minLength: 1, maxLength: 8 }), fc.nat(styles.length - 1), (versions, style) => {
      const text = ['# Changelog', '', ...versions.flatMap((v, i) => [styles[style]!(v), '', `- change ${i}`, `  - detail of ${v}`, ''])].join('\n');
      versions.forEach((v, i) => expect(changelogSection(text, v)).toBe(`- change ${i}\n  - detail of ${v}`));
    }));
  });
});
