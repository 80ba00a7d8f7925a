// Small human pages for `/project/<name>/` and `/project/<name>/<version>/`,
// the URLs the action reports, and the index's front page. Pure rendering.
import { projectPageUrl } from './json-api.ts';
import { escapeHtml, fileUrl } from './simple.ts';
import type { StoredProject, StoredRelease } from './store.ts';

function page(title: string, content: string): string {
  return `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
${content}
  </body>
</html>
`;
}

export function renderHome(projects: StoredProject[], base: string): string {
  const items = projects.map((p) => `      <li><a href="${escapeHtml(projectPageUrl(base, p))}">${escapeHtml(p.name)}</a></li>`);
  return page(
    'Local package index',
    `    <h1>Local package index</h1>
    <p>Upload: <code>${escapeHtml(base)}/legacy/</code> &middot; Simple index: <a href="/simple/">${escapeHtml(base)}/simple/</a></p>
    <ul>
${items.join('\n')}
    </ul>`,
  );
}

export function renderProjectPage(project: StoredProject, release: StoredRelease, base: string, latest: boolean): string {
  const summary = release.metadata['summary']?.[0];
  const files = release.files.map(
    (f) =>
      `      <li><a href="${escapeHtml(fileUrl(base, f))}">${escapeHtml(f.filename)}</a> <code>sha256:${f.sha256}</code> (${f.size} bytes, ${escapeHtml(f.upload_time)})</li>`,
  );
  const versions = [...project.releases]
    .reverse()
    .map((r) => `      <li><a href="${escapeHtml(projectPageUrl(base, project, r))}">${escapeHtml(r.version)}</a></li>`);
  return page(
    `${project.name} ${release.version}`,
    `    <h1>${escapeHtml(project.name)} ${escapeHtml(release.version)}${latest ? '' : ' (not the latest version)'}</h1>
${summary ? `    <p>${escapeHtml(summary)}</p>\n` : ''}    <p><code>pip install ${escapeHtml(project.name)}==${escapeHtml(release.version)}</code></p>
    <h2>Files</h2>
    <ul>
${files.join('\n')}
    </ul>
    <h2>Versions</h2>
    <ul>
${versions.join('\n')}
    </ul>`,
  );
}
