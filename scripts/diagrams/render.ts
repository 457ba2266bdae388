/**
 * Build-time diagrams: our Mermaid sources (src/diagrams/*.mmd, with any `<name>.phone.mmd` variant
 * drawn for narrow screens) rendered by Debian's Chromium into one light and one dark SVG each.
 * Rendered SVGs are committed with the hash of what made them, so a machine without Chromium builds
 * from them; only a changed source is rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SourceError, SourceErrors } from '../lib/errors.ts';
import { PHONE_ROOM_PX, PHONE_SUFFIX, readableIn, THEMES, type Theme } from './variants.ts';

export interface RenderedEntry {
  hash: string;
  width: number;
  height: number;
}
/** Keyed by source: a diagram's name, or its phone variant's `<name>.phone`. */
export type RenderIndex = Record<string, Record<Theme, RenderedEntry>>;

/** Bump when the way SVGs are made changes, so every diagram is rendered again. */
const RECIPE = 9;
const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const MERMAID_VERSION = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;

const isPhone = (source: string) => source.endsWith(PHONE_SUFFIX);

function config(theme: Theme, phone: boolean) {
  return {
    theme: theme === 'dark' ? 'dark' : 'default',
    // Mermaid's dark theme puts light-grey edge labels on a mid-grey box, and grey note text on a grey
    // note (4.6:1): a dark label box and the near-white its clusters use keep labels well above WCAG AA.
    // In the light theme the label box is translucent and an arrow shows through its text: opaque white.
    themeVariables: theme === 'dark' ? { edgeLabelBackground: '#1f2023', noteTextColor: '#F9FFFE' } : { edgeLabelBackground: '#ffffff' },
    fontFamily: FONT,
    // Step numbers at the labels' 16 px (Mermaid draws them at 12 px), in a circle grown to hold "10":
    // a sequence diagram shrunk to its column keeps them as readable as its labels. A message's label is
    // haloed in the page's background: one that passes over another participant's lifeline was struck through.
    themeCSS: `.sequenceNumber{font-size:16px}[id$="-sequencenumber"] circle{r:7.5px}.messageText{paint-order:stroke;stroke:${theme === 'dark' ? '#17181c' : '#ffffff'};stroke-width:5px;stroke-linejoin:round}`,
    // A phone variant's labels wrap at the phone's width, not Mermaid's 200 px, and tighter spacing
    // keeps a dozen steps within a few screens.
    ...(phone ? { flowchart: { wrappingWidth: 300, padding: 8, nodeSpacing: 24, rankSpacing: 30 } } : {}),
    // Narrow actor boxes and no mirrored actors keep sequence diagrams narrow enough for a desktop
    // column; a taller margin keeps the last step's grown circle inside the picture.
    sequence: { showSequenceNumbers: true, mirrorActors: false, actorMargin: 16, width: 104, boxMargin: 6, messageMargin: 28, wrap: false, diagramMarginY: 20 },
  } as const;
}

/** What a rendered SVG depends on: the source, the theme, the configuration and Mermaid's version. */
export function diagramHash(name: string, source: string, theme: Theme): string {
  return createHash('sha256')
    .update(`${RECIPE}\n${MERMAID_VERSION}\n${theme}\n${JSON.stringify(config(theme, isPhone(name)))}\n${source}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * Mermaid defines icon symbols (computer, database, clock) and arrowheads (circle, cross) that a
 * diagram may never use, and keeps data (edge points as base64, ids) for its own scripts, which no
 * reader runs: together a fifth of a flowchart's bytes.
 */
export function pruneUnused(svg: string): string {
  return svg
    .replace(/<(symbol|marker) id="([^"]+)"[^]*?<\/\1>/g, (def, _tag, id: string) => (svg.includes(`#${id}"`) || svg.includes(`#${id})`) ? def : ''))
    .replace(/ data-(?!look=)[a-z-]+="[^"]*"/g, '');
}

/** Mermaid writes path coordinates with 15 decimals (a round node is 4 KB); a hundredth of a pixel is finer than any screen. */
export function roundPaths(svg: string): string {
  return svg.replace(/ d="[^"]*"/g, (d) => d.replace(/(\.\d\d)\d+/g, '$1'));
}

/** Mainland readers cannot reach external fonts or stylesheets; an SVG must not ask for them. */
export function stripExternal(svg: string): string {
  return svg.replace(/@import[^;]*;/g, '').replace(/url\(\s*['"]?https?:[^)]*\)/g, 'none');
}

/** Every Mermaid source: the diagrams and their phone variants. */
export function diagramSources(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mmd'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** The diagrams a curation entry may name; a phone variant belongs to its diagram. */
export function diagramNames(dir: string): string[] {
  return diagramSources(dir).filter((source) => !source.endsWith(PHONE_SUFFIX));
}

export function readIndex(dir: string): RenderIndex {
  const path = join(dir, 'rendered', 'index.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RenderIndex) : {};
}

/** Diagrams whose committed SVGs are missing or were made from another source. */
export function staleDiagrams(dir: string): { name: string; theme: Theme }[] {
  const index = readIndex(dir);
  return diagramSources(dir).flatMap((name) => {
    const source = readFileSync(join(dir, `${name}.mmd`), 'utf8');
    return THEMES.filter((theme) => {
      const entry = index[name]?.[theme];
      return !entry || entry.hash !== diagramHash(name, source, theme) || !existsSync(join(dir, 'rendered', `${name}.${theme}.svg`));
    }).map((theme) => ({ name, theme }));
  });
}

/** Renders what is stale and drops SVGs of deleted sources; a source Mermaid rejects stops the build, named. */
export async function ensureDiagrams(dir: string, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<number> {
  const stale = staleDiagrams(dir);
  const names = new Set(diagramSources(dir));
  const index = Object.fromEntries(Object.entries(readIndex(dir)).filter(([name]) => names.has(name))) as RenderIndex;
  if (stale.length > 0) {
    if (!existsSync(executablePath)) {
      throw new SourceError(
        `src/diagrams/${stale[0]!.name}.mmd`,
        1,
        `changed, but Chromium (${executablePath}) is not installed to render it; apt-get install chromium fonts-noto-cjk`,
      );
    }
    const { createMermaidRenderer } = await import('mermaid-isomorphic');
    const render = createMermaidRenderer({
      launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] },
    });
    mkdirSync(join(dir, 'rendered'), { recursive: true });
    for (const { name, theme } of stale) {
      const source = readFileSync(join(dir, `${name}.mmd`), 'utf8');
      // An init directive reaches every diagram type's settings, which the renderer's options do not.
      const directive = `%%{init: ${JSON.stringify(config(theme, isPhone(name)))}}%%\n`;
      // Mermaid's CSS selects by this id: `.phone` would read as a class.
      const [result] = await render([directive + source], { prefix: `kb-${name.replace('.', '-')}-${theme}` });
      if (!result || result.status === 'rejected') {
        const message = String(result?.reason ?? 'no result').split('\n')[0]!;
        // The directive is line 1 of what Mermaid saw.
        const line = Math.max(1, Number(/line (\d+)/.exec(String(result?.reason))?.[1] ?? 2) - 1);
        throw new SourceError(`src/diagrams/${name}.mmd`, line, `Mermaid cannot render this diagram: ${message}`);
      }
      writeFileSync(join(dir, 'rendered', `${name}.${theme}.svg`), `${roundPaths(pruneUnused(stripExternal(result.value.svg)))}\n`);
      index[name] = { ...index[name], [theme]: { hash: diagramHash(name, source, theme), width: Math.ceil(result.value.width), height: Math.ceil(result.value.height) } } as Record<
        Theme,
        RenderedEntry
      >;
    }
  }
  for (const file of existsSync(join(dir, 'rendered')) ? readdirSync(join(dir, 'rendered')) : []) {
    const name = file.replace(/\.(light|dark)\.svg$/, '');
    if (file.endsWith('.svg') && !names.has(name)) rmSync(join(dir, 'rendered', file));
  }
  const sorted = Object.fromEntries(
    Object.keys(index)
      .sort()
      .map((k) => [k, index[k]]),
  );
  if (names.size > 0) writeFileSync(join(dir, 'rendered', 'index.json'), `${JSON.stringify(sorted, null, 2)}\n`);
  const problems = phoneProblems(dir, index);
  if (problems.length > 0) throw SourceErrors.of(problems);
  return stale.length;
}

/**
 * What a 390-px phone would show badly: a diagram too wide to shrink into it with labels of 11 px or
 * more and no phone variant, a phone variant that does not fit either, a variant of no diagram.
 */
export function phoneProblems(dir: string, index = readIndex(dir)): SourceError[] {
  const names = new Set(diagramNames(dir));
  return diagramSources(dir).flatMap((source) => {
    const file = `src/diagrams/${source}.mmd`;
    const phone = isPhone(source);
    if (phone && !names.has(source.slice(0, -PHONE_SUFFIX.length))) {
      return [new SourceError(file, 1, `a phone variant of no diagram: there is no src/diagrams/${source.slice(0, -PHONE_SUFFIX.length)}.mmd`)];
    }
    const width = index[source]?.light.width ?? 0;
    if (readableIn(width) <= PHONE_ROOM_PX || (!phone && index[source + PHONE_SUFFIX])) return [];
    return [
      new SourceError(
        file,
        1,
        `${width} px wide: on a 390-px phone (${PHONE_ROOM_PX} px for the diagram) its labels would shrink below 11 px`,
        phone
          ? 'wrap or shorten its labels, or split a row that is too wide'
          : `draw a narrow variant src/diagrams/${source}${PHONE_SUFFIX}.mmd (flowchart TB, the same steps numbered)`,
      ),
    ];
  });
}
