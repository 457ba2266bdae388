import { AXES as AXIS_NAMES, ASPECTS, TERMS, termPattern } from '../vocabulary/terms.ts';

/**
 * The vocabulary's guard values, per axis: a question takes the first value whose term it names.
 * Two questions with different values on any axis never merge, however alike their wording (the
 * table's `guard` column says which terms keep look-alikes apart).
 */
const AXES: readonly (readonly [string, RegExp][])[] = AXIS_NAMES.map((axis) =>
  [...TERMS, ...ASPECTS].flatMap((term) => {
    const [name, value = term.id] = term.guard?.split('=') ?? [];
    return name === axis ? [[value, termPattern(term)] as const] : [];
  }),
);

/** One value per axis ('' when the question says nothing on that axis). */
export function guardSignature(question: string): string[] {
  return AXES.map((axis) => axis.find(([, pattern]) => pattern.test(question))?.[0] ?? '');
}

/**
 * The guard values a group of questions holds, per axis; groups merge only if their values agree
 * as `conflicts` requires for each pair of members.
 */
export type GroupGuards = Set<string>[];

export function groupGuards(signature: readonly string[]): GroupGuards {
  return signature.map((v) => new Set([v]));
}

export function groupsConflict(a: GroupGuards, b: GroupGuards): boolean {
  return a.some((values, axis) => {
    const other = b[axis]!;
    const single = AXES[axis]!.length === 1;
    for (const x of values) {
      for (const y of other) {
        if (x !== y && (single || (x !== '' && y !== ''))) return true;
      }
    }
    return false;
  });
}

export function joinGroups(a: GroupGuards, b: GroupGuards): GroupGuards {
  return a.map((values, axis) => new Set([...values, ...b[axis]!]));
}

/**
 * Whether two signatures disagree. On single-value axes (`difference`, `headless`, `ingress`)
 * having the term versus not having it is a disagreement too.
 */
export function conflicts(a: readonly string[], b: readonly string[]): boolean {
  return a.some((value, axis) => {
    const other = b[axis]!;
    if (value === other) return false;
    if (AXES[axis]!.length === 1) return true;
    return value !== '' && other !== '';
  });
}
