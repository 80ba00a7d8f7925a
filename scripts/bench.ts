// npm run bench: pypi-promote against the peers, measured in the same run on
// the same machine, reported as ratios. Nothing here asserts a time.
//
//   1. start-up: process start to the first log line of dist/index.js;
//   2. a whole release of examples/hello-pkg against two embedded indexes,
//      versus the same work done by hand with the peers: `python -m build`,
//      `twine check`, `twine upload` to staging, polling staging, a fresh venv
//      with `pip install` of the staged files and the smoke command, then
//      `twine upload` to production;
//   3. inspection (#6): inspectDists vs `twine check` on the same real files
//      (hello-pkg's sdist and wheel, large wheels written by
//      scripts/bench/make_wheel.py), and on one 1 GiB wheel;
//   4. upload (#7): one file of each BENCH_SIZES (MiB, default 10,100,1024) to
//      the embedded index, with pypi-promote's client and with `twine upload`:
//      throughput and peak RSS, plus curl's as the index's own ceiling.
//   5. attestations (#21): signing a release's two files on the loopback
//      Sigstore, and verifying them (scripts/bench/attestations.ts).
//   Parts 3 and 4 each also print the least time possible on this machine
//   (scripts/bench/floor.ts), from hash rates and node's start measured in
//   the same run: what a target ratio is up against.
//
// BENCH_PARTS (default release,inspect,upload,attest) picks the parts to run.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startIndex } from '../packages/pypi-standin/src/server.ts';
import { buildHello, freeBytes, makeWheel, MIB } from './bench/files.ts';
import { attestationBench } from './bench/attestations.ts';
import { describeRates, measureRates } from './bench/floor.ts';
import { inspectionBench } from './bench/inspection.ts';
import { uploadBench, type UploadCase } from './bench/uploads.ts';
import { exec, pipEnv, projectRepo, ROOT, runAction, setupPythonPath, TWINE_HARNESS, TWINE_PYTHON } from '../test/helpers/harness.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'release,inspect,upload,attest').split(',').map((p) => p.trim()));
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1024').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const TOKEN = 'pypi-bench-token';
const SMOKE = 'python -c "import hello; print(hello.greet())"';

const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-bench-'));
// The action's runs get setup-python's PATH from the harness: the peers' runs too.
const env = setupPythonPath(pipEnv());
let round = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function startupMs(): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], {
    env: { ...env, GITHUB_WORKSPACE: temp, INPUT_BUMP: 'patch' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const ms = performance.now() - start;
  child.kill();
  return ms;
}

async function indexes() {
  const dir = path.join(temp, `round-${++round}`);
  return {
    dir,
    staging: await startIndex({ dir: path.join(dir, 'staging'), token: TOKEN, port: 0 }),
    production: await startIndex({ dir: path.join(dir, 'production'), token: TOKEN, port: 0 }),
  };
}

async function oursMs(): Promise<number> {
  const { dir, staging, production } = await indexes();
  try {
    const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'ws'));
    const start = performance.now();
    const run = await runAction({
      workspace,
      tempDir: path.join(dir, 'runner'),
      inputs: {
        bump: 'patch',
        'staging-url': staging.uploadUrl, 'staging-token': TOKEN,
        'production-url': production.uploadUrl, 'production-token': TOKEN,
        'smoke-test': SMOKE,
        git: 'none', // the hand-made release below does no git either
      },
    });
    const ms = performance.now() - start;
    if (run.exitCode !== 0) throw new Error(`pypi-promote failed:\n${run.stdout}`);
    return ms;
  } finally {
    await staging.close();
    await production.close();
  }
}

/** The same release by hand with the peers, step by step as a workflow would run them. */
async function peersMs(): Promise<number> {
  const { dir, staging, production } = await indexes();
  try {
    const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(dir, 'ws'));
    const run = (cmd: string, args: string[], extra: NodeJS.ProcessEnv = {}) =>
      exec(cmd, args, { cwd: workspace, env: { ...env, ...extra } });
    const twine = { TWINE_USERNAME: '__token__', TWINE_PASSWORD: TOKEN };
    const start = performance.now();
    const pyproject = path.join(workspace, 'pyproject.toml');
    await fs.writeFile(pyproject, (await fs.readFile(pyproject, 'utf8')).replace('version = "0.1.0"', 'version = "0.1.1"'));
    const tools = path.join(dir, 'tools');
    await run('python3', ['-m', 'venv', tools]);
    await run(path.join(tools, 'bin', 'python'), ['-m', 'pip', 'install', '-q', 'build[virtualenv]']);
    await run(path.join(tools, 'bin', 'python'), ['-m', 'build', '--outdir', 'dist', '.']);
    const files = (await fs.readdir(path.join(workspace, 'dist'))).map((f) => path.join('dist', f));
    await run(TWINE_PYTHON, [TWINE_HARNESS, 'check', '--strict', ...files]);
    await run(TWINE_PYTHON, [TWINE_HARNESS, 'upload', '--non-interactive', '--disable-progress-bar',
      '--repository-url', staging.uploadUrl, ...files], twine);
    for (;;) {
      const res = await fetch(`${staging.simpleUrl}hello-pkg/`);
      if (res.ok && (await res.text()).includes('hello_pkg-0.1.1-py3-none-any.whl')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const smoke = path.join(dir, 'smoke');
    await run('python3', ['-m', 'venv', smoke]);
    await run(path.join(smoke, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--no-cache-dir', '--no-deps',
      '--index-url', staging.simpleUrl, 'hello-pkg==0.1.1']);
    await run(path.join(smoke, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--no-cache-dir',
      '--index-url', production.simpleUrl, 'hello-pkg==0.1.1']);
    await exec('bash', ['-c', SMOKE], { cwd: smoke, env: { ...env, PATH: `${path.join(smoke, 'bin')}:${env.PATH}` } });
    await run(TWINE_PYTHON, [TWINE_HARNESS, 'upload', '--non-interactive', '--disable-progress-bar',
      '--repository-url', production.uploadUrl, ...files], twine);
    return performance.now() - start;
  } finally {
    await staging.close();
    await production.close();
  }
}

/** The files of parts 3 and 4, written once. */
async function benchFiles() {
  const dir = path.join(temp, 'files');
  const wheel = (name: string, tag: string, randomMiB: number, textMiB: number, under = 'set') =>
    makeWheel(path.join(dir, under), { name, version: '1.0.0', tag, randomMiB, textMiB });
  const needGiB = SIZES.some((s) => s >= 1024) || PARTS.has('inspect');
  // The 1 GiB wheel, two indexes' copies of it and the temporary file of an upload in progress.
  if (needGiB && (await freeBytes(os.tmpdir())) < 6 * 1024 * MIB) {
    throw new Error(`less than 6 GiB free in ${os.tmpdir()}: set BENCH_SIZES without 1024 and BENCH_PARTS without inspect`);
  }
  const gib = needGiB ? await wheel('bench-gib', 'py3-none-any', 1020, 64, 'gib') : undefined;
  const set = PARTS.has('inspect')
    ? [
        ...(await buildHello(path.join(dir, 'hello'), env)),
        await wheel('bench-set', 'py3-none-any', 48, 0),
        await wheel('bench-set', 'cp311-cp311-manylinux_2_17_x86_64', 24, 48),
        await wheel('bench-set', 'cp312-cp312-manylinux_2_17_x86_64', 0, 128),
        await wheel('bench-set', 'cp313-cp313-manylinux_2_17_x86_64', 32, 16),
      ]
    : [];
  return { dir, gib, set };
}

try {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`# npm run bench (${ROUNDS} rounds, medians; node ${process.version}, ${os.cpus().length} cores, load average ${load()})`);
  if (PARTS.has('release')) {
    const startup: number[] = [];
    for (let i = 0; i < 5; i++) startup.push(await startupMs());
    const ours: number[] = [];
    const peers: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      ours.push(await oursMs());
      peers.push(await peersMs());
    }
    console.log(`start-up, process start to first log line: ${median(startup).toFixed(0)} ms`);
    console.log(`release of examples/hello-pkg, pypi-promote: ${s(median(ours))}  (${ours.map(s).join(', ')})`);
    console.log(`same work by hand (build, twine check, twine upload x2, venv + pip): ${s(median(peers))}  (${peers.map(s).join(', ')})`);
    console.log(`ratio pypi-promote / by hand: ${(median(ours) / median(peers)).toFixed(2)}`);
  }
  if (PARTS.has('inspect') || PARTS.has('upload')) {
    const files = await benchFiles();
    const rates = await measureRates();
    console.log(`this machine's floor (scripts/bench/floor.ts): ${describeRates(rates)}`);
    if (PARTS.has('inspect')) {
      const lines = await inspectionBench(files.dir, [
        { label: 'hello-pkg sdist + wheel and 4 large wheels', paths: files.set },
        { label: 'one 1 GiB wheel', paths: [files.gib!] },
      ], ROUNDS, rates);
      for (const line of lines) console.log(line);
    }
    if (PARTS.has('upload')) {
      const cases: UploadCase[] = [];
      for (const size of SIZES) {
        // The 1 GiB upload runs once: three clients at several seconds each, and its figures barely move.
        const file = size === 1024 && files.gib
          ? files.gib
          : await makeWheel(path.join(files.dir, `upload-${size}`), { name: `bench-upload-${size}`, version: '1.0.0', tag: 'py3-none-any', randomMiB: size, textMiB: 0 });
        const name = path.basename(file).split('-')[0]!;
        cases.push({ label: `${size} MiB`, path: file, name, version: '1.0.0', rounds: size >= 1024 ? 1 : ROUNDS });
      }
      for (const line of await uploadBench(files.dir, cases, rates)) console.log(line);
    }
  }
  if (PARTS.has('attest')) {
    // hello-pkg's two file names; what is signed is a name and a sha256, never the bytes.
    const files = ['hello_pkg-0.1.1.tar.gz', 'hello_pkg-0.1.1-py3-none-any.whl'].map((filename, i) => ({ filename, sha256: String(i).repeat(64) }));
    for (const line of await attestationBench(files, ROUNDS)) console.log(line);
  }
  // Other work on the machine moves every figure above; the ratios, measured side by side, move less.
  console.log(`load average at the end: ${load()}`);
} finally {
  await fs.rm(temp, { recursive: true, force: true });
}
