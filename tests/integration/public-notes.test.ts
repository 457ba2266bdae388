/**
 * Notes files in the shapes public authors publish (tests/fixtures/public/), added all at once to the five
 * notes with no curation edits: each is read as a reader counts it (±10%), publishes no label or furniture
 * as a question, shows no raw Markdown or boilerplate, and takes no reviewed main answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCuration } from '../../scripts/curation/load.ts';
import { diagramNames } from '../../scripts/diagrams/render.ts';
import { AnchorLockSchema } from '../../scripts/emit/anchors.ts';
import { readEditors } from '../../scripts/editors/read.ts';
import { decodeSource, readSources } from '../../scripts/lib/read-sources.ts';
import { normalise } from '../../scripts/pipeline.ts';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'tests/fixtures/public');
const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as { file: string; questions: number; labels?: string[]; furniture?: string[] }[];
const curationText = readFileSync(join(root, 'sources/curation.yaml'), 'utf8');
const lock = AnchorLockSchema.parse(JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')));
const editors = readEditors(join(root, 'sources/editors'));
const notes = readSources(join(root, 'sources'));
const publicFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => decodeSource(f, readFileSync(join(dir, f))));
const run = () => normalise([...notes, ...publicFiles], parseCuration(curationText), curationText, diagramNames(join(root, 'src/diagrams')), lock, editors);
const after = run();
/** Markdown a reader should never see as characters: references, wiki and relative links, definitions. */
const RAW = /\[\[[^\]]+\]\]|\]\[\d+\]|^\[\d+\]:|\]\(\.{0,2}\/[^)]*\)|\]\(#[^)]*\)|^\*\*[|｜]\*\*/m;

describe('public notes files added to the published notes', () => {
  it('covers every file of the set', () => {
    expect(publicFiles.map((f) => f.file)).toEqual(expected.map((e) => e.file).sort());
  });

  for (const e of expected) {
    it(`${e.file}: as many questions as a reader counts, no label, furniture or raw Markdown`, () => {
      const units = after.manifest.units.filter((u) => u.at.startsWith(`${e.file}:`));
      expect(Math.abs(units.length - e.questions), `${units.length} questions, a reader counts ${e.questions}`).toBeLessThanOrEqual(Math.max(1, e.questions * 0.1));
      const bare = (t: string) => t.replace(/[#*\s]/g, '');
      for (const label of e.labels ?? []) expect(units.map((u) => bare(u.question))).not.toContain(bare(label));
      const shown = after.questions
        .filter((q) => q.sources.some((s) => s.file === e.file))
        .map((q) => [q.question, q.answer, ...q.wordings, ...q.supplements.filter((s) => s.source.file === e.file).map((s) => s.markdown)].join('\n'))
        .join('\n');
      for (const furniture of (e.furniture ?? []).filter((f) => f.length > 3)) expect(shown).not.toContain(furniture);
      expect(shown).not.toMatch(RAW);
    });
  }

  const isNotes = (file: string) => notes.some((n) => n.file === file);

  it('takes no main answer from a published question: where the five notes answer, theirs stays first', () => {
    for (const q of after.questions) {
      if (q.sources.some((s) => isNotes(s.file))) expect(isNotes(q.primarySource.file), `#${q.id} 「${q.question}」`).toBe(true);
    }
  });

  it('joins repeats of published questions instead of standing beside them', () => {
    const published = new Set(after.questions.filter((q) => q.own || q.sources.some((s) => isNotes(s.file))).map((q) => q.id));
    const joined = after.manifest.units.filter((u) => !isNotes(u.at.slice(0, u.at.lastIndexOf(':'))) && published.has(u.id));
    // About half of the set's 334 questions ask what the site already answers (168 join it on this run).
    expect(joined.length).toBeGreaterThanOrEqual(150);
  });
});
