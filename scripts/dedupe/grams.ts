/** Character bigrams as sorted integer arrays, so set operations are merges rather than hash lookups. */

/**
 * The set of character bigrams of a normalised text (a single character counts as one gram). A gram
 * is its two UTF-16 code units packed into one 32-bit number: no table to look up, the same on
 * every run.
 */
export function bigrams(text: string): Uint32Array {
  if (text.length === 1) return Uint32Array.of(text.charCodeAt(0));
  const grams = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i + 1 < text.length; i++) grams[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  grams.sort();
  let n = 0;
  for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[i - 1]) grams[n++] = grams[i]!;
  return grams.slice(0, n);
}

export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Dice coefficient: how alike two questions are, 0 to 1. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  return a.length + b.length === 0 ? 0 : (2 * intersectionSize(a, b)) / (a.length + b.length);
}

/** How much of the smaller set lies in the larger: a short answer repeated inside a long one scores 1. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
}

/** How much of `part` lies in `whole`. */
export function coverage(part: Uint32Array, whole: Uint32Array): number {
  return part.length === 0 ? 1 : intersectionSize(part, whole) / part.length;
}
