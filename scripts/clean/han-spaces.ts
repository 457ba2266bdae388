import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';

const SPACE_BETWEEN_HAN = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g;

/** Chinese never puts a space between two characters: `订 阅`, `安全策 略` are PDF extraction damage. */
export function dropSpacesBetweenHan(text: string): string {
  return text.replace(SPACE_BETWEEN_HAN, '');
}

/** Only lines with the PDF's trailing space are repaired; hand-typed notes may use spaces on purpose. */
export function repairPdfSpaces(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (text) => text.map((l) => (/\s$/.test(l.text) ? { ...l, text: dropSpacesBetweenHan(l.text) } : l)));
}
