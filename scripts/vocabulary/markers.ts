/**
 * The notes' interview markers, as data: the words authors put next to a question (「（经常问）」
 * 「【重点】」「☆」) or as an answer's first line (「（这个问题被问到的概率非常大）」). A marker is taken
 * out of the question's text and shown as a badge; `frequent` markers also make the question 高频.
 * The question reader (scripts/parse/question-text.ts) and the answer's first line
 * (scripts/clean/markers.ts) read this one table, so a word is a marker in both places or in neither.
 */
interface Marker {
  word: string;
  /** Says the question is often asked (else it is the author's note to self, such as 「持续更新」). */
  frequent: boolean;
  /** Counts only beside a marker word, never makes a phrase a marker by itself (「必须先删除 PVC」 is text). */
  besideOnly?: true;
}

export const MARKERS: readonly Marker[] = [
  { word: '经常问', frequent: true },
  { word: '经常会问', frequent: true },
  { word: '重点', frequent: true },
  { word: '必须牢记', frequent: true },
  { word: '必须记住', frequent: true },
  { word: '牢记', frequent: true },
  { word: '记住', frequent: true },
  { word: '被问到', frequent: true },
  { word: '高频', frequent: true },
  { word: '高頻', frequent: true },
  { word: '必考', frequent: true },
  { word: '常考', frequent: true },
  { word: '持续更新', frequent: false },
  { word: '必须', frequent: true, besideOnly: true },
];

/** Stars an author puts before or after an often-asked question (「☆ Pod 的生命周期」「…？★★」). */
export const STAR = '[☆★⭐]';

const words = (rows: readonly Marker[]) => rows.map((m) => m.word).join('|');

/** A marker phrase that says a question is often asked: a frequent word, or stars. */
export const FREQUENT_MARKER = new RegExp(`${words(MARKERS.filter((m) => m.frequent))}|${STAR}`);

/** A phrase that is an interview marker: a word of the table, or a run of asterisks (`1*********`) some notes use as one. */
export const MARKER_WORDS = new RegExp(`${words(MARKERS.filter((m) => !m.besideOnly))}|^\\d?\\*{3,}$`);
