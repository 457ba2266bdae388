/**
 * A place in the notes: a file and a 1-based line. Curation, the manifest and the pages write it
 * `<file>:<line>`; code passes it as this type and converts only at those edges.
 */
export interface Place {
  file: string;
  line: number;
}

export function placeKey(place: Place): string {
  return `${place.file}:${place.line}`;
}

/** Notes places (and anything with a file and a line, such as a SourceError) in file, then line order. */
export function byPlace(a: Place, b: Place): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

export function parsePlace(text: string): Place {
  const cut = text.lastIndexOf(':');
  return { file: text.slice(0, cut), line: Number(text.slice(cut + 1)) };
}

/** How pages name a notes file: the original five by their number (`001`), any other by its name (`team-notes`). */
export function shortName(file: string): string {
  const numbered = /^(\d{3})_[0-9a-f]{8,}\.(?:txt|md)$/.exec(file);
  return numbered ? numbered[1]! : file.replace(/\.(?:txt|md)$/, '');
}
