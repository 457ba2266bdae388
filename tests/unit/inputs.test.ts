import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnchorLock } from '../../scripts/emit/anchors.ts';
import { problemsOf } from '../../scripts/lib/errors.ts';
import { decodeSource, readSources, unreadFiles } from '../../scripts/lib/read-sources.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { readInputs } from '../../scripts/read-inputs.ts';
import { sourceFile } from '../support/lines.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading notes files', () => {
  it('names the file and line of bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('## 问题？\n答案\n'), 0xc3, 0x28, 0x0a]);
    expect(() => decodeSource('bad.txt', bytes)).toThrow('bad.txt:3: not valid UTF-8');
  });

  it('rejects an empty file by name', () => {
    expect(() => decodeSource('empty.md', utf8(' \n\n'))).toThrow('empty.md:1: the notes file is empty');
  });

  it('strips a BOM and reads CRLF line endings', () => {
    expect(decodeSource('win.txt', utf8('\uFEFF## 问题？\r\n答案\r\n')).lines).toEqual(['## 问题？', '答案']);
  });
});

describe('which files of sources/ are notes', () => {
  it('reads notes saved under any extension Markdown editors use, and names every other file instead of skipping it silently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-sources-'));
    for (const name of ['a.md', 'b.MD', 'c.markdown', 'd.txt', 'e.mkd', 'notes.docx', 'README', 'curation.yaml', 'anchors.lock.json'])
      writeFileSync(join(dir, name), '## 什么是 Pod？\nPod 是最小的调度单位。\n');
    expect(readSources(dir).map((s) => s.file)).toEqual(['a.md', 'b.MD', 'c.markdown', 'd.txt', 'e.mkd']);
    expect(unreadFiles(dir)).toEqual(['README', 'notes.docx']);
  });
});

describe('anchor lock file', () => {
  const problems = (text: string) => {
    try {
      parseAnchorLock(text);
    } catch (error) {
      return problemsOf(error).map((p) => p.message);
    }
    return [];
  };

  it('names the line of broken JSON, with a hint, not a stack trace', () => {
    const [message, ...rest] = problems('{\n  "pod": { "home": "a.txt:1", "page": "/pod/" },\n  "svc" { }\n}\n');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^anchors\.lock\.json:3: not valid JSON/);
    expect(message).toContain('hint: ');
  });

  it('reports every bad entry at once, each at its own line', () => {
    const text =
      '{\n  "pod": { "home": "a.txt:1", "page": "/pod/" },\n  "Bad Anchor": { "home": "a.txt:2", "page": "/pod/" },\n  "svc": { "home": "a.txt:3", "page": "service" }\n}\n';
    const found = problems(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^anchors\.lock\.json:3: /);
    expect(found[1]).toMatch(/^anchors\.lock\.json:4: svc\.page: /);
  });

  it('reads a valid lock', () => {
    expect(parseAnchorLock('{ "pod": { "home": "a.txt:1", "page": "/pod/" } }')).toEqual({ pod: { home: 'a.txt:1', page: '/pod/' } });
  });
});

describe('curation file', () => {
  it('names the line of a bad entry', () => {
    expect(() => parseCuration('version: 1\ntopics:\n  - at: "001.txt:5"\n    topic: nowhere\n')).toThrow(/curation\.yaml:4: topics\.0\.topic/);
  });

  it('rejects an id that names no question, pointing at the entry', () => {
    const text = 'version: 1\ndrop:\n  - at: "a.md:99"\n    reason: 不存在的题目\n';
    expect(() => normalise([sourceFile('a.md', '## 问题一？\n\n答案\n\n## 问题二？\n\n答案二\n')], parseCuration(text), text)).toThrow(
      'curation.yaml:3: a.md:99: no question starts at this notes file and line',
    );
  });
});

describe('curated anchors', () => {
  const notes = sourceFile('a.md', '## pod的重启策略有哪些？\n\nAlways、OnFailure、Never\n\n## pod的镜像拉取策略有哪几种？\n\nAlways、IfNotPresent、Never\n');

  it("publish the question under the editor's anchor", () => {
    const text = 'version: 1\nanchors:\n  - { at: "a.md:1", anchor: restart-policy }\n';
    expect(normalise([notes], parseCuration(text), text).pages.get('pod.mdx')).toContain('### Pod 的重启策略有哪些？ {#restart-policy}');
  });

  it('reject an anchor that is not lowercase ASCII words, naming the line', () => {
    expect(() => parseCuration('version: 1\nanchors:\n  - at: "a.md:1"\n    anchor: 重启策略\n')).toThrow(/curation\.yaml:4: anchors\.0\.anchor: expected lowercase ASCII words/);
  });

  it("keep both names when two named versions are one question: the primary version's as its id, the other as an alias", () => {
    const two = sourceFile('b.md', '## pod的重启策略有哪些？\n\nAlways、OnFailure、Never。\n\n## pod的镜像拉取策略有哪几种？\n\nAlways、IfNotPresent、Never\n');
    const text = 'version: 1\nanchors:\n  - { at: "b.md:1", anchor: pod-restart }\n  - { at: "a.md:1", anchor: restart-policy }\n';
    const page = normalise([notes, two], parseCuration(text), text).pages.get('pod.mdx')!;
    // The other name stays a target, at the start of the heading, so a link to it lands where one to the id does.
    expect(page).toMatch(/^### <span id="pod-restart" className="kb-alias" \/>Pod 的重启策略有哪些？ \{#restart-policy\}$/m);
  });
});

describe('curation of merges', () => {
  const notes = sourceFile('a.md', '## pod的存活探针有哪几种？\n\nexec、httpGet、tcpSocket\n\n## pod的就绪探针有哪几种？\n\nexec、httpGet、tcpSocket\n');

  it('merges what an editor merges, under the wording the editor gives', () => {
    const text = 'version: 1\nmerge:\n  - at: ["a.md:1", "a.md:5"]\n    reason: 演示合并\ncanonical:\n  - at: "a.md:5"\n    question: 探针有哪几种？\n';
    const { manifest, pages } = normalise([notes], parseCuration(text), text);
    expect(new Set(manifest.units.map((u) => u.id)).size).toBe(1);
    expect(pages.get('pod.mdx')).toContain('## 探针有哪几种？');
  });

  it('rejects a merge entry that names no question', () => {
    const text = 'version: 1\nmerge:\n  - at: ["a.md:1", "a.md:4"]\n    reason: 演示合并\n';
    expect(() => normalise([notes], parseCuration(text), text)).toThrow('curation.yaml:3: a.md:4: no question starts at this notes file and line');
  });
});

describe('normalise', () => {
  const a = sourceFile('a.md', '## pod的重启策略有哪些？\n\nAlways\n\n## 什么是etcd？\n\n键值数据库\n');
  const b = sourceFile('b.txt', '1、pod的重启策略有哪些？\n\nAlways\n\n2、k8s informer\n\n3、什么是pod？\n\n最小调度单位\n');
  const curation = parseCuration('version: 1\n');

  it('gives byte-identical pages and manifest whatever order the files are read in', () => {
    const one = normalise([a, b], curation);
    const two = normalise([b, a], curation);
    expect([...two.pages]).toEqual([...one.pages]);
    expect(two.manifest).toEqual(one.manifest);
  });

  it('merges an exact duplicate and keeps both sources', () => {
    const { manifest, stats } = normalise([a, b], curation);
    expect(stats.mergesByKind).toEqual({ exact: 1 });
    const restart = manifest.units.filter((u) => u.question === 'pod的重启策略有哪些？');
    expect(restart.map((u) => u.status).sort()).toEqual(['merged', 'published']);
    expect(new Set(restart.map((u) => `${u.page}#${u.id}`)).size).toBe(1);
  });

  it('lists an unanswered question as 待补充 instead of dropping it', () => {
    const { manifest, pages } = normalise([a, b], curation);
    expect(manifest.units.find((u) => u.question === 'k8s informer')).toMatchObject({ status: 'unanswered', page: '/architecture/' });
    expect(pages.get('architecture.mdx')).toContain('unanswered');
  });
});

describe('one run names every problem of the inputs an editor writes', () => {
  const notes = sourceFile('a.md', '## pod的重启策略有哪些？\n\nAlways、OnFailure、Never\n\n## pod的镜像拉取策略有哪几种？\n\nAlways、IfNotPresent、Never\n');
  /** An editors' block of 要点 about the question at `heading` (`@anchor`). */
  const block = (heading: string) =>
    `## ${heading}\n\n### 要点\n\n- 第一点。\n- 第二点。\n- 第三点。\n\n### 依据\n\n- [Pod](https://kubernetes.io/zh-cn/docs/concepts/workloads/pods/)\n`;
  /** Each problem's first line (`file:line: message`) and whether it has a hint. */
  const reported = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return problemsOf(error).map((p) => [p.message.split('\n')[0], p.hint !== undefined]);
    }
    return [];
  };

  it('reports mistakes of the notes, the units, curation, anchors, editors and layout stages together, each at its line with a hint', () => {
    const text = [
      'version: 1',
      'fixes:',
      '  - { at: "a.md:3", from: "Sometimes", to: "Always", reason: 这一行没有这几个字 }',
      'merge:',
      '  - at: ["a.md:1", "a.md:4"]',
      '    reason: 第二处不是题目',
      'anchors:',
      '  - { at: "a.md:1", anchor: restart-policy }',
      '  - { at: "a.md:5", anchor: restart-policy }',
      'reviews:',
      '  - { date: "2026-11-23", reviewer: 编辑, versions: Kubernetes 1.34, questions: [gone] }',
      'layout:',
      '  pod:',
      '    config: [missing]',
      '',
    ].join('\n');
    // A published anchor whose home no longer starts a question: the notes lost it.
    const lock = { 'lost-one': { home: 'a.md:3', page: '/pod/' } };
    const editors = [{ file: 'pod.md', text: `---\nversion: Kubernetes 1.34\n---\n\n${block('@no-such-question')}` }];
    expect(reported(() => normalise([notes], parseCuration(text), text, [], lock, editors))).toEqual([
      ['a.md:3: published anchor #lost-one has lost its question; links to it would break', true],
      ['curation.yaml:3: a.md:3: fixes: the line does not contain 「Sometimes」', true],
      ['curation.yaml:5: a.md:4: no question starts at this notes file and line', true],
      ['curation.yaml:9: a.md:5: #restart-policy is already given to a.md:1', true],
      ['curation.yaml:11: gone: reviews: #gone is not a published question', true],
      ['curation.yaml:14: missing: layout.pod.config: #missing is not a published question', true],
      ['editors/pod.md:5: #no-such-question is not a published question of the notes', true],
    ]);
  });

  it('reports a wrong entry or a lost anchor once: what else names the anchor is not reported again', () => {
    const text = [
      'version: 1',
      'anchors:',
      '  - { at: "a.md:9", anchor: pull-choice }',
      'reviews:',
      '  - { date: "2026-11-23", reviewer: 编辑, versions: Kubernetes 1.34, questions: [pull-choice, lost-one, ours-gone] }',
      'layout:',
      '  pod:',
      '    config: [pull-choice, lost-one, ours-gone]',
      '',
    ].join('\n');
    const lock = { 'lost-one': { home: 'a.md:3', page: '/pod/' }, 'ours-gone': { home: 'editors#ours-gone', page: '/pod/' } };
    const editors = [{ file: 'pod.md', text: `---\nversion: Kubernetes 1.34\n---\n\n${block('@pull-choice')}\n${block('@lost-one')}` }];
    expect(reported(() => normalise([notes], parseCuration(text), text, [], lock, editors))).toEqual([
      ['a.md:3: published anchor #lost-one has lost its question; links to it would break', true],
      ['anchors.lock.json:1: published anchor #ours-gone (a question of ours) has lost its block in sources/editors/; links to it would break', true],
      ['curation.yaml:3: a.md:9: no question starts at this notes file and line', true],
    ]);
  });

  describe('when an input cannot be read', () => {
    const notesText = notes.lines.join('\n');
    const editorsText = '---\nversion: Kubernetes 1.34\n---\n\n## @restart-policy\n\n### 要点\n\n- 第一点。\n- 第二点。\n- 第三点。\n';
    /** A sources/ folder with these files, read as one run reads it. */
    const readFolder = (files: Record<string, string | Uint8Array>) => {
      const dir = mkdtempSync(join(tmpdir(), 'kb-inputs-'));
      try {
        mkdirSync(join(dir, 'editors'));
        for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
        return reported(() => readInputs(dir, []));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it('names the problems of the lock file and the notes files with those of the reading stage on the rest', () => {
      const curationText = [
        'version: 1',
        'fixes:',
        '  - { at: "a.md:3", from: "Sometimes", to: "Always", reason: 这一行没有这几个字 }',
        'drop:',
        '  - { at: "a.md:4", reason: 这一行不是题目 }',
        '  - { at: "b.md:9", reason: 这个文件读不了 }',
        '  - { at: "c.md:9", reason: 这个文件读不了 }',
        'layout:',
        '  pod:',
        '    config: [missing]',
        '',
      ].join('\n');
      // The layout is checked once the questions are anchored, which needs the lock: not in this run.
      expect(
        readFolder({
          'a.md': notesText,
          'b.md': new Uint8Array([0x23, 0x20, 0xc3, 0x28, 0x0a]),
          'c.md': '## 问题？\n\n```yaml\nkind: Pod\n',
          'anchors.lock.json': '{\n  "pod": { "home": "a.md:1", "page": "/pod/" },\n  "svc": { "home": "a.md:5", "page": "service" }\n}\n',
          'curation.yaml': curationText,
          'editors/pod.md': editorsText,
        }),
      ).toEqual([
        [expect.stringMatching(/^anchors\.lock\.json:3: svc\.page: /), true],
        ['b.md:1: not valid UTF-8', true],
        ['c.md:3: code fence opened here is never closed', true],
        ['curation.yaml:3: a.md:3: fixes: the line does not contain 「Sometimes」', true],
        ['curation.yaml:5: a.md:4: no question starts at this notes file and line', true],
        ['editors/pod.md:5: #restart-policy has no ### 依据', true],
      ]);
    });

    it('names the problems of the curation file with those of the lock file, the notes files and the editors’ files', () => {
      expect(
        readFolder({
          'a.md': notesText,
          'b.md': new Uint8Array([0x23, 0x20, 0xc3, 0x28, 0x0a]),
          'anchors.lock.json': '{ "pod": { "home": "a.md:1" } }\n',
          'curation.yaml': 'version: 1\ndrop:\n  - { at: "a.md:4", reason: 这一行不是题目 }\n  - at: [\n',
          'editors/pod.md': editorsText,
        }),
      ).toEqual([
        [expect.stringMatching(/^anchors\.lock\.json:1: pod\.page: /), true],
        ['b.md:1: not valid UTF-8', true],
        ['curation.yaml:5: Flow sequence in block collection must be sufficiently indented and end with a ] at line 5, column 1', true],
        ['editors/pod.md:5: #restart-policy has no ### 依据', true],
      ]);
    });
  });
});
