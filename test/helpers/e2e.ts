// The stand-ins for TestPyPI and PyPI that an end-to-end test file releases
// to: two embedded indexes over real HTTP, in a temporary folder of the file's
// own, with the tokens the file gives (and trusted publishing, when given).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.ts';
import type { TrustedPublishingOptions } from '../../packages/pypi-standin/src/oidc.ts';
import { startIndex, type RunningIndex } from '../../packages/pypi-standin/src/server.ts';

export interface TestIndexes {
  temp: string;
  staging: RunningIndex;
  production: RunningIndex;
  close(): Promise<void>;
}

export async function startTestIndexes(
  name: string,
  tokens: { staging: string; production: string },
  trustedPublishing: { staging?: TrustedPublishingOptions; production?: TrustedPublishingOptions } = {},
): Promise<TestIndexes> {
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), `pypi-promote-${name}-`));
  const staging = await startIndex({ dir: path.join(temp, 'staging'), token: tokens.staging, port: 0, trustedPublishing: trustedPublishing.staging });
  const production = await startIndex({ dir: path.join(temp, 'production'), token: tokens.production, port: 0, trustedPublishing: trustedPublishing.production });
  return {
    temp,
    staging,
    production,
    async close() {
      await staging.close();
      await production.close();
      await fs.rm(temp, { recursive: true, force: true });
    },
  };
}

/**
 * examples/hello-pkg copied to `dir` under another project name (its
 * pyproject.toml and the name its greeting prints): scenarios that share
 * indexes each release a project of their own, so that one's releases never
 * raise another's version floor.
 */
export async function helloPkgNamed(dir: string, name: string): Promise<string> {
  await fs.cp(path.join(ROOT, 'examples', 'hello-pkg'), dir, { recursive: true });
  const pyproject = path.join(dir, 'pyproject.toml');
  await fs.writeFile(pyproject, (await fs.readFile(pyproject, 'utf8')).replace('name = "hello-pkg"', `name = "${name}"`));
  const init = path.join(dir, 'src', 'hello', '__init__.py');
  await fs.writeFile(init, (await fs.readFile(init, 'utf8')).replaceAll("'hello-pkg'", `'${name}'`));
  return dir;
}
