// The Attest stage on its own (src/attest/release.ts), against the loopback
// Sigstore: a `<file>.publish.attestation` lying next to a prebuilt file is
// taken as it is (the twine and uv convention) once checked against the file;
// one for another file, or one that is not an attestation, stops the release
// before any upload.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSigstore, type RunningSigstore } from '../packages/pypi-standin/src/sigstore/server.ts';
import type { AttestationsConfig } from '../src/attest/config.ts';
import { attestDists } from '../src/attest/release.ts';
import { ATTESTATION_SUFFIX, type Dist } from '../src/dists/dist.ts';
import { globDists } from '../src/dists/find.ts';
import { isReleaseError } from '../src/errors.ts';
import { startIssuer, type RunningIssuer } from '../packages/pypi-standin/src/issuer.ts';
import { testDeps } from './helpers/index.ts';

let issuer: RunningIssuer;
let sigstore: RunningSigstore;
let temp: string;
let config: AttestationsConfig;

beforeAll(async () => {
  issuer = await startIssuer({ job: { repository: 'octo-org/hello-pkg', workflow: 'release.yml' } });
  sigstore = await startSigstore({ issuer: issuer.issuer, jwks: issuer.jwksUrl });
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-attest-stage-'));
  config = { mode: 'auto', staging: true, production: true, sigstore: { kind: 'test', url: new URL(sigstore.url) } };
});
afterAll(async () => {
  await sigstore?.close();
  await issuer?.close();
  if (temp) await fs.rm(temp, { recursive: true, force: true });
});

/** A file as inspection describes it: attestations bind only name and sha256, so any bytes do. */
async function dist(filename: string, bytes: string): Promise<Dist> {
  const file = path.join(temp, filename);
  await fs.writeFile(file, bytes);
  const { createHash } = await import('node:crypto');
  return { path: file, filename, kind: filename.endsWith('.whl') ? 'wheel' : 'sdist', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } as Dist;
}

const job = () => Object.assign(testDeps(), { env: issuer.env });

async function refusal(p: Promise<unknown>) {
  const e = await p.then(() => undefined, (error: unknown) => error);
  if (!isReleaseError(e)) throw new Error(`expected a ReleaseError, got ${String(e)}`);
  return e;
}

describe('attestDists', () => {
  it('signs a file with none beside it, and takes a prebuilt one as it is', async () => {
    const sdist = await dist('hello_pkg-2.0.0.tar.gz', 'sdist bytes');
    const first = await attestDists([sdist], config, job());
    const made = first.attestations.get(sdist.filename)!;
    await fs.writeFile(`${sdist.path}${ATTESTATION_SUFFIX}`, JSON.stringify(made));
    const entries = sigstore.rekor.size;
    const deps = job();
    const again = await attestDists([sdist], config, deps);
    expect(again.attestations.get(sdist.filename)).toEqual(made);
    expect(sigstore.rekor.size).toBe(entries);
    expect(deps.lines).toContainEqual(expect.stringMatching(/^info: hello_pkg-2\.0\.0\.tar\.gz: attestation hello_pkg-2\.0\.0\.tar\.gz\.publish\.attestation, found next to the file, Rekor log index \d+/));
    expect(again.publisher).toEqual({ kind: 'github', repository: 'octo-org/hello-pkg', workflow: 'release.yml', ref: 'refs/heads/main', issuer: issuer.issuer });
  });

  it('refuses a prebuilt attestation of other bytes, or one that is not an attestation, before anything is uploaded', async () => {
    const wheel = await dist('hello_pkg-2.0.0-py3-none-any.whl', 'wheel bytes');
    const signed = (await attestDists([wheel], config, job())).attestations.get(wheel.filename)!;
    const rebuilt = await dist('hello_pkg-2.0.0-py3-none-any.whl', 'other wheel bytes');
    await fs.writeFile(`${rebuilt.path}${ATTESTATION_SUFFIX}`, JSON.stringify(signed));
    const stale = await refusal(attestDists([rebuilt], config, job()));
    expect(stale.code).toBe('ATTESTATION_SIGNING_FAILED');
    expect(stale.message).toContain('does not hold for it: subject does not match distribution digest. Nothing was uploaded.');

    await fs.writeFile(`${rebuilt.path}${ATTESTATION_SUFFIX}`, '{"version": 2}');
    const junk = await refusal(attestDists([rebuilt], config, job()));
    expect(junk.message).toContain("is not a PEP 740 attestation: the attestation's version is 2, not 1. Nothing was uploaded.");
  });

  it('without `id-token: write` says so before anything is signed', async () => {
    const sdist = await dist('hello_pkg-2.0.1.tar.gz', 'x');
    const before = sigstore.requests.length;
    const error = await refusal(attestDists([sdist], config, testDeps()));
    expect(error.code).toBe('ATTESTATION_SIGNING_FAILED');
    expect(error.render()).toContain('`permissions: id-token: write`');
    expect(sigstore.requests.length).toBe(before);
  });
});

describe('dists: dist/* beside prebuilt attestations', () => {
  it('matches the files, not their .publish.attestation companions', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-glob-'));
    try {
      for (const name of ['hello_pkg-1.0.tar.gz', 'hello_pkg-1.0-py3-none-any.whl']) {
        await fs.writeFile(path.join(dir, name), 'x');
        await fs.writeFile(path.join(dir, `${name}${ATTESTATION_SUFFIX}`), '{}');
      }
      expect((await globDists([`${dir}/*`])).map((f) => path.basename(f))).toEqual(['hello_pkg-1.0.tar.gz', 'hello_pkg-1.0-py3-none-any.whl']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
