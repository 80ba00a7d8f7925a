// The metadata field rules on hand-written METADATA, each asserting
// Warehouse's / packaging's wording; the parsers they use are compared with
// pypa/packaging itself (python3 has it) on the same strings.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkDist, PYPI_MAX_FILE_SIZE, type DistFacts } from '../src/dists/check.ts';
import { emailProblem, fieldProblems, singleAddress } from '../src/dists/check-fields.ts';
import trove from '../src/dists/data/trove-classifiers.json' with { type: 'json' };
import { parseCoreMetadata } from '../src/dists/metadata.ts';
import { isValidSpecifierSet, parseRequirement } from '../src/dists/pep508.ts';
import { licenseExpressionProblem } from '../src/dists/spdx.ts';

const run = promisify(execFile);

function problems(headers: string, body?: string): string[] {
  const text = `Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n${headers}${body === undefined ? '' : `\n${body}`}`;
  return [...fieldProblems(parseCoreMetadata(text))].map((p) => p.message);
}

describe('classifiers', () => {
  it('accepts known ones and refuses unknown ones with Warehouse text', () => {
    expect(problems('Classifier: Programming Language :: Python :: 3\nClassifier: License :: OSI Approved :: MIT License\n')).toEqual([]);
    expect(problems('Classifier: Programming Language :: Python :: 9000\n')).toEqual([
      "'Programming Language :: Python :: 9000' is not a valid classifier.",
    ]);
    expect(problems('Classifier: Private :: Do Not Upload\n')).toEqual(["'Private :: Do Not Upload' is not a valid classifier."]);
  });

  it('refuses deprecated ones, naming the replacement', () => {
    const [deprecated, replacements] = Object.entries(trove.deprecated as Record<string, string[]>).find(([, r]) => r.length > 0)!;
    const quoted = replacements.map((r) => `'${r}'`).join(', ');
    expect(problems(`Classifier: ${deprecated}\n`)).toContain(`The classifier '${deprecated}' has been deprecated, use one of [${quoted}] instead.`);
  });

  it('ships a list generated from trove-classifiers', () => {
    expect(trove.source).toMatch(/^trove-classifiers \d/);
    expect(trove.classifiers.length).toBeGreaterThan(800);
  });
});

describe('dependencies and Python range', () => {
  it('refuses a requirement that is not PEP 508, and a direct reference', () => {
    expect(problems('Requires-Dist: requests (>=2.0\n')).toEqual(["'requests (>=2.0' is invalid for 'requires-dist'"]);
    expect(problems('Requires-Dist: requests >= 2.0 ; python_version >= "3.9"\nRequires-Dist: attrs[tests]\n')).toEqual([]);
    expect(problems('Requires-Dist: pkg[b,a] @ https://example.com/pkg.whl\n')).toEqual([
      "Can't have direct dependency: pkg[a,b] @ https://example.com/pkg.whl",
    ]);
    expect(problems('Provides-Dist: not valid!\n')[0]).toMatch(/^'not valid!' is invalid: /);
  });

  it('refuses a Requires-Python that is no specifier set', () => {
    expect(problems('Requires-Python: >=3.9,<4\n')).toEqual([]);
    expect(problems('Requires-Python: 3.9\n')).toEqual(["'3.9' is invalid for 'requires-python'"]);
    expect(problems('Requires-Python: >=3.*\n')).toEqual(["'>=3.*' is invalid for 'requires-python'"]);
  });

  it('refuses extras that are not names', () => {
    expect(problems('Provides-Extra: dev-tools\n')).toEqual([]);
    expect(problems('Provides-Extra: dev tools\n')).toEqual(["'dev tools' is invalid for 'provides-extra'"]);
  });
});

describe('URLs', () => {
  it('refuses home pages and project URLs PyPI would', () => {
    expect(problems('Home-page: https://example.com\nProject-URL: Source, https://example.com/src\n')).toEqual([]);
    expect(problems('Home-page: example.com\n')).toEqual(["'example.com' is not a valid url."]);
    expect(problems('Download-URL: ftp://example.com/x\n')).toEqual(["'ftp://example.com/x' is not a valid url."]);
    expect(problems('Project-URL: , https://example.com\n')).toEqual(['Must have a label']);
    expect(problems(`Project-URL: ${'L'.repeat(33)}, https://example.com\n`)).toEqual([`'${'L'.repeat(33)}' must be 32 characters or less.`]);
    expect(problems('Project-URL: Docs\n')).toEqual(['Must have a URL']);
    expect(problems('Project-URL: Docs, docs.example.com\n')).toEqual(["'docs.example.com' is not a valid url"]);
    expect(problems('Project-URL: Docs, https://a.example\nProject-URL: Docs, https://b.example\n')).toEqual([
      "'project_urls' has invalid data",
    ]);
  });
});

describe('description content type', () => {
  it('takes the three types PyPI renders, UTF-8, GFM or CommonMark', () => {
    for (const ok of ['text/markdown', 'text/markdown; charset=UTF-8; variant=CommonMark', 'text/x-rst', 'text/plain']) {
      expect(problems(`Description-Content-Type: ${ok}\n`)).toEqual([]);
    }
    expect(problems('Description-Content-Type: text/html\n')).toEqual([
      "'description-content-type' must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not 'text/html'",
    ]);
    expect(problems('Description-Content-Type: text/markdown; variant=MyST\n')).toEqual([
      "valid Markdown variants for 'description-content-type' are ['GFM', 'CommonMark'], not 'MyST'",
    ]);
    expect(problems('Description-Content-Type: text/plain; charset=latin-1\n')[0]).toMatch(/can only specify the UTF-8 charset/);
  });
});

describe('licenses', () => {
  it('refuses an expression that is not SPDX', () => {
    expect(problems('License-Expression: MIT OR (Apache-2.0 WITH LLVM-exception)\n')).toEqual([]);
    expect(problems('License-Expression: LicenseRef-Proprietary\n')).toEqual([]);
    expect(problems('License-Expression: MIT License\n')).toEqual(["'MIT License' is invalid for 'license-expression'"]);
    expect(licenseExpressionProblem('GPL-2.0+ WITH Nope')).toBe("Unknown license exception: 'nope'");
    expect(licenseExpressionProblem('(MIT')).toBe("Invalid license expression: '(MIT'");
  });

  it('refuses License-File paths that are not plain relative ones', () => {
    expect(problems('License-File: LICENSES/MIT.txt\n')).toEqual([]);
    expect(problems('License-File: ../LICENSE\n')).toEqual(["'../LICENSE' is invalid for 'license-file', parent directory indicators are not allowed"]);
    expect(problems('License-File: /LICENSE\n')).toEqual(["'/LICENSE' is invalid for 'license-file', paths must be relative"]);
    expect(problems('License-File: LICENSE*\n')).toEqual(["'LICENSE*' is invalid for 'license-file', paths must be resolved"]);
  });
});

describe('Dynamic', () => {
  it('refuses name/version and unknown fields', () => {
    expect(problems('Dynamic: Requires-Dist\n')).toEqual([]);
    expect(problems('Dynamic: Version\n')).toEqual(["'version' is not allowed as a dynamic field"]);
    expect(problems('Dynamic: Colour\n')).toEqual(["'colour' is not a valid dynamic field"]);
  });
});

describe('e-mail addresses', () => {
  // The reasons are email-validator 2.3's, as Warehouse prints them.
  it('refuses what email-validator refuses, with its reason', () => {
    expect(problems('Author-email: Demo <demo@example.com>\nMaintainer-email: m@example.org\n')).toEqual([]);
    expect(problems('Author-email: Demo <demo@localhost>\n')).toEqual([
      "'demo@localhost' is not a valid email address: The part after the @-sign is not valid. It should have a period.",
    ]);
    expect(emailProblem('de mo@x.com')).toBe('The email address contains invalid characters before the @-sign: SPACE.');
    expect(emailProblem('demo@exa_mple.com')).toBe("The part after the @-sign contains invalid characters: '_'.");
    expect(emailProblem('demo')).toBe('An email address must have an @-sign.');
    expect(emailProblem('demo.@x.com')).toBe('An email address cannot have a period immediately before the @-sign.');
    expect(emailProblem('demo@x..com')).toBe('An email address cannot have two periods in a row.');
    expect(emailProblem('demo@x.test')).toBe('The part after the @-sign is a special-use or reserved name that cannot be used with email.');
    expect(emailProblem('démo@x.com')).toBeUndefined();
  });

  it('leaves several addresses unchecked, as strict parseaddr finds none', () => {
    expect(singleAddress('A <a@x.com>, B <b@y>')).toBeUndefined();
    expect(singleAddress('"Demo, Jr" <d@x.com>')).toBe('d@x.com');
    expect(problems('Maintainer-email: A <a@x.com>, B <b@y>\n')).toEqual([]);
  });
});

describe('file size', () => {
  const facts = (size: number): DistFacts => ({
    filename: 'demo-1.0.tar.gz',
    size,
    archive: { format: 'tar', members: [{ name: 'demo-1.0/PKG-INFO', type: 'file', size: 1, linkname: undefined }] },
    metadata: parseCoreMetadata('Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n'),
  });

  it("refuses a file over PyPI's 100 MiB, or over the limit given", () => {
    expect(checkDist(facts(PYPI_MAX_FILE_SIZE))).toEqual([]);
    expect(checkDist(facts(PYPI_MAX_FILE_SIZE + 1)).map((f) => f.message)).toEqual([
      "File too large. Limit for project 'demo' is 100 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.",
    ]);
    expect(checkDist(facts(PYPI_MAX_FILE_SIZE + 1), { maxFileSize: 200 * 1024 * 1024 })).toEqual([]);
    expect(checkDist(facts(2048), { maxFileSize: 1024 }).map((f) => f.message)[0]).toMatch(/is 1 MB|is 1024 bytes/);
  });
});

describe('the parsers agree with pypa/packaging', () => {
  const requirements = [
    'requests', 'requests>=2', 'requests >= 2.0, < 3', 'requests (>=2.0)', 'requests[security,socks]>=2',
    'pkg @ https://example.com/pkg.whl', 'pkg @ https://example.com/pkg.whl ; python_version >= "3.8"',
    'pkg; python_version >= "3.8" and (sys_platform == "linux" or os_name == "nt")', "pkg; extra == 'dev'",
    'pkg; "linux" in sys_platform', 'pkg; platform_machine not in "x86_64 aarch64"', 'pkg==1.0.*', 'pkg~=1.4.2',
    'pkg===weird', 'pkg[]', 'A.B-C_D', 'requests (>=2.0', 'requests >=', 'pkg; python_version >= 3.8',
    'pkg; os_nam == "nt"', '-pkg', 'pkg >= 1.0 foo', 'pkg @', 'pkg[a b]', 'pkg; (python_version > "3"',
    'pkg>=1.0,', 'pkg ~= 1', 'pkg >= 1.0.*', 'pkg @ https://x/y.whl;python_version>"3"', 'pkg; python_version >< "3"',
    'pkg[dev]; extra == "x"', 'pkg ==1.0+local', 'pkg <=1.0+local', 'pkg; implementation_name == "cpython"',
  ];
  const specifierSets = ['>=3.9', '>=3.9,<4', '~=3.9', '~=3', '3.9', '>=3.*', '==3.*', '', '>=3.9,', '!=3.0.*, >=2.7', '>= 3.9 <4'];
  const licenses = [
    'MIT', 'mit', 'Apache-2.0 OR MIT', 'GPL-2.0+', 'GPL-2.0-or-later WITH Classpath-exception-2.0', 'LicenseRef-Mine',
    'LicenseRef-my_licence', 'MIT AND', '(MIT', 'MIT)', '()', 'MIT License', 'BSD', 'MIT WITH Nope', '(MIT OR Apache-2.0) AND BSD-3-Clause',
    'MIT OR OR Apache-2.0', 'GPL-3.0', 'LicenseRef-', 'MIT+ OR licenseref-x.y', 'Apache-2.0 WITH', 'MIT AND (GPL-2.0-only OR (BSD-3-Clause))',
  ];

  it('on requirements, specifier sets and license expressions', async () => {
    const script = `
import json, sys
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.licenses import canonicalize_license_expression
data = json.load(sys.stdin)
def ok(f, s):
    try:
        f(s); return True
    except Exception:
        return False
print(json.dumps([[ok(Requirement, s) for s in data[0]], [ok(SpecifierSet, s) for s in data[1]], [ok(canonicalize_license_expression, s) for s in data[2]]]))
`;
    const child = run(process.env.PYTHON ?? 'python3', ['-c', script]);
    child.child.stdin!.end(JSON.stringify([requirements, specifierSets, licenses]));
    const [req, spec, lic] = JSON.parse((await child).stdout) as boolean[][];
    const ours = (f: () => unknown) => {
      try {
        f();
        return true;
      } catch {
        return false;
      }
    };
    expect(Object.fromEntries(requirements.map((r) => [r, ours(() => parseRequirement(r))]))).toEqual(
      Object.fromEntries(requirements.map((r, i) => [r, req![i]])),
    );
    expect(Object.fromEntries(specifierSets.map((s) => [s, isValidSpecifierSet(s)]))).toEqual(
      Object.fromEntries(specifierSets.map((s, i) => [s, spec![i]])),
    );
    expect(Object.fromEntries(licenses.map((l) => [l, licenseExpressionProblem(l) === undefined]))).toEqual(
      Object.fromEntries(licenses.map((l, i) => [l, lic![i]])),
    );
  });
});
