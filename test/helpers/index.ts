// What the index client tests share: real distributions built by a real
// backend, and Deps whose sleep returns at once and whose log is kept.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Agent } from 'undici';
import type { Deps } from '../../src/deps.ts';
import type { Dist } from '../../src/dists/dist.ts';
import { findDists } from '../../src/dists/find.ts';
import { isReleaseError, type ReleaseError } from '../../src/errors.ts';
import { inspectDists } from '../../src/dists/inspect.ts';
import { childExec } from './exec.ts';
import { pipEnv } from './harness.ts';
import { buildFixture } from './python.ts';

export interface TestDeps extends Deps {
  lines: string[];
  sleeps: number[];
}

/**
 * Deps for a test: a real dispatcher, a sleep that only records, and a clock
 * that a sleep moves forward when `virtualClock` is set (timeouts without waiting).
 */
export function testDeps(options: { virtualClock?: boolean } = {}): TestDeps {
  const lines: string[] = [];
  const sleeps: number[] = [];
  let offset = 0;
  const start = Date.now();
  return {
    dispatcher: new Agent(),
    exec: childExec,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (options.virtualClock) offset += ms;
    },
    // The virtual clock moves only when slept on, so deadlines are exact.
    now: () => (options.virtualClock ? start + offset : Date.now()),
    log: {
      info: (m) => void lines.push(`info: ${m}`),
      warning: (m) => void lines.push(`warning: ${m}`),
      debug: (m) => void lines.push(`debug: ${m}`),
      group: async (name, fn) => {
        lines.push(`group: ${name}`);
        return fn();
      },
    },
    env: {},
    lines,
    sleeps,
  };
}

export interface Project {
  name: string;
  version: string;
  /** The module's body: change it to get other bytes under the same filenames. */
  body: string;
}

export interface Builder {
  build(project: Project): Promise<Dist[]>;
  cleanup(): Promise<void>;
}

/**
 * Builds without isolation in the shared build environment (pypa/build,
 * setuptools, wheel): one install serves every build of every test file.
 */
export async function createBuilder(): Promise<Builder> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-index-test-'));
  const env = pipEnv();
  let count = 0;
  return {
    async build(project) {
      const dir = path.join(root, `project-${++count}`);
      const pkg = project.name.replace(/[-.]+/g, '_').toLowerCase();
      await fs.mkdir(path.join(dir, 'src', pkg), { recursive: true });
      await fs.writeFile(
        path.join(dir, 'pyproject.toml'),
        [
          '[build-system]',
          'requires = ["setuptools>=77"]',
          'build-backend = "setuptools.build_meta"',
          '',
          '[project]',
          `name = "${project.name}"`,
          `version = "${project.version}"`,
          'description = "A tiny project the index client tests upload"',
          'readme = "README.md"',
          'requires-python = ">=3.8"',
          'license = "MIT"',
          'keywords = ["test", "index"]',
          'classifiers = ["Programming Language :: Python :: 3"]',
          'authors = [{ name = "Test", email = "test@example.com" }]',
          '',
          '[project.urls]',
          'Homepage = "https://example.com/project"',
          '',
        ].join('\n'),
      );
      await fs.writeFile(path.join(dir, 'README.md'), `# ${project.name}\n\nA *test* package.\n`);
      await fs.writeFile(path.join(dir, 'LICENSE'), 'MIT License\n');
      await fs.writeFile(path.join(dir, 'src', pkg, '__init__.py'), `${project.body}\n`);
      const out = path.join(dir, 'dist');
      // A fixed timestamp: two builds of the same sources give the same bytes, as in a real re-run.
      await buildFixture(dir, out, { ...env, SOURCE_DATE_EPOCH: '1700000000' });
      return inspectDists(await findDists(out), { version: project.version, name: project.name });
    },
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
}

/** Two builds of one version, other bytes under the same filenames, and a scratch folder: what the index tests start from. */
export interface ProbeBuilds {
  dists: Dist[];
  /** What a second, different build of the version looks like. */
  others: Dist[];
  temp: string;
  cleanup(): Promise<void>;
}

export async function buildProbes(project: { name: string; version: string }, bodies: [string, string], tempPrefix: string): Promise<ProbeBuilds> {
  const builder = await createBuilder();
  const dists = await builder.build({ ...project, body: bodies[0] });
  const others = await builder.build({ ...project, body: bodies[1] });
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), `pypi-promote-${tempPrefix}-`));
  return {
    dists,
    others,
    temp,
    async cleanup() {
      await builder.cleanup();
      await fs.rm(temp, { recursive: true, force: true });
    },
  };
}

/** The ReleaseError a promise rejects with; anything else fails the test. */
export async function failure(promise: Promise<unknown>): Promise<ReleaseError> {
  try {
    await promise;
  } catch (error) {
    if (isReleaseError(error)) return error;
    throw error;
  }
  throw new Error('expected a ReleaseError');
}

/** Everything a test's Deps logged, to search for secrets. */
export function everything(deps: TestDeps, errors: unknown[] = []): string {
  const texts = errors.map((e) => {
    if (typeof e !== 'object' || e === null) return String(e);
    const { message, hint, details } = e as { message?: string; hint?: string; details?: string[] };
    return [message, hint, ...(details ?? [])].join('\n');
  });
  return [...deps.lines, ...texts].join('\n');
}
