/** Any notes file a team has: unusual input gets a default and a warning; unreadable input names every problem at once. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { SourceError, SourceErrors } from '../../scripts/lib/errors.ts';
import { decodeSource, readSources } from '../../scripts/lib/read-sources.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { sourceFile } from '../support/lines.ts';
import { parsePlace, shortName } from '../../scripts/lib/place.ts';

const none = parseCuration('version: 1\n');

describe('a notes file nobody prepared for', () => {
  it('never stops the build when no topic fits: the question goes to the default page, with a warning', () => {
    const notes = sourceFile('team.md', '## 实际场景\n\n我们把一次线上演练的过程记录如下。\n');
    const result = normalise([notes], none);
    expect(result.pages.get('architecture.mdx')).toMatch(/^### 实际场景？ \{#[a-z0-9-]+\}$/m);
    expect(result.unplaced).toEqual([expect.stringMatching(/^no topic fits team\.md:1 「实际场景？」: shown on \/architecture\//)]);
  });

  it('reports the shape it saw in each file and how many questions it took', () => {
    const pairs = sourceFile('pairs.md', '## 一、基础\n\n问：什么是 Pod？\n答：最小的部署单元。\n\n问：什么是 Service？\n答：一组 Pod 的稳定入口。\n');
    expect(normalise([pairs], none).files).toEqual([{ file: 'pairs.md', format: 'qa-pairs', label: '问答对', questions: 2 }]);
  });

  it('lets an editor force a shape in the curation file', () => {
    const text = 'version: 1\nformats:\n  - { file: "pairs.md", format: headings }\n';
    const pairs = sourceFile('pairs.md', '## 一、基础\n\n问：什么是 Pod？\n答：最小的部署单元。\n\n问：什么是 Service？\n答：一组 Pod 的稳定入口。\n');
    expect(normalise([pairs], parseCuration(text), text).files[0]).toMatchObject({ format: 'headings', questions: 1 });
  });

  it('reads Traditional Chinese as its Simplified counterpart: one question with the Simplified version, shown as written', () => {
    const simplified = sourceFile('a.md', '## 什么是调度器？\n\n调度器为新建的 Pod 选择节点。\n');
    const traditional = sourceFile('b.md', '## 什麼是調度器？\n\n調度器為新建的 Pod 選擇節點。\n');
    const result = normalise([simplified, traditional], none);
    expect(result.stats.questions).toBe(1);
    expect(result.manifest.units.map((u) => u.question)).toEqual(['什么是调度器？', '什麼是調度器？']);
    const alone = normalise([traditional], none);
    expect(alone.pages.get('scheduling.mdx')).toContain('調度器為新建的 Pod 選擇節點。');
    expect(alone.search[0]!.keywords).toContain('什么是调度器');
  });

  it('never merges a bare heading such as 「作用」 with another question', () => {
    const a = sourceFile('a.md', '## 作用\n\nService 为一组 Pod 提供稳定的入口和负载均衡。\n\n## Service 的作用是什么？\n\nService 为一组 Pod 提供稳定的入口和负载均衡。\n');
    expect(normalise([a], none).stats.questions).toBe(2);
  });
});

describe('places in any notes file', () => {
  it('name the original notes by number and any other file by its name', () => {
    expect(shortName('001_764fa187a98efb01.txt')).toBe('001');
    expect(shortName('team-notes.md')).toBe('team-notes');
    expect(shortName('2024_面试.txt')).toBe('2024_面试');
    expect(parsePlace('a:b.md:12')).toEqual({ file: 'a:b.md', line: 12 });
  });

  it('name a team file by its name in the merge report', () => {
    const a = sourceFile('team-notes.md', '## 什么是 Pod？\n\nPod 是最小的部署单元。\n');
    const b = sourceFile('ops.md', '## 什么是pod?\n\nPod 是最小的部署单元，可以包含多个容器。\n');
    expect(normalise([a, b], none).report).toMatch(/- team-notes:1 什么是 Pod？/);
  });
});

describe('input that cannot be read', () => {
  it('names every problem of the run at once, each with its file, line and a hint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-notes-'));
    try {
      writeFileSync(join(dir, 'a.md'), new Uint8Array([0x23, 0x20, 0xc3, 0x28, 0x0a]));
      writeFileSync(join(dir, 'b.md'), ' \n');
      writeFileSync(join(dir, 'c.md'), '## 好的题目？\n\n答案\n');
      let thrown: unknown;
      try {
        readSources(dir);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SourceErrors);
      const problems = (thrown as SourceErrors).errors.map((e) => e.message);
      expect(problems).toEqual([
        expect.stringMatching(/^a\.md:1: not valid UTF-8\n {2}hint: save the notes file as UTF-8/),
        expect.stringMatching(/^b\.md:1: the notes file is empty\n {2}hint: /),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an unclosed fence in each file, not only the first', () => {
    const one = sourceFile('one.md', '## 问题一？\n\n```yaml\nkind: Pod\n');
    const two = sourceFile('two.md', '## 问题二？\n\n~~~\nkubectl get pods\n');
    let thrown: unknown;
    try {
      normalise([one, two], none);
    } catch (error) {
      thrown = error;
    }
    const problems = (thrown as SourceErrors).errors.map((e: SourceError) => `${e.file}:${e.line} ${e.hint}`);
    expect(problems).toEqual(['one.md:3 close it with a line of ``` after the code', 'two.md:3 close it with a line of ~~~ after the code']);
  });

  it('points a wrong place at the line of the section that names it, not the first line that mentions it', () => {
    const notes = sourceFile('a.md', '## 什么是 Pod？\n\n最小的部署单元。\n');
    const text = 'version: 1\nanchors:\n  - { at: "a.md:1", anchor: pod }\nmerge:\n  - at: ["a.md:1", "a.md:9"]\n    reason: 同一道题的测试\n';
    expect(() => normalise([notes], parseCuration(text), text)).toThrow(/^curation\.yaml:5: a\.md:9: no question starts at this notes file and line\n {2}hint: /);
  });

  it('names every mistake of the curation file at once, each at its own line', () => {
    const text = 'version: 1\ntopics:\n  - at: "a.md:1"\n    topic: nowhere\ndrop:\n  - at: "a.md:3"\n    reason: x\n';
    expect(() => parseCuration(text)).toThrow(SourceErrors);
    try {
      parseCuration(text);
    } catch (error) {
      expect((error as SourceErrors).errors.map((e) => e.line)).toEqual([4, 7]);
    }
  });
});

describe('a stray BOM inside a notes file', () => {
  it('stays an invisible character: 「\\uFEFF>」 shows 「>」 as text, never an empty quote', () => {
    const source = decodeSource('bom.md', new TextEncoder().encode('## pod 第一题？\n\n答案\n\n\uFEFF>\n\n## service 第二题？\n\n答案\n'));
    const { pages } = normalise([source], none);
    const page = [...pages].find(([name]) => name.startsWith('pod'))![1];
    expect(page).toContain('\u2060>');
    expect(page).not.toMatch(/^>\s*$/m);
  });
});
