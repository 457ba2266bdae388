import { existsSync, readFileSync } from 'node:fs';
import { parseDocument, visit, type Node } from 'yaml';
import { SourceError, SourceErrors } from '../lib/errors.ts';
import { KINDS, type Registry } from './kinds.ts';
import { CurationSchema, curationSchema, type Curation } from './schema.ts';

export const CURATION_FILE = 'curation.yaml';

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Reads and validates the editors' curation file (a section per kind of `kinds`); any mistake names the file and line. */
export function parseCuration(text: string, kinds: Registry = KINDS): Curation {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new SourceError(
      CURATION_FILE,
      lineOf(text, error.pos[0]),
      error.message.split('\n')[0]!.replace(/:$/, ''),
      'each entry of a section starts with "- ", its fields indented alike; a value holding ": " or " #" goes in quotes',
    );
  }
  const result = (kinds === KINDS ? CurationSchema : curationSchema(kinds)).safeParse(doc.toJS() ?? { version: 1 });
  if (!result.success) {
    // Every mistake of the file at once, each at the line of the YAML node it is about.
    throw SourceErrors.of(
      result.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
        const line = node?.range ? lineOf(text, node.range[0]) : 1;
        return new SourceError(
          CURATION_FILE,
          line,
          `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
          'see the comment above the section in curation.yaml, and its kind in scripts/curation/kinds.ts',
        );
      }),
    );
  }
  return result.data as Curation;
}

export function loadCuration(path: string): Curation {
  return existsSync(path) ? parseCuration(readFileSync(path, 'utf8')) : CurationSchema.parse({ version: 1 });
}

/**
 * The line of the curation file where a value is written, read from the YAML nodes (not a text
 * search, which would find the same place named in another section): the first scalar equal to
 * `value`, inside the top-level `section` when given.
 */
export function curationLine(text: string, value: string, section?: string): number {
  const doc = parseDocument(text, { keepSourceTokens: true });
  let found: number | undefined;
  const root = section ? doc.get(section, true) : doc.contents;
  visit(root as Node, {
    Scalar(_, node) {
      if (String(node.value) === value && node.range) {
        found = lineOf(text, node.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found ?? 1;
}
