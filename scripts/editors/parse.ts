import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { Anchor } from '../curation/fields.ts';
import { SourceError, SourceErrors } from '../lib/errors.ts';
import type { EditorsEntry, EditorsFile, EditorsRef, TopicId } from '../lib/types.ts';

/**
 * The editors' own text (sources/editors/<topic>.md): 要点 for the notes' questions, answers where the
 * notes have none, and questions the notes lack. Read strictly, unlike the notes: it is ours, so any
 * slip is an error naming its line, and every slip of every file is reported in one run.
 */

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Where our text may rest: the projects' own documentation. */
export const OFFICIAL_HOSTS = [
  'kubernetes.io',
  'etcd.io',
  'istio.io',
  'helm.sh',
  'prometheus.io',
  'github.com',
  'gateway-api.sigs.k8s.io',
  'kubernetes-csi.github.io',
  'coredns.io',
  'cilium.io',
  'docs.tigera.io',
  'opentelemetry.io',
  'containerd.io',
  'fluentbit.io',
] as const;

/** The sections of one entry, in the order they must appear; `required` for which kind of entry. */
const SECTIONS = {
  又问: { required: 'never' },
  要点: { required: 'always' },
  回答: { required: 'question' },
  依据: { required: 'always' },
} as const;
type SectionName = keyof typeof SECTIONS;
const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** How many 要点 a block holds: enough to be an answer's skeleton, few enough to read at a glance. */
export const POINTS = { min: 3, max: 6 } as const;

const FrontMatter = z.object({ version: z.string().min(3, 'name the releases the text is checked against, e.g. "Kubernetes 1.34"') }).strict();

/** `## @anchor` attaches to a question of the notes; `## 问题？ {#anchor}` (optionally `{#anchor 高频 #merged-anchor}`) is a question of ours. */
const ATTACH = /^@([^\s]+)$/;
const OWN = /^(.+?)\s*\{#([^\s}]+)((?:\s+[^\s}]+)*)\s*\}$/;

function hint(what: string): string {
  return `${what}; the format is in scripts/editors/README.md`;
}

/** One editors' file, parsed: its entries in order. `topic` comes from the file name. */
export function parseEditorsFile(file: string, text: string, topic: TopicId): EditorsFile {
  const problems: SourceError[] = [];
  const fail = (line: number, message: string, what: string) => problems.push(new SourceError(`editors/${file}`, line, message, hint(what)));
  const tree = parser.parse(text) as Root;
  const lineOf = (node: RootContent) => node.position?.start.line ?? 1;
  const slice = (from: RootContent, to: RootContent) => text.slice(from.position!.start.offset!, to.position!.end.offset!).trim();

  let version = '';
  const front = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!front) fail(1, 'no front matter naming the version', 'start the file with ---, version: Kubernetes 1.34, ---');
  else {
    let data: unknown;
    try {
      data = parseYaml(front.value);
    } catch (error) {
      fail(1, `front matter is not YAML: ${(error as Error).message.split('\n')[0]}`, 'write it as version: Kubernetes 1.34');
    }
    const parsed = FrontMatter.safeParse(data ?? {});
    if (parsed.success) version = parsed.data.version;
    else if (data !== undefined)
      fail(1, `front matter: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'version'} ${i.message}`).join('; ')}`, 'the front matter holds only version:');
  }

  // Entries start at each `##`; comments and the optional `#` title stand outside them.
  const body = tree.children.filter((n) => n.type !== 'yaml' && n.type !== 'html' && !(n.type === 'heading' && n.depth === 1));
  const entries: EditorsEntry[] = [];
  let i = 0;
  while (i < body.length && !(body[i]!.type === 'heading' && (body[i] as Heading).depth === 2)) {
    fail(lineOf(body[i]!), 'text before the first question', 'every block starts with ## @anchor or ## 问题？ {#anchor}');
    i++;
  }
  const seen = new Map<string, number>();
  while (i < body.length) {
    const heading = body[i] as Heading;
    const line = lineOf(heading);
    const title = toString(heading).trim();
    let end = i + 1;
    while (end < body.length && !(body[end]!.type === 'heading' && (body[end] as Heading).depth === 2)) end++;
    const nodes = body.slice(i + 1, end);
    i = end;

    const attach = ATTACH.exec(title);
    const own = attach ? null : OWN.exec(title);
    if (!attach && !own) {
      fail(line, `「${title}」 is neither ## @anchor nor ## 问题？ {#anchor}`, 'attach to a question of the notes by its anchor, or give a question of ours an anchor');
      continue;
    }
    const anchor = (attach ? attach[1] : own![2])!;
    if (!Anchor.safeParse(anchor).success) fail(line, `#${anchor} is not a valid anchor`, 'lowercase ASCII words joined by hyphens, at most 40 characters');
    if (seen.has(anchor)) fail(line, `#${anchor} has a block already at line ${seen.get(anchor)}`, 'one block per question');
    seen.set(anchor, line);
    const marks = own ? own[3]!.trim().split(/\s+/).filter(Boolean) : [];
    // `#other` names a question of ours merged into this one: its anchor stays a link target here.
    const aliases = marks.filter((m) => m.startsWith('#')).map((m) => m.slice(1));
    const flags = marks.filter((m) => !m.startsWith('#'));
    for (const flag of flags) if (flag !== '高频') fail(line, `unknown mark 「${flag}」 in {#${anchor} …}`, 'the marks are 高频 and #anchor of a question merged into this one');
    for (const alias of aliases) {
      if (!Anchor.safeParse(alias).success) fail(line, `#${alias} is not a valid anchor`, 'lowercase ASCII words joined by hyphens, at most 40 characters');
      if (seen.has(alias)) fail(line, `#${alias} has a block already at line ${seen.get(alias)}`, 'a merged question keeps no block of its own');
      seen.set(alias, line);
    }
    const question = own ? own[1]!.trim() : undefined;
    if (question !== undefined) {
      if ([...question].length > 60) fail(line, `the question has ${[...question].length} characters`, 'a heading has at most 60 characters');
      if (!/[？?]$/.test(question)) fail(line, `「${question}」 does not end in ？`, 'word the heading as the question an interviewer asks');
    }

    // The sections, each a ### label and what follows it up to the next.
    const sections = new Map<SectionName, { line: number; nodes: RootContent[] }>();
    let current: { line: number; nodes: RootContent[] } | undefined;
    let last = -1;
    for (const node of nodes) {
      if (node.type === 'heading' && node.depth === 3) {
        const name = toString(node).trim() as SectionName;
        const order = SECTION_NAMES.indexOf(name);
        if (order < 0) {
          fail(lineOf(node), `unknown section 「${name}」`, `sections are ${SECTION_NAMES.map((s) => `### ${s}`).join(', ')}`);
          // Its text belongs to it: one problem, not one more for each of its lines.
          current = { line: lineOf(node), nodes: [] };
          continue;
        }
        if (sections.has(name)) fail(lineOf(node), `### ${name} twice`, 'one of each section');
        else if (order < last) fail(lineOf(node), `### ${name} is out of order`, `write them as ${SECTION_NAMES.join(', ')}`);
        last = Math.max(last, order);
        current = { line: lineOf(node), nodes: [] };
        sections.set(name, current);
      } else if (current) current.nodes.push(node);
      else fail(lineOf(node), 'text before the first ### section', 'put it under ### 要点 or ### 回答');
    }
    for (const name of SECTION_NAMES) {
      const { required } = SECTIONS[name];
      if (!sections.has(name) && (required === 'always' || (required === 'question' && own))) {
        fail(line, `#${anchor} has no ### ${name}`, name === '回答' ? 'a question of ours needs our answer' : `every block needs ### ${name}`);
      }
    }

    const list = (name: SectionName): { items: List['children']; line: number } | undefined => {
      const section = sections.get(name);
      if (!section) return undefined;
      const [only, ...rest] = section.nodes;
      if (!only || only.type !== 'list' || only.ordered || rest.length > 0) {
        fail(section.line, `### ${name} is not one bulleted list`, `write ### ${name} as lines starting with "- "`);
        return undefined;
      }
      return { items: only.children, line: section.line };
    };
    const itemText = (item: List['children'][number]) => slice(item.children[0]! as RootContent, item.children.at(-1)! as RootContent);

    const points = list('要点');
    if (points && (points.items.length < POINTS.min || points.items.length > POINTS.max)) {
      fail(points.line, `### 要点 has ${points.items.length} points`, `give ${POINTS.min} to ${POINTS.max}, each one sentence`);
    }
    const refs: EditorsRef[] = [];
    const sources = list('依据');
    for (const item of sources?.items ?? []) {
      const para = item.children[0];
      const link = para?.type === 'paragraph' && para.children.length === 1 && para.children[0]!.type === 'link' ? para.children[0] : undefined;
      if (!link || item.children.length > 1) {
        fail(lineOf(item as unknown as RootContent), 'a ### 依据 item is not one link', 'write - [page title](https://kubernetes.io/…)');
        continue;
      }
      let host = '';
      try {
        host = new URL(link.url).hostname;
      } catch {
        /* reported below */
      }
      if (!OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) || !link.url.startsWith('https://')) {
        fail(lineOf(item as unknown as RootContent), `${link.url} is not an official page`, `cite the project's documentation over https: ${OFFICIAL_HOSTS.join(', ')}`);
      }
      refs.push({ title: toString(link).trim(), url: link.url });
    }
    const wordings = list('又问')?.items.map((item) => toString(item).trim()) ?? [];
    const answerSection = sections.get('回答');
    if (answerSection && answerSection.nodes.length === 0) fail(answerSection.line, '### 回答 is empty', 'write the answer, or leave the section out');
    const answer = answerSection && answerSection.nodes.length > 0 ? slice(answerSection.nodes[0]!, answerSection.nodes.at(-1)!) : undefined;

    entries.push({
      file,
      line,
      anchor,
      ...(question !== undefined ? { question, frequent: flags.includes('高频'), ...(aliases.length > 0 ? { aliases } : {}) } : {}),
      wordings,
      points: points?.items.map(itemText) ?? [],
      ...(answer !== undefined ? { answer } : {}),
      refs,
    });
  }
  if (problems.length > 0) throw SourceErrors.of(problems);
  return { file, topic, version, entries };
}
