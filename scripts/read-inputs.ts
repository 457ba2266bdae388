/** sources/ as one run reads it: the notes files, the curation file, the anchor lock and the editors' files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURATION_FILE, parseCuration } from './curation/load.ts';
import type { Curation } from './curation/schema.ts';
import { LOCK_FILE, parseAnchorLock, type AnchorLock } from './emit/anchors.ts';
import { readEditors, type EditorsSource } from './editors/read.ts';
import { attempt, SourceErrors } from './lib/errors.ts';
import { decodeSources } from './lib/read-sources.ts';
import type { SourceFile } from './lib/types.ts';
import { readingProblems } from './pipeline.ts';

export interface Inputs {
  sources: SourceFile[];
  curation: Curation;
  curationText: string;
  lock: AnchorLock;
  /** The lock file as it was read: the run rewrites it only if its anchors changed. */
  lockText: string;
  editors: EditorsSource[];
}

/**
 * Every input of sources/, read and checked. An input that cannot be read (a notes file not UTF-8 or
 * empty, a curation or lock file that is no valid YAML or JSON or has a wrong entry) throws, with every
 * problem of the others that can still be found without it: one run names them all.
 */
export function readInputs(sourcesDir: string, diagramNames: readonly string[]): Inputs {
  const curationPath = join(sourcesDir, CURATION_FILE);
  const curationText = existsSync(curationPath) ? readFileSync(curationPath, 'utf8') : 'version: 1\n';
  const lockPath = join(sourcesDir, LOCK_FILE);
  const lockText = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : '{}';
  const notes = decodeSources(sourcesDir);
  const lock = attempt(() => parseAnchorLock(lockText));
  const curation = attempt(() => parseCuration(curationText));
  const editors = readEditors(join(sourcesDir, 'editors'));
  if (!lock.value || !curation.value || notes.problems.length > 0) {
    throw SourceErrors.of([...notes.problems, ...lock.problems, ...curation.problems, ...readingProblems(notes.sources, curation.value, curationText, diagramNames, editors)]);
  }
  return { sources: notes.sources, curation: curation.value, curationText, lock: lock.value, lockText, editors };
}
