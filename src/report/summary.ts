// What the run tells the user: the step's outputs and the job summary. Pure.
import { formatSize } from '../dists/dist.ts';
import type { ReleaseReport } from '../run/report.ts';

export function outputs(report: ReleaseReport): Record<string, string> {
  return {
    version: report.version,
    'previous-version': report.previousVersion,
    'is-prerelease': String(report.isPrerelease),
    files: JSON.stringify(report.files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 }))),
    'staging-url': report.stagingUrl,
    'production-url': report.productionUrl,
    released: String(report.released),
    manifest: report.manifest,
    tag: report.tag?.tag ?? '',
    'release-url': report.githubRelease?.url ?? '',
    'staging-provenance': provenanceUrls(report, 'staging'),
    'production-provenance': provenanceUrls(report, 'production'),
  };
}

/** One provenance URL a line, in the files' order. */
function provenanceUrls(report: ReleaseReport, index: 'staging' | 'production'): string {
  return report.provenance.filter((p) => p.index === index).map((p) => p.url).join('\n');
}

/** PEP 740: one line per file and index, with the Rekor entry and the provenance as the index serves it. */
function provenanceLines(report: ReleaseReport): string[] {
  if (report.provenance.length === 0) return [];
  return [
    'Attestations (PEP 740), verified as each index serves them:',
    '',
    '| file | index | Rekor log index | provenance |',
    '| --- | --- | ---: | --- |',
    ...report.provenance.map((p) => `| \`${p.filename}\` | ${p.index} | ${p.logIndex} | [provenance](${p.url}) |`),
    '',
  ];
}

export function summaryMarkdown(report: ReleaseReport): string {
  const staged = new Map(report.staged.map((s) => [s.filename, s.result]));
  const promoted = new Map(report.promoted.map((p) => [p.filename, p.result]));
  const word = (r: string | undefined) =>
    r === 'exists' ? 'already there' : r === 'uploaded' ? 'uploaded' : r === 'planned' ? 'would upload' : '-';
  const change = `${report.previousVersion || '(first release)'} → **${report.version}**${report.isPrerelease ? ' (pre-release)' : ''}. `;
  const staging = `[the staging index](${report.stagingUrl})`;
  const production = `[production](${report.productionUrl})`;
  const [title, story] = report.dryRun
    ? [': dry run, nothing uploaded', `Built and inspected; both indexes were read. A real run would upload to ${staging}, smoke-install from there, then promote to ${production} as below.`]
    : report.mode === 'stage'
      ? [': staged, awaiting promotion', `Smoke-tested before any upload, staged on ${staging}, and resolved by pip from there. Production was not touched: the promote job promotes the files of the manifest below.`]
      : report.mode === 'promote'
        ? [' promoted', `The files the stage job staged on ${staging} and smoke-tested, checked against its manifest, promoted to ${production}.`]
        : [' released', `Smoke-tested before any upload, staged on ${staging} and resolved by pip from there with the same sha256, then promoted to ${production}.`];
  const lines = [
    `## ${report.name} ${report.version}${title}`,
    '',
    change + story,
    '',
    '| file | size | sha256 | staging | production |',
    '| --- | ---: | --- | --- | --- |',
    ...report.files.map((f) =>
      `| \`${f.filename}\` | ${formatSize(f.size)} | \`${f.sha256}\` | ${word(staged.get(f.filename))} | ${word(promoted.get(f.filename))} |`),
    '',
    smokeLine(report),
    '',
    ...provenanceLines(report),
    ...(report.tag
      ? [`Git: tag \`${report.tag.tag}\` ${report.tag.outcome === 'pushed' ? 'pushed to origin' : 'was already on origin (pushed by an earlier run)'}` +
        `${report.tag.commit ? ` at \`${report.tag.commit.slice(0, 12)}\`` : ''}.`, '']
      : []),
    ...(report.mode === 'stage' ? ['Manifest (the promote job\'s `manifest` input):', '', '```json', report.manifest, '```', ''] : []),
    ...(report.githubRelease
      ? [`GitHub Release: [${report.githubRelease.url.replace(/^https?:\/\//, '')}](${report.githubRelease.url}) ` +
        `${{ created: 'created', published: 'published (it was a draft)', updated: 'found; its empty notes were filled', found: 'found' }[report.githubRelease.outcome]}; ` +
        `assets ${report.githubRelease.assets.map((a) => `\`${a.name}\` ${a.outcome === 'exists' ? 'already attached' : a.outcome}`).join(', ') || 'none'}.`, '']
      : []),
    '| stage | time |',
    '| --- | ---: |',
    ...report.stages.map((s) => `| ${s.name} | ${(s.ms / 1000).toFixed(1)} s |`),
    '',
  ];
  return lines.join('\n');
}


function smokeLine(report: ReleaseReport): string {
  if (report.dryRun) return 'Smoke test: not run (it installs the files the staging index serves).';
  if (!report.smoke) return 'Smoke test: run by the stage job on these very files (same sha256).';
  return `Smoke test: imported ${report.smoke.imported.map((m) => `\`${m}\``).join(', ') || '(no modules)'}` +
    (report.smoke.command ? `; ran \`${report.smoke.command.replaceAll('`', "'")}\`.` : '; no smoke-test command given.');
}
