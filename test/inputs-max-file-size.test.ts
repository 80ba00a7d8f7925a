// The max-file-size input (its own file: inputs.test.ts is edited in parallel).
import { describe, expect, it } from 'vitest';
import { isReleaseError } from '../src/errors.ts';
import { parseInputs, parseSize } from '../src/inputs.ts';
import type { RunEvent } from '../src/trigger.ts';

const dispatch: RunEvent = { name: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} };
const base = {
  GITHUB_WORKSPACE: '/work/space',
  INPUT_BUMP: 'patch',
  'INPUT_STAGING-TOKEN': 'pypi-staging',
  'INPUT_PRODUCTION-TOKEN': 'pypi-production',
};

describe('max-file-size', () => {
  it("defaults to PyPI's 100 MiB", () => {
    expect(parseInputs(base, dispatch).maxFileSize).toBe(100 * 1024 * 1024);
  });

  it('reads bytes and binary units, MB counted as PyPI does', () => {
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('200 MiB')).toBe(200 * 1024 * 1024);
    expect(parseSize('200MB')).toBe(200 * 1024 * 1024);
    expect(parseSize('1.5 GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('64k')).toBe(64 * 1024);
    expect(parseInputs({ ...base, 'INPUT_MAX-FILE-SIZE': '1 GiB' }, dispatch).maxFileSize).toBe(1024 ** 3);
  });

  it('refuses what is not a size, with the other input problems', () => {
    for (const bad of ['big', '0', '-5 MiB', '10 TB']) expect(parseSize(bad)).toBeUndefined();
    let details: string[] = [];
    try {
      parseInputs({ ...base, 'INPUT_MAX-FILE-SIZE': 'big' }, dispatch);
    } catch (e) {
      if (isReleaseError(e)) details = e.details;
    }
    expect(details).toEqual([
      "- max-file-size: 'big' is not a size: give bytes, or a number with KiB, MiB or GiB (default 100 MiB, PyPI's limit).",
    ]);
  });
});
