import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_IDS } from '../classify/topics.ts';
import { SourceError, SourceErrors, problemsOf } from '../lib/errors.ts';
import type { EditorsFile, TopicId } from '../lib/types.ts';
import { parseEditorsFile } from './parse.ts';

/** An editors' file as read: its name (`<topic>.md`) and text. */
export interface EditorsSource {
  file: string;
  text: string;
}

/** Every `sources/editors/*.md`, in name order; none is fine (a site of the notes alone). */
export function readEditors(dir: string): EditorsSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(join(dir, file), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n'),
    }));
}

/** The editors' files parsed; a file named after no topic, and every slip of every file, reported at once. */
export function parseEditors(sources: readonly EditorsSource[]): EditorsFile[] {
  const problems: SourceError[] = [];
  const files: EditorsFile[] = [];
  for (const { file, text } of sources) {
    const topic = /^([a-z]+)\.md$/.exec(file)?.[1];
    if (!topic || !(TOPIC_IDS as readonly string[]).includes(topic)) {
      problems.push(new SourceError(`editors/${file}`, 1, 'not named after a topic', `name it <topic>.md, one of ${TOPIC_IDS.join(', ')}`));
      continue;
    }
    try {
      files.push(parseEditorsFile(file, text, topic as TopicId));
    } catch (error) {
      problems.push(...problemsOf(error));
    }
  }
  if (problems.length > 0) throw SourceErrors.of(problems);
  return files;
}
