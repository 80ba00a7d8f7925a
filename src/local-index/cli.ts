// Starts the embedded index from the command line:
//   LOCAL_INDEX_TOKEN=pypi-... node --import tsx src/local-index/cli.ts --dir DIR [--port 8080] [--host 127.0.0.1] [--token-env NAME] [--max-file-size BYTES]
// The token comes from the environment, never from argv (argv shows in `ps` and in CI logs).
import { parseArgs } from 'node:util';
import { startIndex } from './server.ts';

const USAGE =
  'usage: node --import tsx src/local-index/cli.ts --dir DIR [--port PORT] [--host HOST] [--token-env NAME] [--max-file-size BYTES]\n' +
  'The upload token is read from the environment variable named by --token-env (default LOCAL_INDEX_TOKEN).';

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
      'max-file-size': { type: 'string' },
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

const index = await startIndex({
  dir: args.dir,
  token,
  port: integer(args.port, '--port') ?? 0,
  host: args.host ?? '127.0.0.1',
  maxFileSize: integer(args['max-file-size'], '--max-file-size'),
});
process.stdout.write(
  `Local package index on ${index.url}\n` +
    `  upload (twine --repository-url): ${index.uploadUrl}  user __token__, password from $${tokenEnv}\n` +
    `  simple index (pip --index-url):  ${index.simpleUrl}\n` +
    `  files kept in ${args.dir}\n`,
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
