// The index client's reading of listings (listFiles) against the stand-in
// index over real HTTP on loopback: PEP 691 JSON as Warehouse negotiates it,
// pypiserver's HTML-only pages, an unknown project, a failing index,
// redirects on the same host and to another, a private index; and the pure
// parsers of both formats.
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { listFiles, parseSimpleHtml, parseSimpleJson, SIMPLE_ACCEPT } from '../src/index/simple.ts';
import { publish } from '../src/index/upload.ts';
import { digestsOf } from './helpers/index-http.ts';
import { testDeps } from './helpers/index.ts';
import { expectCode, failure, TOKEN, useProbes, useStandIn } from './helpers/standin.ts';

const probes = useProbes('listing');
const standIn = useStandIn(() => probes.temp);

/** Where the stand-in serves a file: files.pythonhosted.org's layout, by the file's BLAKE2b-256. */
async function fileUrl(base: string, path: string, filename: string): Promise<string> {
  const b2 = (await digestsOf(await fs.readFile(path))).blake2_256;
  return `${base}/files/${b2.slice(0, 2)}/${b2.slice(2, 4)}/${b2.slice(4)}/${filename}`;
}

describe('listFiles', () => {
  it('reads PEP 691 JSON, asking as pip does, with a cache buster when fresh', async () => {
    const { dists } = probes;
    const { index, urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    index.requests.length = 0;
    const files = await listFiles(urls, 'IDX.Probe', testDeps(), { fresh: true });
    expect([...files.keys()].sort()).toEqual(dists.map((d) => d.filename).sort());
    const wheel = dists[1]!;
    expect(files.get(wheel.filename)).toEqual({
      filename: wheel.filename,
      url: await fileUrl(index.url, wheel.path, wheel.filename),
      sha256: wheel.sha256,
      size: wheel.size,
      requiresPython: '>=3.8',
    });
    expect(index.requests).toHaveLength(1);
    const request = index.requests[0]!;
    expect(request.url).toMatch(/^\/simple\/idx-probe\/\?t=/);
    expect(request.headers.accept).toBe(SIMPLE_ACCEPT);
    expect(request.headers['cache-control']).toBe('no-cache');
  });

  it('reads PEP 503 HTML from an index that speaks nothing else', async () => {
    const { dists } = probes;
    await standIn.restart({ kind: 'pypiserver' });
    const { index, urls } = standIn;
    await publish(dists, { urls, token: TOKEN }, testDeps());
    index.requests.length = 0;
    const files = await listFiles(urls, 'idx_probe', testDeps());
    // pypiserver's page: the link and its #sha256= fragment, nothing more.
    expect(files.get(dists[0]!.filename)).toEqual({
      filename: dists[0]!.filename,
      url: await fileUrl(index.url, dists[0]!.path, dists[0]!.filename),
      sha256: dists[0]!.sha256,
    });
    expect(files.size).toBe(2);
    expect(index.requests[0]!.url).toBe('/simple/idx-probe/');
    expect(index.requests[0]!.headers.accept).toBe(SIMPLE_ACCEPT);
    expect(index.requests[0]!.headers['cache-control']).toBeUndefined();
  });

  it('answers an unknown project with an empty listing', async () => {
    expect((await listFiles(standIn.urls, 'nothing-here', testDeps())).size).toBe(0);
  });

  it('retries a transient failure of the listing', async () => {
    const { index, urls } = standIn;
    await publish(probes.dists, { urls, token: TOKEN }, testDeps());
    index.faults.set('simple:503:1');
    const deps = testDeps();
    expect((await listFiles(urls, 'idx-probe', deps)).size).toBe(2);
    expect(deps.sleeps).toHaveLength(1);
    expect(index.faults.fired.map((f) => f.action)).toEqual(['status']);
  });

  it('follows a redirect on the same host, and refuses one to another host', async () => {
    const { index, urls } = standIn;
    await publish(probes.dists, { urls, token: TOKEN }, testDeps());
    index.faults.set('simple:redirect:1');
    index.requests.length = 0;
    expect((await listFiles(urls, 'idx-probe', testDeps())).size).toBe(2);
    expect(index.requests.map((r) => r.url)).toEqual(['/simple/idx-probe/', '/simple/idx-probe/']);

    index.faults.set('simple:redirect=localhost:1');
    const error = await failure(listFiles(urls, 'idx-probe', testDeps()));
    expectCode(error, 'INDEX_REDIRECT');
    expect(error.message).toMatch(/another host/);
    expect(error.message).toContain(`http://localhost:${new URL(index.url).port}/simple/idx-probe/`);
  });

  it('says when the listing needs credentials', async () => {
    await standIn.restart({ privateReads: true });
    expectCode(await failure(listFiles(standIn.urls, 'idx-probe', testDeps())), 'INDEX_AUTH');
    expect(standIn.index.requests.map((r) => r.headers.authorization)).toEqual([undefined]);
  });
});

describe('parseSimpleHtml and parseSimpleJson', () => {
  const page = new URL('https://index.example.com/simple/pkg/');

  it('resolves relative links, unescapes entities, takes the sha256 from the fragment', () => {
    const html = `<!DOCTYPE html>
<html><head><meta name="pypi:repository-version" content="1.1"></head><body>
<a href="../../packages/ab/cd/pkg-1.0.tar.gz#sha256=${'A'.repeat(64)}" data-requires-python="&gt;=3.9,&lt;4" data-yanked="">pkg-1.0.tar.gz</a><br/>
<A HREF='https://files.example.com/pkg-1.0-py3-none-any.whl?a=1&amp;b=2#md5=00ff'>pkg-1.0-py3-none-any.whl</A>
<a href=/x/pkg%2B1-2.0.tar.gz></a>
<a name="anchor-without-href">nothing</a>
</body></html>`;
    const files = parseSimpleHtml(html, page);
    expect([...files.values()]).toEqual([
      {
        filename: 'pkg-1.0.tar.gz',
        url: 'https://index.example.com/packages/ab/cd/pkg-1.0.tar.gz',
        sha256: 'a'.repeat(64),
        requiresPython: '>=3.9,<4',
      },
      {
        filename: 'pkg-1.0-py3-none-any.whl',
        url: 'https://files.example.com/pkg-1.0-py3-none-any.whl?a=1&b=2',
        sha256: undefined,
      },
      { filename: 'pkg+1-2.0.tar.gz', url: 'https://index.example.com/x/pkg%2B1-2.0.tar.gz', sha256: undefined },
    ]);
  });

  it('honours a <base> element', () => {
    const files = parseSimpleHtml('<base href="https://cdn.example.com/f/"><a href="pkg-1.0.tar.gz">pkg-1.0.tar.gz</a>', page);
    expect(files.get('pkg-1.0.tar.gz')?.url).toBe('https://cdn.example.com/f/pkg-1.0.tar.gz');
  });

  it('tokenizes as a browser would: markup inside an anchor, anchors left open, comments and scripts skipped', () => {
    const html = `<a href="a-1.0.tar.gz"><span>a-1.0</span>.tar.gz</a>
<a href="b-1.0.tar.gz">b-1.0.tar.gz
<a href="c-1.0.tar.gz">c-1.0.tar.gz</a>
<!-- <a href="hidden-1.0.tar.gz">hidden-1.0.tar.gz</a> -->
<script>document.write('<a href="written-1.0.tar.gz">written-1.0.tar.gz</a>')</script>`;
    expect([...parseSimpleHtml(html, page).keys()]).toEqual(['a-1.0.tar.gz', 'b-1.0.tar.gz', 'c-1.0.tar.gz']);
  });

  it('parses the page that made a regex quadratic (anchors never closed) in one pass', () => {
    // 96 000 anchors never closed: the old regex scanned the rest of the page from each (about 35 s here).
    const html = `<!DOCTYPE html><html><body>${'<a href=#>'.repeat(96_000)}`;
    expect(parseSimpleHtml(html, page).size).toBe(0);
    const named = `${'<a href="f.tar.gz">'.repeat(1000)}`;
    expect([...parseSimpleHtml(named, page).keys()]).toEqual(['f.tar.gz']);
  });

  it('reads PEP 691 JSON, resolving relative URLs, skipping malformed entries', () => {
    const files = parseSimpleJson(
      JSON.stringify({
        meta: { 'api-version': '1.4' },
        name: 'pkg',
        files: [
          { filename: 'pkg-1.0.tar.gz', url: '/files/pkg-1.0.tar.gz', hashes: { sha256: 'B'.repeat(64) }, size: 10, 'requires-python': '>=3.8' },
          { filename: 'broken' },
          { filename: 'pkg-1.0-py3-none-any.whl', url: 'https://files.example.com/w.whl#sha256=x', hashes: { md5: '00' } },
        ],
      }),
      page,
    );
    expect([...files.values()]).toEqual([
      { filename: 'pkg-1.0.tar.gz', url: 'https://index.example.com/files/pkg-1.0.tar.gz', sha256: 'b'.repeat(64), size: 10, requiresPython: '>=3.8' },
      { filename: 'pkg-1.0-py3-none-any.whl', url: 'https://files.example.com/w.whl', sha256: undefined },
    ]);
    expect(() => parseSimpleJson('{"name":"x"}', page)).toThrow(/files/);
  });

  it('takes the provenance URL each file lists (PEP 740), relative or not; null, empty or another scheme is none', () => {
    const json = parseSimpleJson(
      JSON.stringify({
        meta: { 'api-version': '1.4' },
        name: 'pkg',
        files: [
          { filename: 'a-1.0.tar.gz', url: 'a', hashes: {}, provenance: '/attest/pkg/1.0/a-1.0.tar.gz/provenance' },
          { filename: 'b-1.0.tar.gz', url: 'b', hashes: {}, provenance: 'https://integrity.example.com/b' },
          { filename: 'c-1.0.tar.gz', url: 'c', hashes: {}, provenance: null },
          { filename: 'd-1.0.tar.gz', url: 'd', hashes: {}, provenance: 'javascript:alert(1)' },
        ],
      }),
      page,
    );
    expect([...json.values()].map((f) => f.provenance)).toEqual(['https://index.example.com/attest/pkg/1.0/a-1.0.tar.gz/provenance', 'https://integrity.example.com/b', undefined, undefined]);
    const html = parseSimpleHtml(`<a href="a-1.0.tar.gz" data-provenance="../../attest/a/provenance">a-1.0.tar.gz</a>
<a href="b-1.0.tar.gz" data-provenance="">b-1.0.tar.gz</a>`, page);
    expect([...html.values()].map((f) => f.provenance)).toEqual(['https://index.example.com/attest/a/provenance', undefined]);
  });
});
