/**
 * The shapes of notes files the normaliser reads, as a registry tried in order: the first whose
 * `detect` says yes parses the file (an editor can name the shape instead: curation `formats:`).
 * The order matters where shapes overlap: a file that is only links is no Q&A at all; `问：`/`答：`
 * lines, `<details>` blocks and asking list items are read as such even under section headings; then
 * Markdown headings, `1、` numbering, and last a prose article. Adding a shape is one module and a
 * row here, plus a fixture folder in tests/fixtures/notes/.
 */
import { ATX_HEADING, hasHeadings, parseHeadings } from './headings.ts';
import { countDetails, parseDetails } from './details.ts';
import { countAskedItems, parseListQa } from './list-qa.ts';
import { isNotQa, parseNotQa } from './not-qa.ts';
import { hasNumberedQuestions, parseNumbered } from './numbered.ts';
import { parseProse } from './prose.ts';
import { countQuestionLines, parseQaPairs } from './qa-pairs.ts';
import { countTableQuestions, parseTableQa } from './table-qa.ts';
import { isQuestionLike } from './question-text.ts';
import { isQuestionList, parseQuestionList } from './question-lines.ts';
import type { NotesFormat, ParseOptions, ParseResult, SourceFile } from '../lib/types.ts';

/** Headings that ask, which a list or pair shape must outnumber to be the file's shape. */
function askingHeadings(source: SourceFile): number {
  return source.lines.filter((l) => {
    const m = ATX_HEADING.exec(l);
    return m !== null && isQuestionLike(m[2] ?? '');
  }).length;
}

export const FORMATS: readonly NotesFormat[] = [
  { name: 'not-qa', label: '非问答（目录、链接或阅读清单）', detect: isNotQa, parse: parseNotQa },
  { name: 'qa-pairs', label: '问答对', detect: (s) => countQuestionLines(s) >= 2 && countQuestionLines(s) > askingHeadings(s), parse: parseQaPairs },
  { name: 'table-qa', label: '问答表格', detect: (s) => countTableQuestions(s) >= 2 && countTableQuestions(s) > askingHeadings(s), parse: parseTableQa },
  { name: 'details', label: '折叠块', detect: (s) => countDetails(s) >= 1 && countDetails(s) > askingHeadings(s), parse: parseDetails },
  { name: 'list-qa', label: '列表问答', detect: (s) => countAskedItems(s) >= 2 && countAskedItems(s) > askingHeadings(s), parse: parseListQa },
  { name: 'question-lines', label: '问题清单（只有问题）', detect: isQuestionList, parse: parseQuestionList },
  { name: 'headings', label: '标题', detect: hasHeadings, parse: parseHeadings },
  { name: 'numbered', label: '编号', detect: hasNumberedQuestions, parse: parseNumbered },
  { name: 'article', label: '文章', detect: () => true, parse: parseProse },
];

export const FORMAT_NAMES = FORMATS.map((f) => f.name) as [string, ...string[]];

/** The file's shape: the one an editor named, else the first in the registry that fits. */
export function formatOf(source: SourceFile, forced?: string): NotesFormat {
  return FORMATS.find((f) => f.name === forced) ?? FORMATS.find((f) => f.detect(source))!;
}

export function parseSource(source: SourceFile, options: ParseOptions = {}, forced?: string): ParseResult & { format: NotesFormat } {
  const format = formatOf(source, forced);
  return { ...format.parse(source, options), format };
}
