// Finding the interpreter and making virtual environments on every runner:
// `bin/python` on Linux and macOS, `Scripts\python.exe` on Windows.
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { childEnvFor } from './env.ts';
import { tail } from './output.ts';

export interface Python {
  /** Absolute path of the interpreter. */
  executable: string;
  version: string;
  /** Whether this interpreter has pip, which then installs into other environments (`pip --python`). */
  hasPip: boolean;
  /**
   * The file `pip --python` itself hands the other interpreter (pip's
   * `__pip-runner__.py`, which runs exactly this copy of pip in that
   * environment), when the probe found it.
   */
  pipRunner?: string;
}

export interface Venv {
  dir: string;
  python: string;
  bin: string;
}

export function venvLayout(dir: string, platform: NodeJS.Platform = process.platform): Venv {
  const windows = platform === 'win32';
  const p = windows ? path.win32 : path.posix;
  const bin = p.join(dir, windows ? 'Scripts' : 'bin');
  return { dir, bin, python: p.join(bin, windows ? 'python.exe' : 'python') };
}

/** The interpreter to use when the `python` input is empty. */
export function defaultPython(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'python' : 'python3';
}

// Prints the interpreter's path, its version, whether its pip can install
// into another environment (`pip --python`, from pip 22.3 on, and not a pip
// whose vendored libraries a distribution took out: with those, `--python`
// does not work, and pypa/build will not use it either), and the runner file
// that pip then starts in that environment.
const PROBE = `
import os, sys, importlib.util, importlib.metadata
print(sys.executable)
print("%d.%d.%d" % sys.version_info[:3])
ok = False
runner = ""
spec = importlib.util.find_spec("pip")
if spec:
    from pip import __version__ as v
    ok = tuple(int(x) for x in v.split(".")[:2]) >= (22, 3)
    try:
        files = importlib.metadata.distribution("pip").files or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    # Debundled: its RECORD lists no vendored library (pypa/build's test), or,
    # without a RECORD, no vendored urllib3 beside it.
    vendored = os.path.join(os.path.dirname(spec.origin or ""), "_vendor", "urllib3")
    ok = ok and (any(str(f).startswith("pip/_vendor") for f in files) if files else os.path.isdir(vendored))
    if ok and spec.origin:
        candidate = os.path.join(os.path.dirname(spec.origin), "__pip-runner__.py")
        runner = candidate if os.path.isfile(candidate) else ""
print(ok)
print(runner)
`;

export async function findPython(command: string, deps: Deps): Promise<Python> {
  let result;
  try {
    result = await deps.exec(command, ['-c', PROBE], { silent: true, env: childEnvFor(deps) });
  } catch (cause) {
    throw pythonNotFound(command, String(cause));
  }
  if (result.exitCode !== 0) throw pythonNotFound(command, result.stderr.trim());
  const [executable, version, hasPip, pipRunner] = result.stdout.trim().split(/\r?\n/);
  if (!executable || !version) throw pythonNotFound(command, result.stdout);
  return { executable, version, hasPip: hasPip === 'True', ...(hasPip === 'True' && pipRunner ? { pipRunner } : {}) };
}

function pythonNotFound(command: string, why: string): ReleaseError {
  return new ReleaseError({
    code: 'PYTHON_NOT_FOUND',
    message: `Could not run the Python interpreter '${command}'.`,
    details: why ? [why] : [],
    hint: 'Add actions/setup-python before this step, or set the `python` input to an interpreter on the runner.',
  });
}

/**
 * A fresh virtual environment without pip: pip comes from the outer interpreter
 * (`pip --python`), which saves seconds per environment. Falls back to a venv
 * with its own pip when the outer interpreter has none recent enough.
 */
export async function createVenv(python: Python, dir: string, deps: Deps): Promise<Venv> {
  const args = ['-m', 'venv', ...(python.hasPip ? ['--without-pip'] : []), dir];
  const result = await deps.exec(python.executable, args, { silent: true, env: childEnvFor(deps) });
  if (result.exitCode !== 0) {
    throw new ReleaseError({
      code: 'PYTHON_NOT_FOUND',
      message: `Could not create a virtual environment with ${python.executable} (Python ${python.version}).`,
      details: tail(result.stderr || result.stdout),
      hint: 'The interpreter needs the venv module (on Debian and Ubuntu: apt-get install python3-venv).',
    });
  }
  return venvLayout(dir);
}

/**
 * Runs pip for the given environment: the outer pip, or the environment's own.
 * `pip --python ENV` starts a whole pip only to start
 * `ENV's python <pip>/__pip-runner__.py` with the same arguments; starting
 * that command directly is the same pip, the same configuration, in the same
 * environment, for one pip start instead of two (0.8 s of CPU here). Without
 * the runner file (a pip that has none), `--python` does it.
 */
export function pipCommand(python: Python, venv: Venv): [string, string[]] {
  if (python.hasPip && python.pipRunner) return [venv.python, [python.pipRunner]];
  return python.hasPip
    ? [python.executable, ['-m', 'pip', '--python', venv.python]]
    : [venv.python, ['-m', 'pip']];
}
