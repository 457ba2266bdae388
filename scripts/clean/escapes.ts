import type { SourceLine } from '../lib/types.ts';

/** Undoes the backslashes an editor export put before list markers: `\1. ` → `1. `, `\- ` → `- `. */
export function unescapeListMarkers(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((l) => ({ ...l, text: l.text.replace(/^(\s*)\\(\d+\.|-)(?=\s)/, '$1$2') }));
}
