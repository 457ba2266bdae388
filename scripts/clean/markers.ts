import { markerPhrases } from '../parse/question-text.ts';
import { FREQUENT_MARKER } from '../vocabulary/markers.ts';
import type { SourceLine } from '../lib/types.ts';

/** A first answer line such as `（这个问题被问到的概率非常大）` is an interview marker, not answer text. */
export function takeMarkerLine(lines: readonly SourceLine[]): { lines: SourceLine[]; markers: string[] } {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const match = first >= 0 ? /^\s*[（(]([^（()）]*)[)）]\s*$/.exec(lines[first]!.text) : null;
  const phrases = match ? markerPhrases(match[1]!) : undefined;
  // Only a marker saying the question is often asked stands alone as a line; 「（持续更新）」 there is the author's note on the answer.
  if (!phrases || !phrases.some((p) => FREQUENT_MARKER.test(p))) return { lines: [...lines], markers: [] };
  // `（此问题被问到的概率高达90%，所以可以…讲解）` is one remark, not a list of labels.
  const markers = phrases.some((p) => p.length > 12) ? [match![1]!.trim()] : phrases;
  return { lines: lines.filter((_, i) => i !== first), markers };
}
