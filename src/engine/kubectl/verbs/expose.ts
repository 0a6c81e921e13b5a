// `kubectl expose (deployment|replicaset|pod|service) NAME [--port] [--target-port] [--type]
// [--name] [--protocol]`: a Service selecting the same pods, `service/<name> exposed`.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/expose/expose.go, polymorphichelpers/mapbasedselectorforobject.go,
//  portsforobject.go]
// Simplification: no --selector/--labels/--external-ip/--session-affinity flags.
import type { KObject, NewObject } from '../../objects/types';
import { ArgError } from '../args';
import '../printers/network'; // registers the svc/ep/endpointslice tables (this verb is always loaded)
import { getObject, namespaceFlag, parseResourceArgs } from '../resources';
import { atoi, int32, parseIntOrString } from '../strconv';
import type { Verb } from '../verb';
import { fail } from '../verb';
import { DRY_RUN_FLAG, OUTPUT_FLAG, collect, dryRunOf, mutationOutput, printMutation, tryApi } from './object-common';

function selectorOf(obj: KObject): Record<string, string> | string {
  switch (obj.kind) {
    case 'Pod':
      return obj.metadata.labels ?? {};
    case 'Service':
      if (!obj.spec?.selector) return 'invalid service provided as object to expose'; // unreachable in practice
      return obj.spec.selector;
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet': {
      const sel = obj.spec?.selector;
      if (sel?.matchExpressions?.length) return `couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format`;
      return sel?.matchLabels ?? {};
    }
  }
  return `cannot extract pod selector from ${obj.kind}`;
}

/** PortsForObject: container ports of the pod (template), or the Service's ports. */
function portsOf(obj: KObject): number[] {
  if (obj.kind === 'Service') return (obj.spec?.ports ?? []).map((p: { port: number }) => p.port);
  const spec = obj.kind === 'Pod' ? obj.spec : obj.spec?.template?.spec;
  return (spec?.containers ?? []).flatMap((c: { ports?: { containerPort: number }[] }) => (c.ports ?? []).map((p) => p.containerPort));
}

export const exposeVerb: Verb = {
  name: 'expose',
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  flags: [
    { name: 'port', type: 'string', default: '' },
    { name: 'target-port', type: 'string', default: '' },
    { name: 'type', type: 'string', default: '' },
    { name: 'name', type: 'string', default: '' },
    { name: 'protocol', type: 'string', default: '' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv, ctx) {
    const targets = parseResourceArgs(inv.args);
    if (!targets.length || !targets[0].names?.length)
      throw new ArgError('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
    const ns = namespaceFlag(inv.flags);
    const { info, names } = targets[0];
    if (!['Pod', 'Service', 'Deployment', 'ReplicaSet', 'StatefulSet'].includes(info.kind))
      return fail(`cannot expose a ${info.kind}.${info.group ? `${info.group}` : ''}`.replace(/\.$/, ''));
    const got = tryApi(() => getObject(ctx, info, ns, (names as string[])[0]));
    if (got.error) return collect([], [got.error]);
    const obj = got.value as KObject;
    const sel = selectorOf(obj);
    if (typeof sel === 'string') return fail(`couldn't retrieve selectors via --selector flag or introspection: ${sel}`);
    const f = inv.flags;
    const protocol = (f.protocol as string) || 'TCP';
    let ports: Record<string, unknown>[];
    if (f.port) {
      // createService: each comma-separated --port through strconv.Atoi, then int32(port).
      const list = (f.port as string).split(',');
      ports = list.map((raw, i) => {
        const port = int32(atoi(raw));
        const sp: Record<string, unknown> = list.length > 1 ? { name: `port-${i + 1}` } : {};
        return { ...sp, port, protocol, targetPort: f['target-port'] ? parseIntOrString(f['target-port'] as string) : port };
      });
    } else {
      const found = portsOf(obj);
      if (!found.length) return fail("couldn't find port via --port flag or introspection");
      ports = found.map((p, i) => {
        const sp: Record<string, unknown> = {};
        if (found.length > 1) sp.name = `port-${i + 1}`;
        return { ...sp, port: p, protocol, targetPort: f['target-port'] ? parseIntOrString(f['target-port'] as string) : p };
      });
    }
    const name = (f.name as string) || obj.metadata.name;
    const spec: Record<string, unknown> = { ports, selector: { ...sel } };
    if (f.type) spec.type = f.type;
    const metadata: Record<string, unknown> = { name, creationTimestamp: null };
    if (obj.metadata.labels && Object.keys(obj.metadata.labels).length) metadata.labels = { ...obj.metadata.labels };
    const svc = { apiVersion: 'v1', kind: 'Service', metadata, spec, status: { loadBalancer: {} } } as unknown as NewObject;
    const dry = dryRunOf(f);
    const output = mutationOutput(f);
    if (dry === 'client') return { stdout: printMutation(svc as KObject, 'exposed', output, dry), stderr: '', exitCode: 0 };
    (svc.metadata as Record<string, unknown>).namespace = ns;
    const r = tryApi(() => ctx.api.create(svc, 'kubectl', { dryRun: dry === 'server' }));
    if (r.error) return collect([], [r.error]);
    return { stdout: printMutation(r.value as KObject, 'exposed', output, dry), stderr: '', exitCode: 0 };
  },
};
