import { describe, expect, it } from 'vitest';
import { toSafeInline, toSafeMdx } from '../../scripts/emit/safe-mdx.ts';

describe('toSafeMdx: text from the notes stays text', () => {
  it('escapes every < and { in prose so MDX cannot read JSX or expressions', () => {
    const mdx = toSafeMdx('service的DNS域名表示格式为<servicename>.<namespace>.svc，变量 {KUBERNETES_SERVICE_PORT} 与 ${HOME} 与 {process.env.HOME}');
    expect(mdx).toBe('service的DNS域名表示格式为\\<servicename>.\\<namespace>.svc，变量 \\{KUBERNETES_SERVICE_PORT} 与 $\\{HOME} 与 \\{process.env.HOME}');
  });

  it('never passes raw HTML through: a <script> or <img onerror> block becomes escaped text', () => {
    const mdx = toSafeMdx('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(mdx).toBe('\\<script>alert(1)\\</script>\n\n\\<img src=x onerror=alert(1)>');
  });

  it('turns a javascript: link into plain text', () => {
    expect(toSafeMdx('[点我](javascript:alert(1))')).toBe('点我 (javascript:alert(1))');
  });

  it('keeps fenced code as code, characters untouched', () => {
    expect(toSafeMdx('```yaml\nname: <pod-name>\nvalue: {x}\n```')).toBe('```yaml\nname: <pod-name>\nvalue: {x}\n```');
  });

  it('renders a hot-linked image as a link to the original, never as <img>', () => {
    const mdx = toSafeMdx('![img](https://cdn.nlark.com/yuque/0/2024/png/1.png)');
    expect(mdx).not.toContain('![');
    expect(mdx).toContain('](https://cdn.nlark.com/yuque/0/2024/png/1.png');
    expect(mdx).toContain('外链图片');
  });

  it('writes autolinks as ordinary links, since <https://…> is JSX in MDX', () => {
    expect(toSafeMdx('<https://github.com/kubernetes/autoscaler>')).toBe('[https://github.com/kubernetes/autoscaler](https://github.com/kubernetes/autoscaler)');
  });

  it('puts headings inside an answer below the question level', () => {
    expect(toSafeMdx('# 小标题')).toBe('#### 小标题');
  });
});

describe('toSafeInline', () => {
  it('escapes a question so it cannot become a list, JSX or a heading attribute', () => {
    expect(toSafeInline('1. <b>{#x}</b> 问题？')).toBe('1\\. \\<b>\\{#x}\\</b> 问题？');
  });
});
