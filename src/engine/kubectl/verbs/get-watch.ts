// `kubectl get -w`: after the first table, one line for each change of a matching object (added,
// modified, deleted: its state then), each row flushed alone so its columns are as wide as its
// own cells, as kubectl's tabwriter flushes after every event; the header comes with the first
// row when the first answer printed none. -o name|yaml|json print each object in that format.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/get/get.go watch()]
// Simplifications: one type at a time (as kubectl requires), no --field-selector filtering of
// events, no --output-watch-events; it ends only by Ctrl-C / Stop, as kubectl does.
import { type KindInfo, kindInfo } from '../../api/kinds';
import { matchesRequirements } from '../../objects/labels';
import type { KObject } from '../../objects/types';
import type { KubectlContext } from '../context';
import { StoreFollower } from '../follow';
import { printStructured, printTables } from '../printers';
import { namespaceFlag, parseResourceArgs, selectorFlag } from '../resources';
import type { Invocation } from '../verb';
import { isTemplateOutput, printTemplate } from './get';

export function followGet(inv: Invocation, ctx: KubectlContext, printedHeader: boolean): StoreFollower | undefined {
  const f = inv.flags;
  if (!f.watch && !f['watch-only']) return undefined;
  const targets = parseResourceArgs(inv.args);
  if (targets.length !== 1) return undefined;
  const { info, names } = targets[0];
  const allNs = !!f['all-namespaces'];
  const ns = namespaceFlag(f);
  const selector = selectorFlag(f);
  const output = String(f.output ?? '');
  let header = printedHeader;
  const matches = (o: KObject): boolean =>
    (kindInfo(o.kind) as KindInfo | undefined) === info &&
    (allNs || !info.namespaced || o.metadata.namespace === ns) &&
    (!names || names.includes(o.metadata.name)) &&
    matchesRequirements(selector, o.metadata.labels ?? {});
  const follower = new StoreFollower(ctx, (event, resource) => {
    if (resource !== info.resource || !matches(event.object as KObject)) return;
    const obj = event.object as KObject;
    if (isTemplateOutput(output)) follower.write(printTemplate(output, [obj], true, !!f['no-headers']));
    else if (output === 'yaml' || output === 'json' || output === 'name') follower.write(printStructured([obj], output, true) + (output === 'yaml' ? '---\n' : ''));
    else {
      follower.write(printTables([{ info, objs: [obj] }], { now: ctx.now(), wide: output === 'wide', withKind: false, allNamespaces: allNs, showLabels: !!f['show-labels'], noHeaders: header || !!f['no-headers'] }));
      header = true;
    }
  });
  return follower;
}
