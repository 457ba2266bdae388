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

/**
 * The anchor of a notes file's section on 笔记来源 (/notes/), which 「出处」 links to: from its short name when
 * that is ASCII, or else a hash of the file's name (a team's file may be named in Chinese).
 */
export function notesAnchor(file: string): string {
  const name = shortName(file).toLowerCase();
  if (/^[a-z0-9][a-z0-9-]*$/.test(name)) return `notes-${name}`;
  // FNV-1a: the same name gives the same anchor on every machine.
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(file)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return `notes-${hash.toString(16).padStart(8, '0')}`;
}

/** The anchor of one question's place in a notes file's list on 笔记来源: 「出处」 lands on the line it names. */
export function notesLineAnchor(file: string, line: number): string {
  return `${notesAnchor(file)}-l${line}`;
}
