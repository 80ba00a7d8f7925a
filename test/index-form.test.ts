import { describe, expect, it } from 'vitest';
import type { Dist } from '../src/dists/dist.ts';
import { parseCoreMetadata } from '../src/dists/metadata.ts';
import { uploadFormFields } from '../src/index/form.ts';

const SHA = 'a'.repeat(64);

function dist(metadata: string, overrides: Partial<Dist> = {}): Dist {
  const meta = parseCoreMetadata(metadata);
  return {
    path: '/tmp/x',
    filename: 'my_pkg-1.0.0-py3-none-any.whl',
    kind: 'wheel',
    size: 1,
    sha256: SHA,
    metadata: meta,
    name: meta.headers.name?.[0] ?? '',
    version: meta.headers.version?.[0] ?? '',
    pyversion: 'py3',
    topLevel: [],
    ...overrides,
  };
}

/** The form as a multimap, to assert on repeated keys. */
function byName(fields: ReadonlyArray<readonly [string, string]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of fields) (out[k] ??= []).push(v);
  return out;
}

const WHEEL_METADATA = `Metadata-Version: 2.4
Name: My_Pkg
Version: 1.0.0
Summary: A package
Author-email: Jane <jane@example.com>
License-Expression: MIT
License-File: LICENSE
License-File: NOTICE
Requires-Python: >=3.9
Classifier: Programming Language :: Python :: 3
Classifier: Operating System :: OS Independent
Requires-Dist: requests>=2
Requires-Dist: rich; extra == "cli"
Provides-Extra: cli
Project-URL: Homepage, https://example.com
Project-URL: Issues, https://example.com/issues
Keywords: alpha,beta, gamma
Description-Content-Type: text/markdown
Dynamic: license-file

# My package

Long text.
`;

describe('uploadFormFields', () => {
  it('sends the protocol fields, the sha256 alone and the filetype of a wheel', () => {
    const form = byName(uploadFormFields(dist(WHEEL_METADATA)));
    expect(form[':action']).toEqual(['file_upload']);
    expect(form.protocol_version).toEqual(['1']);
    expect(form.filetype).toEqual(['bdist_wheel']);
    expect(form.pyversion).toEqual(['py3']);
    expect(form.sha256_digest).toEqual([SHA]);
    expect(form.blake2_256_digest).toBeUndefined();
    expect(form.md5_digest).toBeUndefined();
  });

  it('maps metadata headers to Warehouse form names, repeating multi-valued keys', () => {
    const form = byName(uploadFormFields(dist(WHEEL_METADATA)));
    expect(form).toMatchObject({
      metadata_version: ['2.4'],
      name: ['My_Pkg'],
      version: ['1.0.0'],
      summary: ['A package'],
      author_email: ['Jane <jane@example.com>'],
      license_expression: ['MIT'],
      license_file: ['LICENSE', 'NOTICE'],
      requires_python: ['>=3.9'],
      classifiers: ['Programming Language :: Python :: 3', 'Operating System :: OS Independent'],
      requires_dist: ['requests>=2', 'rich; extra == "cli"'],
      provides_extra: ['cli'],
      project_urls: ['Homepage, https://example.com', 'Issues, https://example.com/issues'],
      keywords: ['alpha,beta, gamma'],
      description_content_type: ['text/markdown'],
      dynamic: ['license-file'],
    });
    expect(form.description).toEqual(['# My package\n\nLong text.\n']);
  });

  it('never sends a single-valued field twice', () => {
    const fields = uploadFormFields(dist(WHEEL_METADATA + ''));
    const singles = ['metadata_version', 'name', 'version', 'summary', 'description', 'keywords', 'license_expression'];
    for (const name of singles) expect(fields.filter(([k]) => k === name)).toHaveLength(1);

    const doubled = dist('Metadata-Version: 2.1\nName: p\nVersion: 1\nSummary: one\nSummary: two\n');
    expect(byName(uploadFormFields(doubled)).summary).toEqual(['one']);
  });

  it('marks an sdist as such, with pyversion source', () => {
    const sdist = dist(WHEEL_METADATA, { kind: 'sdist', filename: 'my_pkg-1.0.0.tar.gz', pyversion: 'source' });
    const form = byName(uploadFormFields(sdist));
    expect(form.filetype).toEqual(['sdist']);
    expect(form.pyversion).toEqual(['source']);
  });

  it('drops UNKNOWN and empty values, as Warehouse would', () => {
    const old = dist(`Metadata-Version: 1.0
Name: old
Version: 0.1
Summary: UNKNOWN
Home-page: UNKNOWN
Author: 
License: UNKNOWN
Description: UNKNOWN
Platform: UNKNOWN
`);
    const form = byName(uploadFormFields(old));
    for (const gone of ['summary', 'home_page', 'author', 'license', 'description', 'platform']) {
      expect(form[gone], gone).toBeUndefined();
    }
  });

  it('takes the description from the Description header when there is no body (Metadata 1.x)', () => {
    const old = dist('Metadata-Version: 1.2\nName: old\nVersion: 0.1\nDescription: First line\n       |second line\n');
    expect(byName(uploadFormFields(old)).description).toEqual(['First line\nsecond line']);
  });

  it('joins repeated Keywords headers into one comma-separated string', () => {
    const repeated = dist('Metadata-Version: 2.1\nName: p\nVersion: 1\nKeywords: a, b\nKeywords: c\n');
    expect(byName(uploadFormFields(repeated)).keywords).toEqual(['a,b,c']);
  });

  it('leaves License-File out of metadata older than 2.4, where Warehouse rejects it', () => {
    const setuptools = dist('Metadata-Version: 2.1\nName: p\nVersion: 1\nLicense-File: LICENSE\n');
    expect(byName(uploadFormFields(setuptools)).license_file).toBeUndefined();
  });

  it('maps the renamed and newer fields', () => {
    const meta = dist(`Metadata-Version: 2.5
Name: p
Version: 1
Platform: linux
Supported-Platform: RedHat 7.2
Requires-External: libpq
Provides-Dist: other
Obsoletes-Dist: older
Import-Name: p
Import-Namespace: ns
Maintainer: M
Maintainer-email: m@example.com
Download-URL: https://example.com/dl
Home-page: https://example.com
`);
    expect(byName(uploadFormFields(meta))).toMatchObject({
      platform: ['linux'],
      supported_platform: ['RedHat 7.2'],
      requires_external: ['libpq'],
      provides_dist: ['other'],
      obsoletes_dist: ['older'],
      import_name: ['p'],
      import_namespace: ['ns'],
      maintainer: ['M'],
      maintainer_email: ['m@example.com'],
      download_url: ['https://example.com/dl'],
      home_page: ['https://example.com'],
    });
  });

  it('takes name and version from the Dist, so a form cannot describe another release', () => {
    const form = byName(uploadFormFields(dist(WHEEL_METADATA, { name: 'My_Pkg', version: '1.0.0' })));
    expect(form.name).toEqual(['My_Pkg']);
    expect(form.version).toEqual(['1.0.0']);
  });
});
