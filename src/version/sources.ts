// Where a project keeps its version, found the way its build backend finds it:
// a static [project].version, Poetry's [tool.poetry].version, setuptools'
// `attr:`/`file:` (pyproject.toml or setup.cfg), a setup.cfg or setup.py
// literal, Hatch's `path`/`pattern`, Flit's module `__version__`, PDM's
// `file` source; or nowhere in a file (setuptools-scm, hatch-vcs, PDM `scm`),
// when the git tag is the version and the build is told it explicitly.
//
// The result says which characters of which files hold the version, so the
// rewrite changes those and nothing else. Files are read through `read`, so
// this module does no I/O of its own and tests hand it plain strings.
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { ReleaseError } from '../errors.ts';
import { readIfExists, spanAt, type FileEdit } from './edit.ts';
import { HATCH_DEFAULT_PATTERN, iniKey, patternMatch, pythonAssignment, setupKeyword, tomlKey, type Found } from './locate.ts';

export type VcsTool = 'setuptools-scm' | 'hatch-vcs' | 'pdm-scm';

interface SourceBase {
  /** The project's name as declared. */
  name: string;
  /** Where the version lives, for logs and messages: `[project].version in pyproject.toml`. */
  describe: string;
  /** The file (absolute) and 1-based line that declare it, for annotations. */
  file: string;
  line: number | undefined;
}

/** The version is text in files: rewrite `edits` to change it. */
export interface FileSource extends SourceBase {
  kind: 'file';
  version: string;
  edits: FileEdit[];
}

/** The version comes from git tags; nothing to rewrite, the build is told the version. */
export interface VcsSource extends SourceBase {
  kind: 'vcs';
  tool: VcsTool;
}

export type VersionSource = FileSource | VcsSource;

/** Reads a file of the project by its path relative to the project folder; undefined when absent. */
export type ReadFile = (relative: string) => Promise<string | undefined>;

type Table = Record<string, unknown>;

export const SUPPORTED_SOURCES =
  'a static [project].version; [tool.poetry].version; setuptools `attr`/`file` in [tool.setuptools.dynamic] or setup.cfg; ' +
  'a setup.cfg or setup.py literal; [tool.hatch.version] `path` (with `pattern`); Flit\'s module `__version__`; ' +
  '[tool.pdm.version] `file`; or git tags through setuptools-scm, hatch-vcs or PDM `scm`';

/** Reads the project's files from disk; see locateVersionSource. */
export async function readVersionSource(projectDir: string): Promise<VersionSource> {
  return locateVersionSource(projectDir, (relative) => readIfExists(path.join(projectDir, relative)));
}

export async function locateVersionSource(projectDir: string, read: ReadFile): Promise<VersionSource> {
  const at = (rel: string) => path.join(projectDir, rel);
  const pyproject = await read('pyproject.toml');
  const doc = pyproject === undefined ? {} : parseTomlFile(at('pyproject.toml'), pyproject);
  const project = table(doc.project);
  const tool = table(doc.tool) ?? {};
  const poetry = table(tool.poetry);
  const requires = (asArray(table(doc['build-system'])?.requires) ?? []).map((r) => String(r).toLowerCase());
  const backend = String(table(doc['build-system'])?.['build-backend'] ?? '');
  const scmRequired = requires.some((r) => /^setuptools[-_]scm\b/.test(r));

  if (project) {
    const name = typeof project.name === 'string' ? project.name : undefined;
    if (!name) throw unsupported(at('pyproject.toml'), lineOf(pyproject!, '[project]'), '[project] has no name.');
    if (typeof project.version === 'string') {
      const edits = [tomlEdit(at('pyproject.toml'), pyproject!, 'project', project.version)];
      // Poetry 2 reads [project]; a leftover [tool.poetry].version is kept equal rather than left stale.
      if (typeof poetry?.version === 'string' && poetry.version === project.version) {
        edits.push(tomlEdit(at('pyproject.toml'), pyproject!, 'tool.poetry', poetry.version));
      }
      return fileSource(name, '[project].version in pyproject.toml', project.version, edits);
    }
    const dynamic = (asArray(project.dynamic) ?? []).includes('version');
    if (!dynamic && typeof poetry?.version !== 'string') {
      throw unsupported(at('pyproject.toml'), lineOf(pyproject!, '[project]'), '[project] has no version and does not declare it dynamic.');
    }
    return dynamicSource(name, { projectDir, read, pyproject: pyproject!, tool, backend, scmRequired });
  }

  if (poetry) {
    const name = typeof poetry.name === 'string' ? poetry.name : undefined;
    if (name && typeof poetry.version === 'string') {
      return fileSource(name, '[tool.poetry].version in pyproject.toml', poetry.version,
        [tomlEdit(at('pyproject.toml'), pyproject!, 'tool.poetry', poetry.version)]);
    }
  }

  const setupCfg = await read('setup.cfg');
  const setupPy = await read('setup.py');
  if (pyproject === undefined && setupCfg === undefined && setupPy === undefined) {
    throw new ReleaseError({
      code: 'PROJECT_NOT_FOUND',
      message: `No pyproject.toml, setup.cfg or setup.py in ${projectDir}.`,
      hint: 'Set `project-dir` to the folder that holds the project\'s pyproject.toml, and check out the repository (actions/checkout) before this step.',
    });
  }
  return legacySource({ projectDir, read, setupCfg, setupPy, scmRequired, pyproject });
}

interface DynamicContext {
  projectDir: string;
  read: ReadFile;
  pyproject: string;
  tool: Table;
  backend: string;
  scmRequired: boolean;
}

async function dynamicSource(name: string, c: DynamicContext): Promise<VersionSource> {
  const pyprojectFile = path.join(c.projectDir, 'pyproject.toml');
  const { tool } = c;
  const poetry = table(tool.poetry);
  if (typeof poetry?.version === 'string') {
    return fileSource(name, '[tool.poetry].version in pyproject.toml', poetry.version,
      [tomlEdit(pyprojectFile, c.pyproject, 'tool.poetry', poetry.version)]);
  }

  const hatch = table(table(tool.hatch)?.version);
  if (hatch) {
    const line = lineOf(c.pyproject, '[tool.hatch.version]');
    const source = typeof hatch.source === 'string' ? hatch.source : 'regex';
    if (source === 'vcs') return vcsSource(name, 'hatch-vcs', pyprojectFile, line);
    if (source !== 'regex' || typeof hatch.path !== 'string') {
      throw unsupported(pyprojectFile, line, `[tool.hatch.version] source = "${source}" computes the version at build time, so there is no text to rewrite.`);
    }
    const pattern = typeof hatch.pattern === 'string' ? hatch.pattern : HATCH_DEFAULT_PATTERN;
    const text = await mustRead(c, hatch.path, pyprojectFile, line, '[tool.hatch.version] path');
    return fromFound(name, `${hatch.path} ([tool.hatch.version] path)`, path.join(c.projectDir, hatch.path), patternMatch(text, pattern), text);
  }

  const setuptoolsVersion = table(table(table(tool.setuptools)?.dynamic)?.version);
  if (setuptoolsVersion) {
    const line = lineOf(c.pyproject, '[tool.setuptools.dynamic]') ?? lineOf(c.pyproject, 'attr');
    if (typeof setuptoolsVersion.attr === 'string') {
      const roots = packageRoots(table(tool.setuptools)?.['package-dir']);
      return attrSource(name, c, setuptoolsVersion.attr, roots, pyprojectFile, line);
    }
    const file = asArray(setuptoolsVersion.file) ?? (typeof setuptoolsVersion.file === 'string' ? [setuptoolsVersion.file] : []);
    if (file.length === 1 && typeof file[0] === 'string') return plainFileSource(name, c, file[0], pyprojectFile, line);
    throw unsupported(pyprojectFile, line, '[tool.setuptools.dynamic] version needs one `attr` or one `file`.');
  }

  const pdm = table(table(tool.pdm)?.version);
  if (pdm) {
    const line = lineOf(c.pyproject, '[tool.pdm.version]');
    if (pdm.source === 'scm') return vcsSource(name, 'pdm-scm', pyprojectFile, line);
    if (pdm.source !== 'file' || typeof pdm.path !== 'string') {
      throw unsupported(pyprojectFile, line, `[tool.pdm.version] source = "${String(pdm.source)}" computes the version at build time, so there is no text to rewrite.`);
    }
    const text = await mustRead(c, pdm.path, pyprojectFile, line, '[tool.pdm.version] path');
    // pdm-backend's file source reads `__version__ = "..."` anywhere in the file.
    return fromFound(name, `${pdm.path} ([tool.pdm.version] file)`, path.join(c.projectDir, pdm.path),
      patternMatch(text, `__version__\\s*=\\s*["'](?P<version>.+?)["']`), text);
  }

  if (tool.setuptools_scm !== undefined || tool['setuptools-scm'] !== undefined || c.scmRequired) {
    return vcsSource(name, 'setuptools-scm', pyprojectFile, lineOf(c.pyproject, 'setuptools_scm') ?? lineOf(c.pyproject, 'setuptools-scm'));
  }

  if (c.backend.startsWith('flit_core') || c.backend.startsWith('flit.')) {
    const flit = table(table(tool.flit)?.module);
    const module = typeof flit?.name === 'string' ? flit.name : name.replace(/[-.]/g, '_');
    return attrSource(name, c, `${module}.__version__`, ['src', '.'], pyprojectFile, lineOf(c.pyproject, 'dynamic'), 'Flit');
  }

  throw unsupported(pyprojectFile, lineOf(c.pyproject, 'dynamic'),
    `The version is dynamic through ${c.backend || 'an undeclared build backend'}, in a way this action cannot find.`);
}

interface LegacyContext {
  projectDir: string;
  read: ReadFile;
  setupCfg: string | undefined;
  setupPy: string | undefined;
  pyproject: string | undefined;
  scmRequired: boolean;
}

/** Projects whose metadata is in setup.cfg or setup.py, not in [project]. */
async function legacySource(c: LegacyContext): Promise<VersionSource> {
  const cfgFile = path.join(c.projectDir, 'setup.cfg');
  const pyFile = path.join(c.projectDir, 'setup.py');
  const cfgName = c.setupCfg === undefined ? undefined : iniKey(c.setupCfg, 'metadata', 'name');
  const pyName = c.setupPy === undefined ? undefined : setupKeyword(c.setupPy, 'name');
  const name = cfgName && 'value' in cfgName ? cfgName.value : pyName && 'value' in pyName ? pyName.value : undefined;
  const usesScm = c.scmRequired || /\buse_scm_version\b/.test(c.setupPy ?? '');
  if (!name) {
    throw unsupported(c.setupCfg !== undefined ? cfgFile : c.setupPy !== undefined ? pyFile : path.join(c.projectDir, 'pyproject.toml'), undefined,
      'No project name found ([project].name, [tool.poetry].name, setup.cfg [metadata] name, or a literal `name=` in setup.py).');
  }

  const cfgVersion = c.setupCfg === undefined ? undefined : iniKey(c.setupCfg, 'metadata', 'version');
  if (cfgVersion && 'span' in cfgVersion) {
    const value = cfgVersion.value;
    const line = cfgVersion.span.line;
    const ctx = { projectDir: c.projectDir, read: c.read };
    if (value.startsWith('attr:')) return attrSource(name, ctx, value.slice(5).trim(), packageDirFromCfg(c.setupCfg!), cfgFile, line);
    if (value.startsWith('file:')) {
      const files = value.slice(5).split(',').map((f) => f.trim()).filter(Boolean);
      if (files.length !== 1) throw unsupported(cfgFile, line, 'setup.cfg `version = file:` must name exactly one file for the version to be rewritable.');
      return plainFileSource(name, ctx, files[0]!, cfgFile, line);
    }
    return fileSource(name, 'version in setup.cfg [metadata]', value, [{ file: cfgFile, text: c.setupCfg!, spans: [cfgVersion.span] }]);
  }
  if (usesScm) {
    return vcsSource(name, 'setuptools-scm', c.setupPy !== undefined && /use_scm_version/.test(c.setupPy) ? pyFile : path.join(c.projectDir, 'pyproject.toml'), undefined);
  }
  if (c.setupPy !== undefined) {
    const found = setupKeyword(c.setupPy, 'version');
    return fromFound(name, 'version= in setup.py', pyFile, found, c.setupPy);
  }
  throw unsupported(cfgFile, undefined, 'setup.cfg [metadata] has no version, and there is no setup.py.');
}

/** setuptools' `attr: pkg.mod.__version__`, and Flit's module `__version__`: the module file's assignment. */
async function attrSource(
  name: string,
  c: { projectDir: string; read: ReadFile },
  attr: string,
  roots: string[],
  declaredIn: string,
  line: number | undefined,
  via = 'setuptools attr',
): Promise<VersionSource> {
  const dot = attr.lastIndexOf('.');
  if (dot <= 0) throw unsupported(declaredIn, line, `\`attr: ${attr}\` does not name a module attribute (module.__version__).`);
  const modulePath = attr.slice(0, dot).split('.').join('/');
  const variable = attr.slice(dot + 1);
  const candidates = roots.flatMap((root) => [`${modulePath}.py`, `${modulePath}/__init__.py`].map((p) => path.posix.join(root, p)));
  let relative: string | undefined;
  let text: string | undefined;
  for (const candidate of candidates) {
    text = await c.read(candidate);
    if (text !== undefined) {
      relative = candidate;
      break;
    }
  }
  if (relative === undefined || text === undefined) {
    throw unsupported(declaredIn, line, `The module of \`${attr}\` was not found (looked for ${candidates.join(', ')}).`);
  }
  // `from ._version import __version__` in __init__.py is common: follow it a few hops.
  for (let hop = 0; hop < 4; hop++) {
    const found = pythonAssignment(text, variable);
    if (!('follow' in found)) {
      return fromFound(name, `${variable} in ${relative} (${via})`, path.join(c.projectDir, relative), found, text);
    }
    const base = path.posix.dirname(relative);
    const target = found.follow.split('.').join('/');
    const next = [`${target}.py`, `${target}/__init__.py`].map((p) => path.posix.join(base, p));
    let moved = false;
    for (const candidate of next) {
      const t = await c.read(candidate);
      if (t !== undefined) {
        relative = candidate;
        text = t;
        moved = true;
        break;
      }
    }
    if (!moved) throw unsupported(path.join(c.projectDir, relative), found.line, `${variable} is imported from .${found.follow}, which was not found.`);
  }
  throw unsupported(path.join(c.projectDir, relative), undefined, `${variable} is re-exported through too many modules to follow.`);
}

/** setuptools' `file:` source: the whole file is the version, surrounding whitespace aside. */
async function plainFileSource(
  name: string,
  c: { projectDir: string; read: ReadFile },
  relative: string,
  declaredIn: string,
  line: number | undefined,
): Promise<VersionSource> {
  const text = await mustRead(c, relative, declaredIn, line, 'the version file');
  const value = text.trim();
  const start = text.indexOf(value);
  if (value === '' || /\s/.test(value)) throw unsupported(path.join(c.projectDir, relative), 1, `${relative} should hold only the version.`);
  return fileSource(name, `${relative} (setuptools file)`, value, [{ file: path.join(c.projectDir, relative), text, spans: [spanAt(text, start, start + value.length)] }]);
}

function fromFound(name: string, describe: string, file: string, found: Found, text: string): FileSource {
  if ('why' in found) throw unsupported(file, found.line, `Could not find the version in ${path.basename(file)}: ${found.why}.`);
  return fileSource(name, describe, found.value, [{ file, text, spans: [found.span] }]);
}

function fileSource(name: string, describe: string, version: string, edits: FileEdit[]): FileSource {
  return { kind: 'file', name, describe, version, edits, file: edits[0]!.file, line: edits[0]!.spans[0]?.line };
}

function vcsSource(name: string, tool: VcsTool, file: string, line: number | undefined): VcsSource {
  return { kind: 'vcs', name, tool, describe: `git tags (${tool})`, file, line };
}

function tomlEdit(file: string, text: string, tableName: string, parsed: string): FileEdit {
  const found = tomlKey(text, tableName, 'version');
  if ('why' in found || found.value !== parsed) {
    // It parses, but is written in a way the in-place rewrite does not handle (an escaped string, a dotted key).
    throw unsupported(file, lineOf(text, `[${tableName}]`), `Could not find \`version = "${parsed}"\` as a plain line in [${tableName}].`);
  }
  return { file, text, spans: [found.span] };
}

async function mustRead(c: { projectDir: string; read: ReadFile }, relative: string, declaredIn: string, line: number | undefined, what: string): Promise<string> {
  const text = await c.read(relative);
  if (text === undefined) throw unsupported(declaredIn, line, `${what} ${relative} does not exist.`);
  return text;
}

/**
 * The environment that makes a VCS-versioned build produce exactly `version`,
 * whatever the tags and the tree's state say. setuptools-scm reads the
 * pretend version for its distribution; hatch-vcs runs setuptools-scm without
 * a distribution name, so only the unscoped variable reaches it (measured with
 * hatch-vcs 0.5); pdm-backend has its own variable.
 */
export function vcsBuildEnv(source: VcsSource, version: string): Record<string, string> {
  const dist = source.name.toUpperCase().replace(/[-_.]+/g, '_');
  if (source.tool === 'pdm-scm') return { PDM_BUILD_SCM_VERSION: version };
  if (source.tool === 'hatch-vcs') return { SETUPTOOLS_SCM_PRETEND_VERSION: version };
  return { [`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${dist}`]: version };
}

function packageRoots(packageDir: unknown): string[] {
  const root = table(packageDir)?.[''];
  return [...(typeof root === 'string' ? [root] : []), 'src', '.'];
}

function packageDirFromCfg(cfg: string): string[] {
  const m = /^package_dir\s*=\s*(?:\r?\n[ \t]+)?=\s*(\S+)/m.exec(cfg);
  return [...(m ? [m[1]!] : []), 'src', '.'];
}

function parseTomlFile(file: string, text: string): Table {
  try {
    return parseToml(text) as Table;
  } catch (cause) {
    const e = cause as { line?: number; message?: string };
    throw new ReleaseError({
      code: 'PROJECT_NOT_FOUND',
      message: `${file} is not valid TOML: ${e.message?.split('\n')[0] ?? String(cause)}`,
      annotation: { file, startLine: e.line, title: 'Invalid TOML' },
      cause,
    });
  }
}

function table(v: unknown): Table | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : undefined;
}

function asArray(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

function lineOf(text: string | undefined, needle: string): number | undefined {
  if (text === undefined) return undefined;
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  return i >= 0 ? i + 1 : undefined;
}

function unsupported(file: string, line: number | undefined, message: string): ReleaseError {
  return new ReleaseError({
    code: 'VERSION_SOURCE_UNSUPPORTED',
    message: `${file}${line ? `:${line}` : ''}: ${message}`,
    hint: `pypi-promote reads and rewrites the version where the build backend reads it: ${SUPPORTED_SOURCES}. ` +
      'See "Where your version lives" in the README for an example of each.',
    annotation: { file, startLine: line, title: 'Version not found' },
  });
}
