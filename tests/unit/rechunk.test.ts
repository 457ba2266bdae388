import { describe, expect, it } from 'vitest';
import { rechunk } from '../../scripts/search/rechunk.ts';

// A small CBOR writer and reader for the shapes Pagefind writes: text, integers, arrays.
type Item = string | number | Item[];
function cbor(item: Item): Buffer {
  const head = (major: number, n: number) =>
    n < 24 ? Buffer.from([(major << 5) | n]) : n < 256 ? Buffer.from([(major << 5) | 24, n]) : Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  if (typeof item === 'string') return Buffer.concat([head(3, Buffer.byteLength(item)), Buffer.from(item)]);
  if (typeof item === 'number') return item >= 0 ? head(0, item) : head(1, -1 - item);
  return Buffer.concat([head(4, item.length), ...item.map(cbor)]);
}
function read(bytes: Uint8Array, at = 0): [Item, number] {
  const first = bytes[at]!;
  const info = first & 31;
  const size = info < 24 ? 0 : info - 23;
  let n = size === 0 ? info : 0;
  for (let k = 1; k <= size; k++) n = n * 256 + bytes[at + k]!;
  let next = at + 1 + size;
  const major = first >> 5;
  if (major === 0) return [n, next];
  if (major === 1) return [-1 - n, next];
  if (major === 3) return [Buffer.from(bytes.subarray(next, next + n)).toString(), next + n];
  const list: Item[] = [];
  for (let k = 0; k < n; k++) {
    const [item, end] = read(bytes, next);
    list.push(item);
    next = end;
  }
  return [list, next];
}
const decoded = (bytes: Uint8Array) => read(bytes)[0] as Item[];

/** A word as Pagefind 1.6 writes it: its text, the pages holding it with their locations, and a third list. */
const word = (text: string, pages: number[]): Item => [text, pages.map((p) => [p, [3, -5, 10 * p], []]), []];

/** A Pagefind-shaped index: metadata `[version, pages, chunks, filters, sorts, fields]` and its chunks. */
function index(chunks: Item[][]) {
  const files = new Map(chunks.map((words, k) => [`zh-cn_${k}`, cbor([words])]));
  const ranges = chunks.map((words, k) => [(words[0] as Item[])[0]!, (words.at(-1) as Item[])[0]!, `zh-cn_${k}`]);
  const meta = cbor(['1.6.0', [['zh-cn_page1', 120, '']], ranges, [['主题', 'zh-cn_f']], [], ['answer', 'asked']]);
  return { meta, chunkOf: (name: string) => files.get(name)! };
}

/** The chunks Pagefind's search would load for a word: those whose range holds it (pagefind_web, strict match). */
const holding = (ranges: [string, string, string][], term: string) => ranges.filter(([from, to]) => utf8(term, from) >= 0 && utf8(term, to) <= 0).map(([, , name]) => name);
/** Strings compared as Rust compares them, by their UTF-8 bytes (JavaScript compares UTF-16 units: U+FFxx after U+10FFFF). */
const utf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const WORDS: Item[] = [
  'apple',
  'config',
  'configmap',
  'configmaps',
  'daemonset',
  'pod',
  'pod-ip',
  'podaffinity',
  'pods',
  'service',
  '存活探针',
  '容器',
  '容器化',
  '容忍',
  '就绪',
  '配置',
  '配额',
  '配额限制',
].map((w, k) => word(w, [k, k + 1, k + 2]));

describe('rechunk: the search index in smaller chunks', () => {
  const { meta, chunkOf } = index([WORDS.slice(0, 7), WORDS.slice(7)]);
  const result = rechunk(meta, chunkOf, 40, 'zh-cn');
  const [version, pages, listed, filters, sorts, fields] = decoded(result.meta);
  const ranges = listed as [from: string, to: string, name: string][];
  /** The words of a chunk, by its name. */
  const wordsOf = (name: string) => (decoded(result.chunks.get(name)!)[0] as Item[] as Item[][]).map(([text]) => text as string);

  it('keeps every word, byte for byte and in order, once', () => {
    const words = ranges.flatMap(([, , name]) => (decoded(result.chunks.get(name)!)[0] as Item[]).map((w) => cbor(w).toString('hex')));
    expect(words).toEqual(WORDS.map((w) => cbor(w).toString('hex')));
    expect(ranges.length).toBeGreaterThan(2);
  });

  it('names chunks whose ranges lead a typed word to the one chunk holding it and the longer words it starts', () => {
    for (const [, , name] of ranges) {
      const words = wordsOf(name);
      for (const text of words) {
        expect(holding(ranges, text), text).toEqual([name]);
        const longer = WORDS.map((w) => (w as Item[])[0] as string).filter((other) => other !== text && other.startsWith(text));
        for (const other of longer) expect(words, `${text} → ${other}`).toContain(other);
      }
    }
  });

  it('leads a word being typed (its first two characters or more) to the chunk where the words it starts begin', () => {
    const texts = WORDS.map((w) => (w as Item[])[0] as string);
    for (const text of texts)
      for (let length = 2; length < [...text].length; length++) {
        const typed = [...text].slice(0, length).join('');
        const first = texts.find((other) => other.startsWith(typed))!;
        const [chunk] = holding(ranges, typed);
        expect(chunk, typed).toBeDefined();
        expect(wordsOf(chunk!), typed).toContain(first);
      }
  });

  it('leads a term longer than any word to the chunk of the longest word it starts (Pagefind searches by that word then)', () => {
    const texts = WORDS.map((w) => (w as Item[])[0] as string);
    for (const text of texts)
      for (const longer of [`${text}s`, `${text}x`, `${text}的`]) {
        if (texts.some((other) => other.startsWith(longer))) continue;
        const [chunk] = holding(ranges, longer);
        expect(chunk, longer).toBeDefined();
        expect(wordsOf(chunk!), longer).toContain(text);
      }
  });

  it("keeps the words a Chinese character starts in one chunk (a query's 配额 may be searched as 配 and 额)", () => {
    const chunkOf = (text: string) => ranges.find(([, , name]) => wordsOf(name).includes(text))![2];
    for (const family of [
      ['容器', '容器化', '容忍'],
      ['配置', '配额', '配额限制'],
    ])
      expect(new Set(family.map(chunkOf)).size, family.join()).toBe(1);
  });

  it('leaves the rest of the metadata as Pagefind wrote it', () => {
    expect([version, pages, filters, sorts, fields]).toEqual(['1.6.0', [['zh-cn_page1', 120, '']], [['主题', 'zh-cn_f']], [], ['answer', 'asked']]);
  });

  it('gives the same files for the same index', () => {
    const again = rechunk(meta, chunkOf, 40, 'zh-cn');
    expect(again.meta.equals(result.meta)).toBe(true);
    expect([...again.chunks.keys()]).toEqual([...result.chunks.keys()]);
  });

  it('stops with a hint on an index in another shape than Pagefind 1.6 writes', () => {
    expect(() => rechunk(Buffer.from([0xbf, 0x00]), chunkOf, 40, 'zh-cn')).toThrow(/Pagefind index file \(was Pagefind upgraded\?\)/);
  });
});
