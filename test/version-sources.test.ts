// Each place a project keeps its version, read from in-memory files: the
// source found, and the whole text of every file after the rewrite, so any
// byte that moves besides the version fails the test.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/harness.ts';
import { isReleaseError, type ReleaseError } from '../src/errors.ts';
import { applyEdit, mergeEdits } from '../src/version/edit.ts';
import { locateVersionSource, readVersionSource, vcsBuildEnv, type FileSource, type VersionSource } from '../src/version/sources.ts';

const DIR = '/p';

function locate(files: Record<string, string>): Promise<VersionSource> {
  return locateVersionSource(DIR, async (relative) => files[relative]);
}

async function fileSource(files: Record<string, string>): Promise<FileSource> {
  const source = await locate(files);
  if (source.kind !== 'file') throw new Error(`expected a file source, got ${source.kind}`);
  return source;
}

/** The project's files after rewriting the version to 9.9.9: only the changed ones. */
function rewritten(source: FileSource): Record<string, string> {
  return Object.fromEntries(mergeEdits(source.edits).map((e) => [e.file.slice(DIR.length + 1), applyEdit(e, '9.9.9')]));
}

async function refusal(files: Record<string, string>): Promise<ReleaseError> {
  try {
    await locate(files);
  } catch (e) {
    if (isReleaseError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const hatchBuild = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n';
const setuptoolsBuild = '[build-system]\nrequires = ["setuptools>=64"]\nbuild-backend = "setuptools.build_meta"\n';

describe('static [project].version', () => {
  it('rewrites only the version characters, CRLF and comments kept', async () => {
    const text = [
      ...hatchBuild.trimEnd().split('\n'), '',
      '[project]',
      "name = 'demo'   # the name",
      'version  =  "1.4.2"   # keep this comment',
      'dependencies = ["version==9"]',
      '',
      '[tool.other]',
      'version = "0.0.0"',
      '',
    ].join('\r\n');
    const source = await fileSource({ 'pyproject.toml': text });
    expect(source).toMatchObject({ name: 'demo', version: '1.4.2', line: 7, file: '/p/pyproject.toml', describe: '[project].version in pyproject.toml' });
    expect(rewritten(source)).toEqual({ 'pyproject.toml': text.replace('"1.4.2"', '"9.9.9"') });
  });

  it('ignores a version key in a table before [project]', async () => {
    const source = await fileSource({ 'pyproject.toml': '[tool.x]\nversion = "9"\n[project]\nname = "a"\nversion = \'2.0\'\n' });
    expect(source).toMatchObject({ version: '2.0', line: 5 });
  });

  it('keeps a leftover [tool.poetry].version equal to it', async () => {
    const text = '[project]\nname = "a"\nversion = "2.0"\n\n[tool.poetry]\nversion = "2.0" # legacy\npackages = []\n';
    expect(rewritten(await fileSource({ 'pyproject.toml': text }))).toEqual({ 'pyproject.toml': text.replaceAll('"2.0"', '"9.9.9"') });
  });

  it('refuses a version it cannot rewrite in place', async () => {
    const e = await refusal({ 'pyproject.toml': '[project]\nname = "a"\nversion = "\\u0031.0"\n' });
    expect(e.code).toBe('VERSION_SOURCE_UNSUPPORTED');
    expect(e.message).toBe('/p/pyproject.toml:1: Could not find `version = "1.0"` as a plain line in [project].');
  });
});

describe('Poetry', () => {
  it('1.x: [tool.poetry] with no [project] table', async () => {
    const text = '[tool.poetry]\nname = "vs-poetry1"\nversion = "1.2.0"  # bumped by CI\n\n[build-system]\nrequires = ["poetry-core>=1.0.0"]\n';
    const source = await fileSource({ 'pyproject.toml': text });
    expect(source).toMatchObject({ name: 'vs-poetry1', version: '1.2.0', line: 3, describe: '[tool.poetry].version in pyproject.toml' });
    expect(rewritten(source)).toEqual({ 'pyproject.toml': text.replace('1.2.0', '9.9.9') });
  });

  it('2.x: [project] with a dynamic version kept in [tool.poetry]', async () => {
    const text = '[project]\nname = "vs-poetry2"\ndynamic = ["version"]\n\n[tool.poetry]\nversion = "1.2.0"\n';
    const source = await fileSource({ 'pyproject.toml': text });
    expect(source).toMatchObject({ name: 'vs-poetry2', version: '1.2.0', line: 6 });
    expect(rewritten(source)['pyproject.toml']).toBe(text.replace('1.2.0', '9.9.9'));
  });
});

describe('setuptools', () => {
  const dynamic = (spec: string, extra = '') =>
    `${setuptoolsBuild}\n[project]\nname = "pkg"\ndynamic = ["version"]\n\n[tool.setuptools.dynamic]\nversion = ${spec}\n${extra}`;

  it('attr: finds the module under src/ and rewrites its assignment', async () => {
    const init = '"""Docs."""\n\n__version__: str = "1.2.0"  # single source\nVERSION_INFO = (1, 2, 0)\n';
    const source = await fileSource({ 'pyproject.toml': dynamic('{ attr = "pkg.__version__" }'), 'src/pkg/__init__.py': init });
    expect(source).toMatchObject({ version: '1.2.0', file: '/p/src/pkg/__init__.py', line: 3, describe: '__version__ in src/pkg/__init__.py (setuptools attr)' });
    expect(rewritten(source)).toEqual({ 'src/pkg/__init__.py': init.replace('1.2.0', '9.9.9') });
  });

  it('attr: honours package-dir, a submodule, and follows a relative import', async () => {
    const files = {
      'pyproject.toml': dynamic("{ attr = 'pkg.meta.VERSION' }", '\n[tool.setuptools]\npackage-dir = {"" = "lib"}\n'),
      'lib/pkg/meta/__init__.py': 'from ._v import VERSION  # re-exported\n',
      'lib/pkg/meta/_v.py': "VERSION = '3.0.1'\n",
      'src/pkg/meta/__init__.py': 'VERSION = "wrong tree"\n',
    };
    const source = await fileSource(files);
    expect(source).toMatchObject({ version: '3.0.1', file: '/p/lib/pkg/meta/_v.py', line: 1 });
  });

  it('attr: refuses a computed value, naming the line', async () => {
    const e = await refusal({
      'pyproject.toml': dynamic('{ attr = "pkg.__version__" }'),
      'pkg/__init__.py': 'import importlib.metadata\n__version__ = importlib.metadata.version("pkg")\n',
    });
    expect(e.message).toBe('/p/pkg/__init__.py:2: Could not find the version in __init__.py: __version__ is not assigned a plain string literal.');
    expect(e.annotation).toMatchObject({ file: '/p/pkg/__init__.py', startLine: 2 });
  });

  it('attr: names every place it looked when the module is missing', async () => {
    const e = await refusal({ 'pyproject.toml': dynamic('{ attr = "pkg.__version__" }') });
    expect(e.message).toBe('/p/pyproject.toml:9: The module of `pkg.__version__` was not found (looked for src/pkg.py, src/pkg/__init__.py, pkg.py, pkg/__init__.py).');
    expect(e.hint).toMatch(/Where your version lives/);
  });

  it('file: the file holds the version and a newline, which stays', async () => {
    const source = await fileSource({ 'pyproject.toml': dynamic('{ file = "VERSION" }'), VERSION: '1.2.0\n' });
    expect(source).toMatchObject({ version: '1.2.0', describe: 'VERSION (setuptools file)', line: 1 });
    expect(rewritten(source)).toEqual({ VERSION: '9.9.9\n' });
  });
});

describe('setup.cfg and setup.py', () => {
  it('a literal in setup.cfg [metadata]', async () => {
    const cfg = '[metadata]\nname = vs-cfg\n; the release\nversion = 1.2.0\n\n[options]\npackages = find:\n';
    const source = await fileSource({ 'pyproject.toml': setuptoolsBuild, 'setup.cfg': cfg });
    expect(source).toMatchObject({ name: 'vs-cfg', version: '1.2.0', line: 4, describe: 'version in setup.cfg [metadata]' });
    expect(rewritten(source)).toEqual({ 'setup.cfg': cfg.replace('1.2.0', '9.9.9') });
  });

  it('attr: with package_dir, and file:', async () => {
    const cfg = (v: string) => `[metadata]\nname = vs-cfg\nversion = ${v}\n\n[options]\npackage_dir =\n    =src\npackages = find:\n`;
    const attr = await fileSource({ 'setup.cfg': cfg('attr: vs_cfg.__version__'), 'src/vs_cfg/__init__.py': "__version__ = '0.3'\n" });
    expect(attr).toMatchObject({ version: '0.3', file: '/p/src/vs_cfg/__init__.py' });
    const file = await fileSource({ 'setup.cfg': cfg('file: VERSION.txt'), 'VERSION.txt': '\n 0.4 \n' });
    expect(rewritten(file)).toEqual({ 'VERSION.txt': '\n 9.9.9 \n' });
  });

  it('a setup.py keyword, literal or through a module-level name, read not run', async () => {
    const py = 'from setuptools import setup\n\nsetup(\n    name="vs-py",\n    version="1.2.0",\n    packages=["vs_py"],\n)\n';
    const source = await fileSource({ 'setup.py': py });
    expect(source).toMatchObject({ name: 'vs-py', version: '1.2.0', line: 5, describe: 'version= in setup.py' });
    expect(rewritten(source)).toEqual({ 'setup.py': py.replace('1.2.0', '9.9.9') });
    const viaName = 'VERSION = "2.0"\nsetup(name="vs-py", version=VERSION)\n';
    expect(await fileSource({ 'setup.py': viaName })).toMatchObject({ version: '2.0', line: 1 });
    const e = await refusal({ 'setup.py': 'setup(name="vs-py", version=get_version())\n' });
    expect(e.message).toBe('/p/setup.py:1: Could not find the version in setup.py: `version=get_version` is not a string literal in setup.py.');
  });
});

describe('Hatch', () => {
  it('path with hatchling\'s default pattern (a leading v stays)', async () => {
    const about = '# SPDX\n__version__ = "v1.2.0"\n';
    const files = { 'pyproject.toml': `${hatchBuild}[project]\nname = "h"\ndynamic = ["version"]\n[tool.hatch.version]\npath = "src/h/__about__.py"\n`, 'src/h/__about__.py': about };
    const source = await fileSource(files);
    expect(source).toMatchObject({ version: '1.2.0', line: 2, describe: 'src/h/__about__.py ([tool.hatch.version] path)' });
    expect(rewritten(source)).toEqual({ 'src/h/__about__.py': about.replace('1.2.0', '9.9.9') });
  });

  it('path with a custom pattern, Python syntax translated', async () => {
    const meta = 'RELEASE_NOTES = "see 0.0.1"\nRELEASE = "1.2.0"\n__version__ = RELEASE\n';
    const pyproject = `${hatchBuild}[project]\nname = "h"\ndynamic = ["version"]\n[tool.hatch.version]\npath = "h/_meta.py"\npattern = "^RELEASE = ['\\"](?P<version>[^'\\"]+)['\\"]"\n`;
    const source = await fileSource({ 'pyproject.toml': pyproject, 'h/_meta.py': meta });
    expect(source).toMatchObject({ version: '1.2.0', line: 2 });
    expect(rewritten(source)['h/_meta.py']).toBe(meta.replace('"1.2.0"', '"9.9.9"'));
  });

  it('refuses a code source, and a pattern that does not match', async () => {
    const base = `${hatchBuild}[project]\nname = "h"\ndynamic = ["version"]\n[tool.hatch.version]\n`;
    expect((await refusal({ 'pyproject.toml': `${base}source = "code"\npath = "h.py"\n` })).message)
      .toBe('/p/pyproject.toml:7: [tool.hatch.version] source = "code" computes the version at build time, so there is no text to rewrite.');
    expect((await refusal({ 'pyproject.toml': `${base}path = "h.py"\n`, 'h.py': 'version = get()\n' })).message)
      .toMatch(/^\/p\/h\.py: Could not find the version in h\.py: the pattern .* does not match\.$/);
  });
});

describe('Flit and PDM', () => {
  it('Flit: the module\'s __version__, module named after the project', async () => {
    const init = '"""A flit package."""\n__version__ = "1.2.0"\n';
    const files = {
      'pyproject.toml': '[build-system]\nrequires = ["flit_core >=3.4,<5"]\nbuild-backend = "flit_core.buildapi"\n[project]\nname = "vs-flit"\ndynamic = ["version", "description"]\n',
      'vs_flit/__init__.py': init,
    };
    const source = await fileSource(files);
    expect(source).toMatchObject({ version: '1.2.0', describe: '__version__ in vs_flit/__init__.py (Flit)' });
    expect(rewritten(source)).toEqual({ 'vs_flit/__init__.py': init.replace('1.2.0', '9.9.9') });
  });

  it('PDM: the file source; scm is a VCS version', async () => {
    const pyproject = (v: string) => `[project]\nname = "vs-pdm"\ndynamic = ["version"]\n[tool.pdm.version]\n${v}\n`;
    const source = await fileSource({ 'pyproject.toml': pyproject('source = "file"\npath = "src/vs_pdm/__init__.py"'), 'src/vs_pdm/__init__.py': "__version__ = '1.2.0'\n" });
    expect(source).toMatchObject({ version: '1.2.0', line: 1 });
    const scm = await locate({ 'pyproject.toml': pyproject('source = "scm"') });
    expect(scm).toMatchObject({ kind: 'vcs', tool: 'pdm-scm' });
    expect(vcsBuildEnv(scm as Extract<VersionSource, { kind: 'vcs' }>, '1.3.0')).toEqual({ PDM_BUILD_SCM_VERSION: '1.3.0' });
  });
});

describe('versions from git tags', () => {
  it('setuptools-scm, hatch-vcs and use_scm_version are VCS sources with a pretend version for the build', async () => {
    const scm = await locate({ 'pyproject.toml': `[build-system]\nrequires = ["setuptools>=64", "setuptools-scm>=8"]\n[project]\nname = "Vs.Scm_Pkg"\ndynamic = ["version"]\n[tool.setuptools_scm]\n` });
    expect(scm).toMatchObject({ kind: 'vcs', tool: 'setuptools-scm', describe: 'git tags (setuptools-scm)', line: 6 });
    expect(vcsBuildEnv(scm as Extract<VersionSource, { kind: 'vcs' }>, '1.3.0')).toEqual({ SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VS_SCM_PKG: '1.3.0' });
    const hatchVcs = await locate({ 'pyproject.toml': `${hatchBuild}[project]\nname = "h"\ndynamic = ["version"]\n[tool.hatch.version]\nsource = "vcs"\n` });
    expect(hatchVcs).toMatchObject({ kind: 'vcs', tool: 'hatch-vcs' });
    expect(vcsBuildEnv(hatchVcs as Extract<VersionSource, { kind: 'vcs' }>, '1.3.0')).toEqual({ SETUPTOOLS_SCM_PRETEND_VERSION: '1.3.0' });
    expect(await locate({ 'setup.py': 'setup(name="old", use_scm_version=True)\n' })).toMatchObject({ kind: 'vcs', tool: 'setuptools-scm', name: 'old' });
  });
});

describe('what is not a project', () => {
  it('an empty folder, invalid TOML, a [project] without version', async () => {
    expect((await refusal({})).code).toBe('PROJECT_NOT_FOUND');
    expect((await refusal({ 'pyproject.toml': '[project\nname = 1' })).message).toMatch(/^\/p\/pyproject\.toml is not valid TOML/);
    expect((await refusal({ 'pyproject.toml': '[project]\nname = "a"\n' })).message)
      .toBe('/p/pyproject.toml:1: [project] has no version and does not declare it dynamic.');
    expect((await refusal({ 'pyproject.toml': '[project]\nname = "a"\ndynamic = ["version"]\n[build-system]\nbuild-backend = "maturin"\n' })).message)
      .toBe('/p/pyproject.toml:3: The version is dynamic through maturin, in a way this action cannot find.');
  });
});

describe('the fixtures, read from disk', () => {
  // The same projects test/version-sources.e2e.test.ts releases; pdm-file only here (pdm-backend is not installable offline).
  it.each([
    ['poetry1', 'pyproject.toml', 4],
    ['poetry2', 'pyproject.toml', 11],
    ['setuptools-attr', 'src/vs_setuptools_attr/__init__.py', 3],
    ['setuptools-file', 'VERSION', 1],
    ['setupcfg-attr', 'vs_setupcfg_attr/__init__.py', 3],
    ['setupcfg-file', 'VERSION', 1],
    ['setupcfg-literal', 'setup.cfg', 4],
    ['setuppy-literal', 'setup.py', 10],
    ['hatch-path', 'src/vs_hatch_path/__about__.py', 2],
    ['hatch-pattern', 'src/vs_hatch_pattern/_meta.py', 6],
    ['flit', 'vs_flit/__init__.py', 3],
    ['pdm-file', 'src/vs_pdm_file/__init__.py', 3],
    ['uv-lock', 'pyproject.toml', 3],
  ])('%s: %s line %i', async (fixture, file, line) => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'version-sources', fixture);
    const source = await readVersionSource(dir);
    expect(source).toMatchObject({ kind: 'file', name: `vs-${fixture}`, version: '1.2.0', file: path.join(dir, file), line });
  });

  it.each([['setuptools-scm', 'setuptools-scm'], ['hatch-vcs', 'hatch-vcs']])('%s: a VCS version', async (fixture, tool) => {
    expect(await readVersionSource(path.join(ROOT, 'test', 'fixtures', 'version-sources', fixture))).toMatchObject({ kind: 'vcs', tool });
  });
});
