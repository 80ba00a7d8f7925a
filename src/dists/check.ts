// What PyPI would refuse, found before anything is uploaded. Pure: the rules
// read facts that inspect.ts gathered from disk and return findings; none
// throws and none stops the others, so a user sees every problem at once
// instead of one per upload attempt. Messages are Warehouse's own wording
// (forklift/legacy.py, forklift/metadata.py, packaging), so that what we print
// is what a search for PyPI's error finds; hints say what to do about it.
//
// A new rule is a generator over a `Subject` (facts.ts) in rules-file.ts,
// rules-archive.ts or rules-metadata.ts, added to FILE_RULES (one file); or a
// line in checkSet (the files together).
import * as pep440 from '../version/pep440.ts';
import type { Dist } from './dist.ts';
import type { CheckOptions, DistFacts, Finding, Rule, Subject } from './facts.ts';
import { isValidProjectName, normalizeName, parseDistFilename } from './filename.ts';
import { field } from './metadata.ts';
import { archiveReadable, entryPoints, licenseFiles, recordMatches, sdistContents, unsafePaths, wheelContents, zipLimits, zipStructure } from './rules-archive.ts';
import { fileExtension, fileSize, filenameCharacters, sdistFilenameRule, wheelFilename } from './rules-file.ts';
import { coreMetadata, descriptionRenders, metadataReadable } from './rules-metadata.ts';

export type { ArchiveFacts, CheckOptions, DistFacts, Finding, ZipPassFacts } from './facts.ts';
export { PYPI_MAX_FILE_SIZE } from './facts.ts';

/** Every finding for one file. */
export function checkDist(facts: DistFacts, options: CheckOptions = {}): Finding[] {
  const name = facts.metadata && field(facts.metadata, 'name');
  const version = facts.metadata && field(facts.metadata, 'version');
  const subject: Subject = {
    facts,
    parsed: parseDistFilename(facts.filename),
    name: name && isValidProjectName(name) ? name : undefined,
    version: version && pep440.isValid(version) ? version : undefined,
    options,
  };
  return FILE_RULES.flatMap((rule) => [...rule(subject)].map((p) => ({ file: facts.filename, ...p })));
}

const FILE_RULES: readonly Rule[] = [
  filenameCharacters,
  fileExtension,
  fileSize,
  archiveReadable,
  zipLimits,
  zipStructure,
  unsafePaths,
  wheelContents,
  recordMatches,
  entryPoints,
  sdistContents,
  metadataReadable,
  coreMetadata,
  descriptionRenders,
  sdistFilenameRule,
  wheelFilename,
  licenseFiles,
];

// ------------------------------------------------------------------------ set

/** What the set rules need of each file: a Dist, or what is known of a file whose metadata could not be read. */
export type SetMember = Pick<Dist, 'filename' | 'kind'> & Partial<Pick<Dist, 'name' | 'version'>>;

/**
 * Rules for the files of one release together: at least one file, one
 * project, the version being released, at most one sdist, no file twice.
 */
export function checkSet(dists: readonly SetMember[], expected: { version: string; name?: string }): Finding[] {
  const findings: Finding[] = [];
  if (dists.length === 0) {
    findings.push({
      file: '',
      message: 'No distribution files to release: expected at least one .whl or .tar.gz.',
      hint: 'The build wrote no wheel or sdist to the output directory: check its log.',
    });
    return findings;
  }

  const seen = new Set<string>();
  let sdists = 0;
  for (const dist of dists) {
    if (seen.has(dist.filename)) {
      findings.push({
        file: dist.filename,
        message: 'The same file name is in the release twice.',
        hint: 'PyPI stores a file name once per project: pass each file once.',
      });
    }
    seen.add(dist.filename);
    if (dist.kind === 'sdist' && ++sdists === 2) {
      findings.push({
        file: dist.filename,
        message: 'Only one sdist may be uploaded per release.',
        hint: 'Keep one .tar.gz in the output directory; a leftover from an earlier build looks like this.',
      });
    }
  }

  const reference = expected.name ?? dists.find((d) => d.name !== undefined)?.name;
  if (reference !== undefined) {
    const canonical = normalizeName(reference);
    for (const dist of dists) {
      if (dist.name === undefined || normalizeName(dist.name) === canonical) continue;
      findings.push({
        file: dist.filename,
        message:
          expected.name === undefined
            ? `Project '${dist.name}' is not '${reference}' like the other files: one release holds one project's files.`
            : `Project '${dist.name}' is not the project being released, '${reference}'.`,
        hint: 'Clear the output directory before building, and check the name in pyproject.toml.',
      });
    }
  }

  for (const dist of dists) {
    if (dist.version === undefined) continue;
    if (pep440.isValid(dist.version) && pep440.isValid(expected.version) && pep440.equal(dist.version, expected.version)) continue;
    findings.push({
      file: dist.filename,
      message: `Version '${dist.version}' is not the version being released, '${expected.version}'.`,
      hint: 'The build produced another version than planned: a stale file in the output directory, or a version the build backend computes (VCS tags) differently.',
    });
  }
  return findings;
}
