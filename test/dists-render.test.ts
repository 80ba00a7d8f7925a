// The rST check against readme_renderer itself (Debian's python3 has it):
// for each text, docutilsRenderer refuses exactly what readme_renderer
// cannot render, which is what PyPI refuses; and it names the line.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWINE_PYTHON } from './helpers/harness.ts';
import { childExec as exec } from './helpers/exec.ts';
import { rstDescription } from '../src/dists/inspect.ts';
import { parseCoreMetadata } from '../src/dists/metadata.ts';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { devNull } from 'node:os';
import { findPython } from '../src/process/python.ts';
import type { Deps } from '../src/deps.ts';
import { docutilsRenderer, prepareRstRenderer, type RstRenderer } from '../src/dists/render.ts';

const run = promisify(execFile);

const TEXTS = [
  'Demo\n====\n\nA *demo* package.\n',
  'Demo package\n====\n\nText.\n',
  'Demo\n====\n\nSee :unknown-role:`x`.\n',
  '.. invalid-directive::\n',
  '',
  '.. a comment only\n',
  '# Markdown title\n\n* list\n',
  'Intro\n\n.. code-block:: python\n\n   import demo\n',
  'Link to `nowhere`_.\n',
  'Text with *unclosed emphasis\n',
  '.. raw:: html\n\n   <b>x</b>\n',
  '.. include:: /etc/passwd\n',
  'Title\n=====\n\nSection\n-------\n\n* a\n* b\n\n`ok <https://example.com>`_\n',
  ':Author: me\n:Version: 1\n\nBody.\n',
  'Math :math:`x^2`.\n',
];

let dir: string;
let render: RstRenderer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'render-'));
  render = docutilsRenderer(TWINE_PYTHON, dir, exec);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('docutilsRenderer', () => {
  it('refuses exactly what readme_renderer does not render', async () => {
    const script = 'import json,sys\nfrom readme_renderer.rst import render\nprint(json.dumps([render(t) is not None for t in json.load(sys.stdin)]))';
    const child = run(TWINE_PYTHON, ['-c', script]);
    child.child.stdin!.end(JSON.stringify(TEXTS));
    const expected = JSON.parse((await child).stdout) as boolean[];
    const ours = (await render(TEXTS)).map((r) => r === undefined);
    expect(Object.fromEntries(TEXTS.map((t, i) => [t, ours[i]]))).toEqual(Object.fromEntries(TEXTS.map((t, i) => [t, expected[i]])));
    expect(expected.filter((ok) => !ok).length).toBeGreaterThan(3);
  });

  it('names the line that breaks', async () => {
    const [short, role, empty] = await render(['Demo package\n====\n\nText.\n', 'Demo\n====\n\nFine.\n\nSee :nope:`x`.\n', '']);
    expect(short).toEqual({ line: 2, reason: 'Title underline too short.' });
    expect(role?.line).toBe(6);
    expect(role?.reason).toMatch(/Unknown interpreted text role "nope"/);
    expect(empty).toEqual({ line: undefined, reason: 'No content rendered from RST source.' });
  });

  it('fails, rather than passing everything, when the interpreter lacks docutils', async () => {
    const broken = docutilsRenderer(process.execPath, dir, exec);
    await expect(broken(['Demo\n====\n'])).rejects.toThrow(/docutils exited/);
  });
});

describe('rstDescription', () => {
  const meta = (headers: string, body?: string) => parseCoreMetadata(`Metadata-Version: 2.1\nName: a\nVersion: 1\n${headers}${body === undefined ? '' : `\n${body}`}`);
  it('is the description PyPI renders as rST: explicit or by default, never Markdown or plain text', () => {
    expect(rstDescription(meta('', 'Body'))).toBe('Body');
    expect(rstDescription(meta('Description-Content-Type: text/x-rst; charset=UTF-8\n', 'Body'))).toBe('Body');
    expect(rstDescription(meta('Description-Content-Type: text/markdown\n', 'Body'))).toBeUndefined();
    expect(rstDescription(meta('Description-Content-Type: text/plain\n', 'Body'))).toBeUndefined();
    expect(rstDescription(meta('Description: In the header\n'))).toBe('In the header');
    expect(rstDescription(meta('Description: UNKNOWN\n'))).toBeUndefined();
    expect(rstDescription(meta(''))).toBeUndefined();
  });
});

describe('prepareRstRenderer', () => {
  it('makes a venv with docutils from pip\'s index, and leaves nothing behind when pip cannot', async () => {
    const warnings: string[] = [];
    const deps = (env: NodeJS.ProcessEnv): Deps => ({
      exec,
      env,
      log: { info: () => {}, warning: (m) => warnings.push(m), debug: () => {}, group: (_n, fn) => fn() },
      sleep: async () => {},
      now: () => Date.now(),
      dispatcher: undefined as never,
    });
    const cache = path.join(dir, 'cache');
    const offline = deps({ ...process.env, RUNNER_TOOL_CACHE: cache, PIP_CONFIG_FILE: devNull, PIP_INDEX_URL: `file://${path.join(dir, 'no-index')}`, PIP_NO_INPUT: '1' });
    const python = await findPython(process.env.PYTHON ?? 'python3', offline);
    await expect(prepareRstRenderer(python, path.join(dir, 'work'), offline)).rejects.toThrow(/pip could not install docutils/);
    const leftovers = existsSync(path.join(cache, 'pypi-promote', 'rst-renderer')) ? await readdir(path.join(cache, 'pypi-promote', 'rst-renderer')) : [];
    expect(leftovers).toEqual([]);
  });
});
