// Every git command the action runs goes through here. The checkout's
// .git/config (and ~/.gitconfig) may have been written by untrusted code that
// ran earlier in the job: a build step, a dependency's install hook. Git runs
// programs named there (hooks, signing programs, fsmonitor, pagers, filter
// drivers), so each command turns those off with `-c` (which wins over every
// config file) and runs with the allowlisted environment: no token, no file
// command of the runner reaches anything git starts.
//
// What is kept: the checkout's credentials for origin. actions/checkout stores
// them as `http.<url>.extraheader` in .git/config (not a program; left as is),
// or as an ssh key through `core.sshCommand`, or a credential helper; those
// two are kept for the commands that talk to origin (ls-remote, push) only.
import type { Deps, ExecResult } from '../deps.ts';
import { tagVersion } from '../trigger.ts';
import { childEnvFor } from './env.ts';

/**
 * Config that names a program, or makes git start one, turned off for every
 * command. Programs set to `false` fail at once if git ever asks for them;
 * hooks are looked for in a folder that cannot exist.
 */
const NO_PROGRAMS = [
  'core.hooksPath=/dev/null/no-hooks',
  'core.fsmonitor=false',
  'core.pager=cat',
  'core.editor=false',
  'sequence.editor=false',
  'core.askPass=',
  // Signing and signature checks: log.showSignature=true starts gpg.program on every `git log`.
  'log.showSignature=false',
  'commit.gpgSign=false',
  'tag.gpgSign=false',
  'tag.forceSignAnnotated=false',
  'push.gpgSign=false',
  'gpg.program=false',
  'gpg.openpgp.program=false',
  'gpg.x509.program=false',
  'gpg.ssh.program=false',
  'gpg.ssh.defaultKeyCommand=false',
  // `ext::` remotes run a command; submodules would run git with their own configs.
  'protocol.ext.allow=never',
  'submodule.recurse=false',
  'push.recurseSubmodules=no',
  // No background gc or maintenance left running after the action.
  'gc.auto=0',
  'maintenance.auto=false',
];

/** For commands that never talk to a remote: no credential helper, no ssh. */
const LOCAL_ONLY = ['credential.helper=', 'core.sshCommand=false'];

/**
 * For ls-remote and push, nothing more: the credential helper and ssh command
 * stay. A local or ssh origin starts `remote.origin.uploadpack` /
 * `.receivepack` on this machine; git takes the first of several values (the
 * repository's), so `-c` cannot override them: the callers pass
 * `--upload-pack` / `--receive-pack` (UPLOAD_PACK, RECEIVE_PACK), which do.
 */
const NETWORK: string[] = [];
export const UPLOAD_PACK = '--upload-pack=git-upload-pack';
export const RECEIVE_PACK = '--receive-pack=git-receive-pack';

/**
 * Filter drivers (`filter.<name>.clean`, `.smudge`, `.process`) run on `git
 * add` and `git commit <files>` for paths .gitattributes maps to them. Their
 * names are the repository's, so they are read from the config (reading
 * config runs nothing) and each one blanked: git skips an empty command.
 */
export function filterOverrides(configNames: readonly string[]): string[] {
  const drivers = new Set<string>();
  for (const name of configNames) {
    const m = /^filter\.(.+)\.(clean|smudge|process|required)$/i.exec(name.trim());
    if (m) drivers.add(m[1]!);
  }
  return [...drivers].flatMap((d) => [`filter.${d}.clean=`, `filter.${d}.smudge=`, `filter.${d}.process=`, `filter.${d}.required=false`]);
}

export interface GitOptions {
  /** The command talks to origin (ls-remote, push): it may use the checkout's credentials. */
  network?: boolean;
  /** Further `-c` settings (filterOverrides, the committer identity). */
  config?: readonly string[];
}

/** The argv for `git args` in `dir`: the overrides first, then the command. */
export function gitArgv(dir: string, args: readonly string[], options: GitOptions = {}): string[] {
  const config = [...NO_PROGRAMS, ...(options.network ? NETWORK : LOCAL_ONLY), ...(options.config ?? [])];
  return ['--no-pager', '-C', dir, ...config.flatMap((c) => ['-c', c]), ...args];
}

/**
 * git's environment: the child allowlist (which holds no GIT_* variable of
 * the runner: GIT_DIR, GIT_SSH_COMMAND, GIT_ASKPASS, GIT_EXEC_PATH and
 * GIT_CONFIG_COUNT/PARAMETERS would each undo an override), no prompt for a password (a
 * job has no terminal: it would hang), the ssh agent for a push over ssh,
 * and git's own certificate settings.
 */
export function gitEnv(deps: Pick<Deps, 'env' | 'passEnv'>, network = false): Record<string, string> {
  const extra: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
  // Which config files are read may be chosen (a runner may use its own); the `-c` overrides win over any file.
  for (const name of ['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_NOSYSTEM', 'GIT_SSL_CAINFO', 'GIT_SSL_CAPATH', ...(network ? ['SSH_AUTH_SOCK'] : [])]) {
    const value = deps.env[name];
    if (value !== undefined) extra[name] = value;
  }
  const env = childEnvFor(deps, extra);
  for (const key of Object.keys(env)) {
    if (/^GIT_/i.test(key) && !(key in extra)) delete env[key];
  }
  return env;
}

/** Runs git in `dir`, silently (the caller logs what matters), with the overrides and environment above. */
export function runGit(dir: string, args: readonly string[], deps: Deps, options: GitOptions = {}): Promise<ExecResult> {
  return deps.exec('git', gitArgv(dir, args, options), { silent: true, env: gitEnv(deps, options.network) });
}

/** git's stdout, or undefined when git is missing, fails, or `dir` is not a repository: for reads that may do without. */
export async function readGit(dir: string, args: readonly string[], deps: Deps): Promise<string | undefined> {
  try {
    const result = await runGit(dir, args, deps);
    return result.exitCode === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/** The last commit's time in seconds, for SOURCE_DATE_EPOCH (reproducible archives); undefined without git. */
export async function lastCommitTime(projectDir: string, deps: Deps): Promise<string | undefined> {
  const value = (await readGit(projectDir, ['log', '-1', '--no-show-signature', '--format=%ct'], deps))?.trim();
  return value && /^\d+$/.test(value) ? value : undefined;
}

/** Every tag of the repository (a shallow clone may have none: checkout with `fetch-depth: 0` or `fetch-tags: true`). */
export async function listTags(projectDir: string, deps: Deps): Promise<string[]> {
  const out = await readGit(projectDir, ['tag', '--list'], deps);
  return out === undefined ? [] : out.split('\n').map((t) => t.trim()).filter(Boolean);
}

/** The tags that name versions under `prefix` (`v1.4.0` -> 1.4.0); others are left out. */
export async function versionTags(projectDir: string, prefix: string, deps: Deps): Promise<Array<{ tag: string; version: string }>> {
  return (await listTags(projectDir, deps)).flatMap((tag) => {
    const named = tagVersion(tag, prefix);
    return 'version' in named ? [{ tag, version: named.version }] : [];
  });
}
