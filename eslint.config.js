import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The action never reaches into the stand-ins: they are what it is tested
// against, and dist/ must bundle none of them.
const NO_STANDINS = {
  regex: '(^|/)packages/|^pypi-standin',
  message: 'src/ must not import the stand-ins (packages/pypi-standin): they are test infrastructure, not the action.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'examples/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One HTTP layer: only src/http/ sends requests, so every request has its deadline, its body cap and the one retry policy.
    files: ['src/**/*.ts'],
    ignores: ['src/http/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [NO_STANDINS],
        paths: [{
          name: 'undici',
          importNames: ['request', 'fetch', 'stream', 'pipeline', 'connect', 'Agent', 'Client', 'Pool', 'ProxyAgent', 'EnvHttpProxyAgent'],
          message: 'Requests go through src/http/ (exchange, fetchText; runDispatcher for the dispatcher).',
        }],
      }],
    },
  },
  {
    files: ['src/http/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_STANDINS] }],
    },
  },
);
