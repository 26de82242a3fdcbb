// The rules that keep the layout readable (docs/adr/0012-layout-and-lint.md): no import cycles,
// files of at most 400 lines, functions that fit a screen (warned past 60 lines, refused past 120).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** A function longer than this is refused, not only warned about. */
const HARD_FUNCTION_LINES = 120;

const functionLength = {
  meta: {
    type: 'suggestion',
    schema: [{ type: 'integer' }],
    messages: { long: '{{name}} is {{lines}} lines long; split it into named phases (at most {{max}}).' },
  },
  create(context) {
    const max = context.options[0] ?? HARD_FUNCTION_LINES;
    const check = (node) => {
      const lines = node.loc.end.line - node.loc.start.line + 1;
      if (lines <= max) return;
      const name = node.id?.name ?? node.parent?.id?.name ?? node.parent?.key?.name ?? 'a function';
      context.report({ node, messageId: 'long', data: { name, lines: String(lines), max: String(max) } });
    };
    return { FunctionDeclaration: check, FunctionExpression: check, ArrowFunctionExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-artifacts/', 'coverage/', 'archive-example/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, ppid: { rules: { 'function-length': functionLength } } },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.test.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      'ppid/function-length': ['error', HARD_FUNCTION_LINES],
    },
  },
  {
    // One place reads the process's environment (ADR 0012): commands then run in-process in tests.
    files: ['src/**/*.ts'],
    ignores: ['src/environment.ts', 'src/terminal/io.ts', 'src/store/check-worker.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment through src/environment.ts (or io.env in a command).' },
      ],
    },
  },
  {
    // Tests match YAML by its indentation; "  tanggal" reads better than " {2}tanggal".
    files: ['test/**/*.ts'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    // bin/ is CommonJS (bin/package.json) so that it can require() the ESM CLI.
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The published page's script runs in the reader's browser, with no build step.
    files: ['templates/publish/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly', window: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
);
