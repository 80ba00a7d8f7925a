// The floor under a bump, the next free version, and the release tag's
// record: the pure rules behind test/recovery.e2e.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideVersion, nextFreeVersion } from '../src/version/decide.ts';
import { compare } from '../src/version/pep440.ts';
import type { FileSource } from '../src/version/sources.ts';
import { recordedFiles, recordedRun, recordFiles, runId } from '../src/release/tag-record.ts';

const source: FileSource = {
  kind: 'file', name: 'a', describe: '[project].version in pyproject.toml', version: '0.1.0', file: '/p/pyproject.toml', line: 3, edits: [],
};

describe('a bump over a floor', () => {
  it('starts from the highest of the files, the tags and production', () => {
    const bumped = decideVersion(source, { kind: 'bump', bump: ['patch'] }, [], [{ version: '0.1.1', where: 'released on pypi.org' }]);
    expect(bumped).toEqual({ version: '0.1.2', previous: '0.1.1', isPrerelease: false });
  });

  it('ignores a floor below the files\' version, and leaves explicit versions alone', () => {
    expect(decideVersion({ ...source, version: '2.0.0' }, { kind: 'bump', bump: ['minor'] }, [], [{ version: '1.9.0', where: 'tag v1.9.0' }]).version).toBe('2.1.0');
    expect(decideVersion(source, { kind: 'explicit', version: '0.1.1' }, [], [{ version: '3.0.0', where: 'tag v3.0.0' }]).version).toBe('0.1.1');
  });

  it('always lands above every version of the floor', () => {
    const release = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map((p) => p.join('.'));
    fc.assert(fc.property(release, fc.array(release, { maxLength: 5 }), (files, floor) => {
      const { version } = decideVersion({ ...source, version: files }, { kind: 'bump', bump: ['patch'] }, [], floor.map((v) => ({ version: v, where: 'x' })));
      return [files, ...floor].every((v) => compare(version, v) > 0);
    }));
  });
});

describe('nextFreeVersion', () => {
  it('raises the last part until neither index nor a tag holds it', () => {
    expect(nextFreeVersion('0.2.0', [])).toBe('0.2.1');
    expect(nextFreeVersion('0.2.0', ['0.2.1', '0.2.2'])).toBe('0.2.3');
    expect(nextFreeVersion('2.0.0rc1', ['2.0.0rc2'])).toBe('2.0.0rc3');
    expect(nextFreeVersion('1.4.0.post1', [])).toBe('1.4.0.post2');
    expect(nextFreeVersion('1.5.0.dev1', [])).toBe('1.5.0.dev2');
    expect(nextFreeVersion('1.0.0-beta.1', [])).toBe('1.0.0b2');
  });
});

describe('the release tag\'s record', () => {
  const files = [{ filename: 'a-1.0.tar.gz', sha256: 'a'.repeat(64) }, { filename: 'a-1.0-py3-none-any.whl', sha256: 'b'.repeat(64) }];
  it('reads back the files and the run it wrote', () => {
    const message = recordFiles('Release 1.0', files, runId({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' }));
    expect(message.startsWith('Release 1.0\n\nRun: o/r/7\nFiles (sha256):\n')).toBe(true);
    expect(recordedFiles(message)).toEqual(new Map(files.map((f) => [f.filename, f.sha256])));
    expect(recordedRun(message)).toBe('o/r/7');
  });
  it('records nothing in a message without the block, and no run off a runner', () => {
    expect(recordedFiles('Release 1.0\n')).toEqual(new Map());
    expect(runId({})).toBeUndefined();
    expect(recordedRun(recordFiles('Release 1.0', files))).toBeUndefined();
  });
});
