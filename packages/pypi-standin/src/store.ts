// The embedded index's storage: one JSON document (projects, releases, files)
// beside the file blobs, under the directory it was given, so the index
// survives a restart. The JSON is replaced atomically (write, fsync, rename);
// a crash leaves either the old or the new state, at worst an unreferenced blob.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { equal as versionsEqual, compare as compareVersions } from '../../../src/version/pep440.ts';
import type { IndexView, NewFile, ReleaseView, StoredFileView } from './upload-file.ts';
import type { CheckedForm, Filetype } from './upload.ts';

export interface StoredFile {
  filename: string;
  packagetype: Filetype;
  python_version: string;
  /** The release's Requires-Python, which Warehouse copies to each of its files. */
  requires_python: string | null;
  size: number;
  md5: string;
  sha256: string;
  blake2_256: string;
  /** ISO 8601, UTC. */
  upload_time: string;
  comment_text: string | null;
  /** Under `files/`: `<b2[0:2]>/<b2[2:4]>/<b2[4:]>/<filename>`, as files.pythonhosted.org lays them out. */
  path: string;
  /** sha256 of the wheel's METADATA, served at `<path>.metadata` (PEP 658), or null. */
  metadata_sha256: string | null;
}

export interface StoredRelease {
  /** The canonical version, `str(Version)`. */
  version: string;
  created: string;
  requires_python: string | null;
  /** The core metadata form fields of the upload that created the release; later files do not change it. */
  metadata: Record<string, string[]>;
  files: StoredFile[];
}

export interface StoredProject {
  /** The name as last uploaded (Warehouse renames a project to each equivalent spelling). */
  name: string;
  normalized_name: string;
  created: string;
  last_serial: number;
  /** Oldest version first. */
  releases: StoredRelease[];
}

interface IndexState {
  format: 1;
  /** Warehouse's journal serial: one step per project, release and file added. */
  serial: number;
  projects: Record<string, StoredProject>;
}

const STATE_FILE = 'index.json';

export class Store implements IndexView {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private state: IndexState,
  ) {}

  static async open(dir: string): Promise<Store> {
    const root = path.resolve(dir);
    await mkdir(path.join(root, 'files'), { recursive: true });
    // Half-received uploads of a previous run are of no use to anyone.
    await rm(path.join(root, 'tmp'), { recursive: true, force: true });
    await mkdir(path.join(root, 'tmp'), { recursive: true });
    let state: IndexState = { format: 1, serial: 0, projects: {} };
    try {
      state = JSON.parse(await readFile(path.join(root, STATE_FILE), 'utf8')) as IndexState;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return new Store(root, state);
  }

  get lastSerial(): number {
    return this.state.serial;
  }

  /** Every project, by normalized name. */
  projects(): StoredProject[] {
    return Object.values(this.state.projects).sort((a, b) => (a.normalized_name < b.normalized_name ? -1 : 1));
  }

  project(normalizedName: string): StoredProject | undefined {
    return Object.hasOwn(this.state.projects, normalizedName) ? this.state.projects[normalizedName] : undefined;
  }

  /** The release whose version equals `version` under PEP 440 (1.0 is 1.0.0), as Warehouse's canonical_version lookup. */
  release(normalizedName: string, version: string): StoredRelease | undefined {
    return this.project(normalizedName)?.releases.find((r) => r.version === version || versionsEqual(r.version, version));
  }

  findRelease(normalizedName: string, version: string): ReleaseView | undefined {
    const release = this.release(normalizedName, version);
    return release && { created: new Date(release.created), hasSdist: release.files.some((f) => f.packagetype === 'sdist') };
  }

  findFile(filename: string, blake2_256: string): StoredFileView | undefined {
    let sameBytes: StoredFile | undefined;
    for (const project of Object.values(this.state.projects)) {
      for (const release of project.releases) {
        for (const file of release.files) {
          if (file.filename === filename) return file;
          if (file.blake2_256 === blake2_256) sameBytes ??= file;
        }
      }
    }
    return sameBytes;
  }

  /** A stored file by its path under `files/`, with or without `.metadata`. */
  fileByPath(filePath: string): { file: StoredFile; metadata: boolean } | undefined {
    const metadata = filePath.endsWith('.metadata');
    const wanted = metadata ? filePath.slice(0, -'.metadata'.length) : filePath;
    for (const project of Object.values(this.state.projects)) {
      for (const release of project.releases) {
        const file = release.files.find((f) => f.path === wanted);
        if (file && (!metadata || file.metadata_sha256 !== null)) return { file, metadata };
      }
    }
    // A wheel whose filename itself ends in .metadata cannot exist, so no ambiguity.
    return undefined;
  }

  /** Where a stored file's bytes are on disk. */
  blobPath(file: StoredFile, metadata = false): string {
    return path.join(this.dir, 'files', ...file.path.split('/')) + (metadata ? '.metadata' : '');
  }

  /** A fresh path for receiving an upload, on the same file system as the blobs so it can be renamed in. */
  tempPath(): string {
    return path.join(this.dir, 'tmp', `upload-${process.pid}-${randomBytes(8).toString('hex')}`);
  }

  /**
   * Runs `fn` alone: a check against the index and the write it decides on
   * must not interleave with another upload's (Warehouse holds a lock too).
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Moves the received bytes into place and records the file, creating project and release as needed. */
  async add(form: CheckedForm, file: NewFile, received: string, wheelMetadata: Buffer | undefined, now: Date): Promise<StoredFile> {
    const next = structuredClone(this.state);
    const at = now.toISOString();
    let project = next.projects[form.normalizedName];
    if (!project) {
      project = { name: form.name, normalized_name: form.normalizedName, created: at, last_serial: 0, releases: [] };
      next.projects[form.normalizedName] = project;
      project.last_serial = ++next.serial;
    }
    project.name = form.name;
    let release = project.releases.find((r) => r.version === form.version || versionsEqual(r.version, form.version));
    if (!release) {
      release = { version: form.version, created: at, requires_python: form.requiresPython ?? null, metadata: form.metadata, files: [] };
      project.releases.push(release);
      project.releases.sort((a, b) => compareVersions(a.version, b.version));
      project.last_serial = ++next.serial;
    }

    const b2 = file.digests.blake2_256;
    const filePath = `${b2.slice(0, 2)}/${b2.slice(2, 4)}/${b2.slice(4)}/${file.filename}`;
    const stored: StoredFile = {
      filename: file.filename,
      packagetype: file.packagetype,
      python_version: file.pythonVersion,
      requires_python: release.requires_python,
      size: file.size,
      md5: file.digests.md5,
      sha256: file.digests.sha256,
      blake2_256: b2,
      upload_time: at,
      comment_text: file.comment ?? null,
      path: filePath,
      metadata_sha256: null,
    };
    const blob = this.blobPath(stored);
    await mkdir(path.dirname(blob), { recursive: true });
    if (wheelMetadata) {
      await writeFile(`${blob}.metadata`, wheelMetadata);
      stored.metadata_sha256 = createHash('sha256').update(wheelMetadata).digest('hex');
    }
    await rename(received, blob);
    release.files.push(stored);
    release.files.sort((a, b) => (a.filename < b.filename ? -1 : 1));
    project.last_serial = ++next.serial;

    await this.persist(next);
    this.state = next;
    return stored;
  }

  private async persist(state: IndexState): Promise<void> {
    const target = path.join(this.dir, STATE_FILE);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify(state, null, 2));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  }

  /** Removes leftovers of receiving (called when an upload is refused). */
  async discard(received: string): Promise<void> {
    await rm(received, { force: true });
  }

  /** Files left in tmp/ (for tests: nothing lingers after refused uploads). */
  async pendingTemps(): Promise<string[]> {
    return readdir(path.join(this.dir, 'tmp'));
  }
}
