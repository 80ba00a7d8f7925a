// The corpus (scripts/make-corpus.py): distributions with one exact defect
// each, and valid but unusual ones, generated at test time. Every broken case
// is refused by inspectDists with a message naming its defect, every valid
// one passes; twine check --strict flags nothing we let through; and a few
// broken cases go through the real action against two embedded indexes,
// which must receive no upload.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRepo, ROOT, runAction, TEST_TOOL_CACHE, TWINE_PYTHON } from './helpers/harness.ts';
import { childExec as exec } from './helpers/exec.ts';
import { inspectDists } from '../src/dists/inspect.ts';
import { docutilsRenderer } from '../src/dists/render.ts';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { startTestIndexes, type TestIndexes } from './helpers/e2e.ts';

interface Case {
  id: string;
  valid: boolean;
  files: string[];
  expected: { name: string; version: string };
  maxFileSize?: number;
  defect?: string;
  pypi?: string;
  match?: string;
}

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'pypi-promote-corpus-'));
execFileSync(process.env.PYTHON ?? 'python3', [path.join(ROOT, 'scripts', 'make-corpus.py'), dir]);
const cases = (JSON.parse(readFileSync(path.join(dir, 'corpus.json'), 'utf8')) as { cases: Case[] }).cases;
const broken = cases.filter((c) => !c.valid);
const valid = cases.filter((c) => c.valid);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Debian's python3 has docutils and Pygments, as readme_renderer needs.
const renderRst = docutilsRenderer(TWINE_PYTHON, path.join(dir, '.render'), exec);
const files = (c: Case) => c.files.map((f) => path.join(dir, f));

async function refusal(c: Case): Promise<string[]> {
  const outcome: unknown = await inspectDists(files(c), { ...c.expected, maxFileSize: c.maxFileSize }, { renderRst }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (outcome === undefined) return [];
  if (!isReleaseError(outcome) || outcome.code !== 'DIST_INVALID') throw outcome;
  return outcome.details;
}

describe('the corpus', () => {
  it('has at least 40 broken and 10 valid cases, each broken one with its defect and PyPI message', () => {
    expect(broken.length).toBeGreaterThanOrEqual(40);
    expect(valid.length).toBeGreaterThanOrEqual(10);
    for (const c of broken) {
      expect(c.defect, c.id).toBeTruthy();
      expect(c.match, c.id).toBeTruthy();
    }
  });

  it.each(broken.map((c) => [c.id, c] as const))('refuses %s', async (_id, c) => {
    const details = await refusal(c);
    expect(details.join('\n'), `${c.id}: ${c.defect}`).toContain(c.match!);
  });

  it("is the table of checks in docs/inspection.md: every broken case there, with its message", async () => {
    const readme = await fs.readFile(path.join(ROOT, 'docs', 'inspection.md'), 'utf8');
    const section = /<!-- checks:start -->([\s\S]*?)<!-- checks:end -->/.exec(readme)?.[1] ?? '';
    for (const c of broken) expect(section, c.id).toContain(`| \`${c.match!}\` |`);
    for (const c of broken) expect(section, c.id).toContain(`| \`${c.id}\` |`);
  });

  it.each(valid.map((c) => [c.id, c] as const))('accepts %s', async (_id, c) => {
    expect(await refusal(c)).toEqual([]);
  });
});

describe('when the reStructuredText check cannot run', () => {
  it('fails closed, saying why, how to make it run and how to skip it; skipped, the other checks still run', async () => {
    const c = cases.find((x) => x.id === 'rst-title-underline')!;
    const failing = docutilsRenderer(process.execPath, path.join(dir, '.render'), exec);
    const error = await inspectDists(files(c), c.expected, { renderRst: failing }).then(() => undefined, (e: unknown) => e);
    expect(isReleaseError(error) && error.code).toBe('CHECK_UNAVAILABLE');
    expect((error as ReleaseError).message).toMatch(/could not be checked, so the release stops before any upload: docutils exited/);
    expect((error as ReleaseError).hint).toContain('`skip-checks: rst`');
    expect((error as ReleaseError).hint).toContain('PIP_INDEX_URL');
    // skip-checks: rst passes no renderer: the description goes unchecked, the rest is checked.
    await expect(inspectDists(files(c), c.expected, {})).resolves.toHaveLength(2);
    const other = cases.find((x) => x.id === 'classifier-unknown')!;
    await expect(inspectDists(files(other), other.expected, {})).rejects.toThrow(/1 problem/);
  });
});

// twine check --strict's one complaint PyPI does not share: a description
// without Description-Content-Type is rendered as reStructuredText and
// accepted when it renders (which inspection checks).
const TWINE_STRICT_ONLY = '`long_description_content_type` missing. defaulting to `text/x-rst`.';

describe('twine check --strict', () => {
  let verdicts: Record<string, { flagged: boolean; messages: string[] }>;
  beforeAll(async () => {
    const { stdout } = await run(TWINE_PYTHON, [path.join(ROOT, 'test', 'helpers', 'twine-check.py'), ...cases.flatMap(files)], {
      maxBuffer: 64 << 20,
    });
    verdicts = JSON.parse(stdout) as typeof verdicts;
  });
  const flagged = (c: Case) => files(c).some((f) => verdicts[f]!.flagged);

  it('flags nothing pypi-promote lets through, beyond its strict warning on a missing content type', () => {
    for (const c of valid.filter(flagged)) {
      const messages = files(c).flatMap((f) => verdicts[f]!.messages);
      expect(messages, c.id).toEqual(messages.map(() => TWINE_STRICT_ONLY));
    }
  });

  it('misses the broken cases docs/inspection.md lists, and no others', async () => {
    const missed = broken.filter((c) => !flagged(c)).map((c) => c.id).sort();
    const readme = await fs.readFile(path.join(ROOT, 'docs', 'inspection.md'), 'utf8');
    const section = /<!-- twine-misses:start -->([\s\S]*?)<!-- twine-misses:end -->/.exec(readme)?.[1] ?? '';
    const listed = [...section.matchAll(/^- `([a-z0-9-]+)` \(/gm)].map((m) => m[1]!).sort();
    expect(listed).toEqual(missed);
  });
});

describe('through the action', () => {
  const STAGING_TOKEN = 'pypi-STAGING-corpus-secret';
  const PRODUCTION_TOKEN = 'pypi-PRODUCTION-corpus-secret';
  let indexes: TestIndexes;
  let workspace: string;
  beforeAll(async () => {
    indexes = await startTestIndexes('corpus', { staging: STAGING_TOKEN, production: PRODUCTION_TOKEN });
    workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(indexes.temp, 'workspace'));
  });
  afterAll(() => indexes?.close());

  const chosen = [
    'classifier-unknown', 'requires-dist-url', 'wheel-linux-tag', 'rst-title-underline', 'license-file-missing-wheel', 'file-too-large',
    'wheel-prepended-data', 'record-hash-mismatch',
  ];
  it.each(chosen)('refuses %s before any upload', async (id) => {
    const c = cases.find((x) => x.id === id)!;
    const house = path.join(workspace, 'wheelhouse', id);
    await fs.mkdir(house, { recursive: true });
    for (const f of files(c)) await fs.copyFile(f, path.join(house, path.basename(f)));
    const result = await runAction({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(indexes.temp, `runner-${id}`),
      inputs: {
        dists: `wheelhouse/${id}/*`,
        'staging-url': indexes.staging.uploadUrl,
        'staging-token': STAGING_TOKEN,
        'production-url': indexes.production.uploadUrl,
        'production-token': PRODUCTION_TOKEN,
        git: 'none',
        ...(c.maxFileSize ? { 'max-file-size': String(c.maxFileSize) } : {}),
      },
    });
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.stdout).toContain('error DIST_INVALID');
    expect(result.stdout).toContain(c.match!);
    expect(indexes.staging.uploads).toEqual([]);
    expect(indexes.production.uploads).toEqual([]);
  });

  // A wheel of 30 MiB (the pass's many chunks, large members inflated on
  // zlib's pool): the embedded index computes the file's sha256 itself and
  // refuses an upload whose digest differs (400).
  it('releases a 30 MiB wheel, its sha256 confirmed by both indexes', async () => {
    const house = path.join(workspace, 'wheelhouse', 'large');
    await fs.mkdir(house, { recursive: true });
    const { stdout } = await promisify(execFile)('python3', [path.join(ROOT, 'scripts', 'bench', 'make_wheel.py'), house, 'large-pkg', '1.0.0', 'py3-none-any', '30', '2']);
    const wheel = stdout.trim();
    const result = await runAction({
      workspace,
      toolCache: TEST_TOOL_CACHE,
      tempDir: path.join(indexes.temp, 'runner-large'),
      inputs: {
        dists: 'wheelhouse/large/*.whl',
        'staging-url': indexes.staging.uploadUrl,
        'staging-token': STAGING_TOKEN,
        'production-url': indexes.production.uploadUrl,
        'production-token': PRODUCTION_TOKEN,
        'max-file-size': '64 MiB',
        'smoke-test': 'python -c "import large_pkg"',
        git: 'none',
      },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    for (const index of [indexes.staging, indexes.production]) {
      expect(index.uploads.filter((u) => u.filename === path.basename(wheel)).map((u) => u.status)).toEqual([200]);
    }
    const sha256 = execFileSync('python3', ['-c', 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())', wheel], { encoding: 'utf8' }).trim();
    expect(JSON.parse(result.outputs.files!)).toEqual([{ filename: path.basename(wheel), size: (await fs.stat(wheel)).size, sha256 }]);
  });
});
