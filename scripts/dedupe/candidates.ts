/**
 * Which pairs of units are worth comparing. At today's size every pair is (a few tens of thousands);
 * past ALL_PAIRS_LIMIT, MinHash banding over question and answer bigrams keeps the work near-linear.
 */
export const ALL_PAIRS_LIMIT = 3000;
const HASHES = 48;
const QUESTION_ROWS = 2;
const ANSWER_ROWS = 3;
const ANSWER_BANDS = 8;

function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The 48 hashes of each gram, computed once per gram rather than once per unit that has it. */
const gramHashes = new Map<number, Uint32Array>();

function hashesOf(gram: number): Uint32Array {
  let hashes = gramHashes.get(gram);
  if (!hashes) {
    hashes = new Uint32Array(HASHES);
    for (let k = 0; k < HASHES; k++) hashes[k] = mix(gram, k * 0x632be5ab + 1);
    gramHashes.set(gram, hashes);
  }
  return hashes;
}

function minhash(set: Uint32Array, count: number): Uint32Array {
  const signature = new Uint32Array(count).fill(0xffffffff);
  for (const gram of set) {
    const hashes = hashesOf(gram);
    for (let k = 0; k < count; k++) if (hashes[k]! < signature[k]!) signature[k] = hashes[k]!;
  }
  return signature;
}

/** A quarter of a long set's grams, chosen by hash, estimates its likeness to others well enough. */
function sample(set: Uint32Array): Uint32Array {
  return set.length < 64 ? set : set.filter((gram) => (mix(gram, 0x51ed27) & 3) === 0);
}

function bandPairs(sets: readonly Uint32Array[], rows: number, bands: number, emit: (i: number, j: number) => void): void {
  const signatures = sets.map((s) => (s.length > 0 ? minhash(sample(s), rows * bands) : undefined));
  for (let band = 0; band + rows <= rows * bands; band += rows) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((signature, i) => {
      if (!signature) return;
      let key = band;
      for (let r = band; r < band + rows; r++) key = mix(signature[r]!, key);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    // Units sharing a band are already likely alike: pairing each with its neighbour and with the
    // bucket's first keeps the work linear in the bucket's size.
    for (const bucket of buckets.values()) {
      for (let k = 1; k < bucket.length; k++) {
        emit(bucket[k - 1]!, bucket[k]!);
        if (k > 1) emit(bucket[0]!, bucket[k]!);
      }
    }
  }
}

/** Calls `visit(i, j)` (i < j) for each candidate pair; a pair may be visited more than once. */
export function forEachCandidate(questions: readonly Uint32Array[], answers: readonly Uint32Array[], visit: (i: number, j: number) => void): void {
  const n = questions.length;
  if (n <= ALL_PAIRS_LIMIT) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(i, j);
    return;
  }
  bandPairs(questions, QUESTION_ROWS, HASHES / QUESTION_ROWS, visit);
  // Answers are long; fewer bands of longer rows still catch the near-identical ones.
  bandPairs(answers, ANSWER_ROWS, ANSWER_BANDS, visit);
}
