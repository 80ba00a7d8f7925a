// The index configuration: which role an index plays, where it is, and the
// account that uploads to it. Owned here so that inputs (which parse it) and
// the index client and auth (which use it) import it from one place, not
// each other.
import type { IndexUrls } from './url.ts';

export type IndexRole = 'staging' | 'production';

/** The user name of PyPI-style API tokens, and of every token trusted publishing mints. */
export const TOKEN_USER = '__token__';

export interface IndexConfig {
  role: IndexRole;
  urls: IndexUrls;
  /** The API token; empty: trusted publishing (OIDC) mints one before the first upload. */
  token: string;
  /** The user name sent with it: `__token__` for PyPI-style tokens, an account for most private indexes. */
  username: string;
}

/**
 * The indexes a run uploads to, computed once (Config.uploadsTo): a stage job
 * uploads to staging only, a promote job to production only, a dry run to
 * neither.
 */
export function uploadTargets<T>(mode: 'release' | 'stage' | 'promote', dryRun: boolean, staging: T, production: T): T[] {
  if (dryRun) return [];
  return mode === 'stage' ? [staging] : mode === 'promote' ? [production] : [staging, production];
}
