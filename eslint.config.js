// typescript-eslint with type information (recommendedTypeChecked): floating promises, unsafe any,
// misused promises and the like are caught against the real types, over src, test and bench.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.corpus/**', 'bench/.extract.mjs', 'bench/.dense.mjs', 'coverage/**', 'src/serve/client/**/*.css'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // node:test's describe/it return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The Store interface is asynchronous for every backend; SQLite's implementation of it is
      // synchronous underneath, and its methods stay async to keep the contract.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // wink-nlp's `its.*` helpers are passed by reference, as its API is designed, and typed loosely.
    files: ['src/recognise/sentences.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    // Tests read JSON from responses and files as `any` on purpose and assert on its shape.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
