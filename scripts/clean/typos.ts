import type { Correction, SourceLine } from '../lib/types.ts';
import { mapText } from './blocks.ts';

/**
 * Misspelt Kubernetes names in the notes, and how upstream spells them. Only misspellings: wording,
 * style and facts are not corrected here (facts get an accuracy note). Each fix is listed in the
 * manifest with its place; the notes files are never edited. Matching is case-sensitive and never
 * inside a longer Latin word, so `kubeproxy` is fixed but `kube-proxy` is left alone.
 */
export const TYPOS: readonly { wrong: string; right: string }[] = [
  { wrong: 'kubenetes', right: 'Kubernetes' },
  { wrong: 'kubernets', right: 'kubernetes' },
  { wrong: 'kunelet', right: 'kubelet' },
  { wrong: 'kubctl', right: 'kubectl' },
  { wrong: 'shceduler', right: 'scheduler' },
  { wrong: 'eninge', right: 'engine' },
  { wrong: 'Namesapce', right: 'Namespace' },
  { wrong: 'RoleRinding', right: 'RoleBinding' },
  { wrong: 'ClusterRoleBing', right: 'ClusterRoleBinding' },
  { wrong: 'imgress', right: 'ingress' },
  { wrong: 'istioessgateway', right: 'istio-ingressgateway' },
  { wrong: 'entrypointc', right: 'entrypoint' },
  { wrong: 'contianers', right: 'containers' },
  { wrong: 'contied', right: 'containerd' },
  { wrong: 'connid', right: 'containerd' },
  { wrong: 'clustip', right: 'ClusterIP' },
  { wrong: 'damnset', right: 'DaemonSet' },
  { wrong: 'elsticSearch', right: 'Elasticsearch' },
  { wrong: 'promotheus', right: 'Prometheus' },
  { wrong: 'faclo', right: 'Falco' },
  { wrong: 'fieabet', right: 'filebeat' },
  { wrong: 'aitlab', right: 'gitlab' },
  { wrong: 'kube——event', right: 'kube-eventer' },
  { wrong: 'spc.ImagePullSecrets', right: 'spec.imagePullSecrets' },
  { wrong: 'node-status.kubernets.io/unschedulable', right: 'node.kubernetes.io/unschedulable' },
  { wrong: 'Succeed', right: 'Succeeded' },
  { wrong: 'kube-proxys', right: 'kube-proxy' },
  { wrong: 'serivce', right: 'service' },
  { wrong: 'Sercie', right: 'Service' },
  { wrong: 'clusetr IP', right: 'cluster IP' },
  { wrong: 'volumeTemplateClaim', right: 'volumeClaimTemplates' },
  { wrong: 'Phaes', right: 'Phases' },
  { wrong: 'nignx', right: 'nginx' },
  { wrong: 'Kaka', right: 'Kafka' },
  { wrong: 'kafak', right: 'kafka' },
  { wrong: 'Kurbernetes', right: 'Kubernetes' },
  { wrong: 'Kubernets', right: 'Kubernetes' },
  { wrong: 'ubernetes 中的某个', right: 'Kubernetes 中的某个' },
  { wrong: 'amespace是kubernetes', right: 'namespace是kubernetes' },
  { wrong: 'Jod', right: 'Job' },
  { wrong: 'Scheduer', right: 'Scheduler' },
  { wrong: 'api-servier', right: 'api-server' },
  { wrong: 'api-sever-port', right: 'api-server-port' },
  { wrong: 'server资源endpoint', right: 'service资源endpoint' },
  { wrong: 'replaceset', right: 'replicaset' },
  { wrong: 'ReadineeProbe', right: 'ReadinessProbe' },
  { wrong: 'Eenpoint', right: 'Endpoint' },
  { wrong: 'IFNotPresent', right: 'IfNotPresent' },
  { wrong: 'icp、net', right: 'ipc、net' },
  { wrong: 'info容器', right: 'infra容器' },
  { wrong: '没有 shared', right: '没有 shard' },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(TYPOS.map(({ wrong }) => `(?<![A-Za-z])${escape(wrong)}(?![A-Za-z])`).join('|'), 'g');
const RIGHT = new Map(TYPOS.map((t) => [t.wrong, t.right]));

/** One line with the table's typos fixed, and what was fixed. */
export function fixTypos(text: string, file: string, line: number): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const fixed = text.replace(PATTERN, (wrong) => {
    const right = RIGHT.get(wrong)!;
    corrections.push({ file, line, kind: 'typo', from: wrong, to: right, why: 'Kubernetes 名称拼写错误' });
    return right;
  });
  return { text: fixed, corrections };
}

/** The table's typos fixed in an answer's text; code is left as the notes wrote it. */
export function fixTyposInLines(file: string, lines: readonly SourceLine[]): { lines: SourceLine[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out = mapText(lines, (block) =>
    block.map((l) => {
      const result = fixTypos(l.text, file, l.n);
      corrections.push(...result.corrections);
      return { ...l, text: result.text };
    }),
  );
  return { lines: out, corrections };
}
