import type { SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';
import { numberedItem } from './numbering.ts';

/** Programs whose command lines the notes paste as plain text. */
const COMMAND = /^(?:\$\s*)?(?:kubectl|kubeadm|helm|etcdctl|istioctl|crictl|ctr|docker|systemctl|journalctl|iptables|ipvsadm|curl|wget)\s+-{0,2}[\w./<>${}-]/;
/** A line that is a command: nothing Chinese before its trailing `#` comment. */
function isCommand(text: string): boolean {
  const code = text.trim().split(/\s#/)[0]!;
  return COMMAND.test(code) && !/[\u3400-\u9fff，。：；]/.test(code);
}

/**
 * Command lines pasted as prose (`kubectl cordon node01   #设置节点不可调度`) become code: a run
 * of them a `sh` block; a numbered step that is a command keeps its number with the command as code.
 */
export function commandsToCode(lines: readonly SourceLine[]): SourceLine[] {
  return mapText(lines, (block) => {
    const out: SourceLine[] = [];
    let run: SourceLine[] = [];
    const flush = () => {
      if (run.length === 0) return;
      out.push({ n: run[0]!.n, text: '```sh' }, ...run.map((l) => ({ ...l, text: l.text.trim() })), { n: run.at(-1)!.n, text: '```' });
      run = [];
    };
    for (const line of block) {
      const item = numberedItem(line.text);
      if (item && isCommand(item.rest)) {
        flush();
        const prefix = line.text.slice(0, line.text.length - line.text.trimStart().length) + line.text.trim().slice(0, line.text.trim().length - item.rest.length);
        const [code, comment] = splitComment(item.rest);
        out.push({ ...line, text: `${prefix}\`${code}\`${comment ? ` ${comment}` : ''}` });
      } else if (!item && isCommand(line.text)) {
        run.push(line);
      } else if (line.text.trim() === '' && run.length > 0) {
        continue;
      } else {
        flush();
        out.push(line);
      }
    }
    flush();
    return out;
  });
}

function splitComment(text: string): [string, string] {
  const at = text.search(/\s+#/);
  return at < 0 ? [text.trim(), ''] : [text.slice(0, at).trim(), text.slice(at).trim()];
}
