/**
 * `npm run bench`: how long normalising takes, and how much memory, for the real notes and for a
 * synthetic corpus about 100 times larger made from them. A measurement, never a test.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCuration } from './curation/load.ts';
import { diagramNames } from './diagrams/render.ts';
import { AnchorLockSchema } from './emit/anchors.ts';
import { readSources } from './lib/read-sources.ts';
import type { SourceFile } from './lib/types.ts';
import { normalise, unitsOf } from './pipeline.ts';

const root = join(import.meta.dirname, '..');
const sources = readSources(join(root, 'sources'));
const curationText = readFileSync(join(root, 'sources/curation.yaml'), 'utf8');
const curation = parseCuration(curationText);
// The published anchors, as normalize reads them: curation names questions by them.
const lock = AnchorLockSchema.parse(JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')));

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['', '', '简述', '请说一下', '面试官问：'];
const SUFFIXES = ['', '', '？', '（经常问）', '？（重点）'];

/** A reworded copy: another prefix or suffix, other punctuation, a paragraph left out or added. */
function perturb(question: string, answer: string, next: () => number): { question: string; answer: string } {
  let chars = [...question.replace(/[?？]$/, '')];
  if (next() < 0.5) chars = chars.map((c) => ({ '，': ',', '、': ',', ',': '，' })[c] ?? c);
  const paragraphs = answer.split('\n\n');
  if (paragraphs.length > 2 && next() < 0.4) paragraphs.splice(Math.floor(next() * paragraphs.length), 1);
  if (next() < 0.3) paragraphs.push(`补充说明 ${Math.floor(next() * 1000)}：${paragraphs[0] ?? ''}`);
  return {
    question: `${PREFIXES[Math.floor(next() * PREFIXES.length)]}${chars.join('')}${SUFFIXES[Math.floor(next() * SUFFIXES.length)]}`,
    answer: paragraphs.join('\n\n'),
  };
}

function syntheticCorpus(copies: number): SourceFile[] {
  const { cleaned } = unitsOf(sources, curation);
  const next = random(42);
  return Array.from({ length: copies }, (_, c) => {
    const text = cleaned
      .map((u) => perturb(u.question, u.answer, next))
      .map(({ question, answer }) => `## ${question.replace(/\n/g, ' ')}\n\n${answer}\n`)
      .join('\n');
    return { file: `synthetic-${String(c).padStart(3, '0')}.md`, lines: text.split('\n') };
  });
}

function measure(label: string, files: readonly SourceFile[], runs: number): void {
  const times: number[] = [];
  let result: ReturnType<typeof normalise> | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = normalise(files, curation, curationText, diagramNames(join(root, 'src/diagrams')), lock);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label.padEnd(22)} ${String(result!.stats.units).padStart(6)} units → ${String(result!.stats.questions).padStart(5)} questions   ` +
      `median ${(median / 1000).toFixed(2)} s over ${runs} run(s)   peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

/** Total size of a directory's files, in bytes. */
function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, entry) => n + (entry.isDirectory() ? sizeOf(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
}

measure('real notes', sources, 5);
measure('synthetic ×100', [...sources, ...syntheticCorpus(100)], 1);
if (!process.argv.includes('--no-build')) {
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  console.log(`full build (normalize + Astro + Pagefind)   ${((performance.now() - start) / 1000).toFixed(1)} s   dist/ ${(sizeOf(join(root, 'dist')) / 1024 / 1024).toFixed(1)} MB`);
}
