/**
 * Terms that tell look-alike questions apart. On each axis a question takes the first value whose
 * pattern it matches; two questions with different values on any axis never merge, however alike
 * their wording: liveness ≠ readiness, probe kinds ≠ probe parameters, PV ≠ StorageClass, …
 */
const AXES: readonly (readonly [string, RegExp][])[] = [
  [
    ['both-probes', /(存活|liveness)[^]*(就绪|readiness)|(就绪|readiness)[^]*(存活|liveness)/i],
    ['liveness', /存活|liveness/i],
    ['readiness', /就绪|readiness/i],
  ],
  [
    ['difference', /区别|不同|差异|\bvs\b/i],
  ],
  [
    ['params', /参数/],
    ['command', /命令有|什么命令|命令是|的命令/],
    ['process', /过程|流程|步骤/],
    ['strategy', /策略/],
    ['kinds', /哪几种|哪些|方式|类型/],
  ],
  [
    ['storageclass', /存储类|storageclass/i],
    ['pv', /\bpvc?\b|pv的|persistent ?volume/i],
  ],
  [
    ['phase', /生命周期|相位|阶段/],
    ['status', /状态/],
  ],
  [
    ['cni', /\bcni\b/i],
    ['csi', /\bcsi\b/i],
    ['cri', /\bcri\b/i],
  ],
  [
    ['cluster-scaling', /(集群|节点).{0,6}(扩容|缩容)|(扩容|缩容).{0,6}(集群|节点)/],
    ['workload-scaling', /(deployment|pod|副本).{0,6}(扩容|缩容)|(扩容|缩容).{0,6}(deployment|pod|副本)/i],
  ],
  [
    ['headless', /无头|headless/i],
  ],
  [
    ['how-it-works', /原理|实现/],
  ],
  [
    ['rollback', /回滚/],
    ['scaling', /扩容|缩容|扩缩|伸缩/],
    ['update', /更新|升级/],
  ],
  [
    ['rbac', /rbac/i],
    ['psp', /podsecuritypolicy/i],
    ['secret', /secret/i],
    ['admission', /准入/],
  ],
  [
    ['access-mode', /访问模式/],
    ['reclaim', /回收/],
  ],
  [
    ['ingress', /ingress/i],
  ],
];

/** One value per axis ('' when the question says nothing on that axis). */
export function guardSignature(question: string): string[] {
  return AXES.map((axis) => axis.find(([, pattern]) => pattern.test(question))?.[0] ?? '');
}

/**
 * The guard values a group of questions holds, per axis; groups merge only if their values agree
 * as `conflicts` requires for each pair of members.
 */
export type GroupGuards = Set<string>[];

export function groupGuards(signature: readonly string[]): GroupGuards {
  return signature.map((v) => new Set([v]));
}

export function groupsConflict(a: GroupGuards, b: GroupGuards): boolean {
  return a.some((values, axis) => {
    const other = b[axis]!;
    const single = AXES[axis]!.length === 1;
    for (const x of values) {
      for (const y of other) {
        if (x !== y && (single || (x !== '' && y !== ''))) return true;
      }
    }
    return false;
  });
}

export function joinGroups(a: GroupGuards, b: GroupGuards): GroupGuards {
  return a.map((values, axis) => new Set([...values, ...b[axis]!]));
}

/**
 * Whether two signatures disagree. On single-value axes (`difference`, `headless`, `ingress`)
 * having the term versus not having it is a disagreement too.
 */
export function conflicts(a: readonly string[], b: readonly string[]): boolean {
  return a.some((value, axis) => {
    const other = b[axis]!;
    if (value === other) return false;
    if (AXES[axis]!.length === 1) return true;
    return value !== '' && other !== '';
  });
}
