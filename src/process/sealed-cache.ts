// The tool cache keeps the build frontend's and the renderer's virtual
// environments between runs (self-hosted runners). Code from another job (a
// build backend, a dependency's install hook) runs as the same user and could
// change a kept environment, whose Python the next release then runs. So a
// kept environment is sealed when made: a manifest of every file, its size,
// mode and sha256. Before reuse the folder is compared with its seal; any
// file changed, added (a `.pth` file, a planted `.pyc`) or removed, and it is
// set aside and made again.
//
// What this does not do: stop a process that rewrites the seal as well. The
// seal is in the same folder, writable by the same user; on a runner shared
// with jobs you do not trust, use a fresh RUNNER_TOOL_CACHE per job.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The seal's file name, in the sealed folder; written last, so a folder without it is not (yet) usable. */
export const SEAL = '.pypi-promote-seal';

/**
 * Part of every cache key: folders kept by versions of the action that did
 * not seal them have other names, and are neither reused nor touched (an
 * older version may be using one at this moment).
 */
export const SEAL_FORMAT = 'sealed-1';

interface Entry {
  path: string;
  line: string;
}

/**
 * Every file read and hashed in one synchronous loop: a kept environment is
 * about a thousand small files, and a stream per file cost 0.7 s of event-loop
 * round trips where this takes 0.1 s (build frontend, measured here). Nothing
 * else of the run is under way while a seal is made or checked.
 */
function manifest(dir: string): string {
  const entries: Entry[] = [];
  for (const dirent of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(dirent.parentPath, dirent.name);
    const rel = path.relative(dir, full).split(path.sep).join('/');
    if (rel === SEAL) continue;
    const stat = lstatSync(full);
    if (dirent.isSymbolicLink()) {
      entries.push({ path: rel, line: `link ${rel} -> ${readlinkSync(full)}` });
    } else if (dirent.isFile()) {
      const digest = createHash('sha256').update(readFileSync(full)).digest('hex');
      entries.push({ path: rel, line: `file ${rel} ${stat.size} ${(stat.mode & 0o777).toString(8)} ${digest}` });
    } else if (dirent.isDirectory()) {
      entries.push({ path: rel, line: `dir ${rel}` });
    } else {
      entries.push({ path: rel, line: `other ${rel}` });
    }
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${entries.map((e) => e.line).join('\n')}\n`;
}

/** Writes the seal of `dir` as it is now. */
export async function seal(dir: string): Promise<void> {
  await fs.writeFile(path.join(dir, SEAL), manifest(dir));
}

/** Why `dir` does not match its seal (the first difference), or undefined when it does. */
export async function sealProblem(dir: string): Promise<string | undefined> {
  let sealed: string;
  try {
    sealed = await fs.readFile(path.join(dir, SEAL), 'utf8');
  } catch {
    return 'it has no seal (made by an older version of the action, or not finished)';
  }
  let now: string;
  try {
    now = manifest(dir);
  } catch (error) {
    // Moved aside or changed by a concurrent run while being read.
    return `it could not be read whole (${error instanceof Error ? error.message : String(error)})`;
  }
  if (now === sealed) return undefined;
  const before = new Set(sealed.split('\n'));
  const after = new Set(now.split('\n'));
  const changed = [...after].find((l) => !before.has(l)) ?? [...before].find((l) => !after.has(l)) ?? '';
  return `its files differ from its seal (${changed.split(' ').slice(0, 2).join(' ')})`;
}

export interface CachedEnvironment {
  /** The folder to use. */
  dir: string;
  /** 'reused': sealed and unchanged; 'made': made now. */
  outcome: 'reused' | 'made';
  /** Why a kept folder was not reused, when one was there. */
  refused?: string;
}

/**
 * The environment at `dir`, reused when its seal holds, else made by `make`
 * under a temporary name, sealed, and renamed into place (a tampered folder
 * is moved aside first). Concurrent runs never see half of one; the loser of
 * a race keeps using its own copy.
 */
export async function cachedEnvironment(dir: string, make: (into: string) => Promise<void>): Promise<CachedEnvironment> {
  let refused: string | undefined;
  if (existsSync(dir)) {
    refused = await sealProblem(dir);
    if (refused === undefined) return { dir, outcome: 'reused' };
  }
  const fresh = `${dir}.partial-${process.pid}-${Date.now()}`;
  try {
    await make(fresh);
    await seal(fresh);
  } catch (error) {
    await fs.rm(fresh, { recursive: true, force: true });
    throw error;
  }
  if (refused !== undefined) {
    // A concurrent run may have replaced the refused folder with a sealed one meanwhile, and be using it:
    // that one is kept (and used), never moved aside.
    if (existsSync(dir) && (await sealProblem(dir)) === undefined) {
      await fs.rm(fresh, { recursive: true, force: true });
      return { dir, outcome: 'reused' };
    }
    const aside = `${dir}.refused-${process.pid}-${Date.now()}`;
    await fs.rename(dir, aside).then(() => fs.rm(aside, { recursive: true, force: true })).catch(() => undefined);
  }
  try {
    await fs.rename(fresh, dir);
    return { dir, outcome: 'made', ...(refused !== undefined && { refused }) };
  } catch {
    return { dir: fresh, outcome: 'made', ...(refused !== undefined && { refused }) };
  }
}
