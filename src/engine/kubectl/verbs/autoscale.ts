// `kubectl autoscale (TYPE NAME | TYPE/NAME) [--min=N] --max=N [--cpu-percent=P] [--name=X]`.
// kubectl 1.32 builds an autoscaling/v1 HPA (targetCPUUtilizationPercentage), which is what
// `--dry-run=client -o yaml` shows; the API server stores it as autoscaling/v2, so here the v1
// object is converted (cpu-percent → one Resource cpu Utilization metric) before the create.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/autoscale/autoscale.go (v1.32),
//  pkg/apis/autoscaling/v1/conversion.go]
// Simplification: -o yaml|json after a real create prints the stored v2 object.
import type { NewObject } from '../../objects/types';
import { ArgError } from '../args';
import { getObject, namespaceFlag, parseResourceArgs } from '../resources';
import type { Verb } from '../verb';
import '../printers/hpa-table';
import { DRY_RUN_FLAG, OUTPUT_FLAG, collect, dryRunOf, mutationOutput, printMutation, requiredFlagError, tryApi } from './object-common';
import { SCALABLE } from './scale';
import type { KObject } from '../../objects/types';

export const autoscaleVerb: Verb = {
  name: 'autoscale',
  short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
  flags: [
    { name: 'min', type: 'int32', default: -1 },
    { name: 'max', type: 'int32' },
    { name: 'cpu-percent', type: 'int32', default: -1 },
    { name: 'name', type: 'string', default: '' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv, ctx) {
    const f = inv.flags;
    if (f.max === undefined) return requiredFlagError(ctx, 'max');
    const dry = dryRunOf(f);
    const output = mutationOutput(f);
    const min = f.min as number;
    const max = f.max as number;
    const cpu = f['cpu-percent'] as number;
    if (max < 1) throw new ArgError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
    if (max < min) throw new ArgError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
    const targets = parseResourceArgs(inv.args);
    if (targets.length === 0) throw new ArgError('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
    const ns = namespaceFlag(f);
    const enforceNamespace = typeof f.namespace === 'string' && f.namespace !== '';
    const out: string[] = [];
    const errors: string[] = [];
    for (const t of targets) {
      if (!t.names) throw new ArgError('resource(s) were provided, but no name was specified');
      for (const refName of t.names) {
        const got = tryApi(() => getObject(ctx, t.info, ns, refName));
        if (got.error) {
          errors.push(got.error);
          continue;
        }
        if (!SCALABLE.has(t.info.kind)) {
          const gv = t.info.group ? `${t.info.group}/${t.info.version}` : `/${t.info.version}`;
          errors.push(`error: cannot autoscale a ${t.info.kind}: could not find scale subresource for ${gv}, Resource=${t.info.resource} in discovery information`);
          continue;
        }
        const target = got.value as KObject;
        const name = (f.name as string) || refName;
        const apiVersion = t.info.group ? `${t.info.group}/${t.info.version}` : t.info.version;
        const scaleTargetRef = { apiVersion, kind: t.info.kind, name: target.metadata.name };
        if (dry === 'client') {
          const v1: Record<string, unknown> = {
            kind: 'HorizontalPodAutoscaler',
            apiVersion: 'autoscaling/v1',
            metadata: { name, creationTimestamp: null, ...(enforceNamespace ? { namespace: ns } : {}) },
            spec: { scaleTargetRef, ...(min > 0 ? { minReplicas: min } : {}), maxReplicas: max, ...(cpu >= 0 ? { targetCPUUtilizationPercentage: cpu } : {}) },
            status: { currentReplicas: 0, desiredReplicas: 0 },
          };
          out.push(printMutation(v1 as unknown as KObject, 'autoscaled', output, dry));
          continue;
        }
        const metrics = cpu >= 0 ? [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } }] : undefined;
        const v2 = {
          apiVersion: 'autoscaling/v2',
          kind: 'HorizontalPodAutoscaler',
          metadata: { name, namespace: ns },
          spec: { scaleTargetRef, ...(min > 0 ? { minReplicas: min } : {}), maxReplicas: max, ...(metrics ? { metrics } : {}) },
        } as unknown as NewObject;
        const r = tryApi(() => ctx.api.create(v2, 'kubectl', { dryRun: dry === 'server' }));
        if (r.error) errors.push(r.error);
        else out.push(printMutation(r.value as KObject, 'autoscaled', output, dry));
      }
    }
    return collect(out, errors);
  },
};
