// run(): inputs -> pipeline -> outputs and summary. The one catch that fails the step.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import type { Deps, Exec } from './deps.ts';
import { runDispatcher } from './http/dispatcher.ts';
import { TROUBLESHOOTING, isReleaseError, ReleaseError } from './errors.ts';
import { parseInputs, secretInputs } from './inputs.ts';
import { release, type ReleaseReport } from './pipeline.ts';
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
    // From here production may have the files: what fails is named, with the re-run that finishes it.
    await tellResults(report, env);
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

/**
 * The step's outputs, then the job summary. Without GITHUB_STEP_SUMMARY
 * (Gitea and Forgejo runners, older GitHub Enterprise Server) the summary
 * goes to the log. A file the runner gave that cannot be written fails the
 * step by name, saying what the release already did.
 */
async function tellResults(report: ReleaseReport, env: NodeJS.ProcessEnv): Promise<void> {
  const done = report.released
    ? `${report.name} ${report.version} is released (production has the files)`
    : report.dryRun ? 'the dry run itself completed' : `${report.name} ${report.version} is staged`;
  const markdown = summaryMarkdown(report);
  try {
    for (const [name, value] of Object.entries(outputs(report))) core.setOutput(name, value);
  } catch (cause) {
    core.info(markdown);
    throw new ReleaseError({
      code: 'REPORT_FAILED',
      message: `${done}, but the step's outputs could not be written to GITHUB_OUTPUT (${env.GITHUB_OUTPUT}): ${(cause as Error).message}.`,
      hint: 'Steps after this one that read its outputs would get nothing. Re-run the job: files already on the indexes, the tag and the GitHub Release are found and skipped, and the outputs are written again. The summary is in the log above.',
      cause,
    });
  }
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info(`This runner gives no GITHUB_STEP_SUMMARY file: the summary follows.\n${markdown}`);
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (cause) {
    core.info(markdown);
    throw new ReleaseError({
      code: 'REPORT_FAILED',
      message: `${done}, but the job summary could not be written to GITHUB_STEP_SUMMARY (${env.GITHUB_STEP_SUMMARY}): ${(cause as Error).message}.`,
      hint: 'Nothing of the release is left to do: the summary is in the log above, and the outputs were set. A re-run finds everything in place and writes the summary again.',
      cause,
    });
  }
}

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
