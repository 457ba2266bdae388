/**
 * The search files a reader's first query fetches whole, compressed harder than a host would: zopfli
 * writes gzip that any inflater reads, 5 to 12 % smaller than zlib's best (on this site: Pagefind's
 * WebAssembly 55.4 → 52.8 KB, its metadata 8.4 → 7.4 KB, our query vocabulary 45.4 → 39.8 KB).
 * Pagefind's index chunks and fragments are left as Pagefind wrote them: a query fetches a few, and
 * compressing a thousand small files would add seconds to the build for a few hundred bytes a query.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** `bytes` as gzip, the same bytes every run (no time or name in the header). */
export async function compressed(bytes: Uint8Array): Promise<Uint8Array> {
  return gzipAsync(bytes, { numiterations: 15 });
}

/** Rewrites a gzip file with the same content, compressed by zopfli. */
export async function recompress(file: string): Promise<void> {
  writeFileSync(file, await compressed(gunzipSync(readFileSync(file))));
}
