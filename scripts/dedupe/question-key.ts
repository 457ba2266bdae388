import { KEY_WORDS } from '../vocabulary/asking.ts';
import { VOCABULARY } from '../vocabulary/derived.ts';
import { ASPECTS, TERMS } from '../vocabulary/terms.ts';
import { TYPOS } from '../vocabulary/typos.ts';
import { comparable } from './comparable.ts';

/**
 * Question text reduced to what it asks: English names read as the Chinese terms the other notes
 * use (the vocabulary's `key` column), and the interview boilerplate (`简述`, `Kubernetes`, `有哪些`,
 * `是什么`) removed.
 */
const SYNONYMS: readonly [RegExp, string][] = [
  ...[...TERMS, ...ASPECTS].flatMap((term) => {
    if (!term.key) return [];
    // Keys are built from comparable text: lower case, no spaces or hyphens.
    const latin = term.forms.filter((f): f is string => typeof f === 'string' && /^[a-z -]+$/i.test(f)).map((f) => comparable(f));
    const forms = [...new Set([...latin, ...(term.keyVariants ?? [])])].filter((f) => f !== term.key).sort((a, b) => b.length - a.length);
    return forms.length === 0 ? [] : [[new RegExp(forms.join('|'), 'g'), term.key] as [RegExp, string]];
  }),
  // The notes' slips of wording (一致处于 for 一直处于), which would keep two wordings of one question apart.
  ...TYPOS.filter((t) => t.slip).map((t) => [new RegExp(comparable(t.wrong), 'g'), comparable(t.right)] as [RegExp, string]),
];

/**
 * The boilerplate, longest first: Kubernetes itself in each of its spellings (the casing table: k8s,
 * kubenetes), the asking words of scripts/vocabulary/asking.ts that only frame a question, and the
 * particles around them.
 */
const BOILERPLATE = new RegExp(
  [
    ...[...VOCABULARY.nameCase].filter(([, name]) => name === 'Kubernetes').map(([spelling]) => spelling),
    ...KEY_WORDS,
    ...['一般', '主要', '都', '分别', '中的', '中', '内', '在', '的', '是', '有', '和', '与', '及', '以及', '其', '呀'],
  ]
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

export function questionKey(question: string): string {
  let text = comparable(question);
  for (const [pattern, replacement] of SYNONYMS) text = text.replace(pattern, replacement);
  // `初始化容器（init container）` says the term twice once the English is mapped to Chinese.
  return text.replace(BOILERPLATE, '').replace(/(.{2,}?)\1/gu, '$1');
}
