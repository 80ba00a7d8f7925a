import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReleaseError } from '../src/errors.ts';
import { decideVersion } from '../src/version/decide.ts';
import { bump, compare, normalize } from '../src/version/pep440.ts';
import { locateVersion, withVersion } from '../src/version/pyproject.ts';

const PYPROJECT = [
  '[build-system]',
  'requires = ["hatchling"]',
  'build-backend = "hatchling.build"',
  '',
  '[project]',
  "name = 'demo'   # the name",
  'version  =  "1.4.2"   # keep this comment',
  'dependencies = ["version==9"]',
  '',
  '[tool.other]',
  'version = "0.0.0"',
  '',
].join('\r\n');

describe('locateVersion / withVersion', () => {
  it('finds [project].version and rewrites only its characters, CRLF and comments kept', () => {
    const source = locateVersion('pyproject.toml', PYPROJECT);
    expect(source).toMatchObject({ name: 'demo', version: '1.4.2', line: 7 });
    const after = withVersion(source, '1.5.0');
    expect(after).toBe(PYPROJECT.replace('"1.4.2"', '"1.5.0"'));
  });

  it('ignores a version key in another table that comes first', () => {
    const text = '[tool.x]\nversion = "9"\n[project]\nname = "a"\nversion = "2.0"\n';
    expect(locateVersion('p', text)).toMatchObject({ version: '2.0', line: 5 });
  });

  it('names the dynamic source it does not support yet, with the line', () => {
    const text = '[project]\nname = "a"\ndynamic = ["version"]\n[tool.hatch.version]\npath = "a/__about__.py"\n';
    try {
      locateVersion('pyproject.toml', text);
      expect.unreachable();
    } catch (e) {
      expect(isReleaseError(e) && e.code).toBe('VERSION_SOURCE_UNSUPPORTED');
      expect((e as Error).message).toContain('pyproject.toml:3');
      expect((e as Error).message).toContain('[tool.hatch.version]');
    }
  });

  it('names Poetry 1.x metadata', () => {
    expect(() => locateVersion('p', '[tool.poetry]\nname = "a"\nversion = "1.0"\n')).toThrow(/Poetry 1\.x/);
  });

  it('reports invalid TOML as such', () => {
    expect(() => locateVersion('p', '[project\nname = 1')).toThrow(/not valid TOML/);
  });
});

describe('bump', () => {
  it.each([
    ['1.4.2', 'patch', '1.4.3'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'major', '2.0.0'],
    ['1.4', 'patch', '1.4.1'],
    ['1', 'minor', '1.1.0'],
    ['1.2.3.4', 'minor', '1.3.0.0'],
    ['1!1.0.0', 'major', '1!2.0.0'],
    ['1.0.0rc1', 'patch', '1.0.1'],
    ['1.0.0.post2', 'minor', '1.1.0'],
  ] as const)('%s %s -> %s', (from, kind, to) => {
    expect(bump(from, kind)).toBe(to);
  });

  const release = fc.array(fc.nat({ max: 999 }), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.'));
  const suffix = fc.constantFrom('', 'a1', 'b2', 'rc3', '.post1', '.dev4', 'rc1.post2.dev3');
  const version = fc.tuple(release, suffix).map(([r, s]) => r + s);

  it('always gives a normalized version greater than the one bumped', () => {
    fc.assert(
      fc.property(version, fc.constantFrom('major', 'minor', 'patch'), (v, kind) => {
        const next = bump(v, kind);
        expect(normalize(next)).toBe(next);
        expect(compare(next, v)).toBeGreaterThan(0);
      }),
    );
  });

  it('normalizing twice is normalizing once', () => {
    fc.assert(fc.property(version, (v) => {
      const once = normalize(v)!;
      expect(normalize(once)).toBe(once);
    }));
  });
});

describe('decideVersion', () => {
  const source = locateVersion('pyproject.toml', '[project]\nname = "a"\nversion = "2.1.0"\n');

  it('bumps the file version', () => {
    expect(decideVersion(source, { bump: 'minor' })).toMatchObject({ version: '2.2.0', previous: '2.1.0', isPrerelease: false });
  });

  it('takes an explicit version and flags pre-releases', () => {
    expect(decideVersion(source, { version: '3.0.0rc1' })).toMatchObject({ version: '3.0.0rc1', isPrerelease: true, warning: undefined });
  });

  it('warns, without failing, when the version goes down', () => {
    expect(decideVersion(source, { version: '2.0.5' }).warning).toMatch(/lower than 2\.1\.0/);
  });
});
