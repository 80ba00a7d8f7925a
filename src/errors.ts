// The error catalogue. Every failure a user can meet is a ReleaseError with a
// stable code (tests assert the code, not the prose), what happened, the likely
// cause and fix, and a link to its entry in docs/troubleshooting.md.

export type ErrorCode =
  | 'INPUT_INVALID'
  | 'PROJECT_NOT_FOUND'
  | 'VERSION_SOURCE_UNSUPPORTED'
  | 'VERSION_INVALID'
  | 'VERSION_MISMATCH'
  | 'VERSION_TAGS_UNMATCHED'
  | 'VERSION_FILE_MISMATCH'
  | 'VERSION_ALREADY_RELEASED'
  | 'PYTHON_NOT_FOUND'
  | 'BUILD_FAILED'
  | 'DISTS_NOT_FOUND'
  | 'DIST_INVALID'
  | 'CHECK_UNAVAILABLE'
  | 'ARCHIVE_TOO_LARGE'
  | 'INDEX_AUTH'
  | 'TRUSTED_PUBLISHING_UNSUPPORTED'
  | 'TRUSTED_PUBLISHING_NO_ID_TOKEN'
  | 'TRUSTED_PUBLISHING_REFUSED'
  | 'TRUSTED_PUBLISHING_AUDIENCE'
  | 'INDEX_REJECTED'
  | 'INDEX_UNREACHABLE'
  | 'INDEX_REDIRECT'
  | 'INDEX_ANSWER_TOO_LARGE'
  | 'INDEX_LISTING_INVALID'
  | 'FILENAME_REUSED'
  | 'STAGING_TAKEN'
  | 'PROJECT_TOO_LARGE'
  | 'STAGING_TIMEOUT'
  | 'STAGING_MISMATCH'
  | 'SMOKE_INSTALL_FAILED'
  | 'SMOKE_TEST_FAILED'
  | 'MANIFEST_MISMATCH'
  | 'GIT_PUSH_FAILED'
  | 'TAG_ELSEWHERE'
  | 'SHALLOW_CHECKOUT'
  | 'PROMOTE_UNVERIFIED'
  | 'ATTESTATION_UNSUPPORTED'
  | 'ATTESTATION_SIGNING_FAILED'
  | 'ATTESTATION_REJECTED'
  | 'PROVENANCE_UNVERIFIED'
  | 'GITHUB_RELEASE_FAILED'
  | 'REPORT_FAILED';

/** The page, relative to the repository's root, that has one entry per error code. */
export const TROUBLESHOOTING = 'docs/troubleshooting.md';

export interface Annotation {
  file: string;
  startLine?: number;
  title?: string;
}

export interface ReleaseErrorInit {
  code: ErrorCode;
  /** What happened, in one sentence (names the file, the index, the value). */
  message: string;
  /** Why it likely happened and what to do about it. */
  hint?: string;
  /** Further lines shown under the message (a tool's output, a list of findings). */
  details?: string[];
  /** Where a line of the user's project is to blame. */
  annotation?: Annotation;
  cause?: unknown;
}

export class ReleaseError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly details: string[];
  readonly annotation: Annotation | undefined;

  constructor(init: ReleaseErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ReleaseError';
    this.code = init.code;
    this.hint = init.hint;
    this.details = init.details ?? [];
    this.annotation = init.annotation;
  }

  /** The anchor of this error's entry in docs/troubleshooting.md: GitHub's slug of the heading `### INDEX_AUTH`. */
  get anchor(): string {
    return `#${this.code.toLowerCase()}`;
  }

  /** The whole text a user sees: message, details, fix, link to its troubleshooting entry. */
  render(troubleshootingUrl = TROUBLESHOOTING): string {
    const lines = [this.message];
    for (const d of this.details) lines.push(`  ${d}`);
    if (this.hint) lines.push(this.hint);
    lines.push(`See ${troubleshootingUrl}${this.anchor} (error ${this.code}).`);
    return lines.join('\n');
  }
}

/** Matches by code, not instanceof: a bundled copy of this module may differ. */
export function isReleaseError(e: unknown): e is ReleaseError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ReleaseError' && 'code' in e;
}
