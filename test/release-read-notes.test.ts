// Where the notes come from, with real git: the changelog of the project
// folder before the repository root's, and the commits since the previous
// tag, only those touching the project, when no changelog has the version.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReleaseNotes, type NotesRequest } from '../src/release/read-notes.ts';
import { testDeps } from './helpers/index.ts';

let repo: string;
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_NOSYSTEM: '1' };
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8' });
async function commit(file: string, text: string, message: string): Promise<string> {
  await fs.mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await fs.writeFile(path.join(repo, file), text);
  git('add', file);
  git('commit', '-q', '-m', message);
  return git('rev-parse', '--short=7', 'HEAD').trim();
}

beforeAll(async () => {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-notes-'));
  git('init', '-q', '-b', 'main');
  await commit('pkg/pyproject.toml', '[project]\n', 'Initial commit');
  git('tag', 'v1.0.0');
  git('tag', 'v2.0.0rc1'); // higher than 1.1.0: never the previous tag, though it exists
});
afterAll(() => fs.rm(repo, { recursive: true, force: true }));

const req = (over: Partial<NotesRequest> = {}): NotesRequest => ({
  projectDir: path.join(repo, 'pkg'), version: '1.1.0', tag: 'v1.1.0', tagPrefix: 'v',
  skipSubjects: ['Release 1.1.0'], repositoryUrl: 'https://github.com/o/r', ...over,
});

describe('readReleaseNotes', () => {
  it('lists the commits since the highest lower tag that touch the project folder, skipping the release commit', async () => {
    const feat = await commit('pkg/a.py', 'a', 'feat: a');
    await commit('other/b.py', 'b', 'feat: another package');
    await commit('pkg/pyproject.toml', '[project]\nversion = "1.1.0"\n', 'Release 1.1.0');
    const deps = testDeps();
    const notes = await readReleaseNotes(req(), deps);
    expect(notes).toEqual({
      text: `### Features\n\n- a (${feat})\n\n**Full changelog**: https://github.com/o/r/compare/v1.0.0...v1.1.0`,
      source: '1 commit since v1.0.0',
    });
  });

  it('takes the project folder\'s changelog before the root\'s, and the root\'s when the project has none', async () => {
    await commit('CHANGELOG.md', '## 1.1.0\n\n- from the root\n', 'docs: root changelog');
    expect((await readReleaseNotes(req(), testDeps())).text).toBe('- from the root');
    await commit('pkg/CHANGES.rst', '1.1.0\n=====\n\n* from the package\n', 'docs: package changes');
    expect(await readReleaseNotes(req(), testDeps())).toEqual({ text: '* from the package', source: 'pkg/CHANGES.rst' });
  });

  it('falls back to the commits, and says why, when no changelog has the version', async () => {
    const deps = testDeps();
    const notes = await readReleaseNotes(req({ version: '1.2.0', tag: 'v1.2.0' }), deps);
    expect(notes.source).toMatch(/^\d+ commits since v1\.0\.0$/);
    expect(deps.lines).toContain('info: pkg/CHANGES.rst has no section for 1.2.0: the notes are made from the commits instead.');
  });

  it('outside a repository: no commits, no error', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-nogit-'));
    try {
      expect(await readReleaseNotes(req({ projectDir: dir }), testDeps())).toEqual({ text: 'No changes recorded.', source: '0 commits (no earlier tag)' });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
