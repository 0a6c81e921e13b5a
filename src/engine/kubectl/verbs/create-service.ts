// `kubectl create service clusterip|nodeport|loadbalancer NAME --tcp=port[:targetPort]`
// [--node-port] [--clusterip]: the object `--dry-run=client -o yaml` shows (labels and selector
// `app: NAME`, port names `<port>-<target>`). [k8s: staging/src/k8s.io/kubectl/pkg/cmd/create/create_service.go]
import type { NewObject } from '../../objects/types';
import { ArgError } from '../args';
import { namespaceFlag } from '../resources';
import type { Invocation, Verb } from '../verb';
import { createGenerated } from './create';
import { nameArg } from './object-common';
import { DRY_RUN_FLAG, OUTPUT_FLAG, dryRunOf } from './object-common';

function parsePort(s: string): number {
  if (!/^\d+$/.test(s) || Number(s) > 65535) throw new ArgError(`strconv.ParseUint: parsing "${s}": ${/^\d+$/.test(s) ? 'value out of range' : 'invalid syntax'}`);
  return Number(s);
}

function build(type: string, inv: Invocation): NewObject {
  const name = nameArg(inv);
  const tcp = inv.flags.tcp as string[];
  const clusterIP = inv.flags.clusterip as string | undefined;
  if (!tcp.length && clusterIP !== 'None') throw new ArgError('at least one tcp port specifier must be provided');
  const nodePort = (inv.flags['node-port'] as number | undefined) ?? 0;
  const ports = tcp.map((spec) => {
    const [a, b] = spec.split(':');
    const port = parsePort(a);
    const target = b === undefined ? port : /^\d+$/.test(b) ? parsePort(b) : b;
    const p: Record<string, unknown> = { name: b === undefined ? a : `${a}-${b}`, protocol: 'TCP', port, targetPort: target };
    if (type === 'NodePort' && nodePort) p.nodePort = nodePort;
    return p;
  });
  const spec: Record<string, unknown> = { ports, selector: { app: name }, type };
  if (clusterIP) spec.clusterIP = clusterIP;
  const obj = {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: { name, creationTimestamp: null, labels: { app: name } },
    spec,
    status: { loadBalancer: {} },
  } as unknown as NewObject;
  if (dryRunOf(inv.flags) !== 'client') (obj.metadata as Record<string, unknown>).namespace = namespaceFlag(inv.flags);
  return obj;
}

function sub(name: string, type: string, extra: Verb['flags'] = []): Verb {
  return {
    name,
    short: `Create a ${name} service`,
    flags: [{ name: 'tcp', type: 'stringArray', default: [] }, ...(extra ?? []), DRY_RUN_FLAG, OUTPUT_FLAG],
    run: (inv, ctx) => createGenerated(ctx, build(type, inv), inv),
  };
}

export const createServiceVerb: Verb = {
  name: 'service',
  aliases: ['svc'],
  short: 'Create a service using a specified subcommand',
  subcommands: [
    sub('clusterip', 'ClusterIP', [{ name: 'clusterip', type: 'string' }]),
    sub('loadbalancer', 'LoadBalancer'),
    sub('nodeport', 'NodePort', [{ name: 'node-port', type: 'int' }]),
  ],
};
