import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import ui from '../../src/content/i18n/zh-CN.json' with { type: 'json' };

/**
 * Every word a reader sees or hears in the site's components, pages and search scripts comes from
 * src/content/i18n/zh-CN.json (`Astro.locals.t`, or the JSON itself where `t` does not exist), and
 * every key they ask for is there: a Chinese literal left in the code, or a misspelt key, fails here.
 */
const ROOT = join(import.meta.dirname, '../..');
/** Chinese characters and CJK or full-width punctuation (「」、；：（）). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+/g;
/** Chinese characters alone: a page emitter's Markdown keeps its brackets and separators around the words it fills in. */
const IDEOGRAPHS = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;

/** Files that are data the code reads, not UI, however much Chinese they hold. */
const DATA_FILES: Record<string, string> = {
  'src/search/relax.ts': 'the query vocabulary (filler words, comparison words, 集群): what a query is read with, not what a reader is shown',
};
/** Literals a file may hold: file, the CJK text, and why it is not a UI string. */
const ALLOWED: { file: string; text: string; reason: string }[] = [
  { file: 'src/search/dialog.ts', text: '主题', reason: 'the Pagefind filter name the records are indexed under, never shown' },
  { file: 'src/pages/q/[id].astro', text: '，', reason: 'a Pagefind meta value ends at a comma: the full-width one replaces it in the indexed text' },
  { file: 'astro.config.mjs', text: '简体中文', reason: "the locale's name in its own language, as Starlight's language list shows it" },
];

/** Emitters of reports for editors, not pages for readers. */
const EDITOR_REPORTS: Record<string, string> = {
  'scripts/emit/accuracy-report.ts': "src/data/accuracy.md, the editors' review checklist",
  'scripts/emit/merge-report.ts': 'src/data/merge-report.md, for editors checking merges',
  'scripts/emit/external-links.ts': 'src/data/external-links.md, for editors checking links',
  'scripts/emit/try-report.ts': 'what npm run try tells an editor about a new notes file',
};

function filesIn(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

const SCANNED = [...filesIn('src/components', /\.(astro|ts)$/), ...filesIn('src/pages', /\.(astro|ts)$/), ...filesIn('src/search', /\.ts$/), 'astro.config.mjs'];

/**
 * The text with comments blanked, lines kept: JS block and line comments (JSX comments too) and
 * HTML comments, outside string literals (a glob's `/*` opens no comment) but inside a template
 * literal's `${…}`. A quote or apostrophe opens a string for the rest of its line at most; `//`
 * after a colon is a URL's.
 */
function withoutComments(text: string): string {
  let out = '';
  let quote = '';
  let depth = 0;
  /** For each `${` open, the brace depth its `}` closes at. */
  const templates: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (quote === '`' && text.startsWith('${', i)) {
        out += '${';
        i++;
        templates.push(depth);
        quote = '';
        continue;
      }
      if (c === quote || (c === '\n' && quote !== '`')) quote = '';
      out += c;
      continue;
    }
    const close = text.startsWith('/*', i) ? '*/' : text.startsWith('<!--', i) ? '-->' : text.startsWith('//', i) && text[i - 1] !== ':' ? '\n' : '';
    if (close) {
      const found = text.indexOf(close, i + 2);
      const stop = found === -1 ? text.length : close === '\n' ? found : found + close.length;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop - 1;
      continue;
    }
    if (c === '}' && templates.at(-1) === depth) {
      templates.pop();
      quote = '`';
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === "'" || c === '"' || c === '`') quote = c;
    out += c;
  }
  return out;
}

/** Each run of `pattern` outside comments: `file:line` and the text. */
function literals(file: string, pattern = CJK): { at: string; text: string }[] {
  const lines = withoutComments(readFileSync(join(ROOT, file), 'utf8')).split('\n');
  return lines.flatMap((line, i) => [...line.matchAll(pattern)].map((m) => ({ at: `${file}:${i + 1}`, text: m[0] })));
}

describe('UI strings', () => {
  it('live in the i18n file: no Chinese literal in components, pages, search scripts or the config', () => {
    const found = SCANNED.filter((file) => !(file in DATA_FILES))
      .flatMap((file) => literals(file))
      .filter(({ at, text }) => !ALLOWED.some((a) => at.startsWith(`${a.file}:`) && a.text === text))
      .map(({ at, text }) => `${at} ${text}`);
    expect(found).toEqual([]);
  });

  it('live in the i18n file for generated pages too: no Chinese word in a page emitter (scripts/emit)', () => {
    const emitters = filesIn('scripts/emit', /\.ts$/);
    expect(Object.keys(EDITOR_REPORTS).filter((f) => !emitters.includes(f))).toEqual([]);
    const found = emitters.filter((file) => !(file in EDITOR_REPORTS)).flatMap((file) => literals(file, IDEOGRAPHS));
    expect(found.map(({ at, text }) => `${at} ${text}`)).toEqual([]);
  });

  it('finds a literal that is not in a comment', () => {
    const code =
      "// 注释\n/* 注释 */ const label = '查看大图'; // 注释\nimport.meta.glob('../rendered/*.svg');\n{/* 注释 */}<a href=\"https://x.org\">大图</a><!-- 注释 -->\n`${[\n  // 注释\n  `标题：${{ a: '页' }.a}`,\n]}`";
    expect(withoutComments(code).match(CJK)).toEqual(['查看大图', '大图', '标题：', '页']);
  });

  it('allows only literals that are still there', () => {
    const stale = ALLOWED.filter((a) => !literals(a.file).some((l) => l.text === a.text));
    expect(stale).toEqual([]);
    expect(Object.keys(DATA_FILES).filter((f) => !SCANNED.includes(f))).toEqual([]);
  });

  const builtIn = new Set(Object.keys(i18nSchema().shape));
  const ours = new Set(Object.keys(ui));
  const code = [...filesIn('src', /\.(astro|ts|mjs)$/), ...filesIn('scripts', /\.ts$/), 'astro.config.mjs'].map((file) => ({
    file,
    text: withoutComments(readFileSync(join(ROOT, file), 'utf8')),
  }));
  /** Keys asked for: `t('…')` in components and pages, `ui['…']`/`ui('…')` where the JSON is read directly. */
  const asked = code.flatMap(({ file, text }) => [...text.matchAll(/\b(?:t\(|ui\[|ui\()\s*'([\w.]+)'/g)].map((m) => ({ file, key: m[1]! })));

  it('are asked for by keys the i18n file or Starlight defines', () => {
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter(({ key }) => !ours.has(key) && !builtIn.has(key)).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });

  it('are each used: the i18n file holds no key of ours that no code names', () => {
    // Named anywhere in code, a key chosen by a condition (`ui(ok ? 'kb.a' : 'kb.b')`) included.
    const named = new Set(code.flatMap(({ text }) => [...text.matchAll(/'([\w.]+)'/g)].map((m) => m[1]!)));
    expect([...ours].filter((key) => !builtIn.has(key) && !named.has(key))).toEqual([]);
  });
});
