import { SourceError } from '../lib/errors.ts';
import type { Dropped, SourceFile } from '../lib/types.ts';

/** YAML front matter (blog metadata such as title, tags, author) is dropped; returns where content starts. */
export function frontMatter(source: SourceFile): { contentStart: number; dropped: Dropped[] } {
  if (source.lines[0]?.trim() !== '---') return { contentStart: 0, dropped: [] };
  const end = source.lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) throw new SourceError(source.file, 1, 'front matter opened here is never closed with ---', 'add a line --- after the metadata, or remove the first line');
  return {
    contentStart: end + 1,
    dropped: [
      {
        file: source.file,
        line: 1,
        endLine: end + 1,
        reason: 'front-matter',
        text: source.lines.slice(0, end + 1).join('\n'),
      },
    ],
  };
}
