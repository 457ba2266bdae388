/**
 * The files of the search module in dist/pagefind/, as scripts/search/integration.ts writes them: the
 * wrapper the dialog imports, Pagefind's own module under another name, the relaxed search, and the
 * query vocabulary the wrapper fetches, and Pagefind's WebAssembly. The search button asks for them all at once when the reader
 * shows intent (src/components/Search.astro), so none waits for the one that names it.
 */
export const SEARCH_FILES = {
  wrapper: 'pagefind.js',
  core: 'pagefind-core.js',
  relax: 'kb-relax.js',
  vocabulary: 'kb-query.json.gz',
  // Pagefind's WebAssembly for a language it has no stemmer for, Chinese among them (the build checks that it is the one written).
  engine: 'wasm.unknown.pagefind',
} as const;
