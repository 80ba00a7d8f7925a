// What the action keeps of a child's output for an error message.
import { neutralise } from '../report/log-safe.ts';

/** The last lines of a tool's output, for an error message, defused of workflow commands. */
export function tail(text: string, lines = 40): string[] {
  const all = neutralise(text.trimEnd()).split(/\r\n|\r|\n/);
  return all.length > lines ? ['…', ...all.slice(-lines)] : all;
}
