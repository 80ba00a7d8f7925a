// The core metadata fields PyPI validates beyond name and version: classifiers,
// dependencies, Python range, extras, URLs, description type, SPDX license
// expression, license file paths, Dynamic. Pure, like check.ts which runs
// these rules; each message is the one packaging.metadata or
// warehouse/forklift/metadata.py raises for the same value.
import { descriptionContentTypeProblem } from './content-type.ts';
import { pyList, pyRepr } from './python-text.ts';
import trove from './data/trove-classifiers.json' with { type: 'json' };
import { field, type CoreMetadata } from './metadata.ts';
import { Pep508Error, isValidSpecifierSet, parseRequirement, type Requirement } from './pep508.ts';
import { licenseExpressionProblem } from './spdx.ts';

export interface FieldProblem {
  message: string;
  hint?: string;
}

const CLASSIFIERS = new Set(trove.classifiers);
const DEPRECATED: Readonly<Record<string, string[]>> = trove.deprecated;
const CORE_METADATA = 'https://packaging.python.org/specifications/core-metadata';
const EXTRA_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const PROJECT_URL_LABEL_LIMIT = 32;

// Every header packaging knows (its _EMAIL_TO_RAW_MAPPING): what Dynamic may name.
const KNOWN_FIELDS = new Set([
  'metadata-version', 'name', 'version', 'dynamic', 'platform', 'supported-platform', 'summary', 'description',
  'description-content-type', 'keywords', 'home-page', 'download-url', 'author', 'author-email', 'maintainer',
  'maintainer-email', 'license', 'license-expression', 'license-file', 'classifier', 'requires-dist',
  'requires-python', 'requires-external', 'project-url', 'provides-extra', 'provides-dist', 'obsoletes-dist',
  'requires', 'provides', 'obsoletes', 'import-name', 'import-namespace',
]);

/** Every problem PyPI finds in these fields of one METADATA / PKG-INFO. */
export function* fieldProblems(metadata: CoreMetadata): Iterable<FieldProblem> {
  yield* classifiers(metadata);
  yield* requirements(metadata);
  yield* requiresPython(metadata);
  yield* providesExtra(metadata);
  yield* urls(metadata);
  yield* descriptionContentType(metadata);
  yield* licenseExpression(metadata);
  yield* licenseFilePaths(metadata);
  yield* dynamic(metadata);
  yield* emails(metadata);
}

function* classifiers(metadata: CoreMetadata): Iterable<FieldProblem> {
  const given = [...new Set(metadata.headers['classifier'] ?? [])].sort();
  for (const classifier of given) {
    if (!CLASSIFIERS.has(classifier)) {
      yield {
        message: `${pyRepr(classifier)} is not a valid classifier.`,
        hint: `Use only classifiers listed at https://pypi.org/classifiers/ (spelling, spaces and ' :: ' separators exactly as there); a private classifier such as 'Private :: Do Not Upload' is meant to stop uploads.`,
      };
    }
  }
  for (const classifier of given) {
    const replacements = DEPRECATED[classifier];
    if (replacements === undefined) continue;
    yield {
      message:
        replacements.length > 0
          ? `The classifier ${pyRepr(classifier)} has been deprecated, use one of ${pyList(replacements)} instead.`
          : `The classifier ${pyRepr(classifier)} has been deprecated.`,
      hint: 'Replace the deprecated classifier in pyproject.toml (project.classifiers).',
    };
  }
}

/** packaging's str(Requirement), which Warehouse prints for a direct reference in Requires-Dist (markers as written). */
function formatRequirement(req: Requirement): string {
  const extras = req.extras.length > 0 ? `[${[...req.extras].sort().join(',')}]` : '';
  const url = req.url === undefined ? req.specifier.replace(/\s+/g, '') : ` @ ${req.url}${req.marker ? ' ' : ''}`;
  return `${req.name}${extras}${url}${req.marker ? `; ${req.marker}` : ''}`;
}

function* requirements(metadata: CoreMetadata): Iterable<FieldProblem> {
  for (const key of ['requires-dist', 'provides-dist', 'obsoletes-dist']) {
    for (const text of metadata.headers[key] ?? []) {
      let req: Requirement;
      try {
        req = parseRequirement(text);
      } catch (error) {
        if (!(error instanceof Pep508Error)) throw error;
        yield {
          message: key === 'requires-dist' ? `${pyRepr(text)} is invalid for ${pyRepr(key)}` : `${pyRepr(text)} is invalid: ${error.message}`,
          hint: `Each dependency must be a PEP 508 requirement, such as 'requests>=2.31; python_version >= "3.9"' (${error.message}). ${CORE_METADATA}`,
        };
        continue;
      }
      if (req.url !== undefined) {
        yield {
          message: `Can't have direct dependency: ${key === 'requires-dist' ? formatRequirement(req) : pyRepr(text)}`,
          hint: 'PyPI refuses dependencies given as URLs (name @ https://... or git+...): depend on a released version from the index instead.',
        };
      }
    }
  }
}

function* requiresPython(metadata: CoreMetadata): Iterable<FieldProblem> {
  const value = field(metadata, 'requires-python');
  if (value === undefined || isValidSpecifierSet(value)) return;
  yield {
    message: `${pyRepr(value)} is invalid for 'requires-python'`,
    hint: `requires-python must be a PEP 440 specifier set, such as '>=3.9' or '>=3.9,<4' (no bare versions, no '.*' with >= or <). ${CORE_METADATA}`,
  };
}

function* providesExtra(metadata: CoreMetadata): Iterable<FieldProblem> {
  for (const extra of metadata.headers['provides-extra'] ?? []) {
    if (EXTRA_NAME.test(extra)) continue;
    yield {
      message: `${pyRepr(extra)} is invalid for 'provides-extra'`,
      hint: "An extra's name is ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit (see project.optional-dependencies).",
    };
  }
}

function isValidUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !/\s/.test(url);
  } catch {
    return false;
  }
}

function* urls(metadata: CoreMetadata): Iterable<FieldProblem> {
  const urlHint = 'Give a full http:// or https:// URL.';
  for (const key of ['home-page', 'download-url']) {
    const url = field(metadata, key);
    if (url !== undefined && !isValidUrl(url)) yield { message: `${pyRepr(url)} is not a valid url.`, hint: urlHint };
  }
  const labels = new Set<string>();
  for (const pair of metadata.headers['project-url'] ?? []) {
    const comma = pair.indexOf(',');
    const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
    const url = comma < 0 ? '' : pair.slice(comma + 1).trim();
    const hint = `Project-URL is 'label, url' (project.urls in pyproject.toml: label = "https://..."). ${urlHint}`;
    // Warehouse reads Project-URL from the upload form, where a label twice makes the field unparsable.
    if (labels.has(label)) {
      yield { message: "'project_urls' has invalid data", hint: `The label ${pyRepr(label)} is used twice: give each URL its own label.` };
    }
    labels.add(label);
    if (!label) yield { message: 'Must have a label', hint };
    else if ([...label].length > PROJECT_URL_LABEL_LIMIT) {
      yield { message: `${pyRepr(label)} must be ${PROJECT_URL_LABEL_LIMIT} characters or less.`, hint: 'Shorten the label of this project URL.' };
    } else if (!url) yield { message: 'Must have a URL', hint };
    else if (!isValidUrl(url)) yield { message: `${pyRepr(url)} is not a valid url`, hint };
  }
}

function* descriptionContentType(metadata: CoreMetadata): Iterable<FieldProblem> {
  const value = field(metadata, 'description-content-type');
  if (value === undefined) return;
  const problem = descriptionContentTypeProblem(value);
  if (problem === undefined) return;
  yield {
    message: problem,
    hint: "PyPI renders text/plain, text/x-rst and text/markdown (charset=UTF-8; variant=GFM or CommonMark). Set project.readme to a .md or .rst file, or give its content-type.",
  };
}

function* licenseExpression(metadata: CoreMetadata): Iterable<FieldProblem> {
  const value = field(metadata, 'license-expression');
  if (value === undefined) return;
  const problem = licenseExpressionProblem(value);
  if (problem === undefined) return;
  yield {
    message: `${pyRepr(value)} is invalid for 'license-expression'`,
    hint: `${problem}. project.license must be an SPDX expression (https://spdx.org/licenses/), such as 'MIT' or 'Apache-2.0 OR MIT'; name a license SPDX lacks 'LicenseRef-<name>'.`,
  };
}

function* licenseFilePaths(metadata: CoreMetadata): Iterable<FieldProblem> {
  for (const path of metadata.headers['license-file'] ?? []) {
    const why = path.includes('..')
      ? 'parent directory indicators are not allowed'
      : path.includes('*')
        ? 'paths must be resolved'
        : path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)
          ? 'paths must be relative'
          : path.includes('\\')
            ? "paths must use '/' delimiter"
            : undefined;
    if (why === undefined) continue;
    yield {
      message: `${pyRepr(path)} is invalid for 'license-file', ${why}`,
      hint: 'License-File names a file relative to the project root; upgrade the build backend if it wrote this.',
    };
  }
}

function* dynamic(metadata: CoreMetadata): Iterable<FieldProblem> {
  for (const entry of (metadata.headers['dynamic'] ?? []).map((d) => d.toLowerCase())) {
    const hint = "Dynamic lists the fields an sdist's build may still change (PEP 643); name, version and metadata-version never are.";
    if (entry === 'name' || entry === 'version' || entry === 'metadata-version') {
      yield { message: `${pyRepr(entry)} is not allowed as a dynamic field`, hint };
    } else if (!KNOWN_FIELDS.has(entry)) {
      yield { message: `${pyRepr(entry)} is not a valid dynamic field`, hint };
    }
  }
}

// Domains email-validator refuses as special-use (its SPECIAL_USE_DOMAIN_NAMES).
const SPECIAL_USE_DOMAINS = ['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'];

/**
 * The address Python's email.utils.parseaddr finds in a header value: the
 * part in <...>, or the whole value. Several addresses give none (Python
 * >= 3.11.10 parses strictly), so Warehouse checks nothing then; neither do we.
 */
export function singleAddress(value: string): string | undefined {
  let depth = 0;
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '<') depth++;
    else if (!quoted && ch === '>') depth--;
    else if (!quoted && depth === 0 && ch === ',') return undefined;
  }
  const angle = /<([^<>]*)>\s*$/.exec(value);
  const address = (angle ? angle[1]! : value).trim();
  return address === '' ? undefined : address;
}

function charNames(chars: string[]): string {
  return [...new Set(chars)].sort().map((c) => (c === ' ' ? 'SPACE' : pyRepr(c))).join(', ');
}

/** email-validator's reason (check_deliverability=False) for the common defects, or undefined. */
export function emailProblem(address: string): string | undefined {
  const at = address.indexOf('@');
  if (at < 0) return 'An email address must have an @-sign.';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === '') return 'There must be something before the @-sign.';
  if (domain === '') return 'There must be something after the @-sign.';
  if (local.startsWith('"')) return 'Quoting the part before the @-sign is not allowed here.';
  const badLocal = [...local].filter((c) => !/[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]/u.test(c));
  if (badLocal.length > 0) return `The email address contains invalid characters before the @-sign: ${charNames(badLocal)}.`;
  if (local.startsWith('.')) return 'An email address cannot start with a period.';
  if (local.includes('..') || domain.includes('..')) return 'An email address cannot have two periods in a row.';
  if (local.endsWith('.')) return 'An email address cannot have a period immediately before the @-sign.';
  const badDomain = [...domain].filter((c) => !/[\p{L}\p{N}.-]/u.test(c));
  if (badDomain.length > 0) return `The part after the @-sign contains invalid characters: ${charNames(badDomain)}.`;
  if (domain.startsWith('.')) return 'An email address cannot have a period immediately after the @-sign.';
  if (domain.startsWith('-')) return 'An email address cannot have a hyphen immediately after the @-sign.';
  if (domain.endsWith('.')) return 'An email address cannot end with a period.';
  if (!domain.includes('.')) return 'The part after the @-sign is not valid. It should have a period.';
  const last = domain.toLowerCase().split('.').pop()!;
  if (SPECIAL_USE_DOMAINS.includes(last)) return 'The part after the @-sign is a special-use or reserved name that cannot be used with email.';
  return undefined;
}

function* emails(metadata: CoreMetadata): Iterable<FieldProblem> {
  for (const key of ['author-email', 'maintainer-email']) {
    const value = field(metadata, key);
    const address = value === undefined ? undefined : singleAddress(value);
    const problem = address === undefined ? undefined : emailProblem(address);
    if (problem === undefined) continue;
    yield {
      message: `${pyRepr(address!)} is not a valid email address: ${problem}`,
      hint: `Fix the e-mail in project.${key === 'author-email' ? 'authors' : 'maintainers'} (pyproject.toml): PyPI validates the address, not whether it receives mail.`,
    };
  }
}
