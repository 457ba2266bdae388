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
 * A section's entries with only the notes places `keep` keeps: an entry naming one place (or a file) goes
 * with it, a merge or split keeps the rest if two remain. A section that lists no entries (layout) names
 * anchors, not places, and stays as it is.
 */
function keeping(section: unknown, keep: (at: string) => boolean): unknown {
  if (!Array.isArray(section)) return section;
  return (section as Record<string, unknown>[]).flatMap((entry) => {
    if (typeof entry.file === 'string' && !keep(`${entry.file}:1`)) return [];
    if (typeof entry.at === 'string') return keep(entry.at) ? [entry] : [];
    if (Array.isArray(entry.at)) {
      const at = (entry.at as string[]).filter(keep);
      return at.length >= 2 ? [{ ...entry, at }] : [];
    }
    return [entry];
  });
}

/**
 * The curation without the entries about notes files that are no longer in `sources/`: a removed file
 * takes its editorial decisions with it (named in one warning per file), while a wrong line in a file
 * that is there stays an error.
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
  const pruned = { ...curation, ...Object.fromEntries(kinds.map(({ key }) => [key, keeping(curation[key], present)])) };
  const warnings = [...removed]
    .sort()
    .map(([file, n]) => `${file} is not in sources/ any more: ${n} curation entr${n === 1 ? 'y' : 'ies'} about it ignored (remove them from curation.yaml)`);
  return { curation: pruned, warnings };
}

/**
 * The curation without `places` where the kinds name a question (their `places`): an entry naming one goes,
 * a merge or split keeps its other places if two remain. A wrong entry is reported once; the stages run without it.
 */
export function withoutPlaces<C extends Readonly<Record<string, unknown>>>(curation: C, places: ReadonlySet<string>, kinds: Registry = KINDS): C {
  const wrong = kinds.filter((k) => k.places(curation[k.key] as never).some((at) => places.has(at)));
  return { ...curation, ...Object.fromEntries(wrong.map(({ key }) => [key, keeping(curation[key], (at) => !places.has(at))])) };
}

/**
 * The curation without `anchors` that no question carries (released with a removed notes file, or lost to
 * a problem already reported): the kinds that name anchors forget them.
 */
export function withoutAnchors<C extends Readonly<Record<string, unknown>>>(curation: C, anchors: ReadonlySet<string>, kinds: Registry = KINDS): C {
  if (anchors.size === 0) return curation;
  return { ...curation, ...Object.fromEntries(kinds.flatMap((k) => (k.forget ? [[k.key, k.forget(curation[k.key] as never, anchors)]] : []))) };
}
