// Error responses shaped as Warehouse's (Pyramid's HTTPException pages): the
// message goes into the HTTP reason phrase, which is where twine and older
// clients read it, and into a body whose format follows the Accept header
// (HTML for `*/*`, as twine sends; JSON when asked, as uv does; else plain
// text). Pure.
import { acceptableOffers } from './accept.ts';
import { escapeHtml } from './simple.ts';

export interface Reply {
  status: number;
  /** The reason phrase, already safe for an HTTP/1.1 status line. */
  reason: string;
  headers: Record<string, string>;
  body: string;
}

const TITLES: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  410: 'Gone',
  500: 'Internal Server Error',
};

const EXPLANATIONS: Record<number, string> = {
  301: 'The resource has been moved to',
  308: 'The resource has been moved to',
  400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  401: 'This server could not verify that you are authorized to access the document you requested.  Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.',
  403: 'Access was denied to this resource.',
  404: 'The resource could not be found.',
  405: 'The method is not allowed for this resource.',
  410: 'This resource is no longer available.  No forwarding address is given.',
  500: 'The server has either erred or is incapable of performing the requested operation.',
};

export function title(status: number): string {
  return TITLES[status] ?? 'Unknown';
}

/**
 * Warehouse encodes the message as iso-8859-1 with `replace` (RFC 9110 allows
 * nothing else in a reason phrase); Node also refuses control characters there.
 */
export function reasonPhrase(message: string): string {
  let out = '';
  for (const ch of message) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp === 0x09 || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0x80 && cp <= 0xff) ? ch : '?';
  }
  return out;
}

export interface ErrorOptions {
  /** Where a redirect points (301, 308). */
  location?: string;
  headers?: Record<string, string>;
}

/** An error (or redirect) reply with `message` as reason phrase and in the body. */
export function errorReply(
  status: number,
  message: string | undefined,
  accept: string | undefined,
  options: ErrorOptions = {},
): Reply {
  const reason = message === undefined ? title(status) : reasonPhrase(message);
  const statusLine = `${status} ${reason}`;
  const explanation = EXPLANATIONS[status] ?? '';
  // Pyramid reads a missing Accept header as an empty one, which accepts
  // neither HTML nor JSON: plain text.
  const format = acceptableOffers(accept ?? '', ['text/html', 'application/json'])[0] ?? 'text/plain';
  const escape = format === 'text/html' ? escapeHtml : (s: string) => s;
  const br = format === 'text/html' ? '<br/>' : '\n';
  const detail = escape(message ?? '');
  const body =
    options.location === undefined
      ? `${escape(explanation)}${br}${br}\n${detail}\n\n`
      : `${escape(explanation)} ${escape(options.location)}; you should be redirected automatically.\n${detail}\n`;
  const headers: Record<string, string> = { ...options.headers };
  if (options.location !== undefined) headers['Location'] = options.location;
  let page: string;
  if (format === 'application/json') {
    headers['Content-Type'] = 'application/json';
    page = JSON.stringify({ message: body, code: statusLine, title: title(status) });
  } else if (format === 'text/html') {
    headers['Content-Type'] = 'text/html; charset=UTF-8';
    const s = escapeHtml(statusLine);
    page = `<html>\n <head>\n  <title>${s}</title>\n </head>\n <body>\n  <h1>${s}</h1>\n  ${body}\n </body>\n</html>`;
  } else {
    headers['Content-Type'] = 'text/plain; charset=UTF-8';
    page = `${statusLine}\n\n${body}`;
  }
  return { status, reason, headers, body: page };
}
