// Whether a reStructuredText description renders, as PyPI decides it: PyPI
// refuses the upload of a file whose description readme_renderer cannot
// render ("The description failed to render for 'text/x-rst'"). No JS
// renderer reproduces docutils, so docutils itself runs, with
// readme_renderer's settings (rst.py SETTINGS: any warning halts), in a venv
// of its own kept in the tool cache like the build frontend.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps, Exec } from '../deps.ts';
import { childEnv, childEnvFor } from '../process/env.ts';
import { createVenv, pipCommand, venvLayout, type Python } from '../process/python.ts';
import { cachedEnvironment, SEAL_FORMAT } from '../process/sealed-cache.ts';

/** Why docutils refused a description; `line` counts from the description's first line. */
export interface RenderFailure {
  line: number | undefined;
  reason: string;
}

/** Renders each text as PyPI would; undefined where it renders. Throws when no renderer can run. */
export type RstRenderer = (texts: readonly string[]) => Promise<Array<RenderFailure | undefined>>;

// readme_renderer needs these two (Pygments for code blocks: without it a
// `code-block` with a language is a warning, which halts).
const RENDERER_REQUIREMENTS = ['docutils>=0.21.2', 'pygments>=2.5.1'];

// readme_renderer/rst.py: SETTINGS, the html5_polyglot writer, SystemMessage
// or an empty result = not rendered. The sanitizer after it never refuses.
const SCRIPT = String.raw`
import io, json, re, sys
from docutils.core import publish_parts
from docutils.utils import SystemMessage
from docutils.writers.html5_polyglot import Writer
SETTINGS = {
    "cloak_email_addresses": True, "doctitle_xform": True, "sectsubtitle_xform": True,
    "initial_header_level": 2, "file_insertion_enabled": False, "halt_level": 2,
    "math_output": "MathJax /dummy.js", "raw_enabled": False, "report_level": 5,
    "smart_quotes": True, "strip_comments": True, "syntax_highlight": "short",
    "field_name_limit": 0,
}
with open(sys.argv[1], encoding="utf-8") as f:
    texts = json.load(f)
out = []
for text in texts:
    settings = dict(SETTINGS, warning_stream=io.StringIO())
    try:
        parts = publish_parts(text, writer=Writer(), settings_overrides=settings)
    except SystemMessage as exc:
        first = str(exc).split("\n", 1)[0]
        m = re.match(r"^.*?:(\d+): \(\w+/\d\) (.*)$", first)
        out.append({"line": int(m.group(1)), "reason": m.group(2)} if m else {"line": None, "reason": first})
        continue
    if parts.get("docinfo", "") + parts.get("fragment", ""):
        out.append(None)
    else:
        out.append({"line": None, "reason": "No content rendered from RST source."})
print(json.dumps(out))
`;

/** A renderer running SCRIPT with an interpreter that has docutils and Pygments. */
export function docutilsRenderer(python: string, dir: string, exec: Exec, env: NodeJS.ProcessEnv = process.env): RstRenderer {
  return async (texts) => {
    if (texts.length === 0) return [];
    await fs.mkdir(dir, { recursive: true });
    const input = path.join(dir, `descriptions-${process.pid}-${Date.now()}.json`);
    await fs.writeFile(input, JSON.stringify(texts));
    try {
      const result = await exec(python, ['-c', SCRIPT, input], { env: childEnv(env), silent: true });
      if (result.exitCode !== 0) throw new Error(`docutils exited with ${result.exitCode}: ${result.stderr.trim().split('\n').pop() ?? ''}`);
      const parsed = JSON.parse(result.stdout) as Array<{ line: number | null; reason: string } | null>;
      return parsed.map((r) => (r === null ? undefined : { line: r.line ?? undefined, reason: r.reason }));
    } finally {
      await fs.rm(input, { force: true });
    }
  };
}

/**
 * The renderer's venv, made on first use: in the tool cache when there is
 * one (kept between runs on self-hosted runners), else in the work folder.
 */
export async function prepareRstRenderer(python: Python, workDir: string, deps: Deps): Promise<RstRenderer> {
  const cache = deps.env.RUNNER_TOOL_CACHE;
  const key = createHash('sha256').update(`${python.executable}\0${python.version}\0${RENDERER_REQUIREMENTS.join(' ')}\0${SEAL_FORMAT}`).digest('hex').slice(0, 16);
  const dir = cache ? path.join(cache, 'pypi-promote', 'rst-renderer', key) : path.join(workDir, 'rst-renderer');
  // Sealed when made, reused only while it matches its seal (src/process/sealed-cache.ts).
  const kept = await cachedEnvironment(dir, async (into) => {
    const venv = await createVenv(python, into, deps);
    const [pip, args] = pipCommand(python, venv);
    const result = await deps.exec(pip, [...args, 'install', '--quiet', ...RENDERER_REQUIREMENTS], { env: childEnvFor(deps), silent: true });
    if (result.exitCode !== 0) throw new Error(`pip could not install ${RENDERER_REQUIREMENTS.join(' ')}: ${result.stderr.trim().split('\n').pop() ?? ''}`);
  });
  if (kept.refused) deps.log.warning(`reStructuredText renderer: the one in the tool cache (${dir}) was not reused: ${kept.refused}. It was made again.`);
  return docutilsRenderer(venvLayout(kept.dir).python, path.join(workDir, 'rst-check'), deps.exec, deps.env);
}
