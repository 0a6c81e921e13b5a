// Which crew pods (kube-system: kube-proxy, CoreDNS; see session/crew.ts) work on which node, in
// words for the riser's crew mark. Pure and memoised on the store's array, like stage-layout's cast:
// a thousand risers each ask on every store write.
import type { Pod } from '../../engine';
import { podDisplayStatus } from './pod-status';

let memo: { crew: readonly Pod[]; byNode: Map<string, string> } | undefined;

/** "kube-proxy-85bcf Running, coredns-668d6bf9bc-x2c4k Running", or '' when the node has no crew. */
export function crewOn(crew: readonly Pod[] | undefined, node: string): string {
  if (!crew || crew.length === 0) return '';
  if (memo?.crew !== crew) memo = { crew, byNode: group(crew) };
  return memo.byNode.get(node) ?? '';
}

function group(crew: readonly Pod[]): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const p of crew) {
    const n = p.spec?.nodeName;
    if (!n) continue;
    const list = lists.get(n) ?? [];
    list.push(`${p.metadata.name} ${podDisplayStatus(p).status}`);
    lists.set(n, list);
  }
  return new Map([...lists].map(([n, l]) => [n, l.sort().join(', ')]));
}

/** Crew pods on one node, for the node inspector. */
export function crewPodsOn(crew: readonly Pod[] | undefined, node: string): Pod[] {
  return (crew ?? []).filter((p) => p.spec?.nodeName === node);
}
