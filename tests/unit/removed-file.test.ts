/**
 * Taking a notes file out of sources/ never stops the build: its editorial decisions are set aside and its
 * published anchors keep opening their page, each with a warning that names the file.
 */
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../scripts/curation/load.ts';
import { normalise } from '../../scripts/pipeline.ts';
import { sourceFile } from '../support/lines.ts';

const kept = sourceFile('kept.md', '## Pod 的重启策略有哪些？\n\nAlways、OnFailure、Never 三种。\n');
const gone = sourceFile('gone.md', '## 什么是静态 Pod？\n\n由 kubelet 直接管理的 Pod。\n\n## Pod 的重启策略有哪些？\n\n默认是 Always。\n');
const curationText = [
  'version: 1',
  'merge:',
  '  - at: ["gone.md:5", "kept.md:1"]',
  '    reason: 同一问题',
  'anchors:',
  '  - at: gone.md:1',
  '    anchor: static-pod',
  '  - at: kept.md:1',
  '    anchor: restart-policy',
  'reviews:',
  '  - date: 2026-12-01',
  '    reviewer: 编辑',
  '    versions: Kubernetes 1.35',
  '    questions: [static-pod, restart-policy]',
  '',
].join('\n');

describe('a notes file removed from sources/', () => {
  const before = normalise([kept, gone], parseCuration(curationText), curationText);

  it('builds without it, naming the file in its warnings', () => {
    const after = normalise([kept], parseCuration(curationText), curationText, [], before.anchorLock);
    expect(after.questions.map((q) => q.question)).toEqual(['Pod 的重启策略有哪些？']);
    expect(after.unplaced.join('\n')).toContain('gone.md is not in sources/ any more: 2 curation entries about it ignored');
    expect(after.unplaced.join('\n')).toContain('gone.md was removed: its 1 published anchor (#static-pod) now opens its topic page');
  });

  it("keeps the removed question's anchor in the lock, so a shared link still opens its page", () => {
    const after = normalise([kept], parseCuration(curationText), curationText, [], before.anchorLock);
    expect(after.anchorLock['static-pod']?.page).toBe(before.anchorLock['static-pod']?.page);
    expect(after.anchorLock['restart-policy']?.home).toBe('kept.md:1');
  });
});
