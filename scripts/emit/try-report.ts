/**
 * `npm run normalize -- --try FILE`: what one notes file would give if it were added to sources/,
 * written for the editor deciding whether to add it. Nothing is written: not the pages, not the lock.
 */
import type { NormaliseResult } from '../pipeline.ts';
import { shortName } from '../lib/place.ts';

export function tryReport(file: string, result: NormaliseResult, before: ReadonlyMap<string, string>): string {
  const report = result.files.find((f) => f.file === file);
  const where = new Map(Object.entries(result.anchorLock).map(([anchor, e]) => [anchor, e.page]));
  const lines = [`try ${file}: shape ${report?.format ?? '?'} (${report?.label ?? '?'}), ${report?.questions ?? 0} question${report?.questions === 1 ? '' : 's'}`];
  const joined: string[] = [];
  const added: string[] = [];
  for (const q of result.questions) {
    const mine = q.sources.filter((s) => s.file === file);
    if (mine.length === 0) continue;
    const page = where.get(q.id) ?? `/${q.topic}/`;
    const at = mine.map((s) => s.line).join(', ');
    if (q.sources.length > mine.length || q.own) {
      const role = q.primarySource.file === file ? 'main answer' : '又问 and 补充';
      joined.push(`  line ${at} → joins #${q.id} 「${q.question}」 on ${page} (${role}${q.review ? ', reviewed' : ''})`);
    } else {
      added.push(`  line ${at} → new question 「${q.question}」 on ${page}${q.unanswered ? ' (待补充)' : ''}`);
    }
  }
  lines.push(`joins ${joined.length} existing question${joined.length === 1 ? '' : 's'}:`, ...joined);
  lines.push(`adds ${added.length} new question${added.length === 1 ? '' : 's'}:`, ...added);
  const dropped = result.manifest.dropped.filter((d) => d.at.startsWith(`${file}:`));
  const reasons = new Map<string, number>();
  for (const d of dropped) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
  lines.push(`left out (listed in the manifest): ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ') || 'nothing'}`);
  const touched = [...new Set([...before.keys(), ...result.pages.keys()])].filter((p) => before.get(p) !== result.pages.get(p)).sort();
  lines.push(`pages that would change: ${touched.length === 0 ? 'none' : touched.join(', ')}`);
  const warnings = [...result.unplaced, ...result.warnings, ...result.contradictions].filter((w) => w.includes(file) || w.includes(`${shortName(file)}:`));
  lines.push(`warnings about it: ${warnings.length}`, ...warnings.map((w) => `  ${w}`));
  return `${lines.join('\n')}\n`;
}
