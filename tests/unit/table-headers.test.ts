/** Tables: a comparison table's first column names its rows (read out as row headers); every table can be scrolled by keyboard. */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableRowHeaders } from '../../scripts/markdown/table-headers.ts';
import { scrollableTables } from '../../scripts/markdown/scrollable-tables.ts';

const html = (markdown: string) => {
  const result = markdownToHtml(markdown, { hastPlugins: [tableRowHeaders] });
  return (typeof result === 'string' ? result : result.html).replace(/\n/g, '');
};

describe('table row headers', () => {
  it('makes the first column of a table with an empty corner its row headers, and the corner a plain cell', () => {
    const out = html('| | ConfigMap | Secret |\n|---|---|---|\n| 用途 | 配置 | 机密 |\n| 大小 | 1 MiB | 1 MiB |\n');
    expect(out).toContain('<thead><tr><td></td><th>ConfigMap</th><th>Secret</th></tr></thead>');
    expect(out).toContain('<tr><th scope="row">用途</th><td>配置</td><td>机密</td></tr>');
    expect(out).toContain('<tr><th scope="row">大小</th><td>1 MiB</td><td>1 MiB</td></tr>');
  });

  it('leaves a table whose first column has a header as it is', () => {
    const out = html('| 字段 | 含义 |\n|---|---|\n| spec | 期望 |\n');
    expect(out).toContain('<th>字段</th>');
    expect(out).toContain('<tr><td>spec</td><td>期望</td></tr>');
    expect(out).not.toContain('scope');
  });
});

describe('scrollable tables', () => {
  it('makes every table reachable by keyboard, since any may scroll sideways at some width', () => {
    const result = markdownToHtml('| 字段 | 含义 |\n|---|---|\n| spec | 期望 |\n', { hastPlugins: [scrollableTables] });
    expect(typeof result === 'string' ? result : result.html).toContain('<table tabindex="0">');
  });
});
