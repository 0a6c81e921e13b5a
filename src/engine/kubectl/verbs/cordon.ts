// `kubectl cordon NODE` / `kubectl uncordon NODE`: set or clear spec.unschedulable.
// Existing pods are untouched; the scheduler stops placing new ones.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go RunCordonOrUncordon,
//  staging/src/k8s.io/kubectl/pkg/drain/cordon.go]
import { kindInfo, type KindInfo } from '../../api/kinds';
import type { Node } from '../../objects/types';
import { ArgError } from '../args';
import type { KubectlContext } from '../context';
import { getObject, listObjects, selectorFlag } from '../resources';
import { type Invocation, type Verb, ok } from '../verb';

export function nodesFromArgs(inv: Invocation, ctx: KubectlContext, use: string): Node[] {
  const info = kindInfo('Node') as KindInfo;
  if (inv.args.length === 0 && typeof inv.flags.selector !== 'string') throw new ArgError(`USAGE: ${use} [flags]\nSee 'kubectl ${use.split(' ')[0]} -h' for help and examples`);
  if (inv.args.length === 0) return listObjects(ctx, info, undefined, selectorFlag(inv.flags)) as Node[];
  return inv.args.map((name) => getObject(ctx, info, '', name) as Node);
}

/** Sets spec.unschedulable; returns the name printer's line (`node/n cordoned`). */
export function cordon(ctx: KubectlContext, node: Node, desired: boolean): string {
  const word = desired ? 'cordoned' : 'uncordoned';
  if ((node.spec?.unschedulable === true) === desired) return `node/${node.metadata.name} already ${word}\n`;
  const copy = structuredClone(node) as Node;
  copy.spec = { ...(copy.spec ?? {}) };
  // The strategic merge patch of `unschedulable: false` is `null` (omitempty): the field goes.
  if (desired) copy.spec.unschedulable = true;
  else delete copy.spec.unschedulable;
  ctx.api.update(copy, 'kubectl');
  return `node/${node.metadata.name} ${word}\n`;
}

function cordonVerb(name: string, desired: boolean, short: string): Verb {
  return {
    name,
    short,
    flags: [{ name: 'selector', short: 'l', type: 'string' }],
    run(inv, ctx) {
      return ok(
        nodesFromArgs(inv, ctx, `${name} NODE`)
          .map((n) => cordon(ctx, n, desired))
          .join(''),
      );
    },
  };
}

export const cordonVerbs: Verb[] = [
  cordonVerb('cordon', true, 'Mark node as unschedulable'),
  cordonVerb('uncordon', false, 'Mark node as schedulable'),
];
