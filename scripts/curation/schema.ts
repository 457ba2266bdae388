import { z } from 'zod';
import { parsePlace } from '../lib/place.ts';
import { KINDS, type Registry } from './kinds.ts';

type Sections = { [K in (typeof KINDS)[number] as K['key']]: K['schema'] };

/** The curation file's shape: a version, and one section per kind of the registry. */
export function curationSchema(kinds: Registry = KINDS) {
  return z
    .object({
      version: z.literal(1),
      ...(Object.fromEntries(kinds.map((k) => [k.key, k.schema])) as unknown as Sections),
    })
    .strict();
}

export const CurationSchema = curationSchema();

export type Curation = z.infer<typeof CurationSchema>;

/** Every notes place the curation file names, with the kind that names it. */
export function curatedPlaces(curation: Readonly<Record<string, unknown>>, kinds: Registry = KINDS): [kind: string, at: string][] {
  return kinds.flatMap((k) => k.places(curation[k.key] as never).map((at) => [k.key, at] as [string, string]));
}

/**
 * The curation without the entries about notes files that are no longer in `sources/`: a removed file
 * takes its editorial decisions with it (named in one warning per file), while a wrong line in a file
 * that is there stays an error. A merge or split keeps the places of the files still there, if two remain.
 */
export function withoutRemovedFiles<C extends Readonly<Record<string, unknown>>>(
  curation: C,
  files: ReadonlySet<string>,
  kinds: Registry = KINDS,
): { curation: C; warnings: string[] } {
  const removed = new Map<string, number>();
  const present = (at: string) => {
    const { file } = parsePlace(at);
    if (files.has(file)) return true;
    removed.set(file, (removed.get(file) ?? 0) + 1);
    return false;
  };
  const pruned: Record<string, unknown> = { ...curation };
  // Sections that list entries name files and places; the rest (layout) name anchors, released after anchoring.
  for (const { key } of kinds) {
    const section = curation[key];
    if (!Array.isArray(section)) continue;
    pruned[key] = (section as Record<string, unknown>[]).flatMap((entry) => {
      if (typeof entry.file === 'string' && !present(`${entry.file}:1`)) return [];
      if (typeof entry.at === 'string') return present(entry.at) ? [entry] : [];
      if (Array.isArray(entry.at)) {
        const at = (entry.at as string[]).filter(present);
        return at.length >= 2 ? [{ ...entry, at }] : [];
      }
      return [entry];
    });
  }
  const warnings = [...removed]
    .sort()
    .map(([file, n]) => `${file} is not in sources/ any more: ${n} curation entr${n === 1 ? 'y' : 'ies'} about it ignored (remove them from curation.yaml)`);
  return { curation: pruned as C, warnings };
}

/** The curation without the anchors released with a removed notes file (the kinds that name anchors forget them). */
export function withoutReleasedAnchors<C extends Readonly<Record<string, unknown>>>(curation: C, released: ReadonlySet<string>, kinds: Registry = KINDS): C {
  if (released.size === 0) return curation;
  return { ...curation, ...Object.fromEntries(kinds.flatMap((k) => (k.forget ? [[k.key, k.forget(curation[k.key] as never, released)]] : []))) };
}
