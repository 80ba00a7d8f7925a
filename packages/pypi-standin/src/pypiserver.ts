// What pypiserver 2.x answers where a client sees it differ from Warehouse
// (IndexOptions.kind 'pypiserver'), from pypiserver's _app.py: its project
// page, one PEP 503 HTML template whatever the Accept, and its refusal of a
// filename it already holds. Pure.
import { escapeHtml, fileUrl, hashFragment, type ListedHash, type Rendered } from './simple.ts';
import type { StoredProject } from './store.ts';
import type { Reply } from './responses.ts';

/** pypiserver's `simple(project)` page: anchors only, no data- attributes, no repository version. */
export function renderPypiserverProject(project: StoredProject, base: string, hash: ListedHash): Rendered {
  const files = project.releases.flatMap((r) => r.files);
  const name = escapeHtml(project.normalized_name);
  const links = files
    .map((file) => `            <a href="${escapeHtml(`${fileUrl(base, file)}${hashFragment(file, hash)}`)}">${escapeHtml(file.filename)}</a><br>`)
    .join('\n');
  const body = `<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Links for ${name}</title>
    </head>
    <body>
        <h1>Links for ${name}</h1>
${links}
    </body>
</html>
`;
  return { contentType: 'text/html; charset=UTF-8', body };
}

/**
 * pypiserver's answer to a filename it holds, identical bytes or not (it
 * never compares them): 409, or 400 for twine, which since 1.7 expects
 * PyPI's status. Bottle's error page, the reason phrase the standard one.
 */
export function pypiserverExists(filename: string, userAgent: string | undefined, url: string): Reply {
  const status = userAgent?.includes('twine') ? 400 : 409;
  const title = status === 400 ? 'Bad Request' : 'Conflict';
  const message = `Package '${filename}' already exists!\n  You may start server with \`--overwrite\` option.`;
  const body = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html>
    <head>
        <title>Error: ${status} ${title}</title>
    </head>
    <body>
        <h1>Error: ${status} ${title}</h1>
        <p>Sorry, the requested URL <tt>&#039;${escapeHtml(url)}&#039;</tt>
           caused an error:</p>
        <pre>${escapeHtml(message)}</pre>
    </body>
</html>
`;
  return { status, reason: title, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body };
}
