import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { decideVersion, highest, lowerThanWarning } from '../src/version/decide.ts';
import { bump, normalize, type Bump } from '../src/version/pep440.ts';
import type { FileSource, VcsSource } from '../src/version/sources.ts';

describe('bump, as uv version --bump', () => {
  it.each([
    // release components: the bumped one +1, smaller ones cleared; the release keeps its length
    ['1.4.2', 'patch', '1.4.3'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'major', '2.0.0'],
    ['0.2', 'minor', '0.3'],
    ['1.4', 'patch', '1.4.1'],
    ['1', 'minor', '1.1'],
    ['1.2.3.4', 'minor', '1.3.0.0'],
    ['1!1.0.0', 'major', '1!2.0.0'],
    ['1.0.0rc1', 'patch', '1.0.1'],
    ['1.0.0.post2', 'minor', '1.1.0'],
    // stable drops pre, post and dev
    ['1.2.3b4.post5.dev6', 'stable', '1.2.3'],
    ['1.2.3rc1', 'stable', '1.2.3'],
    // pre-releases: the same kind counts up, another kind starts at 1
    ['1.2.3a4', 'alpha', '1.2.3a5'],
    ['1.2.3a4', 'beta', '1.2.3b1'],
    ['1.2.3b4', 'rc', '1.2.3rc1'],
    ['1.2.3rc4', 'rc', '1.2.3rc5'],
    ['1.2.3rc4.dev2', 'rc', '1.2.3rc5'],
    // post and dev
    ['1.2.3', 'post', '1.2.3.post1'],
    ['1.2.3.post5', 'post', '1.2.3.post6'],
    ['1.2.3.post5.dev1', 'post', '1.2.3.post6'],
    ['1.2.3a4.dev6', 'dev', '1.2.3a4.dev7'],
    // combinations, applied largest first whatever the order written
    ['1.2.3', 'minor,rc', '1.3.0rc1'],
    ['1.2.3', 'rc,minor', '1.3.0rc1'],
    ['1.2.3', 'major,alpha', '2.0.0a1'],
    ['1.2.3', 'patch,dev', '1.2.4.dev1'],
    ['1.3.0rc1', 'rc', '1.3.0rc2'],
  ])('%s %s -> %s', (from, words, to) => {
    expect(bump(from, words.split(',') as Bump[])).toBe(to);
  });

  it.each([
    ['1.2.3', 'rc', /to start a pre-release, bump a release component too/],
    ['1.2.3', 'dev', /with dev, bump another component too/],
    ['1.2.3rc1', 'alpha', /give the exact version instead/],
    ['1.2.3', 'major,minor', /only one of major, minor, patch/],
    ['1.2.3', 'alpha,beta', /only one of alpha, beta, rc, dev/],
    ['1.2.3', 'minor,rc,dev', /only one of alpha, beta, rc, dev/],
    ['1.2.3', 'stable,patch', /'stable' cannot be combined/],
    ['1.2.3', 'post,dev', /'post' cannot be combined/],
  ])('%s %s is refused', (from, words, message) => {
    expect(() => bump(from, words.split(',') as Bump[])).toThrow(message);
  });

  const release = fc.array(fc.nat({ max: 999 }), { minLength: 1, maxLength: 5 }).map((p) => p.join('.'));
  const suffix = fc.constantFrom('', 'a1', 'b2', 'rc3', '.post1', '.dev4', 'rc1.post2.dev3', 'a7.dev1', '.post3.dev2');
  const epoch = fc.constantFrom('', '', '', '2!');
  const version = fc.tuple(epoch, release, suffix).map(([e, r, x]) => e + r + x);
  const words = fc.oneof(
    fc.constantFrom<Bump[]>(['major'], ['minor'], ['patch'], ['stable'], ['alpha'], ['beta'], ['rc'], ['post'], ['dev']),
    fc.tuple(fc.constantFrom<Bump>('major', 'minor', 'patch'), fc.constantFrom<Bump>('alpha', 'beta', 'rc', 'dev')),
  );

  it('agrees with Python packaging on hundreds of generated versions: parses, normalized, greater', async () => {
    const cases: Array<{ from: string; bumps: Bump[]; to: string }> = [];
    fc.assert(fc.property(version, words, (v, b) => {
      try {
        cases.push({ from: v, bumps: [...b], to: bump(v, b) });
      } catch (e) {
        // Refused: only when uv refuses too, i.e. the result would not be greater.
        expect((e as Error).message).toMatch(/does not increase the version/);
      }
    }), { numRuns: 600, seed: 440 });
    expect(cases.length).toBeGreaterThan(300);
    const script = [
      'import json, sys',
      'from packaging.version import Version',
      'bad = []',
      'for c in json.load(sys.stdin):',
      '    new, old = Version(c["to"]), Version(c["from"])',
      '    if str(new) != c["to"] or not new > old:',
      '        bad.append(c)',
      '    if "stable" in c["bumps"] and (new.pre or new.post is not None or new.dev is not None):',
      '        bad.append(c)',
      'print(json.dumps(bad))',
    ].join('\n');
    const out = await pythonWithStdin(script, JSON.stringify(cases));
    expect(JSON.parse(out)).toEqual([]);
  });

  it('normalizing twice is normalizing once', () => {
    fc.assert(fc.property(version, (v) => {
      const once = normalize(v)!;
      expect(normalize(once)).toBe(once);
    }));
  });
});

describe('decideVersion', () => {
  const source: FileSource = {
    kind: 'file', name: 'a', describe: '[project].version in pyproject.toml', version: '2.1.0', file: '/p/pyproject.toml', line: 3, edits: [],
  };
  const vcs: VcsSource = { kind: 'vcs', name: 'a', tool: 'setuptools-scm', describe: 'git tags (setuptools-scm)', file: '/p/pyproject.toml', line: 9 };
  const tags = [{ tag: 'v1.9.0', version: '1.9.0' }, { tag: 'v2.1.0', version: '2.1.0' }, { tag: 'v2.0.0', version: '2.0.0' }];

  it('bumps the file version', () => {
    expect(decideVersion(source, { kind: 'bump', bump: ['minor'] }, tags)).toEqual({ version: '2.2.0', previous: '2.1.0', isPrerelease: false });
  });

  it('takes an explicit version and flags pre-releases', () => {
    expect(decideVersion(source, { kind: 'explicit', version: '3.0.0rc1' }, [])).toEqual({ version: '3.0.0rc1', previous: '2.1.0', isPrerelease: true });
  });

  it('bumps a VCS version from the highest tag, and from 0.0.0 when there is none', () => {
    expect(decideVersion(vcs, { kind: 'bump', bump: ['patch'] }, tags)).toEqual({ version: '2.1.1', previous: '2.1.0', isPrerelease: false });
    expect(decideVersion(vcs, { kind: 'bump', bump: ['minor'] }, [])).toEqual({ version: '0.1.0', previous: '', isPrerelease: false });
  });

  it('on a tag run, the previous version is the highest lower tag', () => {
    expect(decideVersion(vcs, { kind: 'tag', tag: 'v2.0.1', version: '2.0.1' }, tags).previous).toBe('2.0.0');
    expect(decideVersion({ ...source, version: '2.2.0' }, { kind: 'tag', tag: 'v2.2.0', version: '2.2.0' }, tags).previous).toBe('2.1.0');
  });

  it('refuses a tag that differs from the files, pointing at the line', () => {
    try {
      decideVersion(source, { kind: 'tag', tag: 'v2.2.0', version: '2.2.0' }, tags);
      expect.unreachable();
    } catch (e) {
      expect(isReleaseError(e) && e.code).toBe('VERSION_MISMATCH');
      expect((e as Error).message).toBe('The tag v2.2.0 releases 2.2.0, but /p/pyproject.toml:3 says 2.1.0 ([project].version in pyproject.toml); nothing was built.');
      expect((e as ReleaseError).annotation).toEqual({ file: '/p/pyproject.toml', startLine: 3, title: 'Version differs from tag v2.2.0' });
    }
    // Equal under PEP 440 is equal: the file may spell it unnormalized.
    expect(decideVersion({ ...source, version: '2.2.0-RC.1' }, { kind: 'tag', tag: 'v2.2.0rc1', version: '2.2.0rc1' }, []).version).toBe('2.2.0rc1');
  });

  it('warns, without failing, when the version is below a release or tag', () => {
    expect(lowerThanWarning('2.0.5', [{ version: '2.1.0', where: 'tag v2.1.0' }, { version: '1.0', where: 'x' }, { version: 'junk', where: 'y' }]))
      .toBe('Releasing 2.0.5, which is lower than 2.1.0 (tag v2.1.0): fine for a maintenance branch, a mistake otherwise.');
    expect(lowerThanWarning('2.1.0', [{ version: '2.1.0', where: 'same' }])).toBeUndefined();
    expect(highest(['1.0', 'bad', '1.10', '1.9'])).toBe('1.10');
  });
});

/** Python with packaging (the machine's python3 has it; pip installs it everywhere else). */
function pythonWithStdin(script: string, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`python3 exited with ${code}`))));
    child.stdin.end(input);
  });
}
