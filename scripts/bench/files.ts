// What the inspection and upload benchmarks (issues #6, #7) run on and with:
// real distributions (examples/hello-pkg built by its own backend, large
// wheels written by make_wheel.py), the child entries bundled as the action
// is, and a runner that reports a child's wall time and peak RSS alike for
// node and python.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { exec, ROOT } from '../../test/helpers/harness.ts';

export const MIB = 1024 * 1024;

/** Writes a valid wheel with `randomMiB` of incompressible and `textMiB` of compressible payload. */
export async function makeWheel(
  dir: string,
  spec: { name: string; version: string; tag: string; randomMiB: number; textMiB: number },
): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const out = await exec('python3', [
    path.join(ROOT, 'scripts', 'bench', 'make_wheel.py'),
    dir, spec.name, spec.version, spec.tag, String(spec.randomMiB), String(spec.textMiB),
  ]);
  return path.resolve(out.trim());
}

/** examples/hello-pkg's sdist and wheel, built with `python -m build` in a fresh venv. */
export async function buildHello(dir: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const project = path.join(dir, 'hello-pkg');
  await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), project, { recursive: true });
  const tools = path.join(dir, 'tools');
  await exec('python3', ['-m', 'venv', tools], { env });
  await exec(path.join(tools, 'bin', 'python'), ['-m', 'pip', 'install', '-q', 'build[virtualenv]'], { env });
  const out = path.join(dir, 'dist');
  await exec(path.join(tools, 'bin', 'python'), ['-m', 'build', '--outdir', out, project], { env });
  return (await fs.readdir(out)).sort().map((f) => path.join(out, f));
}

/**
 * Bundles a bench entry the way scripts/build-dist.mjs bundles the action, so
 * the child runs plain JavaScript from process start (no tsx in the timing),
 * with the same light undici (scripts/bundle/undici-light.mjs): undici's whole
 * index cost the upload child about 150 ms of its start, which the action does
 * not pay.
 */
export async function bundle(entry: string, outfile: string): Promise<string> {
  const light = path.join(ROOT, 'scripts', 'bundle', 'undici-light.mjs');
  await build({
    plugins: [{ name: 'light-undici', setup: (b) => void b.onResolve({ filter: /^undici$/ }, () => ({ path: light })) }],
    entryPoints: [path.join(ROOT, 'scripts', 'bench', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);",
    },
  });
  return outfile;
}

export interface Measured {
  ms: number;
  /** Peak resident set size (VmHWM), in MiB; undefined without /usr/bin/time. */
  rssMiB: number | undefined;
}

let haveTime: boolean | undefined;

/**
 * Runs a command to completion under GNU time, which reports the child's peak
 * RSS from the kernel (wait4's ru_maxrss); wall time is measured here, from
 * spawn to exit. Throws with the output when the command fails.
 */
export async function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; statsDir: string }): Promise<Measured> {
  haveTime ??= await fs.access('/usr/bin/time').then(() => true, () => false);
  const stats = path.join(options.statsDir, `time-${process.hrtime.bigint()}.txt`);
  const [cmd, argv] = haveTime ? ['/usr/bin/time', ['-f', '%M', '-o', stats, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`);
  let rssMiB: number | undefined;
  if (haveTime) {
    const kib = Number((await fs.readFile(stats, 'utf8')).trim().split('\n').pop());
    rssMiB = Number.isFinite(kib) ? kib / 1024 : undefined;
    await fs.rm(stats, { force: true });
  }
  return { ms, rssMiB };
}

/** Free bytes on the file system holding `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const s = await fs.statfs(dir);
  return s.bavail * s.bsize;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
