// The rules on a file's core metadata (METADATA / PKG-INFO), as packaging
// and Warehouse validate it (forklift/metadata.py), and the description's
// rendering. Pure generators over a Subject (facts.ts); the field-by-field
// rules are in check-fields.ts.
import * as pep440 from '../version/pep440.ts';
import { fieldProblems } from './check-fields.ts';
import type { Problem, Subject } from './facts.ts';
import { isValidProjectName } from './filename.ts';
import { field } from './metadata.ts';

// Warehouse's SUPPORTED_METADATA_VERSIONS, in order: 2.0 was never a standard.
export const METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'] as const;

// The metadata version that introduced each field (packaging.metadata): a file
// that declares an older version and uses the field is refused.
const FIELD_ADDED: Readonly<Record<string, (typeof METADATA_VERSIONS)[number]>> = {
  'supported-platform': '1.1',
  'download-url': '1.1',
  classifier: '1.1',
  requires: '1.1',
  provides: '1.1',
  obsoletes: '1.1',
  maintainer: '1.2',
  'maintainer-email': '1.2',
  'requires-dist': '1.2',
  'requires-python': '1.2',
  'requires-external': '1.2',
  'project-url': '1.2',
  'provides-dist': '1.2',
  'obsoletes-dist': '1.2',
  'description-content-type': '2.1',
  'provides-extra': '2.1',
  dynamic: '2.2',
  'license-expression': '2.4',
  'license-file': '2.4',
  'import-name': '2.5',
  'import-namespace': '2.5',
};

const SUMMARY_LIMIT = 512;

const CORE_METADATA_DOCS = 'See https://packaging.python.org/specifications/core-metadata for more information.';

export function* metadataReadable({ facts }: Subject): Iterable<Problem> {
  if (facts.metadataError === undefined) return;
  yield { message: `Invalid distribution file. ${facts.metadataError}` };
}

export function* coreMetadata({ facts }: Subject): Iterable<Problem> {
  const { metadata } = facts;
  if (metadata === undefined) return;
  const hint = CORE_METADATA_DOCS;
  const metadataVersion = field(metadata, 'metadata-version');
  const versionIndex = metadataVersion === undefined ? -1 : (METADATA_VERSIONS as readonly string[]).indexOf(metadataVersion);
  if (!metadataVersion) {
    yield { message: "'metadata-version' is a required field", hint };
  } else if (versionIndex < 0) {
    yield {
      message: `'${metadataVersion}' is not a valid metadata version`,
      hint: `PyPI accepts Metadata-Version ${METADATA_VERSIONS.join(', ')}: upgrade or downgrade the build backend. ${hint}`,
    };
  }

  const name = field(metadata, 'name');
  if (!name) yield { message: "'name' is a required field", hint };
  else if (!isValidProjectName(name)) {
    yield {
      message: `'${name}' is invalid for 'name'`,
      hint: `A project name starts and ends with a letter or digit and holds only ASCII letters, digits, '.', '_' and '-'. ${hint}`,
    };
  }

  const version = field(metadata, 'version');
  if (!version) yield { message: "'version' is a required field", hint };
  else if (!pep440.isValid(version)) {
    yield { message: `'${version}' is invalid for 'version'`, hint: `The version must follow PEP 440. ${hint}` };
  } else if (pep440.localSegment(version) !== null) {
    yield {
      message: `The use of local versions in '${pep440.normalize(version)}' is not allowed.`,
      hint: "PyPI refuses versions with a '+local' part. A VCS-derived version (setuptools-scm, hatch-vcs) gets one when the checkout is not exactly at a tag or has uncommitted changes: release from a clean, tagged commit.",
    };
  }

  const summary = field(metadata, 'summary');
  if (summary !== undefined) {
    if (summary.includes('\n')) {
      yield { message: "'summary' must be a single line", hint: `Keep the project's description (Summary) on one line. ${hint}` };
    }
    if ([...summary].length > SUMMARY_LIMIT) {
      yield { message: `'summary' field must be ${SUMMARY_LIMIT} characters or less.`, hint };
    }
  }

  if (versionIndex >= 0) {
    for (const [key, added] of Object.entries(FIELD_ADDED)) {
      if (metadata.headers[key] === undefined || METADATA_VERSIONS.indexOf(added) <= versionIndex) continue;
      yield {
        message: `${key} introduced in metadata version ${added}, not ${metadataVersion}`,
        hint: `The build backend wrote an older Metadata-Version than the fields it used need: upgrade it. ${hint}`,
      };
    }
  }

  if (field(metadata, 'license') && field(metadata, 'license-expression')) {
    yield {
      message: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
      hint: 'Drop the license table (or license classifiers text) and keep the SPDX `license = "..."` string.',
    };
  }

  yield* fieldProblems(metadata);
}

export function* descriptionRenders({ facts }: Subject): Iterable<Problem> {
  const failure = facts.descriptionFailure;
  if (failure === undefined || facts.metadata === undefined) return;
  const type = field(facts.metadata, 'description-content-type');
  const refusal = type
    ? `The description failed to render for '${type}'.`
    : 'The description failed to render in the default format of reStructuredText.';
  const where = failure.line === undefined ? '' : ` Line ${failure.line} of the description:`;
  yield {
    message: `${refusal}${where} ${failure.reason}`,
    hint: type
      ? 'Fix the reStructuredText at that line (docutils stops at the first warning on PyPI); `python -m readme_renderer README.rst` shows the same. See https://pypi.org/help/#description-content-type'
      : 'Without a Description-Content-Type, PyPI renders the description as reStructuredText: a Markdown README needs `readme = "README.md"` in pyproject.toml (or long_description_content_type="text/markdown"). See https://pypi.org/help/#description-content-type',
  };
}
