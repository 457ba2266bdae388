import type { Correction, DropReason, SourceFile } from '../lib/types.ts';
import { notesAnchor, notesLineAnchor, parsePlace, shortName } from '../lib/place.ts';
import type { Manifest } from './manifest.ts';
import { toSafeInline } from './safe-mdx.ts';
import { frontMatter } from './topic-page.ts';
import { ui, type UiKey } from './ui.ts';

/** Why a line did not reach a page, as the reader is told it. */
const DROP_REASONS: Record<DropReason, UiKey> = {
  'front-matter': 'kbNotes.drop.frontMatter',
  preamble: 'kbNotes.drop.preamble',
  'group-title': 'kbNotes.drop.groupTitle',
  'empty-heading': 'kbNotes.drop.emptyHeading',
  separator: 'kbNotes.drop.separator',
  'reposting-disclaimer': 'kbNotes.drop.repostingDisclaimer',
  'article-source': 'kbNotes.drop.articleSource',
  'copy-button-residue': 'kbNotes.drop.copyButtonResidue',
  'image-placeholder': 'kbNotes.drop.imagePlaceholder',
  'stray-punctuation': 'kbNotes.drop.strayPunctuation',
  curation: 'kbNotes.drop.curation',
  promotion: 'kbNotes.drop.promotion',
  boilerplate: 'kbNotes.drop.boilerplate',
  badge: 'kbNotes.drop.badge',
  html: 'kbNotes.drop.html',
  'link-definition': 'kbNotes.drop.linkDefinition',
  'table-of-contents': 'kbNotes.drop.tableOfContents',
  'related-links': 'kbNotes.drop.relatedLinks',
  'local-image': 'kbNotes.drop.localImage',
  credits: 'kbNotes.drop.credits',
  'sign-off': 'kbNotes.drop.signOff',
  'not-qa': 'kbNotes.drop.notQa',
};

/**
 * What kind of change a correction is, as the reader is told it. The editors' own note on each (in the manifest) is
 * written for the next editor: which curation entry, which other line has the same slip.
 */
const CORRECTION_KINDS: Record<Correction['kind'], UiKey> = {
  typo: 'kbNotes.kind.typo',
  numbering: 'kbNotes.kind.numbering',
  'page-header': 'kbNotes.kind.pageHeader',
  edit: 'kbNotes.kind.edit',
  'look-alike': 'kbNotes.kind.lookAlike',
};

/** Characters of unchanged text shown on each side of a correction. */
const CONTEXT = 12;

/**
 * A correction as the change it made: the text around it, what was taken out, what was put in. Cut points
 * move out to whole Latin words, so 「shceduler → scheduler」 reads as two words, not as letters.
 */
export function changeOf(from: string, to: string): { before: string; removed: string; added: string; after: string } {
  const a = [...from];
  const b = [...to];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const word = /[A-Za-z0-9_.-]/;
  while (start > 0 && word.test(a[start - 1]!) && (word.test(a[start] ?? '') || word.test(b[start] ?? ''))) start--;
  while (end > 0 && word.test(a[a.length - end]!) && (word.test(a[a.length - end - 1] ?? '') || word.test(b[b.length - end - 1] ?? ''))) end--;
  const before = a.slice(0, start);
  const after = a.slice(a.length - end);
  return {
    before: (before.length > CONTEXT ? '…' : '') + before.slice(-CONTEXT).join(''),
    removed: a.slice(start, a.length - end).join(''),
    added: b.slice(start, b.length - end).join(''),
    after: after.slice(0, CONTEXT).join('') + (after.length > CONTEXT ? '…' : ''),
  };
}

/** MDX-safe inline text that keeps the spaces at its ends (a correction's context is cut mid-sentence). */
const keepSpaces = (value: string) => {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value)!;
  return `${lead ? ' ' : ''}${toSafeInline(core!)}${trail ? ' ' : ''}`;
};

const lines = (at: string) => {
  const [, first, last] = /:(\d+)(?:-(\d+))?$/.exec(at)!;
  return last ? ui('kbNotes.lines', { first: first!, last }) : ui('kbNotes.line', { line: first! });
};

/**
 * 笔记来源: each notes file, what it gave the site, every correction we made to its text (with the change
 * marked) and every line that reached no page, with the reason. What 「出处」 under a question points to.
 */
export function notesPageMdx(manifest: Manifest, sources: readonly SourceFile[]): string {
  const sections = sources.map(({ file, lines: text }) => {
    const mine = <T extends { at: string }>(rows: readonly T[]) => rows.filter((r) => parsePlace(r.at.replace(/-\d+$/, '')).file === file);
    const units = mine(manifest.units);
    const corrections = mine(manifest.corrections);
    const dropped = mine(manifest.dropped);
    const count = (status: string) => units.filter((u) => u.status === status).length;
    return [
      `## ${ui('kbNotes.file', { name: shortName(file) })} {#${notesAnchor(file)}}`,
      '',
      ui('kbNotes.about', { file: toSafeInline(file), lines: text.length }),
      '',
      units.length === 0
        ? ui('kbNotes.none')
        : ui('kbNotes.units', {
            places: units.length,
            questions: new Set(units.map((u) => u.id)).size,
            // Only what there is: 「0 处待补充」 says nothing.
            parts: (
              [
                ['published', 'kbNotes.unitsPublished'],
                ['merged', 'kbNotes.unitsMerged'],
                ['unanswered', 'kbNotes.unitsUnanswered'],
              ] as const
            )
              .filter(([status]) => count(status) > 0)
              .map(([status, key]) => ui(key, { count: count(status) }))
              .join('；'),
          }),
      '',
      ...(units.length > 0
        ? [
            `<details>`,
            `<summary>${ui('kbNotes.unitsList', { places: units.length })}</summary>`,
            '',
            // Each place a target of 「出处」 (the browser opens the folded list to show it).
            ...units.map(
              (u) => `- <span id="${notesLineAnchor(file, parsePlace(u.at.replace(/-\d+$/, '')).line)}" />${lines(u.at)}：[${toSafeInline(u.question)}](..${u.page}#${u.id})`,
            ),
            '',
            '</details>',
            '',
          ]
        : []),
      `### ${ui('kbNotes.corrections', { count: corrections.length })} {#${notesAnchor(file)}-corrections}`,
      '',
      ...(corrections.length === 0 ? [ui('kbNotes.noCorrections')] : corrections.map((c) => `- ${lines(c.at)}：${correctionMdx(c.from, c.to)}（${ui(CORRECTION_KINDS[c.kind])}）`)),
      '',
      `### ${ui('kbNotes.dropped', { count: dropped.length })} {#${notesAnchor(file)}-dropped}`,
      '',
      ...(dropped.length === 0
        ? [ui('kbNotes.noDropped')]
        : // The reason, not the text: what was left off includes promotion and markup, not for a page of ours (the manifest keeps it).
          dropped.map((d) => `- ${lines(d.at)}：${ui(DROP_REASONS[d.reason])}${d.note ? `（${toSafeInline(d.note)}）` : ''}`)),
      '',
    ];
  });
  const totals = { notes: sources.length, corrections: manifest.corrections.length, dropped: manifest.dropped.length };
  return `${[frontMatter(ui('kbNotes.title'), ui('kbNotes.description')), '', ui('kbNotes.intro', totals), '', ...sections.flat()].join('\n').trimEnd()}\n`;
}

/** The change a correction made, the removed text struck through and the added text marked, in their context. */
function correctionMdx(from: string, to: string): string {
  const { before, removed, added, after } = changeOf(from, to);
  // A space or line break taken out or put in is drawn as ␣ or ↵: the change is then seen, not only its box.
  const shown = (value: string) =>
    value.replace(/^\s+|\s+$/g, (blank) => blank.replace(/\r?\n/g, '↵').replace(/[^\S\n]/g, '␣')).replace(/^\s*$/, (blank) => blank.replace(/\n/g, '↵').replace(/\s/g, '␣'));
  return [
    keepSpaces(before),
    removed ? `<del className="kb-change">${toSafeInline(shown(removed))}</del>` : '',
    added ? `<ins className="kb-change">${toSafeInline(shown(added))}</ins>` : '',
    keepSpaces(after),
  ].join('');
}
