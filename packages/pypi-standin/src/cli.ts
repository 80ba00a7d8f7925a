// Starts the embedded index from the command line:
//   LOCAL_INDEX_TOKEN=pypi-... npm run local-index -- --dir DIR [--port 8080] [--host 127.0.0.1] [--token-env NAME] [--username NAME] [--max-file-size BYTES] [--faults SPEC]
// Faults to inject (faults.ts) come from --faults or LOCAL_INDEX_FAULTS.
// The token comes from the environment, never from argv (argv shows in `ps` and in CI logs).
import { parseArgs } from 'node:util';
import { parseFaults, type FaultRule } from './faults.ts';
import { startIndex } from './server.ts';

const USAGE =
  'usage: npm run local-index -- --dir DIR [--port PORT] [--host HOST] [--token-env NAME] [--username NAME] [--max-file-size BYTES] [--faults SPEC]\n' +
  'The upload token is read from the environment variable named by --token-env (default LOCAL_INDEX_TOKEN).\n' +
  'Uploads present it as the password of user __token__ (as on PyPI), or of --username NAME (as on a private index).\n' +
  'Faults to inject (default: LOCAL_INDEX_FAULTS, else none): RULE[;RULE...], RULE = ROUTE:ACTION[:COUNT]\n' +
  '  ROUTE  upload | simple | json | files | any\n' +
  '  ACTION 500 | 502 | 503 | 429 | 429/SECONDS | 503/SECONDS | cut-before | cut-after | delay=MS | truncate | hide=SECONDS\n' +
  '         | redirect | redirect=HOST | corrupt (files) | echo-auth (upload) | huge=MIB | quadratic (simple) | drip=MS\n' +
  '  COUNT  N (the first N matching requests; default every one) | K-L (the Kth to the Lth) | every=N\n' +
  '  e.g. --faults "upload:503:2;files:truncate:1;simple:hide=3"';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function integer(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`${what} must be a whole number, not '${value}'.`);
  return Number(value);
}

let args;
try {
  args = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'token-env': { type: 'string' },
      username: { type: 'string' },
      'max-file-size': { type: 'string' },
      faults: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!args.dir) fail('--dir is required.');
const tokenEnv = args['token-env'] ?? 'LOCAL_INDEX_TOKEN';
const token = process.env[tokenEnv];
if (!token) fail(`The environment variable ${tokenEnv} is not set: it holds the token uploads must present.`);

let faults: FaultRule[] = [];
try {
  faults = parseFaults(args.faults ?? process.env.LOCAL_INDEX_FAULTS ?? '');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const index = await startIndex({
  dir: args.dir,
  token,
  username: args.username,
  port: integer(args.port, '--port') ?? 0,
  host: args.host ?? '127.0.0.1',
  maxFileSize: integer(args['max-file-size'], '--max-file-size'),
  faults,
});
process.stdout.write(
  `Local package index on ${index.url}\n` +
    `  upload (twine --repository-url): ${index.uploadUrl}  user ${args.username ?? '__token__'}, password from $${tokenEnv}\n` +
    `  simple index (pip --index-url):  ${index.simpleUrl}\n` +
    `  files kept in ${args.dir}\n` +
    (faults.length > 0 ? `  injecting faults: ${args.faults ?? process.env.LOCAL_INDEX_FAULTS}\n` : ''),
);

let stopping = false;
const stop = (signal: NodeJS.Signals): void => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${signal}: stopping.\n`);
  index.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
