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
    // The action never reaches into the stand-ins: they are what it is tested
    // against, and dist/index.js must bundle none of them.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)packages/|^pypi-standin', message: 'src/ must not import the stand-ins (packages/pypi-standin): they are test infrastructure, not the action.' }],
      }],
    },
  },
);
