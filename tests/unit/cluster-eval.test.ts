/**
 * Clustering measured on hand-labelled pairs from the real notes (tests/fixtures/duplicate-pairs.yaml):
 * recall over the duplicate pairs must be at least 0.95, and no look-alike pair may be merged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCuration } from '../../scripts/curation/load.ts';
import { clusterUnits } from '../../scripts/dedupe/cluster.ts';
import { readSources } from '../../scripts/lib/read-sources.ts';
import { unitsOf } from '../../scripts/pipeline.ts';

const root = join(import.meta.dirname, '../..');
const labels = parse(readFileSync(join(root, 'tests/fixtures/duplicate-pairs.yaml'), 'utf8')) as {
  duplicates: [string, string][];
  lookalikes: [string, string][];
};
// The algorithm alone, without the editors' merge and split entries.
const curation = loadCuration(join(root, 'sources/curation.yaml'));
const { cleaned } = unitsOf(readSources(join(root, 'sources')), { ...curation, merge: [], split: [] });
const clusterOf = new Map<string, number>();
clusterUnits(cleaned).forEach((cluster, c) => cluster.members.forEach((i) => clusterOf.set(`${cleaned[i]!.file}:${cleaned[i]!.line}`, c)));
const together = ([a, b]: [string, string]) => {
  expect(clusterOf.has(a), a).toBe(true);
  expect(clusterOf.has(b), b).toBe(true);
  return clusterOf.get(a) === clusterOf.get(b);
};
const show = ([a, b]: [string, string]) => {
  const q = (at: string) => cleaned.find((u) => `${u.file}:${u.line}` === at)?.question;
  return `${a} 「${q(a)}」 ≠ ${b} 「${q(b)}」`;
};

describe('duplicate clustering on the labelled pairs', () => {
  it('has a labelled set of the size the issue asks for', () => {
    expect(labels.duplicates.length).toBeGreaterThanOrEqual(40);
    expect(labels.lookalikes.length).toBeGreaterThanOrEqual(20);
  });

  it('finds at least 95% of the duplicate pairs and merges no look-alike pair', () => {
    const missed = labels.duplicates.filter((pair) => !together(pair));
    const wrong = labels.lookalikes.filter((pair) => together(pair));
    const found = labels.duplicates.length - missed.length;
    const recall = found / labels.duplicates.length;
    const precision = found / (found + wrong.length);
    console.log(
      `clustering: recall ${recall.toFixed(3)} (${found}/${labels.duplicates.length}), precision ${precision.toFixed(3)}, ` +
        `look-alike merges ${wrong.length}/${labels.lookalikes.length}` +
        (missed.length ? `\nmissed:\n  ${missed.map(show).join('\n  ')}` : '') +
        (wrong.length ? `\nwrongly merged:\n  ${wrong.map(show).join('\n  ')}` : ''),
    );
    expect(wrong.map(show)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
