import { classify } from './classify/index.ts';
import { TOPICS } from './classify/topics.ts';
import { cleanUnit } from './clean/index.ts';
import { curationLine } from './curation/load.ts';
import type { Curation } from './curation/schema.ts';
import { groupExactDuplicates } from './dedupe/exact.ts';
import { homePageMdx } from './emit/home-page.ts';
import { assignIds } from './emit/ids.ts';
import { buildManifest, type Manifest } from './emit/manifest.ts';
import { topicPageMdx } from './emit/topic-page.ts';
import { SourceError } from './lib/errors.ts';
import type { CleanUnit, Dropped, Question, SourceFile, TopicId, TopicPage } from './lib/types.ts';
import { parseSource } from './parse/index.ts';

export interface NormaliseResult {
  /** Generated pages, keyed by path under `src/content/docs/`. */
  pages: Map<string, string>;
  manifest: Manifest;
  stats: { files: number; units: number; questions: number; exactMerges: number; dropped: number; unanswered: number };
}

const key = (file: string, line: number) => `${file}:${line}`;

function checkCurationIds(curation: Curation, curationText: string, sources: readonly SourceFile[], unitKeys: ReadonlySet<string>): void {
  const fail = (atValue: string, why: string) => {
    throw new SourceError('curation.yaml', curationLine(curationText, atValue), `${atValue}: ${why}`);
  };
  for (const { at } of curation.demote) {
    const [file, line] = [at.slice(0, at.lastIndexOf(':')), Number(at.slice(at.lastIndexOf(':') + 1))];
    const text = sources.find((s) => s.file === file)?.lines[line - 1];
    if (text === undefined) fail(at, 'no such notes file or line');
    if (!/^ {0,3}#{1,6}(\s|$)/.test(text!)) fail(at, 'demote names a line that is not a heading');
  }
  for (const { at } of [...curation.topics, ...curation.drop]) {
    if (!unitKeys.has(at)) fail(at, 'no question starts at this notes file and line');
  }
}

/** Every non-blank line of every notes file must be in a unit or in the dropped list. */
function checkNothingLost(sources: readonly SourceFile[], covered: ReadonlySet<string>): void {
  for (const source of sources) {
    source.lines.forEach((text, i) => {
      if (text.trim() !== '' && !covered.has(key(source.file, i + 1))) {
        throw new SourceError(source.file, i + 1, 'this line reached neither a page nor the manifest (normaliser bug)');
      }
    });
  }
}

/** sources → units → cleaned units → questions → topic pages, as a pure function. */
export function normalise(unordered: readonly SourceFile[], curation: Curation, curationText = ''): NormaliseResult {
  // Output depends on file names, never on the order a file system lists them in.
  const sources = [...unordered].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const demote = new Set(curation.demote.map((d) => d.at));
  const dropped: Dropped[] = [];
  const covered = new Set<string>();
  const cleaned: CleanUnit[] = [];
  for (const source of sources) {
    const parsed = parseSource(source, { demote });
    dropped.push(...parsed.dropped);
    for (const unit of parsed.units) {
      for (let n = unit.line; n <= unit.lineEnd; n++) covered.add(key(unit.file, n));
      for (const l of unit.body) covered.add(key(unit.file, l.n));
      const result = cleanUnit(unit);
      cleaned.push(result.unit);
      dropped.push(...result.dropped);
    }
  }
  for (const d of dropped) for (let n = d.line; n <= d.endLine; n++) covered.add(key(d.file, n));
  checkNothingLost(sources, covered);
  checkCurationIds(curation, curationText, sources, new Set(cleaned.map((u) => key(u.file, u.line))));

  const curatedDrops = new Map(curation.drop.map((d) => [d.at, d.reason]));
  const overrides = new Map<string, TopicId>(curation.topics.map((t) => [t.at, t.topic]));
  const kept = cleaned.filter((u) => {
    const reason = curatedDrops.get(key(u.file, u.line));
    if (reason) dropped.push({ file: u.file, line: u.line, endLine: u.line, reason: 'curation', text: u.rawQuestion, note: reason });
    return !reason;
  });

  const groups = groupExactDuplicates(kept);
  const topicOf = groups.map((g) => {
    const topic = classify(g[0]!, overrides);
    if (!topic) throw new SourceError(g[0]!.file, g[0]!.line, `no topic fits "${g[0]!.question}"; add it to topics: in curation.yaml`);
    return topic;
  });
  const ids = assignIds(groups.map((g) => g[0]!.question));
  const published = groups.map((group, i) => {
    const primary = group[0]!;
    const question: Question = {
      id: ids[i]!,
      topic: topicOf[i]!,
      question: primary.question,
      markers: [...new Set(group.flatMap((u) => u.markers))],
      answer: primary.answer,
      unanswered: primary.unanswered,
      sources: group.map((u) => ({ file: u.file, line: u.line })),
      images: group.flatMap((u) => u.images),
    };
    return { question, units: group };
  });

  const topicPages: TopicPage[] = TOPICS.map((topic) => ({
    topic,
    questions: published.map((p) => p.question).filter((q) => q.topic === topic.id),
  }));
  const pages = new Map<string, string>([['index.mdx', homePageMdx(topicPages, sources.length)]]);
  for (const page of topicPages) pages.set(`${page.topic.id}.mdx`, topicPageMdx(page));

  const manifest = buildManifest(published, dropped);
  return {
    pages,
    manifest,
    stats: {
      files: sources.length,
      units: cleaned.length,
      questions: published.length,
      exactMerges: kept.length - groups.length,
      dropped: manifest.dropped.length,
      unanswered: published.filter((p) => p.question.unanswered).length,
    },
  };
}
