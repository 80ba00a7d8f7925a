// Issue #7: uploading one file to the embedded index with pypi-promote's
// client (hash it and read its METADATA, as twine does, then publish:
// streaming multipart through undici) and with `twine upload`, each in a
// fresh process timed from its start, hashing included, peak RSS read by GNU
// time for both. A third upload with curl
// (digest computed beforehand, nothing else done) shows what the index alone
// can take: when it is close to the others, the server is the bottleneck. A
// fourth, by the barest client node allows (bare-upload.ts), shows the least
// any client on node can take, hashing included.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startIndex } from '../../packages/pypi-standin/src/server.ts';
import { TWINE_HARNESS, TWINE_PYTHON } from '../../test/helpers/harness.ts';
import { bundle, median, measure, MIB, type Measured } from './files.ts';
import { uploadFloorMs, type Rates } from './floor.ts';

const TOKEN = 'pypi-bench-token';

export interface UploadCase {
  /** Nominal size, for the report. */
  label: string;
  path: string;
  name: string;
  version: string;
  rounds: number;
}

type Client = 'ours' | 'twine' | 'bare' | 'curl';

export async function uploadBench(dir: string, cases: UploadCase[], rates: Rates): Promise<string[]> {
  const entry = await bundle('upload-files.ts', path.join(dir, 'upload-files.mjs'));
  const bare = await bundle('bare-upload.ts', path.join(dir, 'bare-upload.mjs'));
  const lines: string[] = [];
  for (const c of cases) {
    const size = (await fs.stat(c.path)).size;
    const sha256 = await sha256Of(c.path);
    const runs: Record<Client, Measured[]> = { ours: [], twine: [], bare: [], curl: [] };
    for (let i = 0; i < c.rounds; i++) {
      for (const client of ['ours', 'twine', 'bare', 'curl'] as const) {
        runs[client].push(await uploadOnce(dir, client, c, { ours: entry, bare }, sha256));
      }
    }
    const mibs = (client: Client) => size / MIB / (median(runs[client].map((r) => r.ms)) / 1000);
    const rss = (client: Client) => {
      const values = runs[client].map((r) => r.rssMiB).filter((v): v is number => v !== undefined);
      return values.length === 0 ? undefined : Math.max(...values);
    };
    const mb = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(0)} MiB`);
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : (a / b).toFixed(2));
    lines.push(
      `upload of ${c.label} (${(size / MIB).toFixed(0)} MiB, ${c.rounds} round${c.rounds === 1 ? '' : 's'}): ` +
        `pypi-promote ${mibs('ours').toFixed(0)} MiB/s, peak RSS ${mb(rss('ours'))}; ` +
        `twine ${mibs('twine').toFixed(0)} MiB/s, peak RSS ${mb(rss('twine'))}; ` +
        `throughput ratio ${(mibs('ours') / mibs('twine')).toFixed(2)}, RSS ratio ${ratio(rss('ours'), rss('twine'))}; ` +
        `index alone (curl, no hashing) ${mibs('curl').toFixed(0)} MiB/s`,
    );
    const best = size / MIB / (uploadFloorMs(size, mibs('curl'), rates) / 1000);
    lines.push(`  least possible here for a client that hashes, then sends (floor.ts): ${best.toFixed(0)} MiB/s, ${(best / mibs('twine')).toFixed(2)}x twine`);
    lines.push(`  the barest client on node (bare-upload.ts: sha256, then node:http; nothing else): ${mibs('bare').toFixed(0)} MiB/s, ${(mibs('bare') / mibs('twine')).toFixed(2)}x twine`);
  }
  return lines;
}

async function uploadOnce(dir: string, client: Client, c: UploadCase, entries: { ours: string; bare: string }, sha256: string): Promise<Measured> {
  const indexDir = path.join(dir, `index-${client}`);
  // Big enough for the 1 GiB case; Warehouse's own default is 100 MiB.
  const index = await startIndex({ dir: indexDir, token: TOKEN, port: 0, maxFileSize: 4 * 1024 * MIB });
  let measured: Measured;
  try {
    measured = await runClient(client, c, entries, sha256, index.uploadUrl, dir);
  } finally {
    await index.close();
    await fs.rm(indexDir, { recursive: true, force: true });
  }
  if (index.uploads.length === 0 || index.uploads.some((u) => u.status !== 200)) {
    throw new Error(`${client} upload of ${c.path} was not stored: ${JSON.stringify(index.uploads)}`);
  }
  return measured;
}

function runClient(client: Client, c: UploadCase, entries: { ours: string; bare: string }, sha256: string, uploadUrl: string, statsDir: string): Promise<Measured> {
  if (client === 'ours' || client === 'bare') {
    const args = client === 'ours' ? [entries.ours, c.version, c.path] : [entries.bare, c.path, c.name, c.version];
    return measure(process.execPath, args, {
      statsDir,
      env: { ...process.env, BENCH_UPLOAD_URL: uploadUrl, BENCH_TOKEN: TOKEN },
    });
  }
  if (client === 'twine') {
    return measure(TWINE_PYTHON, [
      TWINE_HARNESS, 'upload', '--non-interactive', '--disable-progress-bar', '--repository-url', uploadUrl, c.path,
    ], { statsDir, env: { ...process.env, TWINE_USERNAME: '__token__', TWINE_PASSWORD: TOKEN } });
  }
  const form = [
    ':action=file_upload', 'protocol_version=1', 'filetype=bdist_wheel', 'pyversion=py3', 'metadata_version=2.1',
    `name=${c.name}`, `version=${c.version}`, `sha256_digest=${sha256}`, `content=@${c.path};type=application/octet-stream`,
  ].flatMap((f) => ['-F', f]);
  // A throwaway token for a loopback index that lives for this one upload.
  return measure('curl', ['-sS', '--fail-with-body', '-u', `__token__:${TOKEN}`, ...form, uploadUrl], { statsDir });
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: MIB })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
