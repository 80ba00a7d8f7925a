// The manifest a stage job hands a promote job, and the promote step's inputs.
import { describe, expect, it } from 'vitest';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { parseInputs } from '../src/inputs.ts';
import { parseManifest, writeManifest } from '../src/release/manifest.ts';
import type { RunEvent } from '../src/trigger.ts';

const SHA = 'a'.repeat(64);
const files = [
  { filename: 'pkg-1.2.0.tar.gz', size: 4180, sha256: SHA },
  { filename: 'pkg-1.2.0-py3-none-any.whl', size: 2048, sha256: 'b'.repeat(64) },
];
const written = writeManifest({ name: 'pkg', version: '1.2.0', previousVersion: '1.1.0', source: 'project', staging: 'https://test.pypi.org/simple/', files });

describe('the manifest', () => {
  it('is one line of JSON that reads back as written', () => {
    expect(written).not.toContain('\n');
    expect(parseManifest(written)).toEqual({
      manifest: { format: 1, name: 'pkg', version: '1.2.0', previousVersion: '1.1.0', source: 'project', staging: 'https://test.pypi.org/simple/', files },
    });
  });

  it('keeps only the name, size and sha256 of each file', () => {
    const extra = writeManifest({ name: 'pkg', version: '1.2.0', previousVersion: '', source: 'dists', staging: 's', files: [{ ...files[0]!, path: '/tmp/x' } as never] });
    expect(JSON.parse(extra).files).toEqual([files[0]]);
  });

  it('reports every problem at once', () => {
    const broken = JSON.stringify({
      format: 2,
      name: 'pkg',
      version: 'one',
      source: 'elsewhere',
      staging: 'https://test.pypi.org/simple/',
      files: [
        { filename: '../pkg-1.2.0.tar.gz', size: 1, sha256: SHA },
        { filename: 'pkg-1.3.0.tar.gz', size: -1, sha256: 'ABC' },
        { filename: 'pkg.zip', size: 1, sha256: SHA },
      ],
    });
    const result = parseManifest(broken);
    expect('problems' in result && result.problems).toEqual([
      'manifest: format 2 is not 1: the stage and promote jobs must use the same version of pypi-promote.',
      "manifest: version 'one' is not a PEP 440 version.",
      'manifest: source "elsewhere" is not "project" or "dists".',
      'manifest: ../pkg-1.2.0.tar.gz: `filename` must be a plain file name.',
      'manifest: pkg-1.3.0.tar.gz: `sha256` must be 64 lower-case hex digits.',
      'manifest: pkg-1.3.0.tar.gz: `size` must be a byte count.',
      expect.stringMatching(/^manifest: pkg\.zip: /),
    ]);
  });

  it('refuses a file of another version, a file listed twice, no files, and text that is not JSON', () => {
    const of = (list: unknown[]) => parseManifest(JSON.stringify({ ...JSON.parse(written), files: list }));
    expect(of([files[0], { ...files[1], filename: 'pkg-1.2.1-py3-none-any.whl' }])).toEqual({ problems: ['manifest: pkg-1.2.1-py3-none-any.whl is not of version 1.2.0.'] });
    expect(of([files[0], files[0]])).toEqual({ problems: ['manifest: pkg-1.2.0.tar.gz is listed twice.'] });
    expect(of([])).toEqual({ problems: ['manifest: `files` lists no file.'] });
    expect(parseManifest('{"format":1,')).toEqual({ problems: [expect.stringMatching(/^manifest: not JSON .*needs\.stage\.outputs\.manifest/)] });
  });
});

const dispatch: RunEvent = { name: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} };
function problems(env: Record<string, string>, event: RunEvent = dispatch): string[] {
  try {
    parseInputs({ GITHUB_WORKSPACE: '/w', ...env }, event);
  } catch (e) {
    if (isReleaseError(e)) return (e as ReleaseError).details;
    throw e;
  }
  return [];
}

describe('mode and manifest inputs', () => {
  it('a promote step takes the version from the manifest, and needs no staging token', () => {
    const config = parseInputs({ GITHUB_WORKSPACE: '/w', INPUT_MODE: 'promote', INPUT_MANIFEST: written, 'INPUT_PRODUCTION-TOKEN': 'p' }, dispatch);
    expect(config.mode).toBe('promote');
    expect(config.manifest?.version).toBe('1.2.0');
    expect(config.from).toEqual({ kind: 'project', intent: { kind: 'explicit', version: '1.2.0' } });
  });

  it('a promote step on a tag push keeps the tag, which must name the manifest\'s version', () => {
    const env = { INPUT_MODE: 'promote', INPUT_MANIFEST: written, 'INPUT_PRODUCTION-TOKEN': 'p' };
    const tag = (t: string): RunEvent => ({ name: 'push', ref: `refs/tags/${t}`, payload: {} });
    expect(parseInputs({ GITHUB_WORKSPACE: '/w', ...env }, tag('v1.2.0')).from).toEqual({ kind: 'project', intent: { kind: 'tag', tag: 'v1.2.0', version: '1.2.0' } });
    expect(problems(env, tag('v1.3.0'))).toEqual(["- manifest: it names 1.2.0, but the run was started by the tag 'v1.3.0'."]);
  });

  it('a stage step needs no production token', () => {
    expect(parseInputs({ GITHUB_WORKSPACE: '/w', INPUT_MODE: 'stage', INPUT_BUMP: 'patch', 'INPUT_STAGING-TOKEN': 's' }, dispatch).mode).toBe('stage');
  });

  it('lists every contradiction of a promote step', () => {
    expect(problems({ INPUT_MODE: 'promote', INPUT_BUMP: 'patch', INPUT_DISTS: 'dist/*', INPUT_VERSION: '2.0', INPUT_MANIFEST: written, 'INPUT_DRY-RUN': 'true' })).toEqual([
      "- bump: a promote job releases the version in the stage job's manifest; remove bump from the promote step (keep it on the stage step).",
      '- dists: a promote job takes the files from the staging index, as the manifest names them; remove dists from the promote step.',
      "- version: '2.0' is not the manifest's version 1.2.0.",
      "- dry-run: a promote job has nothing to try (its dry run is the stage job's): remove dry-run, or use it with mode stage or release.",
    ]);
  });

  it('refuses an unknown mode, a manifest outside promote, and a promote step without one', () => {
    expect(problems({ INPUT_MODE: 'publish', INPUT_BUMP: 'patch', 'INPUT_STAGING-TOKEN': 's', 'INPUT_PRODUCTION-TOKEN': 'p' })).toEqual([
      "- mode: 'publish' is not one of release, stage, promote (release: everything in this step; stage: up to the smoke test, with a manifest; promote: the manifest's files, from staging to production).",
    ]);
    expect(problems({ INPUT_MODE: 'stage', INPUT_MANIFEST: written, INPUT_BUMP: 'patch', 'INPUT_STAGING-TOKEN': 's' })).toEqual([
      '- manifest: only a promote job (`mode: promote`) takes a manifest; this step\'s mode is stage.',
    ]);
    expect(problems({ INPUT_MODE: 'promote', 'INPUT_PRODUCTION-TOKEN': 'p' })).toEqual([
      "- manifest: a promote job needs the stage job's manifest, e.g. `manifest: ${{ needs.stage.outputs.manifest }}`.",
    ]);
  });
});
