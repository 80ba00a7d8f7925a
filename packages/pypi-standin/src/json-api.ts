// PyPI's JSON API (warehouse/legacy/api/json.py): `/pypi/<name>/json` for the
// latest release plus every release's files, `/pypi/<name>/<version>/json`
// for one release. The release data is the metadata of the upload that
// created the release, as on PyPI. Pure rendering.
import { isPrerelease } from '../../../src/version/pep440.ts';
import { fileUrl } from './simple.ts';
import type { StoredFile, StoredProject, StoredRelease } from './store.ts';

/** What `/pypi/<name>/json` describes: the newest final release, else the newest pre-release. */
export function latestRelease(project: StoredProject): StoredRelease | undefined {
  const finals = project.releases.filter((r) => !isPrerelease(r.version));
  return (finals.length > 0 ? finals : project.releases).at(-1);
}

export function projectPageUrl(base: string, project: StoredProject, release?: StoredRelease): string {
  const name = encodeURIComponent(project.name);
  return release ? `${base}/project/${name}/${encodeURIComponent(release.version)}/` : `${base}/project/${name}/`;
}

function fileEntry(base: string, file: StoredFile): Record<string, unknown> {
  return {
    comment_text: file.comment_text,
    digests: { blake2b_256: file.blake2_256, md5: file.md5, sha256: file.sha256 },
    downloads: -1,
    filename: file.filename,
    has_sig: false,
    md5_digest: file.md5,
    packagetype: file.packagetype,
    python_version: file.python_version,
    requires_python: file.requires_python,
    size: file.size,
    upload_time: file.upload_time.slice(0, 19),
    upload_time_iso_8601: file.upload_time,
    url: fileUrl(base, file),
    yanked: false,
    yanked_reason: null,
  };
}

function projectUrls(values: string[] | undefined): Record<string, string> | null {
  if (!values || values.length === 0) return null;
  const urls: Record<string, string> = {};
  for (const pair of values) {
    const comma = pair.indexOf(',');
    if (comma >= 0) urls[pair.slice(0, comma).trim()] = pair.slice(comma + 1).trim();
  }
  return urls;
}

export function renderJson(project: StoredProject, release: StoredRelease, base: string, withReleases: boolean): string {
  const meta = release.metadata;
  const one = (key: string): string | null => meta[key]?.[0] ?? null;
  const many = (key: string): string[] | null => meta[key] ?? null;
  const info = {
    author: one('author'),
    author_email: one('author_email'),
    bugtrack_url: null,
    classifiers: many('classifiers') ?? [],
    description: one('description') ?? '',
    description_content_type: one('description_content_type'),
    docs_url: null,
    download_url: one('download_url'),
    downloads: { last_day: -1, last_month: -1, last_week: -1 },
    dynamic: many('dynamic'),
    home_page: one('home_page'),
    keywords: one('keywords'),
    license: one('license'),
    license_expression: one('license_expression'),
    license_files: many('license_file'),
    maintainer: one('maintainer'),
    maintainer_email: one('maintainer_email'),
    name: project.name,
    package_url: projectPageUrl(base, project),
    platform: one('platform'),
    project_url: projectPageUrl(base, project),
    project_urls: projectUrls(many('project_urls') ?? undefined),
    provides_extra: many('provides_extra'),
    release_url: projectPageUrl(base, project, release),
    requires_dist: many('requires_dist'),
    requires_python: release.requires_python,
    summary: one('summary'),
    version: release.version,
    yanked: false,
    yanked_reason: null,
  };
  const document: Record<string, unknown> = {
    info,
    last_serial: project.last_serial,
    urls: release.files.map((f) => fileEntry(base, f)),
    vulnerabilities: [],
  };
  if (withReleases) {
    document['releases'] = Object.fromEntries(project.releases.map((r) => [r.version, r.files.map((f) => fileEntry(base, f))]));
  }
  return JSON.stringify(document);
}
