import type { CleanUnit, Dropped, SourceUnit } from '../lib/types.ts';
import { dropAnswerPrefix } from './answer-prefix.ts';
import { repairBoldLines } from './bold.ts';
import { unescapeListMarkers } from './escapes.ts';
import { splitGluedLabels } from './glued-labels.ts';
import { repairPdfSpaces } from './han-spaces.ts';
import { findImages } from './images.ts';
import { normaliseBullets } from './lists.ts';
import { commandsToCode } from './commands.ts';
import { normaliseNumbering } from './numbering.ts';
import { dropRepeatedQuestion } from './repeated-question.ts';
import { fixTypos, fixTyposInLines } from './typos.ts';
import { fixLookAlikes, fixLookAlikesInLines } from './look-alikes.ts';
import { takeMarkerLine } from './markers.ts';
import { dropNoiseLines } from './noise-lines.ts';
import { toMarkdown } from './paragraphs.ts';
import { joinPdfBreaks } from './pdf-breaks.ts';
import { unwrapProseFences } from './prose-fences.ts';

const UNANSWERED = /^[（(]\s*待补充\s*[)）]$/;

/**
 * Cleans one unit's answer, in the order the damage was done: noise, markers, escapes, fences, breaks,
 * bold, then the editor's repairs: lists, commands as code, misspelt names.
 */
export function cleanUnit(unit: SourceUnit): { unit: CleanUnit; dropped: Dropped[] } {
  // Look-alike radicals first: every later step (markers, labels, typos) reads the ideographs.
  const alike = fixLookAlikesInLines(unit.file, unit.body);
  const noise = dropNoiseLines(unit.file, alike.lines);
  const marked = takeMarkerLine(noise.lines);
  let lines = unescapeListMarkers(marked.lines);
  lines = unwrapProseFences(lines);
  lines = dropAnswerPrefix(lines);
  lines = repairPdfSpaces(lines);
  lines = splitGluedLabels(lines);
  const header = dropRepeatedQuestion(unit.file, unit.question, lines);
  lines = joinPdfBreaks(header.lines);
  lines = repairBoldLines(lines);
  lines = normaliseBullets(lines);
  const numbered = normaliseNumbering(unit.file, lines);
  const typos = fixTyposInLines(unit.file, commandsToCode(numbered.lines));
  lines = typos.lines;
  const plainQuestion = fixLookAlikes(unit.question, unit.file, unit.line);
  const question = fixTypos(plainQuestion.text, unit.file, unit.line);
  const answer = toMarkdown(lines);
  const unanswered = answer === '' || UNANSWERED.test(answer);
  // The notes mark it （待补充）, or give only a link to read: shown, and listed as 待补充.
  const referenceOnly = answer.replace(/参考[:：]\s*|<https?:\/\/[^>\s]+>|\[[^\]]*\]\([^)]*\)|https?:\/\/\S+/g, '').trim() === '';
  const incomplete = !unanswered && (/[（(]\s*待补充\s*[)）]/.test(answer) || referenceOnly);
  const { body: _body, ...rest } = unit;
  return {
    unit: {
      ...rest,
      question: question.text,
      markers: [...unit.markers, ...marked.markers],
      answer: unanswered ? '' : answer,
      unanswered,
      incomplete,
      images: findImages(unit.file, lines),
      corrections: [...plainQuestion.corrections, ...question.corrections, ...alike.corrections, ...header.corrections, ...numbered.corrections, ...typos.corrections],
    },
    dropped: noise.dropped,
  };
}
