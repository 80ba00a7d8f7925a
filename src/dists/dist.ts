import type { PyPIAttestation } from '../attest/object.ts';
import type { CoreMetadata } from './metadata.ts';

/** A built distribution file, read once: what every later stage knows of it. */
export interface Dist {
  /** Absolute path on disk. */
  path: string;
  filename: string;
  kind: 'sdist' | 'wheel';
  size: number;
  /** Lower-case hex sha256 of the whole file: the digest the upload form carries and Warehouse verifies. */
  sha256: string;
  metadata: CoreMetadata;
  /** Name and Version from the file's own metadata. */
  name: string;
  version: string;
  /** The upload form's `pyversion`: 'source' for an sdist, the python tag of a wheel ('py3', 'py2.py3'). */
  pyversion: string;
  /** Wheels: the importable top-level modules and packages (from the archive's paths). Empty for an sdist. */
  topLevel: string[];
  /** PEP 740 attestations the upload carries (the form's `attestations` field); none when absent. */
  attestations?: PyPIAttestation[];
}

/**
 * The suffix twine and uv read next to a file: an attestation made elsewhere,
 * uploaded with its file rather than as a file of the release.
 */
export const ATTESTATION_SUFFIX = '.publish.attestation';

/** A file size as people read it in logs and summaries: `812 B`, `4.1 KiB`, `96.0 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
}
