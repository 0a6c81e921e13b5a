// `kubectl scale TYPE NAME --replicas=N [--current-replicas=M]`: writes spec.replicas.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/scale/scale.go, pkg/scale/scale.go]
// Simplification: the /scale subresource is modelled as an update of spec.replicas.
import type { KObject } from '../../objects/types';
import { ArgError } from '../args';
import { objectRef } from '../printers';
import { getObject, listObjects, namespaceFlag, parseResourceArgs, selectorFlag } from '../resources';
import type { Verb } from '../verb';
import { NO_RESOURCES } from './delete';
import { DRY_RUN_FLAG, collect, dryRunOf, dryRunSuffix, requiredFlagError, tryApi } from './object-common';

/** Kinds with a /scale subresource. */
export const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

export const scaleVerb: Verb = {
  name: 'scale',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  flags: [
    { name: 'replicas', type: 'int' },
    { name: 'current-replicas', type: 'int', default: -1 },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool' },
    DRY_RUN_FLAG,
  ],
  run(inv, ctx) {
    const f = inv.flags;
    if (f.replicas === undefined) return requiredFlagError(ctx, 'replicas');
    const replicas = f.replicas as number;
    if (replicas < 0) throw new ArgError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    const dry = dryRunOf(f);
    const ns = namespaceFlag(f);
    const targets = parseResourceArgs(inv.args);
    if (targets.length === 0) throw new ArgError(NO_RESOURCES);
    const objs: KObject[] = [];
    const errors: string[] = [];
    for (const t of targets) {
      if (!SCALABLE.has(t.info.kind)) throw new ArgError(`no scaler has been implemented for {"${t.info.group}" "${t.info.kind}"}`);
      if (t.names) {
        for (const name of t.names) {
          const r = tryApi(() => getObject(ctx, t.info, ns, name));
          if (r.error) errors.push(r.error);
          else objs.push(r.value as KObject);
        }
      } else if (f.selector || f.all) objs.push(...listObjects(ctx, t.info, ns, selectorFlag(f)));
      else throw new ArgError('resource(s) were provided, but no name was specified');
    }
    const out: string[] = [];
    const current = f['current-replicas'] as number;
    for (const o of objs) {
      const have = o.spec?.replicas ?? 1;
      if (current >= 0 && have !== current) {
        errors.push(`error: Expected replicas to be ${current}, was ${have}`);
        continue;
      }
      if (dry === 'none') {
        const r = tryApi(() => ctx.api.update({ ...o, spec: { ...o.spec, replicas } } as KObject, 'kubectl'));
        if (r.error) {
          errors.push(r.error);
          continue;
        }
      }
      out.push(`${objectRef(o)} scaled${dryRunSuffix(dry)}\n`);
    }
    return collect(out, errors);
  },
};
