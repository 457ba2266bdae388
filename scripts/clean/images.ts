import type { ImageRef, SourceLine } from '../lib/types.ts';

const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g;

/** Hot-linked images in the notes, recorded so the manifest lists each with its file and line. */
export function findImages(file: string, lines: readonly SourceLine[]): ImageRef[] {
  return lines.flatMap((l) => [...l.text.matchAll(IMAGE)].map((m) => ({ file, line: l.n, alt: m[1]!, url: m[2]! })));
}
