/**
 * A question heading as an editor would typeset it (中文文案排版指北): full-width punctuation in
 * Chinese text, a space between Chinese and Latin words, names cased as upstream writes them, a
 * question mark at the end of a question. Applied to every heading nobody worded in the curation file.
 */
import { HEADING_ASKS } from '../vocabulary/asking.ts';
import { toSimplified } from '../vocabulary/chinese.ts';
import { NAME_WORD, VOCABULARY, type Vocabulary } from '../vocabulary/derived.ts';

const HAN = '\\u3400-\\u9fff';
const FULL_WIDTH: Record<string, string> = { ',': '，', '?': '？', ':': '：', ';': '；', '!': '！' };

/** ASCII punctuation touching a Chinese character (or ending the text after one) becomes full width. */
function fullWidthPunctuation(text: string): string {
  let out = text.replace(new RegExp(`(?<=[${HAN}）」])\\s*([,?:;!])\\s*`, 'g'), (_, p: string) => FULL_WIDTH[p]!);
  out = out.replace(new RegExp(`\\s*([,?:;!])\\s*(?=[${HAN}（「])`, 'g'), (_, p: string) => FULL_WIDTH[p]!);
  out = out.replace(/\?\s*$/, '？');
  // Brackets around or beside Chinese text are full width; around Latin only, they stay.
  const han = new RegExp(`[${HAN}]`);
  out = out.replace(/\(([^()]*)\)/g, (whole, inner: string, at: number, all: string) =>
    han.test(`${all[at - 1] ?? ''}${inner}${all[at + whole.length] ?? ''}`) ? `（${inner.trim()}）` : whole,
  );
  return out;
}

/** Latin words in their upstream spelling: `k8s` → Kubernetes, `pod` → Pod, `ETCD` → etcd. */
function caseNames(text: string, vocabulary: Vocabulary): string {
  return text.replace(NAME_WORD, (word) => vocabulary.nameCase.get(word.toLowerCase()) ?? word);
}

/** A space between Chinese and Latin letters or digits, none beside full-width punctuation. */
function spaceLatin(text: string): string {
  return text
    .replace(new RegExp(`([${HAN}])([A-Za-z0-9])`, 'g'), '$1 $2')
    .replace(new RegExp(`([A-Za-z0-9%])([${HAN}])`, 'g'), '$1 $2')
    .replace(/\s*([，。？：；！、（）「」])\s*/g, '$1')
    .replace(/\s{2,}/g, ' ');
}

export function typesetHeading(raw: string, vocabulary = VOCABULARY): string {
  let text = raw.trim().replace(/[，、,;；:：\s]+$/, '');
  text = spaceLatin(caseNames(fullWidthPunctuation(text), vocabulary));
  text = text.replace(/[。.]$/, '');
  if (!/[？?]$/.test(text) && HEADING_ASKS.test(toSimplified(text))) text = `${text}？`;
  return text.trim();
}
