import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramNames, ensureDiagrams, readIndex, staleDiagrams, stripExternal } from '../../scripts/diagrams/render.ts';

const dir = join(import.meta.dirname, '../../src/diagrams');

describe('committed diagram SVGs', () => {
  it('match the hash of their Mermaid source, so a build without Chromium shows the current diagrams', () => {
    expect(diagramNames(dir).length).toBeGreaterThanOrEqual(7);
    expect(staleDiagrams(dir)).toEqual([]);
  });

  it('exist in a light and a dark version and fetch nothing from the network', () => {
    const index = readIndex(dir);
    for (const name of diagramNames(dir)) {
      for (const theme of ['light', 'dark'] as const) {
        const svg = readFileSync(join(dir, 'rendered', `${name}.${theme}.svg`), 'utf8');
        expect(svg, `${name}.${theme}`).toMatch(/^<svg/);
        expect(svg, `${name}.${theme}`).not.toMatch(/@import|url\(\s*['"]?https?:/);
        expect(index[name]![theme].width).toBeGreaterThan(0);
      }
    }
  });

  it('strips external stylesheets and fonts', () => {
    expect(stripExternal('<style>@import url("https://fonts.example/x.css");a{src:url(https://x/f.woff)}</style>')).toBe('<style>a{src:none}</style>');
  });
});

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
