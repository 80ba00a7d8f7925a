// The PEP 517 build through pypa/build, installed in a private folder so the
// project's own environment is never touched. `build` makes the sdist,
// then the wheel from that sdist: a wheel that builds only from the source
// tree (files missing from the sdist) fails here, not on a user's machine.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { findDists } from '../dists/find.ts';
import { ReleaseError } from '../errors.ts';
import { childEnvFor } from '../process/env.ts';
import { tail } from '../process/output.ts';
import { createVenv, pipCommand, venvLayout, type Python } from '../process/python.ts';
import { cachedEnvironment, SEAL_FORMAT } from '../process/sealed-cache.ts';

/**
 * pypa/build and its two dependencies, all pure Python. build installs into
 * each isolated environment with the interpreter's own pip (`pip --python`,
 * from pip 22.3; see BUILD_SCRIPT), so the frontend needs no pip of its own:
 * its packages go to a folder put first on that interpreter's module path
 * (`pip install --target`). A fresh venv with build and pip in it took
 * 2.85 s here against 1.78 s for this (the same commands, 3 runs each), and
 * a hosted runner pays it at every release (its tool cache starts empty).
 * The user's pip configuration (pip.conf, PIP_* variables) applies as to any
 * pip.
 */
const FRONTEND_REQUIREMENTS = ['build>=1.2'];

/**
 * An interpreter whose pip cannot install elsewhere (none, before 22.3, or
 * debundled: Python.hasPip) gets a venv with build and a recent pip: build
 * then fills each isolated environment with that pip. Without it, build seeds pip into every
 * environment, and that pip, never byte-compiled, is compiled again by each
 * run: measured here, 2.9 s instead of 5.3 s for examples/hello-pkg's build.
 */
const FRONTEND_VENV_REQUIREMENTS = ['build>=1.2', 'pip>=22.3'];

export interface BuildFrontend {
  /** The folder the frontend was installed in. */
  dir: string;
  /** The interpreter that runs the build. */
  python: string;
  /** Put first on that interpreter's module path (pypa/build's packages); none when the frontend is a venv. */
  modulePath?: string;
}

/**
 * The frontend. With a tool cache (RUNNER_TOOL_CACHE), it is kept there,
 * keyed by interpreter and requirements: hosted runners start empty, so this
 * costs nothing there, while self-hosted runners (and this repository's
 * tests) skip the install at every release. It is sealed when made and reused
 * only while every file matches the seal (another job's code could have
 * changed it: src/process/sealed-cache.ts).
 */
export async function prepareBuildFrontend(python: Python, workDir: string, deps: Deps): Promise<BuildFrontend> {
  const cache = deps.env.RUNNER_TOOL_CACHE;
  if (!cache) return installFrontend(python, path.join(workDir, 'build-frontend'), deps);
  const key = createHash('sha256').update(`${python.executable}\0${python.version}\0${requirements(python).join(' ')}\0${SEAL_FORMAT}`).digest('hex').slice(0, 16);
  const dir = path.join(cache, 'pypi-promote', 'build-frontend', key);
  const kept = await cachedEnvironment(dir, async (into) => {
    await installFrontend(python, into, deps);
  });
  if (kept.refused) deps.log.warning(`build frontend: the one in the tool cache (${dir}) was not reused: ${kept.refused}. It was made again.`);
  if (kept.outcome === 'reused') deps.log.info(`build frontend: reused from the tool cache (${dir}), its files checked against its seal`);
  return frontendIn(python, kept.dir);
}

function requirements(python: Python): string[] {
  return python.hasPip ? FRONTEND_REQUIREMENTS : FRONTEND_VENV_REQUIREMENTS;
}

function frontendIn(python: Python, dir: string): BuildFrontend {
  return python.hasPip ? { dir, python: python.executable, modulePath: dir } : { dir, python: venvLayout(dir).python };
}

async function installFrontend(python: Python, dir: string, deps: Deps): Promise<BuildFrontend> {
  let command: [string, string[]];
  let env = childEnvFor(deps);
  if (python.hasPip) {
    command = [python.executable, ['-m', 'pip', 'install', '--quiet', '--target', dir]];
    // `require-virtualenv` (pip.conf or PIP_REQUIRE_VIRTUALENV) guards the
    // interpreter's own site-packages; a --target install writes only this
    // private folder, so it is let through for this one command.
    env = { ...env, PIP_REQUIRE_VIRTUALENV: 'false' };
  } else {
    const [pip, args] = pipCommand(python, await createVenv(python, dir, deps));
    command = [pip, [...args, 'install', '--quiet']];
  }
  const [pip, args] = command;
  const result = await deps.exec(pip, [...args, ...requirements(python)], { env, silent: true });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'BUILD_FAILED',
      message: `Could not install the build frontend (${requirements(python).join(', ')}) with pip.`,
      details: tail(result.stderr || result.stdout),
      hint: 'pip could not reach its index: check the runner network and any PIP_INDEX_URL or pip.conf setting.',
    });
  }
  return frontendIn(python, dir);
}

export interface BuildRequest {
  projectDir: string;
  outDir: string;
  /** Seconds since the epoch for reproducible archives (the last commit's time), if known. */
  sourceDateEpoch: string | undefined;
  /** Variables the backend needs for this release (a VCS version's pretend version). */
  env: Record<string, string>;
}

/**
 * What `python -m build` does (sdist, then the wheel from the unpacked sdist,
 * each in an isolated environment), through pypa/build's own API but with
 * one isolated environment for both: the backend is installed once, not
 * twice. Measured on examples/hello-pkg: 4.6 s instead of 8.1 s, with
 * byte-identical files. The wheel's extra requirements are installed on top.
 */
const BUILD_SCRIPT = `
import compileall, importlib.util, os, sys, tarfile, tempfile
src, out = sys.argv[1], sys.argv[2]
# The frontend's own folder (pip install --target), ahead of any build or
# packaging the interpreter has.
if len(sys.argv) > 3:
    sys.path.insert(0, sys.argv[3])
import build
import build.env
from build.env import DefaultIsolatedEnv

# build installs into its environment with 'pip --python ENV', a whole pip
# started only to start ENV's python with pip's runner file and the same
# arguments: that command is started directly, one pip start instead of two.
# Any other command, or a pip without the runner file, runs as build gave it.
spec = importlib.util.find_spec("pip")
runner = os.path.join(os.path.dirname(spec.origin), "__pip-runner__.py") if spec and spec.origin else ""
run_as_given = build.env.run_subprocess

def run_subprocess(cmd, *args, **kwargs):
    cmd = list(cmd)
    if os.path.isfile(runner) and len(cmd) > 5 and cmd[:4] == [sys.executable, "-m", "pip", "--python"]:
        cmd = [cmd[4], runner, *cmd[5:]]
    return run_as_given(cmd, *args, **kwargs)

build.env.run_subprocess = run_subprocess

def install(env, requirements):
    if not requirements:
        return
    env.install(requirements)
    # Under PYTHONDONTWRITEBYTECODE (usual in container images) each of the
    # four hook processes would compile the backend from source again: it is
    # compiled once here, in this throwaway environment, never in the project.
    if sys.flags.dont_write_bytecode:
        compileall.compile_dir(env.path, quiet=2)

try:
    with DefaultIsolatedEnv() as env:
        project = build.ProjectBuilder.from_isolated_env(env, src)
        install(env, project.build_system_requires)
        install(env, project.get_requires_for_build("sdist"))
        print("* Building sdist...", flush=True)
        sdist = project.build("sdist", out)
        with tempfile.TemporaryDirectory() as tmp:
            with tarfile.open(sdist) as archive:
                try:
                    archive.extractall(tmp, filter="data")
                except TypeError:  # Python before 3.11.4: no extraction filters
                    archive.extractall(tmp)
            (top,) = os.listdir(tmp)
            unpacked = build.ProjectBuilder.from_isolated_env(env, os.path.join(tmp, top))
            install(env, unpacked.get_requires_for_build("wheel"))
            print("* Building wheel from the sdist...", flush=True)
            wheel = unpacked.build("wheel", out)
        print("Built " + os.path.basename(sdist) + " and " + os.path.basename(wheel))
except (build.BuildException, build.BuildBackendException) as error:
    print("ERROR " + str(error), file=sys.stderr)
    sys.exit(1)
`;

/** Builds sdist and wheel into an empty `outDir` and returns the paths built. */
export async function buildDists(frontend: BuildFrontend, request: BuildRequest, deps: Deps): Promise<string[]> {
  await fs.rm(request.outDir, { recursive: true, force: true });
  await fs.mkdir(request.outDir, { recursive: true });
  const extra: Record<string, string> = { ...request.env };
  // A SOURCE_DATE_EPOCH the user set wins over the commit time.
  if (request.sourceDateEpoch && !deps.env.SOURCE_DATE_EPOCH) extra.SOURCE_DATE_EPOCH = request.sourceDateEpoch;
  // A file, not `-c`: the log then shows a readable command line.
  const script = path.join(path.dirname(request.outDir), 'pypi-promote-build.py');
  await fs.writeFile(script, BUILD_SCRIPT);
  const result = await deps.exec(frontend.python, [script, request.projectDir, request.outDir, ...(frontend.modulePath ? [frontend.modulePath] : [])], {
    cwd: request.projectDir,
    env: childEnvFor(deps, extra),
  });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'BUILD_FAILED',
      message: `The project's build backend failed (the build exited with ${result.exitCode}).`,
      details: tail(`${result.stdout}\n${result.stderr}`),
      hint: 'The output above is the backend\'s own. Reproduce it locally with `python -m build`, fix the project, and re-run.',
      annotation: { file: path.join(request.projectDir, 'pyproject.toml'), title: 'Build failed' },
    });
  }
  return findDists(request.outDir);
}
