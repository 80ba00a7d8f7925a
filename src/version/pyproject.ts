// Where the project keeps its version. This slice supports a static
// `[project].version` in pyproject.toml; every other source is recognised and
// named in the error, so a user knows it is the source, not their file, that
// is unsupported. The rewrite touches only the version's characters.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { ReleaseError } from '../errors.ts';

export interface VersionSource {
  file: string;
  /** The project's name from [project].name. */
  name: string;
  version: string;
  /** 1-based line of the version value, for annotations. */
  line: number;
  /** Offsets of the characters between the quotes, in the file's text. */
  start: number;
  end: number;
  text: string;
}

export async function readVersionSource(projectDir: string): Promise<VersionSource> {
  const file = path.join(projectDir, 'pyproject.toml');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new ReleaseError({
      code: 'PROJECT_NOT_FOUND',
      message: `No pyproject.toml in ${projectDir}.`,
      hint: 'Set `project-dir` to the folder that holds the project\'s pyproject.toml, and check out the repository (actions/checkout) before this step.',
    });
  }
  return locateVersion(file, text);
}

/** Pure: finds the static version in pyproject.toml's text, or says why it cannot. */
export function locateVersion(file: string, text: string): VersionSource {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (cause) {
    const e = cause as { line?: number; message?: string };
    throw new ReleaseError({
      code: 'PROJECT_NOT_FOUND',
      message: `${file} is not valid TOML: ${e.message?.split('\n')[0] ?? String(cause)}`,
      annotation: { file, startLine: e.line, title: 'Invalid TOML' },
      cause,
    });
  }
  const project = doc.project as Record<string, unknown> | undefined;
  const name = typeof project?.name === 'string' ? project.name : undefined;
  if (!project || !name) {
    const poetry = (doc.tool as Record<string, Record<string, unknown>> | undefined)?.poetry;
    throw unsupported(file, text, poetry ? '[tool.poetry]' : undefined,
      poetry
        ? 'Poetry 1.x metadata ([tool.poetry] with no [project] table) is not supported yet.'
        : 'pyproject.toml has no [project] table with a name.');
  }
  if (typeof project.version !== 'string') {
    const dynamic = Array.isArray(project.dynamic) && project.dynamic.includes('version');
    throw unsupported(file, text, dynamic ? 'dynamic' : undefined, dynamic
      ? `The version is dynamic (${describeDynamic(doc)}); only a static [project].version is supported yet.`
      : '[project] has no version.');
  }
  const found = findProjectVersion(text);
  if (!found || text.slice(found.start, found.end) !== project.version) {
    // The table parses but is written in a way the in-place rewrite does not handle
    // (an escaped string, a dotted key): refuse rather than rewrite the wrong bytes.
    throw unsupported(file, text, 'version', `Could not find \`version = "${project.version}"\` as a plain line in [project].`);
  }
  return { file, name, version: project.version, text, ...found };
}

/** The span of the version string in the [project] table, by lines, so nothing else moves. */
function findProjectVersion(text: string): { start: number; end: number; line: number } | undefined {
  const lines = text.split('\n');
  let inProject = false;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = /^\s*\[([^\]]*)\]/.exec(line);
    if (header && !line.trimStart().startsWith('[[')) inProject = header[1]!.trim() === 'project';
    else if (line.trimStart().startsWith('[[')) inProject = false;
    const m = inProject ? /^(\s*version\s*=\s*)(["'])([^"'\\]*)\2/.exec(line) : null;
    if (m) {
      const start = offset + m[1]!.length + 1;
      return { start, end: start + m[3]!.length, line: i + 1 };
    }
    offset += line.length + 1;
  }
  return undefined;
}

function describeDynamic(doc: Record<string, unknown>): string {
  const tool = (doc.tool ?? {}) as Record<string, Record<string, unknown>>;
  const build = ((doc['build-system'] as Record<string, unknown> | undefined)?.['build-backend'] ?? '') as string;
  if (tool['setuptools_scm'] || tool['setuptools-scm']) return 'from git tags through setuptools-scm';
  if (tool.hatch?.version) return 'from [tool.hatch.version]';
  if ((tool.setuptools?.dynamic as Record<string, unknown> | undefined)?.version) return 'from [tool.setuptools.dynamic]';
  if (tool.pdm?.version) return 'from [tool.pdm.version]';
  if (build.startsWith('flit')) return "from the module's __version__ through flit";
  return `through the build backend ${build || '(none declared)'}`;
}

function unsupported(file: string, text: string, near: string | undefined, message: string): ReleaseError {
  const lines = text.split('\n');
  const at = near ? lines.findIndex((l) => l.includes(near)) : -1;
  return new ReleaseError({
    code: 'VERSION_SOURCE_UNSUPPORTED',
    message: `${file}${at >= 0 ? `:${at + 1}` : ''}: ${message}`,
    hint:
      'This release of pypi-promote reads and writes a static `version = "..."` in the [project] table of pyproject.toml. ' +
      'Dynamic versions (setuptools-scm, hatch-vcs, [tool.hatch.version], [tool.setuptools.dynamic], flit, PDM) and Poetry 1.x are recognised but not yet supported: ' +
      'write the version statically in [project] to release with this action today.',
    annotation: { file, startLine: at >= 0 ? at + 1 : undefined, title: 'Unsupported version source' },
  });
}

/** The file's text with only the version's characters replaced. */
export function withVersion(source: VersionSource, version: string): string {
  return source.text.slice(0, source.start) + version + source.text.slice(source.end);
}

export async function writeVersion(source: VersionSource, version: string): Promise<void> {
  if (version === source.version) return;
  await fs.writeFile(source.file, withVersion(source, version));
}
