// The notes' sources, read at the edge: the changelog files of the project
// folder and the repository's root, and the git log since the previous tag.
// What to make of them is release/notes.ts's job.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { compare } from '../version/pep440.ts';
import { readGit as git, versionTags } from '../process/git.ts';
import { CHANGELOG_NAMES, GIT_LOG_FORMAT, changelogFormat, changelogSection, commitNotes, parseGitLog } from './notes.ts';

export interface NotesRequest {
  projectDir: string;
  version: string;
  tag: string;
  tagPrefix: string;
  /** Commit subjects that are not changes (this run's release commit). */
  skipSubjects: string[];
  /** `https://github.com/owner/name`, for the compare link; undefined leaves it out. */
  repositoryUrl: string | undefined;
}

export interface Notes {
  text: string;
  /** Where they came from, for the log: `CHANGELOG.md`, or `12 commits since v1.1.0`. */
  source: string;
}

/** Most commits read for notes: a first release of an old repository should not list its whole history. */
const MAX_COMMITS = 200;

export async function readReleaseNotes(req: NotesRequest, deps: Deps): Promise<Notes> {
  const root = (await git(req.projectDir, ['rev-parse', '--show-toplevel'], deps))?.trim();
  const dirs = [...new Set([path.resolve(req.projectDir), ...(root ? [path.resolve(root)] : [])])];
  for (const dir of dirs) {
    for (const name of CHANGELOG_NAMES) {
      const file = path.join(dir, name);
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const section = changelogSection(text, req.version, changelogFormat(name));
      const shown = path.relative(root ?? req.projectDir, file) || name;
      if (section !== undefined) return { text: section, source: shown };
      deps.log.info(`${shown} has no section for ${req.version}: the notes are made from the commits instead.`);
    }
  }

  const previous = (await versionTags(req.projectDir, req.tagPrefix, deps))
    .filter((t) => t.tag !== req.tag && compare(t.version, req.version) < 0)
    .sort((a, b) => compare(b.version, a.version))[0]?.tag;
  const range = previous ? `${previous}..HEAD` : 'HEAD';
  const out = await git(req.projectDir, ['log', '--no-merges', '--no-show-signature', `--max-count=${MAX_COMMITS}`, `--format=${GIT_LOG_FORMAT}`, range, '--', '.'], deps);
  const skip = new Set(req.skipSubjects);
  const commits = parseGitLog(out ?? '').filter((c) => !skip.has(c.subject));
  const text = commitNotes(commits, {
    previousTag: previous,
    compareUrl: previous && req.repositoryUrl ? `${req.repositoryUrl}/compare/${previous}...${req.tag}` : undefined,
  });
  return { text, source: `${commits.length} commit${commits.length === 1 ? '' : 's'} ${previous ? `since ${previous}` : '(no earlier tag)'}` };
}
