/**
 * The editors' own text (sources/editors/<topic>.md): each file a fixture folder next to what it must
 * give (expected.json: its entries, or every problem of the file at once). `UPDATE_FIXTURES=1 npm run
 * test:unit` rewrites the expectations; read their diff before committing it. Then the pipeline: our
 * questions and 要点 on the pages, in the lock, the manifest and search, and never merged with the notes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { parseEditors, type EditorsSource } from '../../scripts/editors/read.ts';
import { SourceError, SourceErrors } from '../../scripts/lib/errors.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { isFragment } from '../../scripts/editors/fragment.ts';
import { sourceFile } from '../support/lines.ts';

const fixtures = join(import.meta.dirname, '../fixtures/editors');
const update = process.env.UPDATE_FIXTURES === '1';
const none = parseCuration('version: 1\n');

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceErrors) return error.errors.map((e) => e.message);
    if (error instanceof SourceError) return [error.message];
    throw error;
  }
  return [];
}

describe('editors files', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`reads ${name}`, () => {
      const sources: EditorsSource[] = readdirSync(join(fixtures, name))
        .filter((f) => f.endsWith('.md'))
        .map((file) => ({ file, text: readFileSync(join(fixtures, name, file), 'utf8') }));
      let actual: unknown;
      const errors = problems(() => (actual = parseEditors(sources)));
      if (errors.length > 0) actual = { errors };
      const path = join(fixtures, name, 'expected.json');
      if (update) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1 and read it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }

  it('names a file that is no topic', () => {
    expect(problems(() => parseEditors([{ file: 'kafka.md', text: '' }]))).toEqual([
      expect.stringMatching(/^editors\/kafka\.md:1: not named after a topic\n {2}hint: name it <topic>\.md/),
    ]);
  });
});

const notes = sourceFile('a.md', '## 什么是 etcd？\n\netcd 是键值存储。它保存集群的状态。\n\n## etcd 集群节点数为什么是奇数？\n\n（待补充）\n');
const etcdFile = (body: string): EditorsSource => ({ file: 'etcd.md', text: `---\nversion: etcd 3.6\n---\n\n${body}` });
const block = (heading: string, extra = '') =>
  `## ${heading}\n\n### 要点\n\n- 第一点，\`etcdctl\`。\n- 第二点 <script>alert(1)</script>。\n- 第三点 {X} 与 \${X}。\n\n${extra}### 依据\n\n- [etcd](https://etcd.io/docs/v3.6/)\n\n`;
const ownBlock = (heading: string) => block(heading, '### 回答\n\n我们的回答：先停 kube-apiserver，再恢复。\n\n');

describe('editors text in the pipeline', () => {
  const run = (editors: EditorsSource[], lock = {}) => normalise([notes], none, '', [], lock, editors);

  it('shows our 要点 first under a notes question, labelled as ours, with the notes answer after it', () => {
    const page = run([etcdFile(block('@etcd'))]).pages.get('etcd.mdx')!;
    const section = page.slice(page.indexOf('{#etcd}'), page.indexOf('{#', page.indexOf('{#etcd}') + 5));
    expect(section.indexOf('<KeyPoints version={"etcd 3.6"}')).toBeGreaterThan(0);
    expect(section.indexOf('<KeyPoints')).toBeLessThan(section.indexOf('etcd 是键值存储'));
    expect(section).toContain('<NotesAnswer partial={false} />');
    expect(section).toContain('"url":"https://etcd.io/docs/v3.6/"');
  });

  it('keeps our text as text: markup and braces render literally', () => {
    const page = run([etcdFile(block('@etcd'))]).pages.get('etcd.mdx')!;
    expect(page).toContain('\\<script>alert(1)\\</script>');
    expect(page).toContain('\\{X} 与 $\\{X}');
  });

  it('answers a 待补充 question of the notes with ours, keeping it off the open list', () => {
    const anchor = run([]).manifest.units.find((u) => u.at === 'a.md:5')!.id;
    const withAnswer = run([etcdFile(ownBlock(`@${anchor}`))]);
    const page = withAnswer.pages.get('etcd.mdx')!;
    expect(page).toContain('<EditorsAnswer');
    expect(page).toContain('我们的回答');
    expect(withAnswer.pages.get('open.mdx')).not.toContain(anchor);
    expect(withAnswer.manifest.editors).toEqual([{ at: 'editors/etcd.md:5', kind: 'key-points-and-answer', page: '/etcd/', id: anchor }]);
  });

  it('publishes a question of ours under its own anchor, in the lock, the manifest and search, never merged with the notes', () => {
    // Worded like the notes' question: ours still stands apart.
    const result = run([etcdFile(ownBlock('什么是 etcd？ {#etcd-intro 高频}'))]);
    const page = result.pages.get('etcd.mdx')!;
    expect(page).toContain('### 什么是 etcd？ {#etcd-intro}');
    expect(page.match(/### 什么是 etcd？/g)).toHaveLength(2);
    expect(page).toMatch(/<QuestionMeta sources=\{\[\]\} primary=\{"editors\/etcd\.md:5"\} frequent unreviewed own /);
    expect(result.anchorLock['etcd-intro']).toEqual({ home: 'editors#etcd-intro', page: '/etcd/' });
    expect(result.manifest.editors).toContainEqual({ at: 'editors/etcd.md:5', kind: 'question', page: '/etcd/', id: 'etcd-intro' });
    const record = result.search.find((r) => r.id === 'etcd-intro')!;
    expect(record.points.startsWith('第一点，etcdctl。')).toBe(true);
    expect(record.ours).toContain('我们的回答');
  });

  it('keeps a published anchor of ours: removing its block stops the build, naming it', () => {
    const { anchorLock } = run([etcdFile(ownBlock('如何备份 etcd？ {#etcd-backup}'))]);
    expect(problems(() => run([], anchorLock))).toEqual([expect.stringContaining('published anchor #etcd-backup (a question of ours) has lost its block')]);
  });

  it('reports every wrong anchor at once, each at its line with a hint', () => {
    const { anchorLock } = run([]);
    const errors = problems(() => run([etcdFile(`${block('@no-such-question')}${ownBlock('什么是 etcd 集群？ {#etcd}')}`)], anchorLock));
    expect(errors).toEqual([
      expect.stringMatching(/^editors\/etcd\.md:5: #no-such-question is not a published question of the notes\n {2}hint: /),
      expect.stringMatching(/^editors\/etcd\.md:17: #etcd is already the anchor of the notes' question at a\.md:1\n {2}hint: /),
    ]);
  });

  it('names the page a block belongs on when a question moved to another topic, and still shows it', () => {
    const pod = { file: 'pod.md', text: etcdFile(block('@etcd')).text };
    const result = run([pod]);
    expect(result.unplaced).toContainEqual(expect.stringContaining('editors/pod.md:5: #etcd is now on /etcd/, not /pod/'));
    expect(result.pages.get('etcd.mdx')).toContain('<KeyPoints');
  });

  it('keeps building when a new notes file merges two questions that each have our block: the one naming the question shows, the editor is told', () => {
    const { anchorLock } = run([]);
    const [first, second] = Object.keys(anchorLock).sort();
    const merged = sourceFile('b.md', '## 什么是 etcd？\n\netcd 是键值存储。它保存集群的状态。\n\n## etcd 集群节点数为什么是奇数？\n\netcd 是键值存储。它保存集群的状态。\n');
    const text = `version: 1\nmerge:\n  - at: ["a.md:1", "a.md:5"]\n    reason: 测试两题合并\n`;
    const result = normalise([notes, merged], parseCuration(text), text, [], anchorLock, [etcdFile(`${block(`@${first}`)}${block(`@${second}`)}`)]);
    const shown = result.questions.find((q) => [q.id, ...q.aliases].includes(first!))!;
    expect([shown.id, ...shown.aliases]).toEqual(expect.arrayContaining([first, second]));
    expect(shown.editors).toBeDefined();
    expect(result.unplaced).toContainEqual(expect.stringMatching(/is now part of #.*merge the two blocks/));
  });
});

describe('a fragment of an answer', () => {
  const q = (answer: string, supplements: string[] = []) =>
    ({ answer, supplements: supplements.map((markdown) => ({ source: { file: 'a.md', line: 1 }, markdown })), unanswered: false }) as unknown as Parameters<typeof isFragment>[0];

  it('is one line, or a list of names, even with a supplement of names', () => {
    expect(isFragment(q('部门用普罗米修斯'))).toBe(true);
    expect(isFragment(q('- Always\n- OnFailure\n- Never', ['- 普罗米修斯\n- Falco']))).toBe(true);
    expect(isFragment(q('按F12直接查看是哪个节点异常，然后看服务器pod状态。（待补充）'))).toBe(true);
  });

  it('is not two statements that explain something', () => {
    expect(isFragment(q('Always 表示容器退出后总是重启。OnFailure 表示只有非零退出码时才重启。'))).toBe(false);
    expect(isFragment(q('- **Always**：容器退出后总是由 kubelet 重启\n- **Never**：容器退出后 kubelet 不再重启它'))).toBe(false);
  });
});

describe("problems of the notes and of the editors' files", () => {
  it('are reported together, in one run', () => {
    const bad = { file: 'etcd.md', text: '## 没有锚点的题目？\n' };
    const errors = problems(() => normalise([sourceFile('a.md', '```\n未闭合的代码块\n')], none, '', [], {}, [bad]));
    expect(errors.some((e) => e.startsWith('a.md:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('editors/etcd.md:'))).toBe(true);
  });
});
