// The action's Exec (src/deps.ts) over real child processes, for tests that
// call a stage's function directly: what runnerExec in src/main.ts does,
// without @actions/exec's echo. A failing command resolves with its exit
// code and output, as @actions/exec's does with ignoreReturnCode.
import { execFile } from 'node:child_process';
import type { Exec } from '../../src/deps.ts';

export const childExec: Exec = (command, args, options) =>
  new Promise((resolve) => {
    execFile(command, args, { cwd: options?.cwd, env: options?.env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ exitCode: code, stdout, stderr });
    });
  });
