// Text the action did not write (an index's listings and error bodies, a
// package's metadata, a changelog, git's and pip's output) must not reach the
// log as a workflow command. The runner reads every line of a step's stdout
// and stderr, split at \n, \r\n and a lone \r, and runs:
//  - a line starting with `::` after leading whitespace (`::add-mask::`,
//    `::stop-commands::TOKEN`, which turns off the action's own commands);
//  - the older form `##[command]`, found anywhere in a line.
// neutralise() defuses both and keeps the text readable.
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

const LINE_BREAK = /\r\n|\r|\n/;

/** `text` with every line that the runner would read as a command defused; other text unchanged. */
export function neutralise(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  return text.split(LINE_BREAK).map((line, i) => {
    let safe = line.replaceAll('##[', '# #[');
    if (/^\s*::/.test(safe)) safe = `| ${safe}`;
    return i < breaks.length ? safe + breaks[i] : safe;
  }).join('');
}

/** Whether a line of output would be read by the runner as a workflow command. */
export function isCommandLine(line: string): boolean {
  return /^\s*::/.test(line) || line.includes('##[');
}

/**
 * A stream that passes a child's output on to `target` line by line,
 * defused: a command split across two chunks is still seen whole. The last
 * line, if unfinished, waits for more output or for flush().
 */
export class SafeLines extends Writable {
  private pending = '';
  // A character split between two chunks is decoded whole.
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly target: NodeJS.WritableStream) {
    super({ decodeStrings: false });
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    const text = this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    // A \r at the very end may be the first half of \r\n: it waits too.
    const cut = Math.max(text.lastIndexOf('\n'), text.endsWith('\r') ? -1 : text.lastIndexOf('\r'));
    this.pending = text.slice(cut + 1);
    if (cut >= 0) this.target.write(neutralise(text.slice(0, cut + 1)));
    done();
  }

  /** Writes the unfinished last line, if any. */
  flush(): void {
    const rest = this.pending + this.decoder.end();
    if (rest !== '') this.target.write(neutralise(rest));
    this.pending = '';
  }
}
