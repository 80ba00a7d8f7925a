// The Simple Repository API as Warehouse serves it (warehouse/api/simple.py,
// packaging/utils.py, templates/api/simple/*.html): PEP 503 HTML and PEP 691
// JSON chosen by Accept, with PEP 592/658/700/714 data. Pure rendering.
import { acceptableOffers } from './accept.ts';
import type { StoredFile, StoredProject } from './store.ts';

export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
export const SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html';
const TEXT_HTML = 'text/html';
// Warehouse's order of offers: with a wildcard or no Accept header, plain HTML wins.
const OFFERS = [TEXT_HTML, SIMPLE_HTML, SIMPLE_JSON];
export const API_VERSION = '1.4';

export type SimpleFormat = typeof TEXT_HTML | typeof SIMPLE_HTML | typeof SIMPLE_JSON;

export interface Rendered {
  contentType: string;
  body: string;
}

/** The representation to send: `?format=` first (as Warehouse allows), then Accept; HTML when nothing matches. */
export function chooseFormat(accept: string | undefined, format: string | null): SimpleFormat {
  const wanted = format !== null && OFFERS.includes(format) ? format : acceptableOffers(accept, OFFERS)[0];
  return (wanted ?? TEXT_HTML) as SimpleFormat;
}

function contentType(format: SimpleFormat): string {
  return format === TEXT_HTML ? 'text/html; charset=UTF-8' : format;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The absolute URL of a stored file (files.pythonhosted.org's layout, under /files/). */
export function fileUrl(base: string, file: StoredFile): string {
  return `${base}/files/${file.path.split('/').map(encodeURIComponent).join('/')}`;
}

export function renderIndex(projects: StoredProject[], serial: number, format: SimpleFormat): Rendered {
  if (format === SIMPLE_JSON) {
    return {
      contentType: contentType(format),
      body: JSON.stringify({
        meta: { 'api-version': API_VERSION, '_last-serial': serial },
        projects: projects.map((p) => ({ name: p.name, '_last-serial': p.last_serial })),
      }),
    };
  }
  const links = projects
    .map((p) => `    <a href="/simple/${encodeURIComponent(p.normalized_name)}/">${escapeHtml(p.name)}</a><br />`)
    .join('\n');
  const body = `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="${API_VERSION}">
    <title>Simple index</title>
  </head>
  <body>
${links}
  </body>
</html>
<!--SERIAL ${serial}-->
`;
  return { contentType: contentType(format), body };
}

interface FileEntry {
  file: StoredFile;
  version: string;
}

function projectFiles(project: StoredProject): FileEntry[] {
  // Releases are kept oldest first, files by name: Warehouse's order.
  return project.releases.flatMap((r) => r.files.map((file) => ({ file, version: r.version })));
}

/** The provenance URL of a file (PEP 740), when the index holds attestations for it. */
export type ProvenanceUrl = (filename: string, version: string) => string | undefined;

/** The hash a listing gives for each file (IndexOptions.listedHash). */
export type ListedHash = 'sha256' | 'md5' | 'none';

/** A file's hash as the URL fragment of its link, `#sha256=...`, or nothing. */
export function hashFragment(file: StoredFile, hash: ListedHash): string {
  return hash === 'none' ? '' : `#${hash}=${file[hash]}`;
}

export function renderProject(
  project: StoredProject,
  base: string,
  format: SimpleFormat,
  provenance: ProvenanceUrl = () => undefined,
  hash: ListedHash = 'sha256',
): Rendered {
  const files = projectFiles(project);
  if (format === SIMPLE_JSON) {
    return {
      contentType: contentType(format),
      body: JSON.stringify({
        meta: { 'api-version': API_VERSION, '_last-serial': project.last_serial },
        name: project.normalized_name,
        'project-status': { status: 'active' },
        versions: project.releases.map((r) => r.version),
        files: files.map(({ file, version }) => {
          const coreMetadata = file.metadata_sha256 === null ? false : { sha256: file.metadata_sha256 };
          return {
            filename: file.filename,
            url: fileUrl(base, file),
            hashes: hash === 'none' ? {} : { [hash]: file[hash] },
            'requires-python': file.requires_python,
            size: file.size,
            'upload-time': file.upload_time,
            yanked: false,
            'core-metadata': coreMetadata,
            'data-dist-info-metadata': coreMetadata,
            provenance: provenance(file.filename, version) ?? null,
          };
        }),
      }),
    };
  }
  const links = files
    .map(({ file, version }) => {
      const attributes = [`href="${escapeHtml(`${fileUrl(base, file)}${hashFragment(file, hash)}`)}"`];
      const provenanceUrl = provenance(file.filename, version);
      if (provenanceUrl !== undefined) attributes.push(`data-provenance="${escapeHtml(provenanceUrl)}"`);
      if (file.requires_python) attributes.push(`data-requires-python="${escapeHtml(file.requires_python)}"`);
      if (file.metadata_sha256 !== null) {
        // PEP 714 renamed the attribute; Warehouse sends both for older pips.
        attributes.push(`data-dist-info-metadata="sha256=${file.metadata_sha256}"`);
        attributes.push(`data-core-metadata="sha256=${file.metadata_sha256}"`);
      }
      return `    <a ${attributes.join(' ')}>${escapeHtml(file.filename)}</a><br />`;
    })
    .join('\n');
  const name = escapeHtml(project.normalized_name);
  const body = `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="${API_VERSION}">
    <meta name="pypi:project-status" content="active">
    <title>Links for ${name}</title>
  </head>
  <body>
    <h1>Links for ${name}</h1>
${links}
  </body>
</html>
<!--SERIAL ${project.last_serial}-->
`;
  return { contentType: contentType(format), body };
}
