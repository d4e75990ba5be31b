// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'reports/', 'node_modules/', 'tests/fixtures/**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Imports point down: src/lib/ is the floor (content model, dates, reuse helpers) and imports
    // nothing from the graphics, the components or the browser code that stand on it.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^~/|/)(graphics|components|client)/',
              message: 'src/lib/ must not import from src/graphics, src/components or src/client (imports point down).',
            },
          ],
        },
      ],
    },
  },
);
