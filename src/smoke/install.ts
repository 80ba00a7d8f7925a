// The smoke test: the staged files, downloaded from staging and checked
// against our sha256, installed into a fresh environment with pip pinned by
// hash; their dependencies come from the production index only, so a name
// squatted on TestPyPI can never be installed (dependency confusion).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import type { Dist } from '../dists/dist.ts';
import { ReleaseError } from '../errors.ts';
import { childEnvFor } from '../process/env.ts';
import { tail } from '../process/output.ts';
import { createVenv, pipCommand, type Python, type Venv } from '../process/python.ts';

export interface SmokeRequest {
  /** Our files, each already downloaded from staging and verified by sha256. */
  files: Array<{ dist: Dist; path: string }>;
  name: string;
  version: string;
  /** The index the dependencies come from (the production simple index by default). */
  dependencyIndex: URL;
  /** The user's command, run in the environment, or undefined. */
  command: string | undefined;
  /** An empty folder of our own: the environment and the command's working directory live here. */
  workDir: string;
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

  // 1. The package itself, from the downloaded staged files only, every one pinned by hash.
  const requirements = path.join(request.workDir, 'staged-requirements.txt');
  const hashes = request.files.map((f) => ` --hash=sha256:${f.dist.sha256}`).join('');
  await fs.writeFile(requirements, `${request.name}==${request.version}${hashes}\n`);
  await runPip(pip, [...pipArgs, 'install', '--no-deps', '--no-index', '--no-cache-dir', '--require-hashes',
    '--find-links', findLinks, '-r', requirements], env, deps, 'install the staged files');

  // 2. Its dependencies, from the dependency index; the package resolves to the installed staged file.
  //    Skipped when the metadata declares none: a second pip run costs seconds.
  if (request.files.some((f) => (f.dist.metadata.headers['requires-dist'] ?? []).length > 0)) {
    await runPip(pip, [...pipArgs, 'install', '--no-cache-dir', '--index-url', request.dependencyIndex.href,
      '--find-links', findLinks, `${request.name}==${request.version}`], env, deps, 'install the dependencies');
  }

  // 3. Import every top-level module the wheel ships, from outside the source tree.
  const wheelTop = [...new Set(request.files.flatMap((f) => f.dist.topLevel))].sort();
  if (wheelTop.length > 0) await importAll(venv, wheelTop, request.workDir, env, deps);

  // 4. The user's command, with the environment activated.
  let commandOutput: string | undefined;
  if (request.command) commandOutput = await runCommand(venv, request.command, request.workDir, env, deps);
  return { imported: wheelTop, commandOutput };
}

async function runPip(pip: string, args: string[], env: Record<string, string>, deps: Deps, what: string): Promise<void> {
  const result = await deps.exec(pip, args, { env });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'SMOKE_INSTALL_FAILED',
      message: `The smoke test could not ${what} (pip exited with ${result.exitCode}); nothing was promoted.`,
      details: tail(`${result.stdout}\n${result.stderr}`),
      hint: 'A dependency missing from the production index, or a requires-python the runner does not meet, are the usual causes: the pip output above says which.',
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

async function importAll(venv: Venv, modules: string[], cwd: string, env: Record<string, string>, deps: Deps): Promise<void> {
  const result = await deps.exec(venv.python, ['-c', IMPORT_ALL, ...modules], { cwd, env: activated(venv, env) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'SMOKE_TEST_FAILED',
      message: `Importing the installed package failed (${modules.join(', ')}); nothing was promoted.`,
      details: tail(`${result.stdout}\n${result.stderr}`),
      hint: 'The traceback above is from the package as installed from staging: a module missing from the wheel, or a dependency not declared in [project].dependencies, are the usual causes.',
    });
  }
}

/** The shell a `run:` step would use: pwsh on Windows, bash elsewhere, with GitHub's strict flags. */
export function smokeShell(command: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  return platform === 'win32'
    ? ['pwsh', ['-NoProfile', '-NonInteractive', '-Command', command]]
    : ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]];
}

async function runCommand(venv: Venv, command: string, cwd: string, env: Record<string, string>, deps: Deps): Promise<string> {
  const [shell, args] = smokeShell(command);
  const result = await deps.exec(shell, args, { cwd, env: activated(venv, env) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'SMOKE_TEST_FAILED',
      message: `The smoke-test command failed (exit code ${result.exitCode}); nothing was promoted.`,
      details: [`$ ${command}`, ...tail(`${result.stdout}\n${result.stderr}`)],
      hint: 'The command ran in a fresh environment holding only the staged package and its dependencies, from an empty folder: run it the same way locally to reproduce.',
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
