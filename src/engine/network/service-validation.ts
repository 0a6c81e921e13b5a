// ValidateService for the fields a learner touches: type, ports (range, names, protocol,
// duplicates), nodePorts (range, in use), clusterIP (syntax, range, in use), session affinity.
// [k8s: pkg/apis/core/validation/validation.go ValidateService, validateServicePort;
//  pkg/registry/core/service/storage/alloc.go for the allocation errors]
// Not validated: externalIPs, loadBalancerSourceRanges, ipFamilies combinations, appProtocol.
import { type FieldError, fieldErr } from '../api/errors';
import type { Store } from '../api/store';
import { isDNS1123Label } from '../api/validation/names';
import { validatePortNumOrName } from '../api/validation/numbers';
import type { KObject } from '../objects/types';
import { NODE_PORT_MAX, NODE_PORT_MIN, SERVICE_CIDR } from './kinds';
import { inServiceCIDR, parseIPv4, usedClusterIPs, usedNodePorts } from './ip';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PORT_RANGE = 'must be between 1 and 65535, inclusive';

function validPort(p: unknown): boolean {
  return typeof p === 'number' && Number.isInteger(p) && p >= 1 && p <= 65535;
}

/** field.Duplicate prints the internal core.ServicePort key (no json tags: Go field names). */
function portKey(protocol: string, port: number): Record<string, unknown> {
  return { Name: '', Protocol: protocol, AppProtocol: null, Port: port, TargetPort: 0, NodePort: 0 };
}

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
export function validateServiceSpec(spec: any, store: Store, self: KObject, creating: boolean): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec || typeof spec !== 'object') return [fieldErr.required('spec.ports')];
  const type = spec.type as string;
  if (!TYPES.includes(type)) errs.push(fieldErr.notSupported('spec.type', type, TYPES));
  const ports = (spec.ports ?? []) as Record<string, unknown>[];
  if (type !== 'ExternalName' && ports.length === 0) errs.push(fieldErr.required('spec.ports'));
  const names = new Set<string>();
  const keys = new Set<string>();
  const taken = creating ? usedNodePorts(store) : usedNodePorts(store, self);
  ports.forEach((p, i) => {
    const path = `spec.ports[${i}]`;
    const name = (p.name as string) ?? '';
    if (ports.length > 1 && !name) errs.push(fieldErr.required(`${path}.name`));
    if (name) {
      for (const m of isDNS1123Label(name)) errs.push(fieldErr.invalid(`${path}.name`, name, m));
      if (names.has(name)) errs.push(fieldErr.duplicate(`${path}.name`, name));
      names.add(name);
    }
    if (!validPort(p.port)) errs.push(fieldErr.invalid(`${path}.port`, p.port, PORT_RANGE));
    const protocol = p.protocol as string;
    if (!PROTOCOLS.includes(protocol)) errs.push(fieldErr.notSupported(`${path}.protocol`, protocol, PROTOCOLS));
    // ValidatePortNumOrName: a number in range or an IANA service name (the pod's port name).
    errs.push(...validatePortNumOrName(p.targetPort, `${path}.targetPort`));
    const key = `${protocol}/${p.port}`;
    if (keys.has(key)) errs.push(fieldErr.duplicate(path, portKey(protocol, p.port as number)));
    keys.add(key);
    const np = p.nodePort as number | undefined;
    if (np !== undefined && np !== 0) {
      if (type === 'ClusterIP' || type === 'ExternalName')
        errs.push(fieldErr.forbidden(`${path}.nodePort`, `may not be used when \`type\` is '${type}'`));
      else if (np < NODE_PORT_MIN || np > NODE_PORT_MAX)
        errs.push(fieldErr.invalid(`${path}.nodePort`, np, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`));
      else if (taken.has(np)) errs.push(fieldErr.invalid(`${path}.nodePort`, np, 'provided port is already allocated'));
    }
  });
  const affinity = spec.sessionAffinity as string;
  if (affinity !== 'None' && affinity !== 'ClientIP') errs.push(fieldErr.notSupported('spec.sessionAffinity', affinity, ['ClientIP', 'None']));
  const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
  if (affinity === 'ClientIP' && timeout !== undefined && !(timeout > 0 && timeout <= 86400))
    errs.push(fieldErr.invalid('spec.sessionAffinityConfig.clientIP.timeoutSeconds', timeout, 'must be greater than 0 and less than 86400'));
  const ip = spec.clusterIP as string | undefined;
  if (creating && ip && ip !== 'None') {
    const n = parseIPv4(ip);
    if (n === undefined) errs.push(fieldErr.invalid('spec.clusterIPs[0]', ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
    else if (!inServiceCIDR(n))
      errs.push(fieldErr.invalid('spec.clusterIPs', [ip], `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`));
    else if (usedClusterIPs(store).has(ip)) errs.push(fieldErr.invalid('spec.clusterIPs', [ip], `failed to allocate IP ${ip}: provided IP is already allocated`));
  }
  if (ip === 'None' && (type === 'NodePort' || type === 'LoadBalancer'))
    errs.push(fieldErr.invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`));
  if (type === 'ExternalName' && !spec.externalName) errs.push(fieldErr.required('spec.externalName'));
  return errs;
}
