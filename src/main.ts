// run(): inputs -> pipeline -> outputs and summary. The one catch that fails the step.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import type { Deps } from './deps.ts';
import { runDispatcher } from './http/dispatcher.ts';
import { isReleaseError } from './errors.ts';
import { parseInputs, secretInputs } from './inputs.ts';
import { release } from './pipeline.ts';
import { readEvent } from './trigger.ts';
import { outputs, summaryMarkdown } from './report/summary.ts';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Masked before anything else can print them.
  for (const secret of secretInputs(env)) core.setSecret(secret);
  let workDir: string | undefined;
  const deps = realDeps(env);
  try {
    const config = parseInputs(env, readEvent(env));
    workDir = await fs.mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'pypi-promote-'));
    const report = await release(config, deps, workDir);
    for (const [name, value] of Object.entries(outputs(report))) core.setOutput(name, value);
    await core.summary.addRaw(summaryMarkdown(report)).write();
    core.info(report.dryRun
      ? `Dry run: ${report.name} ${report.version} would be released; nothing was uploaded.`
      : report.released
        ? `Released ${report.name} ${report.version}: ${report.productionUrl}`
        : `Staged ${report.name} ${report.version}: ${report.stagingUrl}; the promote job takes the \`manifest\` output.`);
  } catch (error) {
    if (isReleaseError(error)) {
      const readme = readmeUrl(env);
      if (error.annotation) {
        core.error(error.message, { file: relativeToWorkspace(error.annotation.file, env), startLine: error.annotation.startLine, title: error.annotation.title });
      }
      core.setFailed(error.render(readme));
    } else {
      core.setFailed(`Unexpected failure (a bug in pypi-promote; please report it with this log): ${error instanceof Error ? error.stack : String(error)}`);
    }
  } finally {
    // Idle keep-alive sockets would hold the process open for seconds after the release.
    await deps.dispatcher.close().catch(() => undefined);
    if (workDir) await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function realDeps(env: NodeJS.ProcessEnv): Deps {
  return {
    dispatcher: runDispatcher(env),
    exec: async (command, args, options = {}) => {
      const result = await getExecOutput(command, args, {
        cwd: options.cwd,
        env: options.env as Record<string, string> | undefined,
        silent: options.silent ?? false,
        ignoreReturnCode: true,
      });
      return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms * pauseScale(env))),
    now: () => Date.now(),
    log: {
      info: core.info,
      warning: core.warning,
      debug: core.debug,
      group: (name, fn) => core.group(name, fn),
    },
    env,
    secret: core.setSecret,
  };
}

/**
 * PYPI_PROMOTE_PAUSE_SCALE multiplies every pause the action takes (retry
 * backoff, Retry-After, polling intervals), default 1: the fault tests run
 * the real retry paths in milliseconds rather than minutes. Deadlines
 * (wait-timeout) are not scaled.
 */
function pauseScale(env: NodeJS.ProcessEnv): number {
  const scale = Number(env.PYPI_PROMOTE_PAUSE_SCALE ?? '1');
  return Number.isFinite(scale) && scale >= 0 ? scale : 1;
}

/** Links in error messages point at the README of the action version that ran. */
function readmeUrl(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  if (!repo) return 'https://github.com/pypi-promote/pypi-promote/blob/main/README.md';
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repo}/blob/${env.GITHUB_ACTION_REF || 'main'}/README.md`;
}

function relativeToWorkspace(file: string, env: NodeJS.ProcessEnv): string {
  const workspace = env.GITHUB_WORKSPACE;
  return workspace ? path.relative(workspace, file) || file : file;
}
