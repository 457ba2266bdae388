/**
 * Build-time diagrams: our Mermaid sources (src/diagrams/*.mmd) rendered by Debian's Chromium into
 * one light and one dark SVG each. Rendered SVGs are committed with the hash of what made them, so a
 * machine without Chromium builds from them; only a changed source is rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SourceError } from '../lib/errors.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface RenderedEntry {
  hash: string;
  width: number;
  height: number;
}
export type RenderIndex = Record<string, Record<Theme, RenderedEntry>>;

/** Bump when the way SVGs are made changes, so every diagram is rendered again. */
const RECIPE = 6;
const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const MERMAID_VERSION = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;

function config(theme: Theme) {
  // Narrow actor boxes and no mirrored actors keep sequence diagrams readable in a phone's width.
  return {
    theme: theme === 'dark' ? 'dark' : 'default',
    // Mermaid's dark theme puts light-grey edge labels on a mid-grey box; a dark box meets WCAG AA contrast.
    ...(theme === 'dark' ? { themeVariables: { edgeLabelBackground: '#1f2023' } } : {}),
    fontFamily: FONT,
    sequence: { showSequenceNumbers: true, mirrorActors: false, actorMargin: 16, width: 104, boxMargin: 6, messageMargin: 28, wrap: false },
  } as const;
}

/** What a rendered SVG depends on: the source, the theme, the configuration and Mermaid's version. */
export function diagramHash(source: string, theme: Theme): string {
  return createHash('sha256').update(`${RECIPE}\n${MERMAID_VERSION}\n${theme}\n${JSON.stringify(config(theme))}\n${source}`).digest('hex').slice(0, 16);
}

/** Sequence diagrams carry icon symbols (computer, database, clock) that nothing uses; they are most of the file. */
export function pruneSymbols(svg: string): string {
  return svg.replace(/<symbol id="([^"]+)"[^]*?<\/symbol>/g, (symbol, id: string) => (svg.includes(`#${id}"`) ? symbol : ''));
}

/** Mainland readers cannot reach external fonts or stylesheets; an SVG must not ask for them. */
export function stripExternal(svg: string): string {
  return svg.replace(/@import[^;]*;/g, '').replace(/url\(\s*['"]?https?:[^)]*\)/g, 'none');
}

export function diagramNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mmd'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readIndex(dir: string): RenderIndex {
  const path = join(dir, 'rendered', 'index.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RenderIndex) : {};
}

/** Diagrams whose committed SVGs are missing or were made from another source. */
export function staleDiagrams(dir: string): { name: string; theme: Theme }[] {
  const index = readIndex(dir);
  return diagramNames(dir).flatMap((name) => {
    const source = readFileSync(join(dir, `${name}.mmd`), 'utf8');
    return THEMES.filter((theme) => {
      const entry = index[name]?.[theme];
      return !entry || entry.hash !== diagramHash(source, theme) || !existsSync(join(dir, 'rendered', `${name}.${theme}.svg`));
    }).map((theme) => ({ name, theme }));
  });
}

/** Renders what is stale and drops SVGs of deleted sources; a source Mermaid rejects stops the build, named. */
export async function ensureDiagrams(dir: string, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<number> {
  const stale = staleDiagrams(dir);
  const names = new Set(diagramNames(dir));
  const index = Object.fromEntries(Object.entries(readIndex(dir)).filter(([name]) => names.has(name))) as RenderIndex;
  if (stale.length > 0) {
    if (!existsSync(executablePath)) {
      throw new SourceError(`src/diagrams/${stale[0]!.name}.mmd`, 1, `changed, but Chromium (${executablePath}) is not installed to render it; apt-get install chromium fonts-noto-cjk`);
    }
    const { createMermaidRenderer } = await import('mermaid-isomorphic');
    const render = createMermaidRenderer({
      launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] },
    });
    mkdirSync(join(dir, 'rendered'), { recursive: true });
    for (const { name, theme } of stale) {
      const source = readFileSync(join(dir, `${name}.mmd`), 'utf8');
      // An init directive reaches every diagram type's settings, which the renderer's options do not.
      const directive = `%%{init: ${JSON.stringify(config(theme))}}%%\n`;
      const [result] = await render([directive + source], { prefix: `kb-${name}-${theme}` });
      if (!result || result.status === 'rejected') {
        const message = String(result?.reason ?? 'no result').split('\n')[0]!;
        // The directive is line 1 of what Mermaid saw.
        const line = Math.max(1, Number(/line (\d+)/.exec(String(result?.reason))?.[1] ?? 2) - 1);
        throw new SourceError(`src/diagrams/${name}.mmd`, line, `Mermaid cannot render this diagram: ${message}`);
      }
      writeFileSync(join(dir, 'rendered', `${name}.${theme}.svg`), `${pruneSymbols(stripExternal(result.value.svg))}\n`);
      index[name] = { ...index[name], [theme]: { hash: diagramHash(source, theme), width: Math.ceil(result.value.width), height: Math.ceil(result.value.height) } } as Record<Theme, RenderedEntry>;
    }
  }
  for (const file of existsSync(join(dir, 'rendered')) ? readdirSync(join(dir, 'rendered')) : []) {
    const name = file.replace(/\.(light|dark)\.svg$/, '');
    if (file.endsWith('.svg') && !names.has(name)) rmSync(join(dir, 'rendered', file));
  }
  const sorted = Object.fromEntries(Object.keys(index).sort().map((k) => [k, index[k]]));
  if (names.size > 0) writeFileSync(join(dir, 'rendered', 'index.json'), `${JSON.stringify(sorted, null, 2)}\n`);
  return stale.length;
}
