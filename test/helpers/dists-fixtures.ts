// Real Python for the dists tests: builds a small project with pypa/build and
// runs short Python scripts (hashlib, zipfile, tarfile) to make the reference
// values and the defective copies, so that what is checked is what Python
// itself writes and reads.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pipEnv } from './harness.ts';
import { buildFixture } from './python.ts';

const run = promisify(execFile);
const PYTHON = process.env.PYTHON ?? 'python3';

export async function python(code: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env, exe = PYTHON): Promise<string> {
  const { stdout } = await run(exe, ['-c', code, ...args], { env, maxBuffer: 16 << 20 });
  return stdout;
}


export interface DemoProject {
  /** As declared in pyproject.toml: deliberately not normalized. */
  name: string;
  version: string;
  summary: string;
}

export const DEMO: DemoProject = { name: 'Demo.Pkg', version: '1.2.0', summary: 'A demo package for the inspect tests' };

/**
 * Writes a small setuptools project (a package, a namespace directory, a
 * top-level module, a license file) and builds its sdist and wheel into `out`.
 * Returns [sdist, wheel].
 */
export async function buildDemo(root: string, out: string, demo: DemoProject = DEMO): Promise<[string, string]> {
  const project = join(root, 'project');
  await mkdir(join(project, 'src', 'demo_pkg'), { recursive: true });
  await mkdir(join(project, 'src', 'demo_ns', 'inner'), { recursive: true });
  await writeFile(
    join(project, 'pyproject.toml'),
    [
      '[build-system]',
      'requires = ["setuptools>=77"]',
      'build-backend = "setuptools.build_meta"',
      '',
      '[project]',
      `name = "${demo.name}"`,
      `version = "${demo.version}"`,
      `description = "${demo.summary}"`,
      'license = "MIT"',
      'license-files = ["LICENSE"]',
      '',
      '[tool.setuptools]',
      'package-dir = {"" = "src"}',
      'py-modules = ["solo"]',
      '',
      '[tool.setuptools.packages.find]',
      'where = ["src"]',
      'namespaces = true',
      '',
    ].join('\n'),
  );
  await writeFile(join(project, 'LICENSE'), 'MIT License\n');
  await writeFile(join(project, 'src', 'demo_pkg', '__init__.py'), 'GREETING = "hello"\n');
  await writeFile(join(project, 'src', 'demo_ns', 'inner', '__init__.py'), '');
  await writeFile(join(project, 'src', 'solo.py'), 'ANSWER = 42\n');
  await buildFixture(project, out, { ...pipEnv(), SOURCE_DATE_EPOCH: '1700000000' });
  const stem = `${demo.name.toLowerCase().replace(/[-_.]+/g, '_')}-${demo.version}`;
  const sdist = join(out, `${stem}.tar.gz`);
  const wheel = join(out, `${stem}-py3-none-any.whl`);
  if (!existsSync(sdist) || !existsSync(wheel)) throw new Error(`the build did not write ${sdist} and ${wheel}`);
  return [sdist, wheel];
}

/** Python's own sha256 of a file, the value Warehouse computes, and its size. */
export async function pythonDigests(path: string): Promise<{ sha256: string; size: number }> {
  const out = await python(
    [
      'import hashlib, json, sys',
      'data = open(sys.argv[1], "rb").read()',
      'print(json.dumps({"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}))',
    ].join('\n'),
    [path],
  );
  return JSON.parse(out) as { sha256: string; size: number };
}

/**
 * Copies a wheel, changing it on the way: `drop` leaves entries out, `renameDir`
 * moves every entry under one top-level directory to another, `edit` rewrites
 * an entry's text and `append` adds bytes to it (both by its old name), `add`
 * puts new entries in (names written as given, `..` and all).
 */
export interface WheelEdit {
  drop?: string[];
  renameDir?: [from: string, to: string];
  edit?: Record<string, [from: string, to: string]>;
  /** Appends `count` copies of one byte to an entry. */
  append?: Record<string, [byte: number, count: number]>;
  add?: Record<string, string>;
  /**
   * Leave RECORD as it was. By default it is written anew for the copy's
   * contents, as `wheel pack` would, so that each copy has only its one defect.
   */
  keepRecord?: boolean;
}

export async function copyWheel(src: string, dest: string, edit: WheelEdit): Promise<string> {
  await python(
    [
      'import base64, hashlib, json, sys, zipfile',
      'src, dest, edit = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])',
      'out = []',
      'with zipfile.ZipFile(src) as zin:',
      '    for info in zin.infolist():',
      '        if info.filename in edit.get("drop", []): continue',
      '        data = zin.read(info.filename)',
      '        if info.filename in edit.get("edit", {}):',
      '            old, new = edit["edit"][info.filename]',
      '            text = data.decode()',
      '            assert old in text, (old, text)',
      '            data = text.replace(old, new).encode()',
      '        if info.filename in edit.get("append", {}):',
      '            byte, count = edit["append"][info.filename]',
      '            data += bytes([byte]) * count',
      '        name = info.filename',
      '        if "renameDir" in edit and name.startswith(edit["renameDir"][0] + "/"):',
      '            name = edit["renameDir"][1] + name[len(edit["renameDir"][0]):]',
      '        out.append((name, data))',
      'records = [i for i, (n, _) in enumerate(out) if n.endswith(".dist-info/RECORD")]',
      'if records and not edit.get("keepRecord"):',
      '    i = records[0]',
      '    rows = []',
      '    for n, d in out:',
      '        if n == out[i][0]: continue',
      '        h = base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b"=").decode()',
      '        rows.append(f"{n},sha256={h},{len(d)}")',
      '    for n in edit.get("add", {}):',
      '        d = edit["add"][n].encode()',
      '        h = base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b"=").decode()',
      '        rows.append(f"{n},sha256={h},{len(d)}")',
      '    rows.append(f"{out[i][0]},,")',
      '    out[i] = (out[i][0], ("\\n".join(rows) + "\\n").encode())',
      'with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:',
      '    for name, data in out: zout.writestr(name, data)',
      '    for name, text in edit.get("add", {}).items():',
      '        zout.writestr(zipfile.ZipInfo(name), text)',
    ].join('\n'),
    [src, dest, JSON.stringify(edit)],
  );
  return dest;
}

/** Copies an sdist, adding members: files with text, or symlinks (`name: target`). */
export interface SdistEdit {
  addFiles?: Record<string, string>;
  addLinks?: Record<string, string>;
}

export async function copySdist(src: string, dest: string, edit: SdistEdit): Promise<string> {
  await python(
    [
      'import io, json, sys, tarfile',
      'src, dest, edit = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])',
      'with tarfile.open(src, "r:gz") as tin, tarfile.open(dest, "w:gz", format=tarfile.PAX_FORMAT) as tout:',
      '    for m in tin.getmembers():',
      '        tout.addfile(m, tin.extractfile(m) if m.isfile() else None)',
      '    for name, text in edit.get("addFiles", {}).items():',
      '        data = text.encode()',
      '        info = tarfile.TarInfo(name); info.size = len(data)',
      '        tout.addfile(info, io.BytesIO(data))',
      '    for name, target in edit.get("addLinks", {}).items():',
      '        info = tarfile.TarInfo(name); info.type = tarfile.SYMTYPE; info.linkname = target',
      '        tout.addfile(info)',
    ].join('\n'),
    [src, dest, JSON.stringify(edit)],
  );
  return dest;
}
