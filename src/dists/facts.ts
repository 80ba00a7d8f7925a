// What the per-file rules read and return: the facts inspect.ts gathers
// from disk, the findings, and the shape of a rule. Types only, and PyPI's
// default file limit, so that each group of rules (rules-file.ts,
// rules-archive.ts, rules-metadata.ts) and check.ts share them without
// importing one another.
import type { TarMemberInfo, ZipEntryInfo } from './archive.ts';
import type { DistName } from './filename.ts';
import type { CoreMetadata } from './metadata.ts';
import type { MemberContent, RecordRow } from './record.ts';
import type { RenderFailure } from './render.ts';

export interface Finding {
  /** The distribution's file name; empty for a finding about the set as a whole. */
  file: string;
  /** What PyPI would say (its wording where it has one). */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** What the one pass over a wheel found besides its listing (zip-walk.ts). */
export interface ZipPassFacts {
  /** Warehouse's reason for refusing the records as stored, front to back. */
  structureProblem?: string | undefined;
  /** Members that could not be inflated, and why. */
  unreadableMembers?: ReadonlyMap<string, string>;
  /** RECORD as read, and every member's content as hashed, when both are known. */
  record?: { rows: readonly RecordRow[]; problems: readonly string[]; distInfo: string; contents: ReadonlyMap<string, MemberContent> } | undefined;
}

/** What could be read of one archive. */
export type ArchiveFacts =
  | ({ format: 'zip'; entries: readonly ZipEntryInfo[] } & ZipPassFacts)
  | { format: 'tar'; members: readonly TarMemberInfo[] }
  | { format: 'zip' | 'tar'; unreadable: string; structureProblem?: string };

/** Everything the per-file rules look at, gathered by inspect.ts. */
export interface DistFacts {
  filename: string;
  /** Bytes on disk. */
  size: number;
  /** Undefined when the file was not opened (neither .whl nor .tar.gz). */
  archive: ArchiveFacts | undefined;
  /** METADATA or PKG-INFO as found; undefined when absent (the archive rules say why) or unreadable. */
  metadata: CoreMetadata | undefined;
  /** Why metadata present in the archive could not be read (too large, not UTF-8). */
  metadataError?: string;
  /** A wheel's entry_points.txt, when it has one (NOT_UTF8 when its bytes are not UTF-8). */
  entryPoints?: string;
  /** Set when the description is reStructuredText that docutils would not render. */
  descriptionFailure?: RenderFailure;
}

/** What the index allows, where indexes differ. */
export interface CheckOptions {
  /** Largest file the index takes, in bytes; PyPI's default when unset. */
  maxFileSize?: number;
}

/** PyPI's default per-file limit (warehouse/constants.py MAX_FILESIZE: 100 MiB). */
export const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;

export type Problem = Omit<Finding, 'file'>;

/** One file as the rules see it: its facts and what was derived from them once. */
export interface Subject {
  facts: DistFacts;
  parsed: DistName | { error: string };
  /** Name and Version from the metadata, set only when they are valid (rules that compare need a sound reference). */
  name: string | undefined;
  version: string | undefined;
  options: CheckOptions;
}

export type Rule = (subject: Subject) => Iterable<Problem>;
