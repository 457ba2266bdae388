import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramNames, diagramSources, phoneProblems, readIndex, roundPaths, staleDiagrams, stripExternal } from '../../scripts/diagrams/render.ts';
import { PHONE_ROOM_PX, PHONE_SUFFIX, readableIn, THEMES } from '../../scripts/diagrams/variants.ts';

const dir = join(import.meta.dirname, '../../src/diagrams');

describe('committed diagram SVGs', () => {
  it('match the hash of their Mermaid source, so a build without Chromium shows the current diagrams', () => {
    expect(diagramNames(dir).length).toBeGreaterThanOrEqual(7);
    expect(staleDiagrams(dir)).toEqual([]);
  });

  it("halo a sequence diagram's message labels in the page's background, so a lifeline they cross does not strike them through", () => {
    // As Mermaid writes them: the page's white and Starlight's dark background (#17181c).
    const background = { light: 'rgb\\(255, 255, 255\\)', dark: 'rgb\\(23, 24, 28\\)' } as const;
    let sequences = 0;
    for (const name of diagramSources(dir)) {
      for (const theme of THEMES) {
        const svg = readFileSync(join(dir, 'rendered', `${name}.${theme}.svg`), 'utf8');
        if (!svg.includes('class="messageText"')) continue;
        sequences += 1;
        expect(svg, `${name}.${theme}`).toMatch(new RegExp(`\\.messageText\\{paint-order:stroke;stroke:${background[theme]};stroke-width:\\d+px`));
      }
    }
    expect(sequences).toBeGreaterThan(0);
  });

  it('exist in a light and a dark version and fetch nothing from the network', () => {
    const index = readIndex(dir);
    for (const name of diagramSources(dir)) {
      for (const theme of THEMES) {
        const svg = readFileSync(join(dir, 'rendered', `${name}.${theme}.svg`), 'utf8');
        expect(svg, `${name}.${theme}`).toMatch(/^<svg/);
        expect(svg, `${name}.${theme}`).not.toMatch(/@import|url\(\s*['"]?https?:/);
        expect(index[name]![theme].width).toBeGreaterThan(0);
      }
    }
  });

  it('fit a 390 px phone with labels of 11 px or more: narrow enough, or with a phone variant that is', () => {
    const index = readIndex(dir);
    expect(phoneProblems(dir)).toEqual([]);
    const phones = diagramSources(dir).filter((s) => s.endsWith(PHONE_SUFFIX));
    expect(phones.length).toBeGreaterThanOrEqual(4);
    // A phone variant is drawn only where the diagram itself would not do.
    for (const phone of phones) expect(readableIn(index[phone.slice(0, -PHONE_SUFFIX.length)]!.light.width), phone).toBeGreaterThan(PHONE_ROOM_PX);
  });

  it('leave phone variants out of the names a curation entry may use', () => {
    expect(diagramNames(dir)).toContain('pod-create-deployment');
    expect(diagramNames(dir).filter((n) => n.endsWith(PHONE_SUFFIX))).toEqual([]);
    expect(diagramSources(dir)).toContain(`pod-create-deployment${PHONE_SUFFIX}`);
  });

  it('strips external stylesheets and fonts', () => {
    expect(stripExternal('<style>@import url("https://fonts.example/x.css");a{src:url(https://x/f.woff)}</style>')).toBe('<style>a{src:none}</style>');
  });
});

describe('rendering', () => {
  it('keeps path coordinates to a hundredth of a pixel', () => {
    expect(roundPaths('<path d="M2.5 0 C2.487147457203058 0.29161205111496386" transform="translate(1.23456)"/>')).toBe(
      '<path d="M2.5 0 C2.48 0.29" transform="translate(1.23456)"/>',
    );
  });

  it('refuses a phone variant of no diagram, and a diagram too wide for a phone without one', () => {
    const temp = mkdtempSync(join(tmpdir(), 'kb-diagrams-'));
    try {
      writeFileSync(join(temp, 'wide.mmd'), 'flowchart LR\n    A --> B\n');
      writeFileSync(join(temp, 'gone.phone.mmd'), 'flowchart TB\n    A --> B\n');
      const index = { wide: { light: { hash: '', width: 972, height: 100 }, dark: { hash: '', width: 972, height: 100 } } };
      expect(phoneProblems(temp, index).map((e) => e.message)).toEqual([
        expect.stringMatching(/^src\/diagrams\/gone\.phone\.mmd:1: a phone variant of no diagram/),
        expect.stringMatching(/^src\/diagrams\/wide\.mmd:1: 972 px wide: on a 390-px phone .*\n {2}hint: draw a narrow variant src\/diagrams\/wide\.phone\.mmd/),
      ]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
