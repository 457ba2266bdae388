import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attempt, SourceError, SourceErrors } from './errors.ts';
import type { SourceFile } from './types.ts';

/** Notes are plain text or Markdown, under any extension Markdown editors save (`.md`, `.MD`, `.markdown`, …). */
export const NOTES_FILE = /\.(txt|text|md|markdown|mdown|mkd|mkdn|mdtext)$/i;
/** What else sources/ holds by design: the curation file, the anchor lock, folders (editors/). */
const NOT_NOTES = new Set(['curation.yaml', 'anchors.lock.json']);

/** Decodes one notes file strictly: not UTF-8 or empty is an error naming the file and line. */
export function decodeSource(file: string, bytes: Uint8Array): SourceFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(file, lineOfFirstInvalidByte(bytes), 'not valid UTF-8', 'save the notes file as UTF-8 (most editors: Save with encoding → UTF-8)');
  }
  // A BOM opening the file is an encoding mark; one further in (text pasted from another file) is an invisible
  // character that JavaScript's trim() would strip, turning 「\uFEFF>」 into a quote marker: it becomes a word
  // joiner, just as invisible, which no trim removes, so what follows it stays text.
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\uFEFF/g, '\u2060')
    .replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new SourceError(file, 1, 'the notes file is empty', 'remove the file, or put its notes in it');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return { file, lines };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

/**
 * Files of the directory that are not read as notes (a `.docx`, a `.rst`, notes saved without an
 * extension), so the build can say so instead of skipping them without a word.
 */
export function unreadFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !NOTES_FILE.test(e.name) && !NOT_NOTES.has(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** Every notes file (`*.txt` or Markdown) in the directory that can be decoded, in a fixed order whatever the file system's, and the problem of each that cannot. */
export function decodeSources(dir: string): { sources: SourceFile[]; problems: SourceError[] } {
  const read = readdirSync(dir)
    .filter((name) => NOTES_FILE.test(name))
    .sort()
    .map((name) => attempt(() => decodeSource(name, readFileSync(join(dir, name)))));
  return { sources: read.flatMap((r) => (r.value ? [r.value] : [])), problems: read.flatMap((r) => r.problems) };
}

/** Every notes file in the directory; every file is read before any problem is reported, so one run names them all. */
export function readSources(dir: string): SourceFile[] {
  const { sources, problems } = decodeSources(dir);
  if (problems.length > 0) throw SourceErrors.of(problems);
  return sources;
}
