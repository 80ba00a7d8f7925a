// What a child process sees of the runner's environment (src/process/env.ts),
// and the runner's exec (src/main.ts), which refuses to start a child without
// an explicit environment and defuses the output it echoes to the log.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ExecOptions } from '../src/deps.ts';
import { runnerExec } from '../src/main.ts';
import { childEnv, parsePassEnv } from '../src/process/env.ts';
import { neutralise, SafeLines } from '../src/report/log-safe.ts';

/** A runner's environment as a release job has it, secrets and file commands included. */
const RUNNER: Record<string, string> = {
  PATH: '/usr/bin:/bin', HOME: '/home/runner', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TMPDIR: '/tmp',
  HTTPS_PROXY: 'http://proxy:3128', no_proxy: 'localhost', SSL_CERT_FILE: '/etc/ca.pem', REQUESTS_CA_BUNDLE: '/etc/ca.pem',
  PIP_INDEX_URL: 'https://user:pw@pypi.example/simple', PIP_CERT: '/etc/ca.pem', SOURCE_DATE_EPOCH: '1700000000',
  PYTHONDONTWRITEBYTECODE: '1', LD_LIBRARY_PATH: '/opt/python/lib', CI: 'true', GITHUB_ACTIONS: 'true', RUNNER_OS: 'Linux',
  GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc',
  'INPUT_PRODUCTION-TOKEN': 'pypi-secret', 'INPUT_GITHUB-TOKEN': 'ghs_secret',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
  ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_RUNTIME_URL: 'https://rt', ACTIONS_CACHE_URL: 'https://cache', ACTIONS_RESULTS_URL: 'https://results',
  GITHUB_ENV: '/f/env', GITHUB_PATH: '/f/path', GITHUB_OUTPUT: '/f/out', GITHUB_STATE: '/f/state', GITHUB_STEP_SUMMARY: '/f/sum',
  GITHUB_TOKEN: 'ghs_other', GH_TOKEN: 'ghs_other2', AWS_SECRET_ACCESS_KEY: 'aws', GIT_DIR: '/elsewhere', GIT_ASKPASS: '/evil',
  MY_BUILD_FLAG: '1',
};

const FORBIDDEN = [
  'INPUT_PRODUCTION-TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL',
  'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_TOKEN', 'GH_TOKEN',
];

describe('childEnv', () => {
  it('keeps what pip, the build and the smoke command need, and the user\'s pip settings as they are', () => {
    const env = childEnv(RUNNER);
    for (const name of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'HTTPS_PROXY', 'no_proxy', 'SSL_CERT_FILE', 'REQUESTS_CA_BUNDLE',
      'PIP_INDEX_URL', 'PIP_CERT', 'SOURCE_DATE_EPOCH', 'PYTHONDONTWRITEBYTECODE', 'LD_LIBRARY_PATH', 'CI', 'GITHUB_ACTIONS', 'RUNNER_OS',
      'GITHUB_REPOSITORY', 'GITHUB_SHA']) {
      expect(env[name], name).toBe(RUNNER[name]);
    }
  });

  it('hands a child none of the credentials, file commands or unknown variables', () => {
    const env = childEnv(RUNNER);
    for (const name of [...FORBIDDEN, 'AWS_SECRET_ACCESS_KEY', 'GIT_DIR', 'GIT_ASKPASS', 'MY_BUILD_FLAG']) expect(env, name).not.toHaveProperty(name);
  });

  it('adds what pass-env names, but never a forbidden variable, not even from the action itself', () => {
    const env = childEnv(RUNNER, { SETUPTOOLS_SCM_PRETEND_VERSION: '1.0', INPUT_X: 'no', GITHUB_ENV: 'no' }, ['MY_BUILD_*', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'INPUT_*']);
    expect(env.MY_BUILD_FLAG).toBe('1');
    expect(env.AWS_SECRET_ACCESS_KEY).toBe('aws');
    expect(env.SETUPTOOLS_SCM_PRETEND_VERSION).toBe('1.0');
    for (const name of [...FORBIDDEN, 'INPUT_X']) expect(env, name).not.toHaveProperty(name);
  });

  it('matches names case-insensitively, as Windows spells them', () => {
    const env = childEnv({ Path: 'C:\\bin', SystemRoot: 'C:\\Windows', github_token: 'x', Input_Foo: 'y' });
    expect(env).toEqual({ Path: 'C:\\bin', SystemRoot: 'C:\\Windows' });
  });
});

describe('pass-env', () => {
  it('takes names and prefixes, and refuses forbidden names and non-names', () => {
    expect(parsePassEnv('MY_FLAG, maturin_*\nCARGO_TARGET_DIR')).toEqual({ names: ['MY_FLAG', 'MATURIN_*', 'CARGO_TARGET_DIR'], problems: [] });
    const bad = parsePassEnv('GITHUB_TOKEN ACTIONS_* INPUT_STAGING-TOKEN a=b');
    expect(bad.names).toEqual([]);
    expect(bad.problems).toHaveLength(4);
  });
});

describe("the runner's exec", () => {
  it('refuses to start a child without an explicit environment', async () => {
    await expect(runnerExec(process.execPath, ['-e', '0'], { silent: true } as ExecOptions)).rejects.toThrow(/no environment given/);
    // @ts-expect-error the type refuses an exec without options, so without an environment
    await expect(runnerExec(process.execPath, ['-e', '0'])).rejects.toThrow(/no environment given/);
  });

  it('gives the child exactly the environment passed, nothing of its own process', async () => {
    const result = await runnerExec(process.execPath, ['-e', 'console.log(JSON.stringify(Object.keys(process.env)))'], { silent: true, env: { ONLY: '1' } });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(['ONLY']);
  });
});

describe('log safety', () => {
  it('defuses every line the runner would read as a command, and leaves the rest', () => {
    expect(neutralise('a\n::stop-commands::x\n  ::add-mask::y\r::error::z\r\nok ##[group]g\n')).toBe('a\n| ::stop-commands::x\n|   ::add-mask::y\r| ::error::z\r\nok # #[group]g\n');
    expect(neutralise('plain: text with a :: inside')).toBe('plain: text with a :: inside');
  });

  it('sees a command split across two chunks of a child\'s output', async () => {
    const sink = new PassThrough();
    let seen = '';
    sink.on('data', (c: Buffer) => (seen += c.toString()));
    const lines = new SafeLines(sink);
    for (const chunk of ['building\n:', ':stop-commands::', 'abc\nd', 'one ', Buffer.from('é').subarray(0, 1), Buffer.from('é').subarray(1)]) {
      await new Promise<void>((resolve) => lines.write(chunk, () => resolve()));
    }
    lines.flush();
    expect(seen).toBe('building\n| ::stop-commands::abc\ndone é');
  });
});
