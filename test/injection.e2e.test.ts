// Workflow-command injection by a hostile staging index, end to end: its
// listing names a file with a line break followed by `::stop-commands::`
// (which would turn off the action's own commands for the rest of the job)
// and other command-like names. The release stops cleanly before the first
// upload, nothing is staged or promoted, and no line of the log is a workflow
// command other than the action's own.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, type ActionRun } from './helpers/harness.ts';

const STAGING_TOKEN = 'pypi-staging-injection-5d1a';
const PRODUCTION_TOKEN = 'pypi-production-injection-77b3';

/** The commands the action itself issues through @actions/core. */
const OWN_COMMANDS = /^::(add-mask|group|endgroup|error|warning|notice|debug)(\s[^:]*)?::/;

let indexes: TestIndexes;
let run: ActionRun;
beforeAll(async () => {
  indexes = await startTestIndexes('injection', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
  indexes.staging.injectedNames.set('hello-pkg', [
    'hello_pkg-0.0.1.tar.gz\n::stop-commands::pwned-token',
    'hello_pkg-0.0.2.tar.gz\r::add-mask::pwned',
    '::error::pwned.tar.gz',
    'x ##[error]pwned.tar.gz',
  ]);
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(indexes.temp, 'workspace'));
  run = await runAction({
    workspace,
    toolCache: TEST_TOOL_CACHE,
    tempDir: path.join(indexes.temp, 'runner'),
    inputs: {
      'staging-url': indexes.staging.uploadUrl,
      'production-url': indexes.production.uploadUrl,
      'staging-token': STAGING_TOKEN,
      'production-token': PRODUCTION_TOKEN,
      version: '0.3.0',
      git: 'none',
    },
  });
});
afterAll(() => indexes?.close());

describe('a staging listing with a line break and a workflow command in a file name', () => {
  it('stops the release before the first upload, with the names shown escaped', () => {
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('error INDEX_LISTING_INVALID');
    expect(run.stdout).toContain(String.raw`"hello_pkg-0.0.1.tar.gz\n::stop-commands::pwned-token"`);
    expect(indexes.staging.uploads).toEqual([]);
    expect(indexes.production.uploads).toEqual([]);
  });

  it('leaves no line in the log that the runner would read as a command, but the action\'s own', () => {
    // The runner splits at \n, \r\n and a lone \r, and trims leading whitespace.
    for (const [name, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
      const lines = text.split(/\r\n|\r|\n/);
      const commands = lines.filter((l) => /^\s*::/.test(l));
      expect(commands.filter((l) => !OWN_COMMANDS.test(l)), `${name} commands`).toEqual([]);
      expect(lines.filter((l) => l.includes('##[')), `${name} old-style commands`).toEqual([]);
      expect(commands.filter((l) => /^::add-mask::.*pwned/.test(l)), `${name} masks`).toEqual([]);
    }
  });
});
