import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const permalinks = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/data/permalinks.json'), 'utf8')) as Record<string, string>;

/**
 * The page a question is shown on, as a path under the site's root (`pod/` or, once its topic is
 * split into its groups' pages, `pod/config/`): tests open questions where readers find them.
 */
export function pageOf(anchor: string): string {
  const target = permalinks[anchor];
  if (!target) throw new Error(`#${anchor} is not a published anchor`);
  return target.split('#')[0]!.slice(1);
}
