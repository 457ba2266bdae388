/**
 * Misspellings in the notes, as data: what the notes wrote and what they meant. Two kinds of row:
 * - A misspelt name (`kubenetes`, `promotheus`): fixed wherever the notes are shown
 *   (scripts/clean/typos.ts), each fix listed in the manifest with its place; the notes files are never
 *   edited. Only misspellings: wording, style and facts are not corrected here (facts get an accuracy
 *   note). Matching is case-sensitive and never inside a longer Latin word, so `kubeproxy` is fixed
 *   but `kube-proxy` is left alone. A heading writes the misspelling in any case as the name
 *   (`Kubenetes` → Kubernetes: scripts/vocabulary/derived.ts).
 * - A slip of Chinese wording (`slip`: a homophone, 刮起 for 挂起): the notes' text keeps it, since the
 *   words are the author's (an editor rewords them in the curation file), but question keys read it as
 *   meant (scripts/dedupe/question-key.ts).
 * Either kind keeps a wording from being chosen as a question's heading while another version has
 * none (scripts/dedupe/merge.ts).
 */
export interface Typo {
  wrong: string;
  right: string;
  slip?: true;
}

// prettier-ignore
export const TYPOS: readonly Typo[] = [
  // ── Misspelt names ──
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

  // ── Slips of Chinese wording ──
  { wrong: '一致处于', right: '一直处于', slip: true },
  { wrong: '用于是如何', right: '又是如何', slip: true },
  { wrong: '变设计', right: '便设计', slip: true },
  { wrong: '已经怎么使用', right: '以及怎么使用', slip: true },
  { wrong: '刮起', right: '挂起', slip: true },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rows' misspellings as one pattern; where one starts or ends in a Latin letter, never inside a longer Latin word. */
export function typoPattern(rows: readonly Typo[], flags: string): RegExp {
  const latin = /[A-Za-z]/;
  const alone = ({ wrong }: Typo) => `${latin.test(wrong[0]!) ? '(?<![A-Za-z])' : ''}${escape(wrong)}${latin.test(wrong[wrong.length - 1]!) ? '(?![A-Za-z])' : ''}`;
  return new RegExp(rows.map(alone).join('|'), flags);
}
