// The smoke test: the release's files installed into a fresh environment
// with pip pinned by hash, from a folder of local files only; their
// dependencies come from the production index only, so a name squatted on
// TestPyPI can never be installed (dependency confusion). It runs twice over
// the same bytes: on the built files before the first upload (a package bug
// then burns no version), and from staging, where `indexResolves` checks what
// the index adds: that pip resolves the release from it and gets our bytes.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import type { Dist } from '../dists/dist.ts';
import { ReleaseError } from '../errors.ts';
import { childEnvFor } from '../process/env.ts';
import { tail } from '../process/output.ts';
import { createVenv, pipCommand, type Python, type Venv } from '../process/python.ts';

export interface SmokeRequest {
  /** Our files, all in one folder, each verified by sha256 (built here, or downloaded and checked). */
  files: Array<{ dist: Dist; path: string }>;
  name: string;
  version: string;
  /** The index the dependencies come from (the production simple index by default). */
  dependencyIndex: URL;
  /** The user's command, run in the environment, or undefined. */
  command: string | undefined;
  /** An empty folder of our own: the environment and the command's working directory live here. */
  workDir: string;
  /** What a failure leaves undone: `uploaded` before the first upload, `promoted` from staging. */
  stops: 'uploaded' | 'promoted';
}

export interface SmokeResult {
  imported: string[];
  commandOutput: string | undefined;
}

export async function smokeTest(python: Python, request: SmokeRequest, deps: Deps): Promise<SmokeResult> {
  const venv = await createVenv(python, path.join(request.workDir, 'venv'), deps);
  const [pip, pipArgs] = pipCommand(python, venv);
  const findLinks = path.dirname(request.files[0]!.path);
  const env = childEnvFor(deps);

  // 1. The package itself, from our files only, every one pinned by hash.
  const requirements = path.join(request.workDir, 'staged-requirements.txt');
  const hashes = request.files.map((f) => ` --hash=sha256:${f.dist.sha256}`).join('');
  await fs.writeFile(requirements, `${request.name}==${request.version}${hashes}\n`);
  await runPip(pip, [...pipArgs, 'install', '--no-deps', '--no-index', '--no-cache-dir', '--require-hashes',
    '--find-links', findLinks, '-r', requirements], env, deps, 'install the release\'s files', request.stops);

  // 2. Its dependencies, from the dependency index; the package resolves to the installed staged file.
  //    Skipped when the metadata declares none: a second pip run costs seconds.
  if (request.files.some((f) => (f.dist.metadata.headers['requires-dist'] ?? []).length > 0)) {
    await runPip(pip, [...pipArgs, 'install', '--no-cache-dir', '--index-url', request.dependencyIndex.href,
      '--find-links', findLinks, `${request.name}==${request.version}`], env, deps, 'install the dependencies', request.stops);
  }

  // 3. Import every top-level module the wheel ships, from outside the source tree.
  const wheelTop = [...new Set(request.files.flatMap((f) => f.dist.topLevel))].sort();
  if (wheelTop.length > 0) await importAll(venv, wheelTop, request.workDir, env, deps, request.stops);

  // 4. The user's command, with the environment activated.
  let commandOutput: string | undefined;
  if (request.command) commandOutput = await runCommand(venv, request.command, request.workDir, env, deps, request.stops);
  return { imported: wheelTop, commandOutput };
}

async function runPip(pip: string, args: string[], env: Record<string, string>, deps: Deps, what: string, stops: SmokeRequest['stops']): Promise<void> {
  const result = await deps.exec(pip, args, { env });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'SMOKE_INSTALL_FAILED',
      message: `The smoke test could not ${what} (pip exited with ${result.exitCode}); nothing was ${stops}.`,
      details: tail(`${result.stdout}\n${result.stderr}`),
      hint: 'A dependency missing from the production index, or a requires-python the runner does not meet, are the usual causes: the pip output above says which.' + again(stops),
    });
  }
}

const IMPORT_ALL = `
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
        print("imported", name)
    except BaseException:
        failed.append(name)
        traceback.print_exc()
sys.exit(1 if failed else 0)
`;

async function importAll(venv: Venv, modules: string[], cwd: string, env: Record<string, string>, deps: Deps, stops: SmokeRequest['stops']): Promise<void> {
  const result = await deps.exec(venv.python, ['-c', IMPORT_ALL, ...modules], { cwd, env: activated(venv, env) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'SMOKE_TEST_FAILED',
      message: `Importing the installed package failed (${modules.join(', ')}); nothing was ${stops}.`,
      details: tail(`${result.stdout}\n${result.stderr}`),
      hint: 'The traceback above is from the package as installed in a fresh environment: a module missing from the wheel, or a dependency not declared in [project].dependencies, are the usual causes.' + again(stops),
    });
  }
}

/** The shell a `run:` step would use: pwsh on Windows, bash elsewhere, with GitHub's strict flags. */
export function smokeShell(command: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  return platform === 'win32'
    ? ['pwsh', ['-NoProfile', '-NonInteractive', '-Command', command]]
    : ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]];
}

async function runCommand(venv: Venv, command: string, cwd: string, env: Record<string, string>, deps: Deps, stops: SmokeRequest['stops']): Promise<string> {
  const [shell, args] = smokeShell(command);
  const result = await deps.exec(shell, args, { cwd, env: activated(venv, env) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'SMOKE_TEST_FAILED',
      message: `The smoke-test command failed (exit code ${result.exitCode}); nothing was ${stops}.`,
      details: [`$ ${command}`, ...tail(`${result.stdout}\n${result.stderr}`)],
      hint: 'The command ran in a fresh environment holding only the release\'s package and its dependencies, from an empty folder: run it the same way locally to reproduce.' + again(stops),
    });
  }
  return result.stdout;
}

/**
 * The environment as `activate` would leave it: the venv's bin first on PATH.
 * Windows spells the variable `Path` and separates entries with `;`.
 */
export function activated(venv: Venv, env: Record<string, string>, platform: NodeJS.Platform = process.platform): Record<string, string> {
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  const delimiter = platform === 'win32' ? path.win32.delimiter : path.posix.delimiter;
  const out = { ...env, VIRTUAL_ENV: venv.dir, [key]: env[key] ? `${venv.bin}${delimiter}${env[key]}` : venv.bin };
  delete out.PYTHONHOME;
  return out;
}

export interface IndexCheckRequest {
  files: readonly Dist[];
  name: string;
  version: string;
  /** The staging index's simple URL. */
  index: URL;
  workDir: string;
}

/**
 * What staging adds to a smoke test already run on these very bytes: pip
 * resolves `name==version` from the index alone and downloads a wheel of it,
 * every file pinned by our sha256. Wheels only (`--only-binary`): pip would
 * build an sdist's metadata with build requirements from that index.
 * Returns false without running pip when the release has no wheel: the caller
 * then runs the whole smoke test on the files staging served.
 */
export async function indexResolves(python: Python, request: IndexCheckRequest, deps: Deps): Promise<boolean> {
  if (!request.files.some((f) => f.filename.endsWith('.whl'))) return false;
  const venv = await createVenv(python, path.join(request.workDir, 'venv'), deps);
  const [pip, pipArgs] = pipCommand(python, venv);
  const requirements = path.join(request.workDir, 'staged-requirements.txt');
  await fs.writeFile(requirements, `${request.name}==${request.version}${request.files.map((f) => ` --hash=sha256:${f.sha256}`).join('')}\n`);
  await runPip(pip, [...pipArgs, 'download', '--no-deps', '--no-cache-dir', '--require-hashes', '--only-binary', ':all:',
    '--index-url', request.index.href, '--dest', path.join(request.workDir, 'resolved'), '-r', requirements],
  childEnvFor(deps), deps, `resolve ${request.name}==${request.version} from the staging index`, 'promoted');
  return true;
}

function again(stops: SmokeRequest['stops']): string {
  return stops === 'uploaded' ? ' Nothing was uploaded to either index, so the version is still free: fix the package, commit, and run the release again.' : '';
}
