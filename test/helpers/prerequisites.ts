// What the suite needs beyond npm packages, checked before the first test
// file starts (vitest's globalSetup), so `npm ci && npm test` passes on a
// fresh machine: installed with Debian's apt where this is root on Debian,
// and otherwise a stop at once that names what to install. Without this, a
// missing twine failed dozens of tests with tracebacks, and only .ci/run knew
// how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { firstExtraIndex, interpreterBin, TWINE_PYTHON } from './harness.ts';
import { pythonVersion } from './python.ts';

interface Tool {
  name: string;
  /** Why the suite needs it, said in the line that installs it. */
  why: string;
  present(): boolean;
  /** Debian's package, where apt can install it. */
  apt: string;
  /** What to do by hand where apt cannot. */
  manual: string;
}

const TOOLS: Tool[] = [
  {
    name: 'twine',
    why: 'the peer the tests upload and check with, beside the action',
    present: () => spawnSync(TWINE_PYTHON, ['-c', 'import twine, pkginfo'], { stdio: 'ignore' }).status === 0,
    apt: 'twine',
    manual: `${TWINE_PYTHON} -m pip install twine   (or set TWINE_PYTHON to a python that has twine)`,
  },
  // Linux only: elsewhere the secrets test knows processes by their echoed command lines.
  ...(process.platform === 'linux'
    ? [{
      name: 'strace',
      why: 'the secrets test sees every process the action starts through it',
      present: () => existsSync('/usr/bin/strace'),
      apt: 'strace',
      manual: 'apt-get install strace (or your distribution\'s strace package)',
    }]
    : []),
];

export default async function setup(): Promise<void> {
  installMissing();
  // Asked of python and pip once here, not once in each test file's process (each costs about a
  // second of CPU through a version manager's shim): the test files inherit this environment.
  process.env.PYPI_PROMOTE_TEST_EXTRA_INDEX = firstExtraIndex();
  process.env.PYPI_PROMOTE_TEST_PYTHON_BIN = interpreterBin();
  process.env.PYPI_PROMOTE_TEST_PYTHON_VERSION = await pythonVersion();
}

function installMissing(): void {
  const missing = TOOLS.filter((tool) => !tool.present());
  if (missing.length === 0) return;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error([
      `npm test needs ${missing.map((t) => t.name).join(' and ')}, and cannot install them here (not root on Debian):`,
      ...missing.map((t) => `  - ${t.name}: ${t.why}. Install: ${t.manual}`),
    ].join('\n'));
  }
  const packages = missing.map((t) => t.apt);
  console.log(`npm test: installing ${missing.map((t) => `${t.name} (${t.why})`).join('; ')} with apt-get`);
  const apt = (...args: string[]) => spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;
  // A fresh machine has no package lists: install fails until they are read once.
  if (!apt('install', '-y', '-qq', ...packages) && !(apt('update', '-qq') && apt('install', '-y', '-qq', ...packages))) {
    throw new Error(`npm test: apt-get could not install ${packages.join(' ')}; install them by hand:\n${missing.map((t) => `  - ${t.manual}`).join('\n')}`);
  }
  const still = missing.filter((t) => !t.present());
  if (still.length) throw new Error(`npm test: ${still.map((t) => t.name).join(', ')} still missing after apt-get install ${packages.join(' ')}`);
}
