// ESLint flat config: typescript-eslint's recommended rules over src/ and
// test/, and the rule that keeps the notebook engine pure (no `vscode`, no
// Node file system under src/core: the engine reads through its store port).
import tseslint from 'typescript-eslint';

const NOT_IN_CORE = 'The notebook engine (src/core) knows no editor and no disk: take a port (see src/core/notebook/store.ts) instead.';

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'bench-data/**', 'examples/**', 'test/fixtures/**', '**/*.js', '**/*.mjs'],
  },
  // ESLint 10 no longer ships its core recommended set (@eslint/js is a separate package):
  // typescript-eslint's set plus the core rules that catch real mistakes tsc does not.
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters already report these; `_`-prefixed names are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-debugger': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-cond-assign': 'error',
      // The engine matches control characters on purpose: the dossier format rejects them.
      'no-control-regex': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
      'no-dupe-else-if': 'error',
      'no-self-compare': 'error',
      'no-sparse-arrays': 'error',
      'no-unsafe-finally': 'error',
      'no-useless-escape': 'error',
      'prefer-const': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: NOT_IN_CORE })),
        },
      ],
    },
  },
  {
    // Mocha's `this` in tests, and require() in the few places tests load a CommonJS file by path.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
