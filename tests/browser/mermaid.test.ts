/**
 * Mermaid rendering in Chromium (mermaid-isomorphic), without dist/: a source Mermaid rejects stops
 * the build with its file and line, and leaves no SVG behind.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDiagrams } from '../../scripts/diagrams/render.ts';

describe('rendering', () => {
  it('stops with the diagram file and line when Mermaid cannot render a source', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'kb-diagrams-'));
    try {
      writeFileSync(join(temp, 'broken.mmd'), 'flowchart TB\n    A[开始] -->\n');
      await expect(ensureDiagrams(temp)).rejects.toThrow(/^src\/diagrams\/broken\.mmd:\d+: Mermaid cannot render this diagram/);
      const rendered = readdirSync(temp).includes('rendered') ? readdirSync(join(temp, 'rendered')) : [];
      expect(rendered.filter((f) => f.endsWith('.svg'))).toEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
