/**
 * `npm run bench -- --scale N`: the whole build (normalise → Astro → Pagefind) of the real notes and
 * of a knowledge base about N × 160 distinct questions made from them, each in a temporary copy of
 * the project (under .bench/, removed afterwards), with the figures growth is judged by. Progress goes to the console; the last line is
 * one JSON object.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { TOPICS } from './classify/topics.ts';
import { parseCuration } from './curation/load.ts';
import { readSources } from './lib/read-sources.ts';
import type { SourceFile } from './lib/types.ts';
import { readEditors } from './editors/read.ts';
import { normalise, unitsOf } from './pipeline.ts';
import { diagramNames } from './diagrams/render.ts';
import { AnchorLockSchema } from './emit/anchors.ts';
import { parseDocument } from 'yaml';
import { ASPECTS, TERMS, termPattern } from './vocabulary/terms.ts';

const root = join(import.meta.dirname, '..');
/** What a build needs of the project; node_modules is linked, not copied. */
const PROJECT = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'scripts', 'src'];

/**
 * The words that place a question (the vocabulary's terms, the topics' group words), kept as
 * written; everything else Chinese is what a copy rewrites.
 */
const KEPT = new RegExp(
  [...TERMS, ...ASPECTS]
    .map((t) => termPattern(t).source)
    .concat(TOPICS.flatMap((t) => t.groups.flatMap((g) => (g.pattern ? [g.pattern.source] : []))))
    .join('|'),
  'gi',
);
const HAN = /\p{Script=Han}/u;
/** Questions a copy of the notes holds. */
const PER_COPY = 160;

/**
 * Copy `c` of the notes: every Chinese character outside the vocabulary's words replaced through
 * a permutation of its own, so copies share their Kubernetes terms, topics and subtopics but not
 * their wording, and do not merge: distinct questions of the same shape as the real ones.
 */
function rewrite(text: string, pool: readonly string[], index: ReadonlyMap<string, number>, c: number): string {
  // a coprime with the pool size, so the map is a permutation.
  const n = pool.length;
  let a = 7 + 2 * c;
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  while (gcd(a, n) !== 1) a += 1;
  const b = 31 * c + 17;
  const map = (ch: string) => {
    const i = index.get(ch);
    return i === undefined ? ch : pool[(i * a + b) % n]!;
  };
  let out = '';
  let at = 0;
  for (const m of text.matchAll(KEPT)) {
    out += [...text.slice(at, m.index)].map((ch) => (HAN.test(ch) ? map(ch) : ch)).join('') + m[0];
    at = m.index + m[0].length;
  }
  return out + [...text.slice(at)].map((ch) => (HAN.test(ch) ? map(ch) : ch)).join('');
}

/**
 * N copies of 160 of the notes' questions (each published question once, then other versions), one
 * file each, in the headings shape every reader knows; and the places the copy's curation file keeps
 * apart (`split:`), as an editor would for questions that only look alike: the copies of one question
 * with the notes' versions of it, and the questions of one copy.
 */
export function scaledCorpus(sources: readonly SourceFile[], copies: number): { files: SourceFile[]; splits: string[][] } {
  const curationText = readFileSync(join(root, 'sources/curation.yaml'), 'utf8');
  const curation = parseCuration(curationText);
  const lock = AnchorLockSchema.parse(JSON.parse(readFileSync(join(root, 'sources/anchors.lock.json'), 'utf8')));
  const { cleaned } = unitsOf(sources, curation, curationText);
  const { manifest } = normalise(sources, curation, curationText, diagramNames(join(root, 'src/diagrams')), lock, readEditors(join(root, 'sources/editors')));
  const seen = new Set<string>();
  const leads = new Set(manifest.units.filter((u) => u.status !== 'merged' && !seen.has(u.id) && seen.add(u.id)).map((u) => u.at));
  // Each published question once, then other versions of them up to 160 a copy: rewritten, they are distinct questions too.
  const units = [...cleaned.filter((u) => leads.has(`${u.file}:${u.line}`)), ...cleaned.filter((u) => !leads.has(`${u.file}:${u.line}`))].slice(0, PER_COPY);
  const pool = [...new Set(units.flatMap((u) => [...`${u.question}${u.answer}`].filter((ch) => HAN.test(ch))))].sort();
  const index = new Map(pool.map((ch, i) => [ch, i]));
  // The copies of one question, and the questions of one copy: none of them is another's version.
  const splits: string[][] = units.map(() => []);
  const files = Array.from({ length: copies }, (_, c) => {
    const file = `scaled-${String(c + 1).padStart(3, '0')}.md`;
    const lines: string[] = [];
    const copy: string[] = [];
    splits.push(copy);
    units.forEach((u, i) => {
      splits[i]!.push(`${file}:${lines.length + 1}`);
      copy.push(`${file}:${lines.length + 1}`);
      lines.push(`## ${rewrite(u.question.replace(/\n/g, ' '), pool, index, c + 1)}`, '', ...rewrite(u.answer, pool, index, c + 1).split('\n'), '');
    });
    return { file, lines };
  });
  // Nor is a copy a version of the notes' own versions of its question (each apart, as they may merge with each other).
  const idOf = new Map(manifest.units.map((u) => [u.at, u.id]));
  const copiesOf = units.map((_, i) => splits[i]!);
  units.forEach((u, i) => {
    for (const own of manifest.units.filter((m) => m.id === idOf.get(`${u.file}:${u.line}`))) splits.push([own.at, ...copiesOf[i]!]);
  });
  // A heading the parser reads as a section (「总结」) starts no question: it cannot be named.
  const starts = new Set([...leads, ...manifest.units.map((u) => u.at), ...unitsOf(files, parseCuration('version: 1\n')).cleaned.map((u) => `${u.file}:${u.line}`)]);
  return { files, splits: splits.map((group) => group.filter((at) => starts.has(at))).filter((group) => group.length > 1) };
}

/** The resident memory of a process and all its descendants now, from /proc, in bytes. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** `npm run build` in a project copy; its time and the peak memory of the whole process tree. */
function build(dir: string): Promise<{ seconds: number; peakRss: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // The project's Node 24 and Astro, which the copy has no node_modules/.bin of its own for.
    const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };
    const child = spawn('npm', ['run', 'build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakRss = 0;
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ seconds: (performance.now() - start) / 1000, peakRss });
      else reject(new Error(`build in ${dir} failed (${code}):\n${log.slice(-3000)}`));
    });
  });
}

/** A copy of the project whose sources/ also hold the given notes files, and its curation these splits. */
function projectWith(files: readonly SourceFile[], splits: readonly string[][], label: string): string {
  // Inside the project, so the copy finds its packages in the project's node_modules (a linked node_modules confuses Astro).
  mkdirSync(join(root, '.bench'), { recursive: true });
  const dir = mkdtempSync(join(root, '.bench', `${label}-`));
  for (const path of PROJECT) cpSync(join(root, path), join(dir, path), { recursive: true });
  cpSync(join(root, 'sources'), join(dir, 'sources'), { recursive: true });
  for (const file of files) writeFileSync(join(dir, 'sources', file.file), `${file.lines.join('\n')}\n`);
  if (splits.length > 0) {
    const curation = parseDocument(readFileSync(join(dir, 'sources/curation.yaml'), 'utf8'));
    for (const at of splits) curation.addIn(['split'], { at, reason: 'copies of one question in the scaled corpus' });
    writeFileSync(join(dir, 'sources/curation.yaml'), curation.toString());
  }
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  return dir;
}

/** gzip size of a file, once per path. */
const gzipped = new Map<string, number>();
function gzipSize(path: string): number {
  let size = gzipped.get(path);
  if (size === undefined) gzipped.set(path, (size = gzipSync(readFileSync(path)).length));
  return size;
}

/** The heaviest HTML page with the styles, scripts and images it loads, gzip, in bytes, and its path. */
function largestPage(dist: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        const assets = new Set([...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:css|js|svg))"/g)].map((m) => m[1]!));
        const bytes = gzipSize(path) + [...assets].reduce((n, asset) => n + gzipSize(join(dist, asset)), 0);
        if (bytes > largest.bytes) largest = { path: path.slice(dist.length), bytes };
      }
    }
  };
  walk(dist);
  return largest;
}

function questionsOf(dir: string): number {
  return (JSON.parse(readFileSync(join(dir, 'src/data/search.json'), 'utf8')) as unknown[]).length;
}

export async function benchScale(scale: number, searchBytes: (dist: string) => Promise<{ cold: number; warm: number }>): Promise<void> {
  const sources = readSources(join(root, 'sources'));
  console.log(`scale ${scale}: building the real notes in a project copy…`);
  const baseDir = projectWith([], [], 'base');
  const base = await build(baseDir);
  console.log(`  real notes: ${questionsOf(baseDir)} questions in ${base.seconds.toFixed(1)} s, peak RSS ${(base.peakRss / 2 ** 20).toFixed(0)} MB`);
  console.log(`scale ${scale}: writing ${scale} rewritten copies of the notes…`);
  const corpus = scaledCorpus(sources, scale);
  const scaledDir = projectWith(corpus.files, corpus.splits, `scale-${scale}`);
  console.log(`scale ${scale}: building…`);
  const scaled = await build(scaledDir);
  const questions = questionsOf(scaledDir);
  const dist = join(scaledDir, 'dist');
  const largest = largestPage(dist);
  console.log(
    `  scaled: ${questions} questions in ${scaled.seconds.toFixed(1)} s (${(scaled.seconds / base.seconds).toFixed(1)}× the real notes), peak RSS ${(scaled.peakRss / 2 ** 20).toFixed(0)} MB`,
  );
  console.log(`  largest page: ${largest.path}, ${(largest.bytes / 1024).toFixed(1)} KB gzip with what it loads`);
  console.log(`scale ${scale}: measuring search on the scaled index…`);
  const search = await searchBytes(dist);
  console.log(`  search: first query in a fresh browser ${(search.cold / 1024).toFixed(1)} KB, a further query ${(search.warm / 1024).toFixed(1)} KB (medians)`);
  // `--keep` leaves the copies for a look (`npx astro preview` in one).
  if (process.argv.includes('--keep')) console.log(`  kept: ${baseDir} ${scaledDir}`);
  else for (const dir of [baseDir, scaledDir]) if (statSync(dir).isDirectory()) rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      scale,
      questions,
      buildSecondsBase: Math.round(base.seconds * 10) / 10,
      buildSecondsScaled: Math.round(scaled.seconds * 10) / 10,
      peakRssMb: Math.round(Math.max(base.peakRss, scaled.peakRss) / 2 ** 20),
      largestPageGzipKb: Math.round((largest.bytes / 1024) * 10) / 10,
      searchKbPerQuery: Math.round((search.warm / 1024) * 10) / 10,
    }),
  );
}
