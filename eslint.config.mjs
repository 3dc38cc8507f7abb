import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '*.vsix', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/naming-convention': ['warn', { selector: 'import', format: ['camelCase', 'PascalCase'] }],
      curly: ['warn', 'multi-line'],
      eqeqeq: 'error',
      'no-throw-literal': 'error',
    },
  },
  {
    // The core runs in the extension host, a web worker, the command line and
    // plain mocha: it may not depend on VS Code or on Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not depend on VS Code: put this in src/vscode.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core must not use Node built-ins: it also runs in the browser.' })),
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'src/core must not use Node globals.' },
        { name: 'require', message: 'src/core must not use Node globals.' },
        { name: 'Buffer', message: 'src/core must not use Node globals.' },
        { name: '__dirname', message: 'src/core must not use Node globals.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', fetch: 'readonly', Buffer: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
