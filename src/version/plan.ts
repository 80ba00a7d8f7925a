// The Version stage's decision, made before anything is built or written:
// where the version lives, which version this run releases, and every file
// edit that carries it (the source, `version-files`, uv.lock), all planned
// and checked first so that a problem in the last file leaves the first intact.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { versionTags } from '../process/git.ts';
import { decideVersion, type TagVersion, type VersionDecision, type VersionIntent } from './decide.ts';
import { readIfExists, type FileEdit } from './edit.ts';
import { planUvLock, planVersionFile, type VersionFileSpec } from './files.ts';
import { readVersionSource, vcsBuildEnv, type VersionSource } from './sources.ts';

export interface VersionPlan extends VersionDecision {
  name: string;
  source: VersionSource;
  /** Every file to rewrite with the new version (unchanged files are skipped when written). */
  edits: FileEdit[];
  /** Environment the build needs to produce exactly this version. */
  buildEnv: Record<string, string>;
  /** Tags that name versions, for the checks that follow. */
  tags: TagVersion[];
}

export interface VersionRequest {
  projectDir: string;
  intent: VersionIntent;
  tagPrefix: string;
  versionFiles: readonly VersionFileSpec[];
}

export async function planVersion(request: VersionRequest, deps: Deps): Promise<VersionPlan> {
  const source = await readVersionSource(request.projectDir);
  const tags = await versionTags(request.projectDir, request.tagPrefix, deps);
  const decision = decideVersion(source, request.intent, tags);

  const edits = source.kind === 'file' ? [...source.edits] : [];
  // What the other files hold today: the source's text, or for a VCS version the last release.
  const current = source.kind === 'file' ? source.version : decision.previous;
  for (const spec of request.versionFiles) {
    const file = path.join(request.projectDir, spec.path);
    const text = await readIfExists(file);
    if (text === undefined || current === '') {
      throw new ReleaseError({
        code: 'VERSION_FILE_MISMATCH',
        message: text === undefined
          ? `version-files lists ${spec.path}, which does not exist in ${request.projectDir}; nothing was written.`
          : `version-files lists ${spec.path}, but there is no earlier version to look for in it (no tag names one); nothing was written.`,
        hint: 'Fix the path in `version-files` (relative to project-dir), or remove the entry.',
        annotation: { file, title: 'Version file not found' },
      });
    }
    edits.push(planVersionFile(file, text, spec, current));
  }
  const lock = await findUvLock(request.projectDir);
  const lockEdit = lock && planUvLock(lock.file, lock.text, source.name, lock.member);
  if (lockEdit) edits.push(lockEdit);

  const buildEnv = source.kind === 'vcs' ? vcsBuildEnv(source, decision.version) : {};
  return { ...decision, name: source.name, source, edits, buildEnv, tags };
}

/**
 * The uv.lock that records this project: in its folder, or for a member of a
 * uv workspace, at the workspace root above it. The search stops at the
 * repository's root (the folder with `.git`), never leaving the checkout.
 */
export async function findUvLock(projectDir: string): Promise<{ file: string; text: string; member: string } | undefined> {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'uv.lock');
    const text = await readIfExists(file);
    if (text !== undefined) return { file, text, member: path.relative(dir, projectDir).split(path.sep).join('/') || '.' };
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}
