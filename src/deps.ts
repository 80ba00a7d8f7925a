// The I/O a stage may use, passed in rather than imported, so tests hand the
// stages a real dispatcher aimed at a loopback index, a real process runner,
// and a sleep that returns at once. Nothing here is mocked in tests.
import type { Dispatcher } from 'undici';

export interface ExecOptions {
  cwd?: string;
  /**
   * The child's whole environment, required: made by childEnv
   * (src/process/env.ts) from an allowlist, so that no exec can hand a child
   * the runner's environment (the tokens, the runner's file commands) by
   * leaving it out. Secrets never travel in argv.
   */
  env: Record<string, string>;
  /** Do not echo the child's output to the log as it runs. */
  silent?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type Exec = (command: string, args: string[], options: ExecOptions) => Promise<ExecResult>;

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface Deps {
  /** Every request goes through it; a private index's account is added to its reads here (http/read-credentials.ts). */
  dispatcher: Dispatcher;
  exec: Exec;
  sleep(ms: number): Promise<void>;
  now(): number;
  log: Log;
  env: NodeJS.ProcessEnv;
  /**
   * Hides a secret made at run time (a minted upload token) from the log from
   * now on: core.setSecret on the runner. Optional so that tests, whose log
   * is their own, need not provide it.
   */
  secret?(value: string): void;
  /** Further variables a child process receives (the `pass-env` input, upper-cased; `NAME*` is a prefix). */
  passEnv?: readonly string[];
}
