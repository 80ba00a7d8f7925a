// A shallow checkout (actions/checkout's default, `fetch-depth: 1`) has one
// commit and no tags: the version (a bump's base, a VCS version, the floor
// of tags) and the release notes would be read from nothing, and a project
// tagged 1.6.0 would look like a first release. The history is fetched from
// origin with the checkout's own credentials, or the run stops naming the
// line to add to the workflow.
import type { Deps } from '../deps.ts';
import { ReleaseError } from '../errors.ts';
import { runGit } from '../process/git.ts';
import { tail } from '../process/output.ts';

export async function ensureHistory(projectDir: string, deps: Deps): Promise<void> {
  // Through the one safe git (process/git.ts); the fetch may use the checkout's credentials.
  const run = (args: string[]) => runGit(projectDir, args, deps, { network: args[0] === 'fetch' })
    .catch((error: unknown) => ({ exitCode: 1, stdout: '', stderr: String(error) }));
  const shallow = await run(['rev-parse', '--is-shallow-repository']);
  if (shallow.exitCode !== 0 || shallow.stdout.trim() !== 'true') return;
  const fetched = await run(['fetch', '--quiet', '--unshallow', '--tags', 'origin']);
  if (fetched.exitCode === 0) {
    deps.log.info('The checkout was shallow (actions/checkout fetches one commit by default): fetched its history and tags from origin, with the checkout\'s credentials.');
    return;
  }
  throw new ReleaseError({
    code: 'SHALLOW_CHECKOUT',
    message: 'The checkout is shallow (one commit, no tags), and its history and tags could not be fetched from origin; the version cannot be read safely, so nothing was built.',
    details: tail(`${fetched.stderr}\n${fetched.stdout}`),
    hint: 'Check out the whole history: add `fetch-depth: 0` under `with:` of the actions/checkout step.',
  });
}
