// The stand-ins for TestPyPI and PyPI that an end-to-end test file releases
// to: two embedded indexes over real HTTP, in a temporary folder of the file's
// own, with the tokens the file gives (and trusted publishing, when given).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
