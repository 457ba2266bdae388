import { byPlace, parsePlace } from '../lib/place.ts';
import type { Correction, Dropped, ImageRef, Question } from '../lib/types.ts';
import type { PublishedQuestion } from '../pipeline.ts';

export interface ManifestUnit {
  at: string;
  question: string;
  /** The page the question is on: its topic's, or one of the topic's group pages once it is split. */
  page: string;
  id: string;
  /** `published`: its wording or answer is shown; `merged`: folded into that question, its new points as 补充. */
  status: 'published' | 'merged' | 'unanswered';
}

export interface Manifest {
  units: ManifestUnit[];
  dropped: { at: string; reason: Dropped['reason']; text: string; note?: string }[];
  images: { at: string; url: string; page: string }[];
  /** Our own text (sources/editors/): where each block is, what it is, and the question it is shown on. */
  editors: { at: string; kind: 'key-points' | 'key-points-and-answer' | 'question'; page: string; id: string }[];
  /** Every change we made to the notes' text on its way to a page (misspelt names, list numbering). */
  corrections: { at: string; kind: Correction['kind']; from: string; to: string; why: string }[];
}

const at = (file: string, line: number, endLine = line) => (endLine === line ? `${file}:${line}` : `${file}:${line}-${endLine}`);

/** Where every unit of every notes file went: a page anchor, or dropped with its reason. */
export function buildManifest(
  published: readonly PublishedQuestion[],
  dropped: readonly Dropped[],
  where: ReadonlyMap<string, string> = new Map(),
  own: readonly Question[] = [],
): Manifest {
  const units: (ManifestUnit & { file: string; line: number })[] = [];
  const images: (Manifest['images'][number] & ImageRef)[] = [];
  for (const { question, units: sources, primary, wordingFrom } of published) {
    sources.forEach((u, i) =>
      units.push({
        file: u.file,
        line: u.line,
        at: at(u.file, u.line),
        question: u.question,
        page: where.get(question.id) ?? `/${question.topic}/`,
        id: question.id,
        status: question.unanswered ? 'unanswered' : i === primary || i === wordingFrom ? 'published' : 'merged',
      }),
    );
    for (const image of question.images) images.push({ ...image, at: at(image.file, image.line), page: `${where.get(question.id) ?? `/${question.topic}/`}#${question.id}` });
  }
  return {
    units: units.sort(byPlace).map(({ file: _f, line: _l, ...u }) => u),
    dropped: [...dropped].sort(byPlace).map((d) => ({ at: at(d.file, d.line, d.endLine), reason: d.reason, text: d.text, ...(d.note ? { note: d.note } : {}) })),
    images: images.sort(byPlace).map(({ at, url, page }) => ({ at, url, page })),
    editors: [...published.map((p) => p.question), ...own]
      .flatMap((q) =>
        q.editors
          ? [
              {
                at: q.editors.at,
                kind: q.own ? ('question' as const) : q.editors.answer !== undefined ? ('key-points-and-answer' as const) : ('key-points' as const),
                page: where.get(q.id) ?? `/${q.topic}/`,
                id: q.id,
              },
            ]
          : [],
      )
      .sort((a, b) => byPlace(parsePlace(a.at), parsePlace(b.at))),
    corrections: published
      .flatMap((p) => p.units.flatMap((u) => u.corrections))
      .sort(byPlace)
      .map(({ file, line, kind, from, to, why }) => ({ at: at(file, line), kind, from, to, why })),
  };
}
