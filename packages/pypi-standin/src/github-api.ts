// A GitHub REST stand-in on loopback for the GitHub Release (the demo's and
// the tests'; never bundled into the action): the endpoints
// the action uses, answering as api.github.com does (status codes, JSON
// shapes, `errors` on 422), with the uploads on the same server through the
// release's `upload_url` template, as GitHub Enterprise Server serves them.
// It checks the bearer token, records every request, and refuses on demand
// (403 for writes, 404 for the repository, 422 for creation).
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInAsset {
  id: number;
  name: string;
  size: number;
  state: 'uploaded' | 'starter';
  content_type: string;
  digest: string;
  bytes: Buffer;
}

export interface StandInRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  assets: StandInAsset[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  authorization: string | undefined;
}

export interface GitHubStandIn {
  /** The API root, as GITHUB_API_URL (no trailing slash). */
  url: string;
  repository: string;
  releases: StandInRelease[];
  requests: RecordedRequest[];
  /**
   * Refusals on demand: writes answered 403 (a token without `contents: write`), the repository 404, creation 422;
   * `throttle`: the next `count` reads answered 429 with that Retry-After (seconds or an HTTP date), as GitHub's secondary rate limit does.
   */
  faults: { denyWrites?: boolean; repoMissing?: boolean; rejectCreate?: boolean; throttle?: { count: number; retryAfter: string } };
  /** A release as the user (or the GitHub UI) made it, e.g. the one a `release` event is about. */
  addRelease(init: Partial<Omit<StandInRelease, 'id' | 'assets'>> & { tag_name: string }): StandInRelease;
  json(release: StandInRelease): Record<string, unknown>;
  close(): Promise<void>;
}

export async function startGitHubApi(options: { token: string; repository: string }): Promise<GitHubStandIn> {
  let nextId = 1000;
  const releases: StandInRelease[] = [];
  const requests: RecordedRequest[] = [];
  const faults: GitHubStandIn['faults'] = {};
  let base = '';
  const repoPath = `/repos/${options.repository}`;

  const releaseJson = (r: StandInRelease): Record<string, unknown> => ({
    id: r.id,
    url: `${base}${repoPath}/releases/${r.id}`,
    html_url: `https://github.example/${options.repository}/releases/tag/${encodeURIComponent(r.tag_name)}`,
    upload_url: `${base}/uploads${repoPath}/releases/${r.id}/assets{?name,label}`,
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    assets: r.assets.map(assetJson),
  });
  const assetJson = (a: StandInAsset): Record<string, unknown> => ({
    id: a.id,
    name: a.name,
    size: a.size,
    state: a.state,
    content_type: a.content_type,
    digest: a.digest,
    browser_download_url: `${base}/download/${a.id}/${encodeURIComponent(a.name)}`,
  });

  const addRelease: GitHubStandIn['addRelease'] = (init) => {
    const release: StandInRelease = {
      id: nextId++, target_commitish: 'main', name: null, body: null, draft: false, prerelease: false, assets: [], ...init,
    };
    releases.push(release);
    return release;
  };

  async function handle(req: IncomingMessage, body: Buffer): Promise<{ status: number; json?: unknown; bytes?: Buffer; retryAfter?: string }> {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    if (method === 'GET' && faults.throttle && faults.throttle.count > 0) {
      faults.throttle.count--;
      return { status: 429, json: { message: 'You have exceeded a secondary rate limit.' }, retryAfter: faults.throttle.retryAfter };
    }
    const p = decodeURIComponent(url.pathname);
    const download = /^\/download\/(\d+)\//.exec(url.pathname);
    if (download && method === 'GET') {
      const asset = releases.flatMap((r) => r.assets).find((a) => a.id === Number(download[1]));
      return asset ? { status: 200, bytes: asset.bytes } : { status: 404, json: notFound() };
    }
    if (req.headers.authorization !== `Bearer ${options.token}` && req.headers.authorization !== `token ${options.token}`) {
      return { status: 401, json: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
    }
    const upload = p.startsWith('/uploads/');
    const route = upload ? p.slice('/uploads'.length) : p;
    if (!route.startsWith(repoPath) || faults.repoMissing) return { status: 404, json: notFound() };
    const rest = route.slice(repoPath.length);
    if (method !== 'GET' && faults.denyWrites) {
      return { status: 403, json: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release', status: '403' } };
    }
    const byId = (id: string) => releases.find((r) => r.id === Number(id));

    if (rest === '' && method === 'GET') return { status: 200, json: { id: 1, full_name: options.repository, private: false } };
    let m = /^\/releases\/tags\/(.+)$/.exec(rest);
    if (m && method === 'GET') {
      // Drafts have no tag yet: GitHub does not find them by tag.
      const r = releases.find((x) => x.tag_name === m![1] && !x.draft);
      return r ? { status: 200, json: releaseJson(r) } : { status: 404, json: notFound() };
    }
    if (rest === '/releases' && method === 'GET') {
      // Newest first, drafts included (the token may push).
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      return { status: 200, json: [...releases].reverse().slice(0, perPage).map(releaseJson) };
    }
    if (rest === '/releases' && method === 'POST') {
      const input = parseJson(body) as Partial<StandInRelease> | undefined;
      if (!input || typeof input.tag_name !== 'string' || input.tag_name === '' || faults.rejectCreate) {
        return validation('tag_name', 'invalid');
      }
      if (releases.some((r) => r.tag_name === input.tag_name && !r.draft)) return validation('tag_name', 'already_exists');
      const r = addRelease({
        tag_name: input.tag_name,
        target_commitish: input.target_commitish ?? 'main',
        name: input.name ?? null,
        body: input.body ?? null,
        draft: input.draft ?? false,
        prerelease: input.prerelease ?? false,
      });
      return { status: 201, json: releaseJson(r) };
    }
    m = /^\/releases\/(\d+)$/.exec(rest);
    if (m) {
      const r = byId(m[1]!);
      if (!r) return { status: 404, json: notFound() };
      if (method === 'GET') return { status: 200, json: releaseJson(r) };
      if (method === 'PATCH') {
        const input = (parseJson(body) ?? {}) as Partial<StandInRelease>;
        for (const key of ['name', 'body', 'prerelease', 'draft', 'tag_name'] as const) {
          if (key in input) (r as unknown as Record<string, unknown>)[key] = input[key];
        }
        return { status: 200, json: releaseJson(r) };
      }
    }
    m = /^\/releases\/(\d+)\/assets$/.exec(rest);
    if (m) {
      const r = byId(m[1]!);
      if (!r) return { status: 404, json: notFound() };
      if (method === 'GET' && !upload) {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return { status: 200, json: r.assets.slice((page - 1) * perPage, page * perPage).map(assetJson) };
      }
      if (method === 'POST' && upload) {
        const name = url.searchParams.get('name');
        if (!name) return validation('name', 'missing_field');
        if (r.assets.some((a) => a.name === name)) return validation('name', 'already_exists');
        if (Number(req.headers['content-length']) !== body.length) return { status: 400, json: { message: 'Bad Content-Length' } };
        const asset: StandInAsset = {
          id: nextId++, name, size: body.length, state: 'uploaded',
          content_type: String(req.headers['content-type'] ?? 'application/octet-stream'),
          digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
          bytes: body,
        };
        r.assets.push(asset);
        return { status: 201, json: assetJson(asset) };
      }
    }
    m = /^\/releases\/assets\/(\d+)$/.exec(rest);
    if (m && method === 'DELETE') {
      for (const r of releases) {
        const i = r.assets.findIndex((a) => a.id === Number(m![1]));
        if (i >= 0) {
          r.assets.splice(i, 1);
          return { status: 204 };
        }
      }
      return { status: 404, json: notFound() };
    }
    return { status: 404, json: notFound() };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, Buffer.concat(chunks)).then((out) => {
        requests.push({ method: req.method ?? '', path: req.url ?? '', status: out.status, authorization: req.headers.authorization });
        if (out.bytes) {
          res.writeHead(out.status, { 'content-type': 'application/octet-stream', 'content-length': out.bytes.length });
          res.end(out.bytes);
          return;
        }
        const text = out.json === undefined ? '' : JSON.stringify(out.json);
        res.writeHead(out.status, {
          'content-type': 'application/json; charset=utf-8',
          ...(out.status === 403 ? { 'x-accepted-github-permissions': 'contents=write' } : {}),
          ...(out.retryAfter === undefined ? {} : { 'retry-after': out.retryAfter }),
        });
        res.end(text);
      }, (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    repository: options.repository,
    releases,
    requests,
    faults,
    addRelease,
    json: releaseJson,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function notFound() {
  return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };
}

function validation(field: string, code: string) {
  return {
    status: 422,
    json: { message: 'Validation Failed', errors: [{ resource: 'Release', code, field }], documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release', status: '422' },
  };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
