// One release run: what every stage function of the pipeline shares. The
// stage functions (prepare.ts before the first upload, publish.ts from it on)
// take a Run; pipeline.ts calls them in order.
import type { Deps } from '../deps.ts';
import { withReadCredentials } from '../http/read-credentials.ts';
import { readCredentials } from '../index/auth.ts';
import type { Config } from '../inputs.ts';
import { findPython, type Python } from '../process/python.ts';

export interface StageTiming {
  name: string;
  ms: number;
}

export interface Run {
  /** The step's configuration; the Version stage settles `tagPrefix` from the project's tags. */
  config: Config;
  deps: Deps;
  /** An empty folder of the action's own (build output, environments, downloads); never the user's tree. */
  workDir: string;
  stages: StageTiming[];
  /** Runs `fn` as the named stage: a log group, timed for the summary. */
  stage<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** The interpreter, found once when a stage first needs it. */
  python(): Promise<Python>;
}

export function openRun(config: Config, runner: Deps, workDir: string): Run {
  // An index given an account is read with it too; every other read is anonymous.
  const readAuthorization = readCredentials([config.staging, config.production], runner.secret);
  const deps: Deps = { ...runner, passEnv: config.passEnv, ...(readAuthorization && { dispatcher: withReadCredentials(runner.dispatcher, readAuthorization) }) };
  const stages: StageTiming[] = [];
  let interpreter: Promise<Python> | undefined;
  const run: Run = {
    config,
    deps,
    workDir,
    stages,
    async stage(name, fn) {
      const start = deps.now();
      try {
        return await deps.log.group(name, fn);
      } finally {
        stages.push({ name, ms: deps.now() - start });
      }
    },
    python: () => (interpreter ??= findPython(run.config.python, deps).then((p) => {
      deps.log.info(`Python ${p.version} at ${p.executable}`);
      return p;
    })),
  };
  return run;
}

/** Git writes happen when this run decided the version of a project it built (never on a tag push). */
export function writesGit(config: Config): boolean {
  return config.git !== 'none' && config.from.kind === 'project' && config.from.intent.kind !== 'tag' &&
    (config.mode !== 'promote' || config.manifest?.source === 'project');
}
