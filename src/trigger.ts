// What started the run, as far as the version is concerned: a pushed tag or a
// published release names the version; anything else (workflow_dispatch, a
// branch push) leaves it to the `version` or `bump` input.
import fs from 'node:fs';
import { localSegment, normalize } from './version/pep440.ts';

export interface RunEvent {
  /** GITHUB_EVENT_NAME: push, release, workflow_dispatch, ... */
  name: string;
  /** GITHUB_REF: refs/tags/v1.4.0, refs/heads/main, ... */
  ref: string;
  /** The webhook payload from GITHUB_EVENT_PATH ({} when there is none). */
  payload: Record<string, unknown>;
}

/** Reads the event at the edge: the runner writes the payload to a file. */
export function readEvent(env: NodeJS.ProcessEnv): RunEvent {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      // No payload (a local run): the event name and ref still say what matters.
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF ?? '', payload };
}

/** The tag this run is about: the pushed tag, or the tag of the release event; else undefined. */
export function triggerTag(event: RunEvent): string | undefined {
  if (event.name === 'release') {
    const release = event.payload.release as { tag_name?: unknown } | undefined;
    if (typeof release?.tag_name === 'string') return release.tag_name;
  }
  if (event.name === 'push' || event.name === 'release' || event.name === 'create') {
    if (event.ref.startsWith('refs/tags/')) return event.ref.slice('refs/tags/'.length);
  }
  return undefined;
}

/** The version a tag names under `prefix` (normalized), or the sentence that says why it names none. */
export function tagVersion(tag: string, prefix: string): { version: string } | { problem: string } {
  if (!tag.startsWith(prefix)) {
    return { problem: `the run was started by the tag '${tag}', which does not start with tag-prefix '${prefix}' (set \`tag-prefix\` to the prefix your tags use, '' for none).` };
  }
  const rest = tag.slice(prefix.length);
  const version = normalize(rest);
  if (!version) return { problem: `the tag '${tag}' names '${rest}' after the prefix '${prefix}', which is not a PEP 440 version.` };
  const local = localSegment(version);
  if (local !== null) return { problem: `the tag '${tag}' names ${version}, with a local segment ('+${local}') that PyPI refuses.` };
  return { version };
}
