// The release tag as a record: the annotated tag pushed before promotion
// carries the sha256 of every file it releases, in its message. A re-run of
// the release reads it back from origin to prove that files on staging are
// its own (an account on the staging index cannot write to the repository).
// A tag counts as this release's only when it points at the commit this run
// built: the checked-out commit itself, or the release commit made on it.
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { runGit } from '../process/git.ts';

const RECORD_HEADING = 'Files (sha256):';

/**
 * The tag's message: the commit message, the workflow run that made it
 * (`Run: owner/repo/123456`, when the runner says), then one
 * `sha256:<hex>  <filename>` line per file.
 */
export function recordFiles(message: string, files: ReadonlyArray<{ filename: string; sha256: string }>, run?: string): string {
  const lines = [...files].sort((a, b) => a.filename.localeCompare(b.filename)).map((f) => `sha256:${f.sha256}  ${f.filename}`);
  return `${message.trimEnd()}\n\n${run ? `Run: ${run}\n` : ''}${RECORD_HEADING}\n${lines.join('\n')}\n`;
}

/** This workflow run, the same across its attempts ("Re-run jobs"); undefined off a runner. */
export function runId(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY ?? ''}/${env.GITHUB_RUN_ID}` : undefined;
}

/** The run a tag message records, if any. */
export function recordedRun(message: string): string | undefined {
  return /^Run: (\S+)$/m.exec(message)?.[1];
}

/** The files a tag message records (filename -> sha256); empty when it records none. */
export function recordedFiles(message: string): Map<string, string> {
  const files = new Map<string, string>();
  const at = message.lastIndexOf(`\n${RECORD_HEADING}\n`);
  if (at < 0) return files;
  for (const line of message.slice(at).split('\n')) {
    const m = /^sha256:([0-9a-f]{64}) {2}(\S+)$/.exec(line.trim());
    if (m) files.set(m[2]!, m[1]!);
  }
  return files;
}

export interface OriginTag {
  tag: string;
  /** The commit the tag points at, peeled. */
  commit: string;
  /** The annotated tag's message; '' for a lightweight tag. */
  message: string;
  /** Whether it points at the commit this run built (see `isOurCommit`). */
  ours: boolean;
}

async function git(projectDir: string, args: string[], deps: Deps): Promise<string | undefined> {
  try {
    // Through the one safe git (process/git.ts); reading origin may use the checkout's credentials.
    const result = await runGit(projectDir, args, deps, { network: args[0] === 'ls-remote' || args[0] === 'fetch' });
    return result.exitCode === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tag as origin has it, fetched with the checkout's own credentials into
 * FETCH_HEAD (the checkout's own tags are left alone); undefined when origin
 * has no such tag or cannot be read. `files` are the version files this run
 * rewrote: the release commit a `git: push` run makes is the checked-out
 * commit plus exactly those edits.
 */
export async function readOriginTag(projectDir: string, tag: string, files: readonly string[] | undefined, deps: Deps): Promise<OriginTag | undefined> {
  const listed = await git(projectDir, ['ls-remote', '--tags', 'origin', `refs/tags/${tag}`], deps);
  if (!listed?.trim()) return undefined;
  if ((await git(projectDir, ['fetch', '--quiet', '--no-tags', 'origin', `refs/tags/${tag}`], deps)) === undefined) return undefined;
  const commit = (await git(projectDir, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'], deps))?.trim();
  if (!commit) return undefined;
  const object = (await git(projectDir, ['cat-file', '-t', 'FETCH_HEAD'], deps))?.trim();
  const raw = object === 'tag' ? (await git(projectDir, ['cat-file', 'tag', 'FETCH_HEAD'], deps)) ?? '' : '';
  // An annotated tag object: headers, a blank line, the message (a signature may follow).
  const message = raw.includes('\n\n') ? raw.slice(raw.indexOf('\n\n') + 2).split('\n-----BEGIN ')[0]! : '';
  return { tag, commit, message, ours: await isOurCommit(projectDir, commit, files, deps) };
}

/**
 * Whether `commit` is the one this run built: HEAD itself, or a child of HEAD
 * that changes only `files`, each as this run wrote it in the working tree.
 * Before the version is written (`files` undefined), any child of HEAD: the
 * release commit an earlier attempt made on this same checkout.
 */
export async function isOurCommit(projectDir: string, commit: string, files: readonly string[] | undefined, deps: Deps): Promise<boolean> {
  const head = (await git(projectDir, ['rev-parse', 'HEAD'], deps))?.trim();
  if (!head) return false;
  if (commit === head) return true;
  const parent = (await git(projectDir, ['rev-parse', '--verify', '--quiet', `${commit}^1`], deps))?.trim();
  if (parent !== head) return false;
  if (files === undefined) return true;
  if (files.length === 0) return false;
  const changed = (await git(projectDir, ['diff', '--name-only', '-z', head, commit], deps))?.split('\0').filter(Boolean);
  const top = (await git(projectDir, ['rev-parse', '--show-toplevel'], deps))?.trim();
  if (!changed || !top) return false;
  const ours = new Set(files.map((f) => relativeTo(top, f)));
  if (!changed.every((f) => ours.has(f))) return false;
  // The working tree holds this run's edits: the tag's commit must carry the same.
  return (await git(projectDir, ['diff', '--quiet', commit, '--', ...files], deps)) !== undefined;
}

function relativeTo(top: string, file: string): string {
  const normal = (p: string) => p.replaceAll('\\', '/').replace(/\/+$/, '');
  const root = `${normal(top)}/`;
  const f = normal(file);
  return f.startsWith(root) ? f.slice(root.length) : f;
}

/**
 * Before the first upload: the release tag, if origin has it already, must
 * point at the commit this run built. A stale or foreign tag would otherwise
 * pass for "this release was tagged" and be released under.
 */
export async function refuseTagElsewhere(projectDir: string, tag: string, files: readonly string[], deps: Deps): Promise<void> {
  const found = await readOriginTag(projectDir, tag, files, deps);
  if (!found || found.ours) return;
  const head = (await git(projectDir, ['rev-parse', 'HEAD'], deps))?.trim() ?? '(unknown)';
  throw new ReleaseError({
    code: 'TAG_ELSEWHERE',
    message: `The tag ${tag} is already on origin, at commit ${found.commit}, not at the commit this run built (${head}, or its release commit); nothing was uploaded.`,
    hint: `A tag names one release. If ${tag} is stale (made by hand, or left by a release that never reached production), delete it on origin (\`git push origin :refs/tags/${tag}\`) and run again; otherwise release another version (bump again, or set \`version\`).`,
  });
}

/**
 * After this run's push was refused: whether origin now has the tag for the
 * very same release, pushed by another run of it (two clicks, no
 * `concurrency:`). It is when the tag records exactly these files and its
 * commit holds the same tree as this run's release commit.
 */
export async function pushedByTwin(projectDir: string, tag: string, files: ReadonlyArray<{ filename: string; sha256: string }>, deps: Deps): Promise<OriginTag | undefined> {
  const found = await readOriginTag(projectDir, tag, undefined, deps);
  if (!found) return undefined;
  const recorded = recordedFiles(found.message);
  const same = recorded.size === files.length && files.every((f) => recorded.get(f.filename) === f.sha256);
  if (!same) return undefined;
  const tree = (ref: string) => git(projectDir, ['rev-parse', `${ref}^{tree}`], deps).then((t) => t?.trim());
  const [theirs, ours] = await Promise.all([tree(found.commit), tree('HEAD')]);
  return theirs !== undefined && theirs === ours ? found : undefined;
}
