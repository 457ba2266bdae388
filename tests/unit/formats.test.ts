/**
 * Every shape of notes file, as a fixture folder: tests/fixtures/notes/<case>/input.md next to the
 * units it must give (expected.json). `UPDATE_FIXTURES=1 npm run test:unit` rewrites the expectations;
 * read their diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { decodeSource } from '../../scripts/lib/read-sources.ts';
import { normalise, unitsOf } from '../../scripts/pipeline.ts';

const fixtures = join(import.meta.dirname, '../fixtures/notes');
const update = process.env.UPDATE_FIXTURES === '1';
const none = parseCuration('version: 1\n');

function read(name: string) {
  return decodeSource(`${name}.md`, readFileSync(join(fixtures, name, 'input.md')));
}

describe('notes files of every shape', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`reads ${name}`, () => {
      const { cleaned, dropped, files } = unitsOf([read(name)], none);
      const actual = {
        format: files[0]!.format,
        questions: cleaned.map((u) => ({ line: u.line, question: u.question, ...(u.unanswered || u.incomplete ? { todo: true } : {}), answer: u.answer })),
        dropped: dropped.map((d) => `${d.line}-${d.endLine} ${d.reason}`),
      };
      const path = join(fixtures, name, 'expected.json');
      if (update) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1 and read it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }

  it('publishes every fixture together with no curation, no HTML or promotion on any page, and a question for each', () => {
    const sources = readdirSync(fixtures).sort().map(read);
    const result = normalise(sources, none);
    const pages = [...result.pages.values()].join('\n');
    for (const residue of ['<img', '<p align', '<font', '公众号', '提取码', 'pan.baidu.com', '点赞', 'img.shields.io']) expect(pages).not.toContain(residue);
    expect(result.files.find((f) => f.file === 'not-qa.md')).toMatchObject({ format: 'not-qa', questions: 0 });
    expect(result.manifest.dropped.some((d) => d.at.startsWith('not-qa.md:') && d.reason === 'not-qa')).toBe(true);
  });
});
