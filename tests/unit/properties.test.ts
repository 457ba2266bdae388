/**
 * Property tests: whatever a notes file contains, the normaliser never crashes (only a SourceError
 * naming file and line), its MDX always parses as MDX without JSX or expressions, and the text a
 * reader sees equals the text of the notes.
 */
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { toSafeMdx } from '../../scripts/emit/safe-mdx.ts';
import { SourceError } from '../../scripts/lib/errors.ts';
import { decodeSource } from '../../scripts/lib/read-sources.ts';
import { normalise } from '../../scripts/pipeline.ts';

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * The same cases on every run: a failure is not one run in nine, and it reproduces. To look further,
 * run with other seeds once (40 seeds of the normaliser property passed when this was fixed).
 */
const SEED = 24;

/** Text made of the characters that break MDX and Markdown, mixed with Chinese and any Unicode. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '{',
        '}',
        '`',
        '```',
        '$',
        '\\',
        '*',
        '**',
        '_',
        '#',
        '## ',
        '- ',
        '1. ',
        '|',
        '[',
        ']',
        '(',
        ')',
        '!',
        '&',
        ';',
        '\n',
        '\n\n',
        '\r\n',
        '\t',
        '  ',
        '\uFEFF',
      ),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '{process.env.HOME}',
        '${X}',
        '<servicename>',
        'javascript:alert(1)',
        '[x](javascript:alert(1))',
        '![img](https://cdn.example/a.png)',
        'https://example.com',
        '答：',
        '（经常问）',
        '（待补充）',
      ),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom('pod的重启策略有哪些？', '存活探针', 'kubectl get pod', '服务'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function hasCode(node: Nodes): boolean {
  return /^mdx(JsxFlowElement|JsxTextElement|FlowExpression|TextExpression|jsEsm)$/.test(node.type) || ('children' in node && node.children.some((c) => hasCode(c as Nodes)));
}

/** What a reader sees: the text of the Markdown, with raw HTML counted as the text it now is. */
function visibleText(tree: Root): string {
  const walk = (node: Nodes): string => {
    if (node.type === 'html') return node.value;
    if (node.type === 'image') return '';
    if ('value' in node && typeof node.value === 'string') return node.value;
    if ('children' in node) return node.children.map((c) => walk(c as Nodes)).join('');
    return '';
  };
  return walk(tree).replace(/\s+/g, '');
}

function isSubsequence(needle: string, haystack: string): boolean {
  const wanted = [...needle];
  let i = 0;
  for (const ch of haystack) if (i < wanted.length && ch === wanted[i]) i++;
  return i === wanted.length;
}

/** A generated page as plain MDX content: without front matter, imports, our components and heading ids. */
function contentOf(page: string): string {
  return (
    page
      .replace(/^---[^]*?---\n/, '')
      .replace(/^import .*$/gm, '')
      .replace(/^<\/?[A-Z][^\n]*>$/gm, '')
      .replace(/<span id="[a-z0-9-]+" className="kb-alias" \/>/g, '')
      // 笔记来源's targets of 「出处」, one at each place of a notes file.
      .replace(/<span id="notes-[a-z0-9-]+" \/>/g, '')
      .replace(/^<h2 id="group-[a-z0-9-]+" className="sr-only">|<\/h2>$/gm, '')
      // 笔记来源's own markup: a folded list, and a correction's change (the notes' text inside stays checked).
      .replace(/^<\/?details>$|^<summary>|<\/summary>$/gm, '')
      .replace(/<(del|ins) className="kb-change">|<\/(?:del|ins)>/g, '')
      .replace(/ \{#[a-z0-9-]+\}$/gm, '')
  );
}

describe('safe MDX, for any text', () => {
  it('parses as MDX with no JSX and no expressions, and shows the same text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = toSafeMdx(text);
        const tree = mdx.parse(out) as Root;
        expect(hasCode(tree)).toBe(false);
        // Nothing is lost: every character the notes show is shown, in order (we only add the
        // address of a link we disarmed and the label of an image we turned into a link).
        expect(isSubsequence(visibleText(markdown.parse(text) as Root), visibleText(tree))).toBe(true);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('the normaliser, for any notes file', () => {
  const curation = parseCuration('version: 1\n');

  it('either publishes the file or names the file and line of the problem, never crashing', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('## ', '1、', ''), (body, shape) => {
        const text = `${shape}pod 第一题？\n\n${body}\n\n${shape}service 第二题？\n\n答案\n\n${shape}etcd 第三题？\n\n${body}\n`;
        try {
          const source = decodeSource('fuzz.md', new TextEncoder().encode(text));
          const { pages } = normalise([source], curation);
          for (const [name, page] of pages) {
            if (name === 'index.mdx' || name === '404.mdx') continue;
            expect(hasCode(mdx.parse(contentOf(page)) as Root), name).toBe(false);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(SourceError);
          expect((error as SourceError).message).toMatch(/^fuzz\.md:\d+: /);
        }
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('survives a 100 KB line, CRLF line endings and a BOM', () => {
    // A hundred tags in 100 KB, not 12 500: micromark merges the text between tags by splicing its event
    // list, quadratic in the tags on one line (10–20 s for 12 500), a limit of the parser, not of ours.
    const line = `${'k8s{x}'.repeat(160)}k8s{<x>}`.repeat(100);
    const source = decodeSource('big.md', new TextEncoder().encode(`\uFEFF## pod 的一行很长？\r\n\r\n${line}\r\n\r\n## service 是什么？\r\n\r\n答案\r\n`));
    const { pages } = normalise([source], curation);
    // The whole line, escaped, on the question's page.
    const most = Math.max(...[...pages.values()].map((page) => page.split('k8s\\{x}'.repeat(160) + 'k8s\\{\\<x>}').length - 1));
    expect(most).toBe(100);
  });
});
