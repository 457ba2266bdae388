/**
 * Pagefind 1.6 cuts its word index into chunks of 20,000 word locations (`chunk_index` in its
 * indexer, not an option), about 34 KB sent each; a query fetches the chunk of every word it holds,
 * and our dialog searches several forms of a query, so a query of four words fetched 100–170 KB of
 * index. After Pagefind has written the index, this cuts the same words into smaller chunks and
 * rewrites the metadata that names them: a query fetches the words it needs and less of the rest.
 *
 * The files are gzip of `pagefind_dcd` and CBOR (minicbor): a chunk is `[[word…]]`, each word
 * `[text, pages, …]`, in sorted order; the metadata is `[version, pages, chunks, …]`, a chunk
 * `[from, to, file]`. Words are copied byte for byte; only the arrays around them are written.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = Buffer.from('pagefind_dcd');
/** The metadata's item listing the word chunks, by its position in Pagefind 1.6's `MetaIndex`. */
const META_CHUNKS = 2;

/** A CBOR item's major type and argument, and where its content starts. */
function head(bytes: Uint8Array, at: number): { major: number; value: number; next: number } {
  const first = bytes[at]!;
  const info = first & 31;
  const size = info < 24 ? 0 : info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : -1;
  if (size < 0) throw new Error(`rechunk: unexpected CBOR item 0x${first.toString(16)} at byte ${at} of a Pagefind index file (was Pagefind upgraded?)`);
  let value = size === 0 ? info : 0;
  for (let k = 1; k <= size; k++) value = value * 256 + bytes[at + k]!;
  return { major: first >> 5, value, next: at + 1 + size };
}

/** Where the CBOR item starting at `at` ends. */
function skip(bytes: Uint8Array, at: number): number {
  const { major, value, next } = head(bytes, at);
  if (major === 2 || major === 3) return next + value;
  if (major === 4) {
    let end = next;
    for (let k = 0; k < value; k++) end = skip(bytes, end);
    return end;
  }
  if (major === 0 || major === 1 || major === 7) return next;
  throw new Error(`rechunk: unexpected CBOR major type ${major} at byte ${at} of a Pagefind index file (was Pagefind upgraded?)`);
}

/** The byte spans of an array's items. */
function items(bytes: Uint8Array, at: number): Uint8Array[] {
  const { major, value, next } = head(bytes, at);
  if (major !== 4) throw new Error(`rechunk: expected a CBOR array at byte ${at} of a Pagefind index file (was Pagefind upgraded?)`);
  const spans: Uint8Array[] = [];
  let start = next;
  for (let k = 0; k < value; k++) {
    const end = skip(bytes, start);
    spans.push(bytes.subarray(start, end));
    start = end;
  }
  return spans;
}

function text(bytes: Uint8Array): string {
  const { major, value, next } = head(bytes, 0);
  if (major !== 3) throw new Error('rechunk: expected a CBOR text string in a Pagefind index file (was Pagefind upgraded?)');
  return Buffer.from(bytes.subarray(next, next + value)).toString('utf8');
}

function encodeHead(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 0x100) return Buffer.from([(major << 5) | 24, value]);
  if (value < 0x10000) return Buffer.from([(major << 5) | 25, value >> 8, value & 255]);
  const out = Buffer.alloc(5);
  out[0] = (major << 5) | 26;
  out.writeUInt32BE(value, 1);
  return out;
}

const array = (spans: readonly Uint8Array[]) => Buffer.concat([encodeHead(4, spans.length), ...spans]);
const textItem = (s: string) => {
  const utf8 = Buffer.from(s, 'utf8');
  return Buffer.concat([encodeHead(3, utf8.length), utf8]);
};

/** The highest character: a word followed by it sorts after every word that word starts. */
const LAST = '\u{10FFFF}';

/**
 * The range of the chunk before a boundary and the start of the one after it. Pagefind loads, for a
 * word, the chunk whose range holds it (by string order): each range holds all of its chunk's words,
 * and the next starts as short as it can (first characters of its first word, up to the first that
 * differs from the word before), so a word being typed finds where its extensions are.
 */
function boundary(last: string, first: string): [to: string, from: string] {
  const common = commonStart(last, first);
  // The range ends after every word its chunk's last word shares a start with (one character past the common
  // start), not at that word: Pagefind finds a longer term (virtualservices) by the longest word it starts.
  return [first.startsWith(last) ? last : [...last].slice(0, common + 1).join('') + LAST, [...first].slice(0, common + 1).join('')];
}

/** How many characters two words begin with alike. */
function commonStart(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return common;
}

/**
 * Whether two neighbouring words begin alike enough to stay in one chunk: one Chinese character
 * (Pagefind may read a query's 配额 as 配 and 额, each searched as every word it starts), three Latin
 * letters (pod, pods; not po, policy).
 */
function sameStart(a: string, b: string): boolean {
  const common = commonStart(a, b);
  return common >= 3 || (common > 0 && a.codePointAt(0)! > 0x7f);
}

export interface Rechunked {
  /** The metadata, as decoded (without signature or gzip). */
  meta: Buffer;
  /** Each chunk's content by its name (without signature or gzip), in word order. */
  chunks: Map<string, Buffer>;
}

/**
 * The words of `chunks` (named by the metadata, decoded) cut into chunks of about `bytes` each, and
 * the metadata naming them. A chunk never parts a word of two characters or more from the
 * longer words it starts (pod, pods, podaffinity), nor words beginning alike: Pagefind looks a
 * typed word up in the one chunk whose range holds it, and finds the words it starts there. Names are `<language>_<hash of the content>`.
 */
export function rechunk(meta: Uint8Array, chunkOf: (name: string) => Uint8Array, bytes: number, language: string): Rechunked {
  const metaItems = items(meta, 0);
  const named = items(metaItems[META_CHUNKS]!, 0).map((chunk) => text(items(chunk, 0)[2]!));
  const words = named.flatMap((name) => {
    const [list] = items(chunkOf(name), 0);
    return items(list!, 0).map((span) => ({ span, word: text(items(span, 0)[0]!) }));
  });
  const groups: (typeof words)[] = [];
  let group: typeof words = [];
  let size = 0;
  // The words of the group that later words may start (sorted order puts a word's extensions right after it);
  // not a word of one character (s, 的), which starts a tenth of the index.
  let open: string[] = [];
  for (const [k, entry] of words.entries()) {
    group.push(entry);
    size += entry.span.length;
    open = [...open.filter((word) => entry.word.startsWith(word)), ...([...entry.word].length > 1 ? [entry.word] : [])];
    const next = words[k + 1];
    if (next && size >= bytes && !open.some((word) => next.word.startsWith(word)) && !sameStart(entry.word, next.word)) {
      groups.push(group);
      group = [];
      size = 0;
      open = [];
    }
  }
  if (group.length > 0) groups.push(group);
  const chunks = new Map<string, Buffer>();
  // The first range starts before every word and the last ends after them all: a word being typed
  // before the first or after the last still finds the words it starts.
  const ranges = groups.map((g, k) => ({ from: k === 0 ? '' : g[0]!.word, to: g.at(-1)!.word + (k === groups.length - 1 ? LAST : ''), name: '' }));
  for (let k = 0; k + 1 < ranges.length; k++) [ranges[k]!.to, ranges[k + 1]!.from] = boundary(ranges[k]!.to, ranges[k + 1]!.from);
  for (const [k, g] of groups.entries()) {
    const content = array([array(g.map((w) => w.span))]);
    const hash = createHash('sha256').update(content).digest('hex');
    let length = 7;
    while (chunks.has(`${language}_${hash.slice(0, length)}`)) length++;
    ranges[k]!.name = `${language}_${hash.slice(0, length)}`;
    chunks.set(ranges[k]!.name, content);
  }
  const listed = array(ranges.map((r) => array([textItem(r.from), textItem(r.to), textItem(r.name)])));
  return { meta: array(metaItems.map((item, k) => (k === META_CHUNKS ? listed : item))), chunks };
}

const decode = (file: string) => {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`rechunk: ${file} is not a Pagefind index file (no pagefind_dcd signature)`);
  return raw.subarray(SIGNATURE.length);
};
const encode = (content: Uint8Array) => gzipSync(Buffer.concat([SIGNATURE, content]), { level: 9 });

/**
 * Rewrites each language's index in a Pagefind bundle (`dist/pagefind/`) in chunks of about `bytes`
 * before compression; returns how many chunks there were and are.
 */
export function rechunkBundle(bundle: string, bytes: number): { before: number; after: number } {
  const entryFile = `${bundle}pagefind-entry.json`;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  let before = 0;
  let after = 0;
  for (const [code, language] of Object.entries(entry.languages)) {
    const prefix = language.hash.replace(/_[0-9a-f]+$/, '');
    const metaFile = `${bundle}pagefind.${language.hash}.pf_meta`;
    const old = readdirSync(`${bundle}index/`).filter((f) => f.startsWith(`${prefix}_`));
    const { meta, chunks } = rechunk(decode(metaFile), (name) => decode(`${bundle}index/${name}.pf_index`), bytes, prefix);
    for (const file of old) rmSync(`${bundle}index/${file}`);
    for (const [name, content] of chunks) writeFileSync(`${bundle}index/${name}.pf_index`, encode(content));
    rmSync(metaFile);
    // The metadata is named by its content too: a reader's cache never pairs new metadata with old chunks.
    const hash = `${prefix}_${createHash('sha256').update(meta).digest('hex').slice(0, 13)}`;
    writeFileSync(`${bundle}pagefind.${hash}.pf_meta`, encode(meta));
    entry.languages[code]!.hash = hash;
    before += old.length;
    after += chunks.size;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return { before, after };
}
