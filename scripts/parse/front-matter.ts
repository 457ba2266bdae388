import { SourceError } from '../lib/errors.ts';
import type { Dropped, SourceFile } from '../lib/types.ts';

/** YAML front matter (blog metadata such as title, tags, author) is dropped; returns where content starts. */
export function frontMatter(source: SourceFile): { contentStart: number; dropped: Dropped[] } {
  if (source.lines[0]?.trim() !== '---') return { contentStart: 0, dropped: [] };
  const end = source.lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  // A leading `---` that opens no `key: value` block is a rule, not front matter (WeChat posts start so).
  const yaml = source.lines.slice(1, end < 0 ? undefined : end).filter((l) => l.trim() !== '');
  if (!yaml.every((l) => /^[\w.-]+\s*:(\s|$)|^\s+\S|^\s*-\s|^\s*#/.test(l)) || (end < 0 && yaml.length > 20)) return { contentStart: 0, dropped: [] };
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
