/** Command-line flags stay on one line: a break after a hyphen reads as another flag. */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { flagSegments, unbrokenFlags } from '../../scripts/markdown/unbroken-flags.ts';

const html = (markdown: string) => {
  const result = markdownToHtml(markdown, { hastPlugins: [unbrokenFlags] });
  return (typeof result === 'string' ? result : result.html).replace(/\n/g, '');
};
const flags = (text: string) =>
  flagSegments(text)
    .filter((s) => s.flag)
    .map((s) => s.text);

describe('unbroken flags', () => {
  it('finds flags, with their values, and nothing that only has a hyphen in it', () => {
    expect(flags('以 --authorization-mode=Node,RBAC 启动，加 --previous 看上一个容器')).toEqual(['--authorization-mode=Node,RBAC', '--previous']);
    expect(flags('kubectl get pod -it -o wide')).toEqual(['-it']);
    expect(flags('kube-proxy、etcd-0、1-2 个副本、- 列表项、-- 之后')).toEqual([]);
    expect(flags(`--${'x'.repeat(40)}`)).toEqual([]);
    // Nothing lost, nothing added.
    const text = '用 kubectl logs <pod> --previous 与 -c name 查看';
    expect(
      flagSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('keeps a flag whole in text and inline code, and leaves code blocks to their highlighter', () => {
    expect(html('加 `kubectl logs <pod> --previous` 即可')).toContain('<code>kubectl logs &lt;pod&gt; <span class="kb-nobr">--previous</span></code>');
    expect(html('以 --authorization-mode 为准')).toContain('以 <span class="kb-nobr">--authorization-mode</span> 为准');
    expect(html('```sh\nkubectl logs --previous\n```')).not.toContain('kb-nobr');
  });
});
