import { describe, expect, it } from 'vitest';
import { isReleaseError } from '../src/errors.ts';
import { displayUrl, isLoopback, parseIndexUrls, resolveIndexUrls } from '../src/index/url.ts';

describe('resolveIndexUrls', () => {
  it('derives PyPI: uploads on upload.pypi.org, pages on pypi.org', () => {
    const urls = resolveIndexUrls('https://upload.pypi.org/legacy/');
    expect(urls.upload.href).toBe('https://upload.pypi.org/legacy/');
    expect(urls.simple.href).toBe('https://pypi.org/simple/');
    expect(urls.label).toBe('PyPI');
    expect(urls.projectPage('My_Pkg', '1.0.0')).toBe('https://pypi.org/project/my-pkg/1.0.0/');
    expect(urls.projectPage('my.pkg')).toBe('https://pypi.org/project/my-pkg/');
  });

  it('derives TestPyPI on its single host', () => {
    const urls = resolveIndexUrls('https://test.pypi.org/legacy/');
    expect(urls.simple.href).toBe('https://test.pypi.org/simple/');
    expect(urls.label).toBe('TestPyPI');
    expect(urls.projectPage('pkg', '2.0rc1')).toBe('https://test.pypi.org/project/pkg/2.0rc1/');
  });

  it('derives <base>/simple/ and <base>/project/ from any <base>/legacy/ (the embedded index)', () => {
    const urls = resolveIndexUrls('http://127.0.0.1:8123/legacy/');
    expect(urls.simple.href).toBe('http://127.0.0.1:8123/simple/');
    expect(urls.projectPage('pkg', '1.0')).toBe('http://127.0.0.1:8123/project/pkg/1.0/');
    expect(urls.label).toBe('127.0.0.1:8123');

    const nested = resolveIndexUrls('https://index.example.com/pypi/legacy/');
    expect(nested.simple.href).toBe('https://index.example.com/pypi/simple/');
    expect(nested.projectPage('x')).toBe('https://index.example.com/pypi/project/x/');
  });

  it('lets an explicit simple URL win, adding the trailing slash that URL resolution needs', () => {
    const urls = resolveIndexUrls('https://upload.pypi.org/legacy/', 'https://mirror.example.com/simple');
    expect(urls.simple.href).toBe('https://mirror.example.com/simple/');
    // The project page still comes from the upload URL: that is where the release lives.
    expect(urls.projectPage('pkg', '1.0')).toBe('https://pypi.org/project/pkg/1.0/');
  });

  it('needs the simple URL for servers it cannot derive from, and then links the project listing', () => {
    const parsed = parseIndexUrls('https://pypiserver.example.com/');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/simple URL/);

    const urls = resolveIndexUrls('https://pypiserver.example.com/', 'https://pypiserver.example.com/simple/');
    expect(urls.projectPage('My_Pkg', '1.0')).toBe('https://pypiserver.example.com/simple/my-pkg/');
    expect(urls.label).toBe('pypiserver.example.com');
  });

  it('refuses PyPI upload URLs without the trailing slash before any upload', () => {
    const parsed = parseIndexUrls('https://upload.pypi.org/legacy');
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('https://upload.pypi.org/legacy/') });
  });

  it.each([
    ['not a url', /not a URL/],
    ['ftp://example.com/legacy/', /must be https/],
    ['http://example.com/legacy/', /plain http/],
    ['https://user:secret@example.com/legacy/', /carries credentials/],
    ['https://example.com/legacy/?x=1', /query or fragment/],
  ])('rejects %s', (input, message) => {
    const parsed = parseIndexUrls(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).not.toContain('secret');
    }
  });

  it('checks the simple URL by the same rules', () => {
    const parsed = parseIndexUrls('https://upload.pypi.org/legacy/', 'http://mirror.example.com/simple/');
    expect(parsed.ok).toBe(false);
  });

  it('throws INPUT_INVALID for callers without a problem list', () => {
    try {
      resolveIndexUrls('https://example.com/');
      expect.unreachable();
    } catch (error) {
      expect(isReleaseError(error) && error.code).toBe('INPUT_INVALID');
    }
  });
});

describe('displayUrl', () => {
  it('masks a password and keeps the user', () => {
    expect(displayUrl('https://alice:hunter2@example.com/simple/')).toBe('https://alice:****@example.com/simple/');
  });

  it('masks a lone user name, which is often a token', () => {
    expect(displayUrl(new URL('https://pypi-AgEIcHlwaS5vcmc@example.com/x'))).toBe('https://****@example.com/x');
  });

  it('leaves clean URLs alone and copes with non-URLs', () => {
    expect(displayUrl('https://pypi.org/simple/')).toBe('https://pypi.org/simple/');
    expect(displayUrl('//user:pw@host/x')).toBe('//****@host/x');
  });

  it('does not change the URL it was given', () => {
    const url = new URL('https://a:b@example.com/');
    displayUrl(url);
    expect(url.password).toBe('b');
  });
});

describe('isLoopback', () => {
  it.each([
    'http://127.0.0.1:8080/',
    'http://127.1.2.3/',
    'http://127.1/', // the URL parser expands it to 127.0.0.1
    'http://localhost:3000/',
    'http://LOCALHOST/',
    'http://[::1]:9000/',
    'http://[::ffff:127.0.0.1]/',
  ])('accepts %s', (url) => expect(isLoopback(url)).toBe(true));

  it.each([
    'http://128.0.0.1/',
    'http://10.0.0.1/',
    'http://localhost.example.com/',
    'http://127.0.0.1.example.com/',
    'http://[::2]/',
    'http://[::ffff:10.0.0.1]/',
    'not a url',
  ])('refuses %s', (url) => expect(isLoopback(url)).toBe(false));
});
