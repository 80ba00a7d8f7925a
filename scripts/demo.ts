// npm run demo: a full release of examples/hello-pkg, as GitHub would run the
// action, against two embedded indexes on loopback standing in for TestPyPI
// and PyPI, by trusted publishing: no token is given; a loopback stand-in for
// GitHub's OIDC token service signs the job's identity, which both indexes
// trust for hello-pkg; a loopback Sigstore (Fulcio, Rekor) signs each file's
// PEP 740 attestation, which both indexes verify and serve as provenance; a
// GitHub REST API stand-in receives the GitHub Release.
// Then the release is installed from "PyPI" with pip and run.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startGitHubApi } from '../packages/pypi-standin/src/github-api.ts';
import { startIssuer } from '../packages/pypi-standin/src/issuer.ts';
import type { TrustedPublishingOptions } from '../packages/pypi-standin/src/oidc.ts';
import { startIndex } from '../packages/pypi-standin/src/server.ts';
import { exec, pipEnv, projectRepo, ROOT, runAction } from '../test/helpers/harness.ts';
import { startSigstore } from '../packages/pypi-standin/src/sigstore/server.ts';

const say = (text: string) => process.stdout.write(`\n\x1b[1m== ${text}\x1b[0m\n`);

const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'pypi-promote-demo-'));
const token = () => `pypi-demo-${randomBytes(16).toString('hex')}`;
const stagingToken = token();
const productionToken = token();
const job = { repository: 'octo-org/hello-pkg', workflow: 'release.yml', environment: 'pypi' };
const oidc = await startIssuer({ job });
const trust = (audience: string): TrustedPublishingOptions =>
  ({ audience, issuer: oidc.issuer, jwks: oidc.jwksUrl, publishers: [{ project: 'hello-pkg', ...job }] });
const sigstore = await startSigstore({ issuer: oidc.issuer, jwks: oidc.jwksUrl });
const staging = await startIndex({ dir: path.join(temp, 'staging-index'), token: stagingToken, port: 0, trustedPublishing: trust('staging-local'), sigstoreTrustedRoot: sigstore.trustedRoot });
const production = await startIndex({ dir: path.join(temp, 'production-index'), token: productionToken, port: 0, trustedPublishing: trust('production-local'), sigstoreTrustedRoot: sigstore.trustedRoot });
// GitHub's REST API for the GitHub Release, as GITHUB_API_URL would point at it.
const githubToken = `ghs_demo${randomBytes(16).toString('hex')}`;
const github = await startGitHubApi({ token: githubToken, repository: job.repository });
let failed = false;
try {
  say(`staging index (TestPyPI stand-in): ${staging.url}`);
  say(`production index (PyPI stand-in): ${production.url}`);
  say(`GitHub REST API stand-in: ${github.url} (repository ${job.repository})`);
  say(`both trust ${job.repository}'s ${job.workflow} in environment ${job.environment}; the job's OIDC tokens come from ${oidc.issuer}`);
  say(`Sigstore stand-in (Fulcio, Rekor v1, CT log): ${sigstore.url}; both indexes verify attestations against its trusted root`);
  const origin = path.join(temp, 'origin.git');
  const workspace = await projectRepo(path.join(ROOT, 'examples', 'hello-pkg'), path.join(temp, 'workspace'), { origin });
  say(`releasing ${workspace} with bump: patch (its origin, a bare repository: ${origin})`);

  const run = await runAction({
    workspace,
    tempDir: path.join(temp, 'runner'),
    echo: true,
    // What a job with `permissions: id-token: write` is given, and GITHUB_API_URL aimed at the stand-in.
    env: { ...process.env, ...oidc.env, PYPI_PROMOTE_TEST_SIGSTORE: sigstore.url, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: github.repository, GITHUB_SERVER_URL: 'https://github.com' },
    inputs: {
      'github-token': githubToken,
      bump: 'patch',
      'staging-url': staging.uploadUrl,
      'production-url': production.uploadUrl,
      'smoke-test': 'python -c "import hello; print(hello.greet())" && hello',
    },
  });
  say(`the action exited with ${run.exitCode}`);
  say('outputs');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name} = ${value}`);
  say('job summary');
  console.log(run.summary);
  if (run.exitCode !== 0) throw new Error('the release failed: see the log above');

  say('attestations (PEP 740): each file\'s provenance as each index serves it');
  for (const [index, urls] of [['staging', run.outputs['staging-provenance']], ['production', run.outputs['production-provenance']]] as const) {
    for (const url of (urls ?? '').split('\n').filter((u) => u !== '')) {
      const provenance = (await (await fetch(url)).json()) as { attestation_bundles: Array<{ publisher: { repository: string; workflow: string } }> };
      const by = provenance.attestation_bundles.map((b) => `${b.publisher.workflow} of ${b.publisher.repository}`).join(', ');
      console.log(`${index}: ${decodeURIComponent(url.split('/').at(-2) ?? '')}: signed by ${by}: ${url}`);
    }
  }
  console.log(`Rekor stand-in holds ${sigstore.rekor.size} entries`);

  say('origin after the release: the bump commit and its tag');
  console.log((await exec('git', ['-C', origin, 'log', '--decorate', '--format=%h %s%d', '-2', 'main'])).trim());

  say('the GitHub Release of the tag, as the API stand-in holds it');
  for (const r of github.releases) {
    console.log(`${r.name} (tag ${r.tag_name}${r.prerelease ? ', pre-release' : ''}): ${run.outputs['release-url']}`);
    console.log(`assets: ${r.assets.map((a) => `${a.name} (${a.size} bytes, ${a.digest})`).join(', ')}`);
    console.log(`notes:\n${r.body ?? ''}`);
  }

  say('installing the release from the production index with pip, in a fresh environment');
  const venv = path.join(temp, 'user-venv');
  await exec('python3', ['-m', 'venv', venv]);
  const bin = path.join(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
  const env = pipEnv();
  await exec(path.join(bin, 'python'), ['-m', 'pip', 'install', '--no-cache-dir', '--index-url', production.simpleUrl,
    `hello-pkg==${run.outputs.version}`], { env, echo: true });
  const greeting = (await exec(path.join(bin, 'hello'), [])).trim();
  say(`hello (installed from production): ${greeting}`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await staging.close();
  await production.close();
  await github.close();
  await oidc.close();
  await sigstore.close();
  await fs.rm(temp, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
