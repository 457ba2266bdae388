/**
 * A command-line flag is kept on one line: a browser may break a line after any hyphen, and
 * `kubectl logs <pod> --` / `previous` or 「以 -」 / 「-authorization-mode」 reads as another flag. Each flag
 * (`--previous`, `-o`, `--authorization-mode=Node,RBAC`) in text or inline code is wrapped in
 * `<span class="kb-nobr">`; code blocks are left to Expressive Code. Only flags short enough to fit a
 * phone's column: a longer one may still wrap rather than push the page sideways.
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

/** A hyphen not inside a word (kube-proxy is no flag), a letter, then the flag's name and any `=value`. */
const FLAG = /(?<![\w-])--?[A-Za-z][\w-]*(?:=[^\s，。、；：）)」"'<>]*)?/g;
/** About a phone's column in a monospace face (358 px at 14 px). */
const MAX_FLAG_CHARS = 32;

/** `text` cut into its flags and what lies between them, in order. */
export function flagSegments(text: string): { text: string; flag: boolean }[] {
  const segments: { text: string; flag: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(FLAG)) {
    // `-o` is too short to be cut usefully; a flag longer than a column is left to wrap.
    if (match[0].length < 3 || match[0].length > MAX_FLAG_CHARS) continue;
    if (match.index > at) segments.push({ text: text.slice(at, match.index), flag: false });
    segments.push({ text: match[0], flag: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), flag: false });
  return segments;
}

export const unbrokenFlags = defineHastPlugin({
  name: 'kb-unbroken-flags',
  text(node, ctx) {
    const segments = flagSegments(node.value);
    if (!segments.some((s) => s.flag)) return;
    for (let parent = ctx.parent(node); parent.type === 'element'; parent = ctx.parent(parent)) if (parent.tagName === 'pre') return;
    ctx.replaceNode(
      node,
      segments.map((s): ElementContent =>
        s.flag ? { type: 'element', tagName: 'span', properties: { className: ['kb-nobr'] }, children: [{ type: 'text', value: s.text }] } : { type: 'text', value: s.text },
      ),
    );
  },
});
