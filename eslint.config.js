import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    ignores: ['src/http/**', 'src/local-index/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{
          name: 'undici',
          importNames: ['request', 'fetch', 'stream', 'pipeline', 'connect', 'Agent', 'Client', 'Pool', 'ProxyAgent', 'EnvHttpProxyAgent'],
          message: 'Requests go through src/http/ (exchange, fetchText; runDispatcher for the dispatcher).',
        }],
      }],
    },
  },
);
