/** `npm run normalize`: sources/ → src/content/docs/*.mdx and src/data/manifest.json. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { diagramNames, ensureDiagrams } from './diagrams/render.ts';
import { LOCK_FILE } from './emit/anchors.ts';
import { TOPICS } from './classify/topics.ts';
import { SourceError, SourceErrors } from './lib/errors.ts';
import { decodeSource, unreadFiles } from './lib/read-sources.ts';
import { tryReport } from './emit/try-report.ts';
import { normalise } from './pipeline.ts';
import { readInputs } from './read-inputs.ts';
import { replaceDirectory } from './write-output.ts';

const root = join(import.meta.dirname, '..');
const sourcesDir = process.env.KB_SOURCES ?? join(root, 'sources');
const docsDir = process.env.KB_DOCS_OUT ?? join(root, 'src/content/docs');
const dataDir = process.env.KB_DATA_OUT ?? join(root, 'src/data');
// `--try FILE`: what a notes file would give, with nothing written (not the pages, not the anchor lock).
const tried = parseArgs({ options: { try: { type: 'string' } } }).values.try;

try {
  const diagramsDir = join(root, 'src/diagrams');
  const rendered = await ensureDiagrams(diagramsDir);
  if (rendered > 0) console.log(`normalize: rendered ${rendered} diagram SVG(s) with Chromium into src/diagrams/rendered/`);
  const { sources, curation, curationText, lock, lockText, editors } = readInputs(sourcesDir, diagramNames(diagramsDir));
  for (const name of unreadFiles(sourcesDir)) {
    console.log(`normalize: warning: sources/${name} is not read: notes are .txt or Markdown (.md, .markdown, …); rename it if it holds notes`);
  }
  if (tried !== undefined) {
    const trial = decodeSource(basename(tried), readFileSync(tried));
    const others = sources.filter((s) => s.file !== trial.file);
    const result = normalise([...others, trial], curation, curationText, diagramNames(diagramsDir), lock, editors);
    const before = new Map(
      existsSync(docsDir)
        ? readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.mdx'))
            .map((f) => [f, readFileSync(join(docsDir, f), 'utf8')])
        : [],
    );
    process.stdout.write(tryReport(trial.file, result, before));
    process.exit(0);
  }
  const result = normalise(sources, curation, curationText, diagramNames(diagramsDir), lock, editors);
  replaceDirectory(docsDir, result.pages);
  replaceDirectory(
    dataDir,
    new Map([
      ['manifest.json', `${JSON.stringify(result.manifest, null, 2)}\n`],
      ['merge-report.md', result.report],
      ['accuracy.md', result.accuracy],
      ['external-links.md', result.externalLinks],
      ['search.json', `${JSON.stringify(result.search, null, 2)}\n`],
      ['diagrams.json', `${JSON.stringify(result.diagrams, null, 2)}\n`],
      ['permalinks.json', `${JSON.stringify(Object.fromEntries(Object.entries(result.anchorLock).map(([a, e]) => [a, `${e.page}#${a}`])), null, 2)}\n`],
    ]),
  );
  // New anchors are recorded so that, once published, they are never lost.
  const lockOut = `${JSON.stringify(result.anchorLock, null, 2)}\n`;
  if (lockOut !== lockText) writeFileSync(join(sourcesDir, LOCK_FILE), lockOut);
  const s = result.stats;
  const kinds = Object.entries(s.mergesByKind)
    .sort()
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  console.log(
    `normalize: ${s.files} notes files, ${s.units} units → ${s.questions} questions on ${TOPICS.length} topic pages\n` +
      `normalize: ${s.merged} units merged into others (${kinds || 'none'}); ${s.unanswered} 待补充; ${s.dropped} dropped entries in the manifest\n` +
      `normalize: merge report: src/data/merge-report.md`,
  );
  for (const f of result.files) console.log(`normalize: ${f.file}: ${f.label}, ${f.questions} question${f.questions === 1 ? '' : 's'}`);
  for (const u of result.unplaced) console.log(`normalize: warning: ${u}`);
  console.log(
    `normalize: editorial: ${Object.entries(s.editorial)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
  );
  for (const missing of result.editorsMissing) console.log(`normalize: warning: ${missing}`);
  for (const warning of result.warnings) console.log(`normalize: warning: check merge ${warning}`);
  for (const warning of result.contradictions) console.log(`normalize: warning: supplement contradicts the answer: ${warning}`);
  for (const anchor of result.hashedAnchors) {
    console.log(`normalize: warning: new anchor ${anchor} is not readable; name it under anchors: in curation.yaml`);
  }
} catch (error) {
  if (error instanceof SourceError || error instanceof SourceErrors) {
    const problems = error instanceof SourceErrors ? error.errors : [error];
    for (const problem of problems) console.error(`normalize: ${problem.message}`);
    console.error(`normalize: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written, the previous pages are unchanged.`);
    process.exit(1);
  }
  throw error;
}
