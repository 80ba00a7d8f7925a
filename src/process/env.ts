// The one place that decides what a child process (git, pip, the build
// backend, the smoke command, docutils) sees of the runner's environment.
// Built from an allowlist: a variable reaches a child only when it is named
// here (or by the `pass-env` input), so a variable the runner adds tomorrow
// (a new credential, a new file command) stays out by default.

import type { Deps } from '../deps.ts';

/**
 * Never handed to a child, whatever the allowlist or `pass-env` say:
 *  - INPUT_*: the action's inputs, which hold the tokens;
 *  - ACTIONS_*: the OIDC request credentials (ID_TOKEN_REQUEST_*), the
 *    runtime token and the cache/results service URLs (cache poisoning);
 *  - the runner's file commands (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT,
 *    GITHUB_STATE, GITHUB_STEP_SUMMARY): through them a child could change
 *    the environment, PATH and outputs of later steps;
 *  - GITHUB_TOKEN / GH_TOKEN, set by many workflows for other tools.
 */
const FORBIDDEN_PREFIXES = ['INPUT_', 'ACTIONS_'];
const FORBIDDEN = new Set([
  'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY',
  'GITHUB_TOKEN', 'GH_TOKEN',
]);

/** Whether `name` may never reach a child (case-insensitive: Windows' names are). */
export function isForbidden(name: string): boolean {
  const upper = name.toUpperCase();
  return FORBIDDEN.has(upper) || FORBIDDEN_PREFIXES.some((p) => upper.startsWith(p));
}

/**
 * What a child may see, each with why it needs it. Names are compared
 * upper-cased (Windows spells `Path`, `SystemRoot`); an entry ending in `*`
 * is a prefix.
 */
const ALLOWED: ReadonlyArray<readonly [pattern: string, why: string]> = [
  // Finding programs and the user's files.
  ['PATH', 'programs (python, git, compilers), as setup-python left them'],
  ['PATHEXT', 'Windows: which files are programs'],
  ['HOME', 'pip.conf, ~/.gitconfig, ~/.cache'],
  ['USER', 'POSIX tools that ask who runs them'],
  ['LOGNAME', 'POSIX tools that ask who runs them'],
  ['SHELL', 'tools that start a shell'],
  ['XDG_CONFIG_HOME', "pip's and git's configuration"],
  ['XDG_CONFIG_DIRS', "pip's site configuration"],
  ['XDG_CACHE_HOME', "pip's cache"],
  ['XDG_DATA_HOME', 'user data of tools'],
  ['XDG_RUNTIME_DIR', 'per-user runtime folder'],
  // Locale and time: text encodings and reproducible output.
  ['LANG', 'locale'], ['LANGUAGE', 'locale'], ['LC_*', 'locale'], ['TZ', 'time zone'],
  ['TERM', 'terminal type for tools that colour output'],
  ['NO_COLOR', 'the user asked for no colour'], ['FORCE_COLOR', 'the user asked for colour'],
  // Temporary files.
  ['TMPDIR', 'temporary files'], ['TMP', 'temporary files'], ['TEMP', 'temporary files'],
  ['RUNNER_TEMP', "the runner's temporary folder, for tools that honour it"],
  // The network as the runner reaches it: proxies and certificate authorities.
  ['HTTP_PROXY', 'proxy'], ['HTTPS_PROXY', 'proxy'], ['NO_PROXY', 'proxy exceptions'], ['ALL_PROXY', 'proxy'],
  ['SSL_CERT_FILE', 'extra certificate authorities (OpenSSL)'], ['SSL_CERT_DIR', 'extra certificate authorities (OpenSSL)'],
  ['REQUESTS_CA_BUNDLE', 'certificate authorities for requests (pip vendors it)'],
  ['CURL_CA_BUNDLE', 'certificate authorities for curl-based tools'],
  // pip: the user's index, certificates and options (PIP_INDEX_URL, PIP_CERT, ...). These are the
  // user's own settings, which must apply to the build and smoke installs as to any pip run.
  ['PIP_*', "the user's pip configuration"],
  ['PYTHONDONTWRITEBYTECODE', 'Python behaviour the user chose'],
  ['PYTHONUTF8', 'Python behaviour the user chose'],
  ['PYTHONIOENCODING', 'Python behaviour the user chose'],
  ['PYTHONUNBUFFERED', 'Python behaviour the user chose'],
  ['PYTHONWARNINGS', 'Python behaviour the user chose'],
  ['PYTHONNOUSERSITE', 'Python behaviour the user chose'],
  ['PYTHONPYCACHEPREFIX', 'Python behaviour the user chose'],
  ['PYTHONHASHSEED', 'reproducible builds'],
  ['SOURCE_DATE_EPOCH', 'reproducible archives (the user\'s wins over the commit time)'],
  // The interpreter as actions/setup-python installed it: its shared libpython is found through
  // LD_LIBRARY_PATH on Linux, and build tools (CMake, pkg-config) find it through these.
  ['LD_LIBRARY_PATH', "setup-python's libpython on Linux"],
  ['PYTHONLOCATION', 'setup-python'], ['PYTHON_ROOT_DIR', 'setup-python'],
  ['PYTHON2_ROOT_DIR', 'setup-python'], ['PYTHON3_ROOT_DIR', 'setup-python'],
  ['PKG_CONFIG_PATH', 'setup-python, native builds'],
  // Native extension builds: compilers, flags and SDKs as the runner image sets them.
  ['CC', 'compiler'], ['CXX', 'compiler'], ['CFLAGS', 'compiler flags'], ['CXXFLAGS', 'compiler flags'],
  ['CPPFLAGS', 'compiler flags'], ['LDFLAGS', 'linker flags'], ['ARCHFLAGS', 'macOS architectures'],
  ['MACOSX_DEPLOYMENT_TARGET', 'macOS wheels'], ['DEVELOPER_DIR', 'macOS SDK'], ['SDKROOT', 'macOS SDK'],
  ['CARGO_HOME', 'Rust extensions'], ['RUSTUP_HOME', 'Rust extensions'], ['RUSTUP_TOOLCHAIN', 'Rust extensions'],
  ['JAVA_HOME', 'tools built on the JVM'], ['GOROOT', 'Go extensions'], ['GOPATH', 'Go extensions'],
  // Windows: a process without these cannot start Python, find its profile or its compilers.
  ['SYSTEMROOT', 'Windows'], ['SYSTEMDRIVE', 'Windows'], ['WINDIR', 'Windows'], ['COMSPEC', 'Windows'],
  ['USERPROFILE', 'Windows'], ['USERNAME', 'Windows'], ['USERDOMAIN', 'Windows'], ['HOMEDRIVE', 'Windows'], ['HOMEPATH', 'Windows'],
  ['APPDATA', 'Windows: pip.ini'], ['LOCALAPPDATA', "Windows: pip's cache"], ['PROGRAMDATA', 'Windows: pip.ini'],
  ['ALLUSERSPROFILE', 'Windows'], ['PUBLIC', 'Windows'], ['COMPUTERNAME', 'Windows'],
  ['PROGRAMFILES', 'Windows: compilers'], ['PROGRAMFILES(X86)', 'Windows: compilers'], ['PROGRAMW6432', 'Windows: compilers'],
  ['COMMONPROGRAMFILES', 'Windows'], ['COMMONPROGRAMFILES(X86)', 'Windows'], ['COMMONPROGRAMW6432', 'Windows'],
  ['NUMBER_OF_PROCESSORS', 'Windows: parallel builds'], ['PROCESSOR_ARCHITECTURE', 'Windows: platform tags'],
  ['PROCESSOR_IDENTIFIER', 'Windows'], ['OS', 'Windows'], ['PSMODULEPATH', 'pwsh (the smoke command on Windows)'],
  ['VCINSTALLDIR', 'MSVC'], ['VSINSTALLDIR', 'MSVC'], ['INCLUDE', 'MSVC'], ['LIB', 'MSVC'], ['LIBPATH', 'MSVC'],
  ['WINDOWSSDKDIR', 'MSVC'], ['DISTUTILS_USE_SDK', 'MSVC'], ['MSSDK', 'MSVC'],
  // Where the job runs, none of it secret: tools that behave differently in CI (progress bars,
  // setuptools-scm's CI detection) and smoke commands that print it.
  ['CI', 'CI detection'], ['GITHUB_ACTIONS', 'CI detection'], ['RUNNER_OS', 'platform'], ['RUNNER_ARCH', 'platform'],
  ['RUNNER_DEBUG', 'the user asked for debug output'],
  ['GITHUB_WORKSPACE', 'the checkout'], ['GITHUB_REPOSITORY', 'which repository'], ['GITHUB_SHA', 'which commit'],
  ['GITHUB_REF', 'which ref'], ['GITHUB_REF_NAME', 'which ref'], ['GITHUB_REF_TYPE', 'which ref'],
  ['GITHUB_SERVER_URL', 'which GitHub'], ['GITHUB_RUN_ID', 'which run'], ['GITHUB_RUN_NUMBER', 'which run'],
  ['GITHUB_RUN_ATTEMPT', 'which run'], ['GITHUB_JOB', 'which job'], ['GITHUB_WORKFLOW', 'which workflow'],
  ['GITHUB_EVENT_NAME', 'what started the run'],
];

const EXACT = new Set(ALLOWED.filter(([p]) => !p.endsWith('*')).map(([p]) => p));
const PREFIXES = ALLOWED.filter(([p]) => p.endsWith('*')).map(([p]) => p.slice(0, -1));

function matches(name: string, exact: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  const upper = name.toUpperCase();
  return exact.has(upper) || prefixes.some((p) => upper.startsWith(p));
}

/**
 * `pass-env`'s names (`MY_FLAG`, `MATURIN_*`), upper-cased; the problems with
 * them for the input errors: a name the action never passes is refused
 * rather than silently dropped.
 */
export function parsePassEnv(raw: string): { names: string[]; problems: string[] } {
  const names: string[] = [];
  const problems: string[] = [];
  for (const word of raw.split(/[\s,]+/).filter(Boolean)) {
    if (!/^[A-Za-z_][A-Za-z0-9_()]*\*?$/.test(word)) {
      problems.push(`pass-env: '${word}' is not a variable name (letters, digits and _, optionally ending in * for a prefix).`);
    } else if (isForbidden(word.replace(/\*$/, ''))) {
      problems.push(`pass-env: '${word}' names a variable that never reaches a child process (the action's inputs, the runner's credentials and file commands, GITHUB_TOKEN): give the command what it needs under another name.`);
    } else {
      names.push(word.toUpperCase());
    }
  }
  return { names, problems };
}

/**
 * The environment a child process gets: the allowlisted variables of `env`,
 * the ones `pass` names, then `extra` (what the action itself sets for this
 * child). A forbidden name is dropped even from `extra`: the action never
 * hands a child its own credentials.
 */
export function childEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}, pass: readonly string[] = []): Record<string, string> {
  const passExact = new Set(pass.filter((p) => !p.endsWith('*')));
  const passPrefixes = pass.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || isForbidden(key)) continue;
    if (matches(key, EXACT, PREFIXES) || matches(key, passExact, passPrefixes)) out[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) if (!isForbidden(key)) out[key] = value;
  return out;
}

/** childEnv of the runner's environment, with the `pass-env` names the pipeline put in deps. */
export function childEnvFor(deps: Pick<Deps, 'env' | 'passEnv'>, extra: Record<string, string> = {}): Record<string, string> {
  return childEnv(deps.env, extra, deps.passEnv ?? []);
}
