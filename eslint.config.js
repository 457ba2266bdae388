// @ts-check
/**
 * `npm run lint` runs this after Prettier's check, before `astro check`. Recommended sets only, no type information
 * (tsc and astro check do the type checking); a rule turned off says why.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated or copied in, never edited by hand: the normaliser's output, the notes, fixtures kept byte for byte.
  globalIgnores(['dist/', '.astro/', 'tmp/', '.bench/', 'src/content/docs/', 'src/data/', 'src/diagrams/rendered/', 'sources/', 'tests/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // TypeScript reports an unknown name already, knowing each file's globals (Node, the browser, Astro).
      'no-undef': 'off',
      // `const { body: _body, ...rest } = unit` is how this code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
