import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const RELAX_SOURCE = new URL('../../src/search/relax.ts', import.meta.url);

/**
 * The module the search dialog loads as `pagefind.js`: Pagefind's own, with `search` relaxed.
 * Pagefind finds its index from its own file name, which is now pagefind-core.js, so the wrapper
 * names the folder itself.
 */
const WRAPPER = `import * as core from './pagefind-core.js';
import { relaxedSearch } from './kb-relax.js';
export * from './pagefind-core.js';
await core.options({ basePath: new URL('./', import.meta.url).pathname });
export const search = (term, chosen) => relaxedSearch(core.search, term, chosen);
`;

/**
 * Runs after Starlight has written the Pagefind index (list it after `starlight()`): moves
 * Pagefind's module to pagefind-core.js and puts in its place one whose `search` also offers the
 * records that hold most of the query's words (src/search/relax.ts).
 */
export function relaxedSearchIntegration(): AstroIntegration {
  return {
    name: 'kb-relaxed-search',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const bundle = fileURLToPath(new URL('./pagefind/', dir));
        if (!existsSync(`${bundle}pagefind.js`)) throw new Error(`no Pagefind index in ${bundle}: the search index must be built first`);
        renameSync(`${bundle}pagefind.js`, `${bundle}pagefind-core.js`);
        writeFileSync(`${bundle}kb-relax.js`, stripTypeScriptTypes(readFileSync(RELAX_SOURCE, 'utf8')));
        writeFileSync(`${bundle}pagefind.js`, WRAPPER);
        logger.info('search: multi-word queries also find the records that hold most of their words');
      },
    },
  };
}
