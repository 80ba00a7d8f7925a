// run(): inputs -> pipeline -> outputs and summary. The one catch that fails the step.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import type { Deps, Exec } from './deps.ts';
import { runDispatcher } from './http/dispatcher.ts';
import { TROUBLESHOOTING, isReleaseError } from './errors.ts';
import { parseInputs, secretInputs } from './inputs.ts';
import { release } from './pipeline.ts';
import { readEvent } from './trigger.ts';
import { outputs, summaryMarkdown } from './report/summary.ts';
import { neutralise, SafeLines } from './report/log-safe.ts';

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
      const troubleshooting = troubleshootingUrl(env);
      if (error.annotation) {
        core.error(neutralise(error.message), { file: relativeToWorkspace(error.annotation.file, env), startLine: error.annotation.startLine, title: error.annotation.title });
      }
      // Details quote indexes, tools and git: defused like the log.
      core.setFailed(neutralise(error.render(troubleshooting)));
    } else {
      core.setFailed(`Unexpected failure (a bug in pypi-promote; please report it with this log): ${error instanceof Error ? error.stack : String(error)}`);
    }
  } finally {
    // Idle keep-alive sockets would hold the process open for seconds after the release.
    await deps.dispatcher.close().catch(() => undefined);
    if (workDir) await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Starts a child as @actions/exec does, echoing its output to the log unless
 * silent. Refuses a call without an environment: @actions/exec would hand the
 * child the whole process.env, tokens included (the type says so too; this
 * holds for a call the types cannot see). The output echoed to the log is
 * defused line by line: a child (a build backend, a dependency, pip printing
 * an index's text) cannot issue workflow commands.
 */
export const runnerExec: Exec = async (command, args, options) => {
  if (typeof options?.env !== 'object' || options.env === null) {
    throw new Error(`exec ${command}: no environment given (every child gets one from childEnv, src/process/env.ts)`);
  }
  const out = new SafeLines(process.stdout);
  const err = new SafeLines(process.stderr);
  try {
    const result = await getExecOutput(command, args, {
      cwd: options.cwd,
      env: options.env,
      silent: options.silent ?? false,
      ignoreReturnCode: true,
      outStream: out,
      errStream: err,
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } finally {
    out.flush();
    err.flush();
  }
};

function realDeps(env: NodeJS.ProcessEnv): Deps {
  return {
    dispatcher: runDispatcher(env),
    exec: runnerExec,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms * pauseScale(env))),
    now: () => Date.now(),
    // Messages carry text from indexes, packages and git: defused before the runner reads them.
    log: {
      info: (message) => core.info(neutralise(message)),
      // core escapes line breaks in these, but the runner finds `##[` anywhere in a line.
      warning: (message) => core.warning(neutralise(message)),
      debug: (message) => core.debug(neutralise(message)),
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

/** Links in error messages point at the troubleshooting page of the action version that ran. */
export function troubleshootingUrl(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  if (!repo) return `https://github.com/pypi-promote/pypi-promote/blob/main/${TROUBLESHOOTING}`;
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${repo}/blob/${env.GITHUB_ACTION_REF || 'main'}/${TROUBLESHOOTING}`;
}

function relativeToWorkspace(file: string, env: NodeJS.ProcessEnv): string {
  const workspace = env.GITHUB_WORKSPACE;
  return workspace ? path.relative(workspace, file) || file : file;
}
