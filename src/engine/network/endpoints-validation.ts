// Endpoints (core/v1) and EndpointSlice (discovery.k8s.io/v1): their defaulters and validation,
// so a hand-written Endpoints cannot store a port of 0, a missing port or an address that is not
// an IP (kube-proxy and the printers read them as they are).
// [k8s: pkg/apis/core/v1/defaults.go SetDefaults_Endpoints, pkg/apis/core/validation/validation.go
//  validateEndpointSubsets/validateEndpointAddress/validateEndpointPort/ValidateNonSpecialIP,
//  pkg/apis/discovery/v1/defaults.go SetDefaults_EndpointPort, pkg/apis/discovery/validation/validation.go]
// Simplified: the cluster is IPv4 only, so an IPv6 address is checked only for its characters;
// nodeName transitions on update, topology and appProtocol are not checked.
import { type FieldError, fieldErr } from '../api/errors';
import { type Strategy, registerStrategy } from '../api/strategy';
import { isDNS1123Label } from '../api/validation/names';
import { isValidPortNum, PORT_RANGE_ERROR } from '../api/validation/numbers';
import type { KObject } from '../objects/types';
import { parseIPv4 } from './ip';

// biome-ignore lint/suspicious/noExplicitAny: endpoints are walked as plain JSON.
type Json = any;

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const IP_ERROR = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const IPV6_CHARS = /^[0-9a-fA-F:.]+$/;

const list = (v: unknown): Json[] => (Array.isArray(v) ? v : []);

/** ValidateNonSpecialIP for an IPv4 address already known to parse. */
function nonSpecialIP(ip: string, n: number, path: string): FieldError[] {
  const a = n >>> 24;
  if (n === 0) return [fieldErr.invalid(path, ip, 'may not be unspecified (0.0.0.0)')];
  if (a === 127) return [fieldErr.invalid(path, ip, 'may not be in the loopback range (127.0.0.0/8)')];
  if (a === 169 && ((n >>> 16) & 255) === 254) return [fieldErr.invalid(path, ip, 'may not be in the link-local range (169.254.0.0/16)')];
  if (a === 224 && ((n >>> 8) & 255) === 0 && ((n >>> 16) & 255) === 0)
    return [fieldErr.invalid(path, ip, 'may not be in the link-local multicast range (224.0.0.0/24)')];
  return [];
}

function validateIP(ip: unknown, path: string, message = IP_ERROR): FieldError[] {
  const n = parseIPv4(ip);
  if (n !== undefined) return nonSpecialIP(ip as string, n, path);
  if (message === IP_ERROR && typeof ip === 'string' && ip.includes(':') && IPV6_CHARS.test(ip)) return [];
  return [fieldErr.invalid(path, ip ?? '', message)];
}

function validatePortName(name: unknown, path: string): FieldError[] {
  return typeof name === 'string' && name ? isDNS1123Label(name).map((m) => fieldErr.invalid(path, name, m)) : [];
}

function validateProtocol(protocol: unknown, path: string): FieldError[] {
  if (!protocol) return [fieldErr.required(path)];
  return PROTOCOLS.includes(protocol as string) ? [] : [fieldErr.notSupported(path, protocol, PROTOCOLS)];
}

/** validateEndpointSubsets. */
export function validateEndpoints(ep: KObject): FieldError[] {
  const errs: FieldError[] = [];
  list(ep.subsets).forEach((ss, i) => {
    const p = `subsets[${i}]`;
    const addresses = list(ss?.addresses);
    const notReady = list(ss?.notReadyAddresses);
    if (addresses.length === 0 && notReady.length === 0) errs.push(fieldErr.required(p, 'must specify `addresses` or `notReadyAddresses`'));
    for (const [field, addrs] of [['addresses', addresses], ['notReadyAddresses', notReady]] as const)
      addrs.forEach((a, j) => {
        const ap = `${p}.${field}[${j}]`;
        errs.push(...validateIP(a?.ip, `${ap}.ip`));
        if (a?.hostname) errs.push(...isDNS1123Label(a.hostname).map((m) => fieldErr.invalid(`${ap}.hostname`, a.hostname, m)));
      });
    const ports = list(ss?.ports);
    ports.forEach((port, j) => {
      const pp = `${p}.ports[${j}]`;
      if (ports.length > 1 && !port?.name) errs.push(fieldErr.required(`${pp}.name`));
      else errs.push(...validatePortName(port?.name, `${pp}.name`));
      // An absent port decodes as 0 in Go, which IsValidPortNum refuses.
      const num = port?.port ?? 0;
      if (!isValidPortNum(num)) errs.push(fieldErr.invalid(`${pp}.port`, num, PORT_RANGE_ERROR));
      errs.push(...validateProtocol(port?.protocol, `${pp}.protocol`));
    });
  });
  return errs;
}

/** ValidateEndpointSlice (create; the deprecated "IP" address type is refused, as on create). */
export function validateEndpointSlice(slice: KObject): FieldError[] {
  const errs: FieldError[] = [];
  const type = slice.addressType as string | undefined;
  if (!type) errs.push(fieldErr.required('addressType'));
  else if (!ADDRESS_TYPES.includes(type)) errs.push(fieldErr.notSupported('addressType', type, ADDRESS_TYPES));
  list(slice.endpoints).forEach((e, i) => {
    const ap = `endpoints[${i}].addresses`;
    const addrs = list(e?.addresses);
    if (addrs.length === 0) errs.push(fieldErr.required(ap, 'must contain at least 1 address'));
    addrs.forEach((a, j) => {
      if (type === 'IPv4') errs.push(...validateIP(a, `${ap}[${j}]`, 'must be a valid IPv4 address'));
      else if (type === 'IPv6' && !(typeof a === 'string' && a.includes(':') && IPV6_CHARS.test(a)))
        errs.push(fieldErr.invalid(`${ap}[${j}]`, a ?? '', 'must be a valid IPv6 address'));
    });
    if (e?.hostname) errs.push(...isDNS1123Label(e.hostname).map((m) => fieldErr.invalid(`endpoints[${i}].hostname`, e.hostname, m)));
  });
  const names = new Set<string>();
  list(slice.ports).forEach((port, i) => {
    const pp = `ports[${i}]`;
    const name = port?.name ?? '';
    errs.push(...validatePortName(name, `${pp}.name`));
    if (names.has(name)) errs.push(fieldErr.duplicate(`${pp}.name`, name));
    names.add(name);
    // As upstream, the port number itself is not checked: nil means "all ports".
    errs.push(...validateProtocol(port?.protocol, `${pp}.protocol`));
  });
  return errs;
}

export const endpointsStrategy: Strategy = {
  // SetDefaults_Endpoints: a port without a protocol is TCP.
  default: (ep) => {
    for (const ss of list(ep.subsets)) for (const port of list(ss?.ports)) if (port && typeof port === 'object') port.protocol ||= 'TCP';
  },
  validate: (ep) => validateEndpoints(ep),
};

export const endpointSliceStrategy: Strategy = {
  // SetDefaults_EndpointPort (discovery/v1): name "" and protocol TCP.
  default: (slice) => {
    for (const port of list(slice.ports)) {
      if (!port || typeof port !== 'object') continue;
      port.name ??= '';
      port.protocol ??= 'TCP';
    }
  },
  validate: (slice) => validateEndpointSlice(slice),
  validateUpdate: (slice, old) => {
    const errs = validateEndpointSlice(slice);
    if (slice.addressType !== old.addressType) errs.push(fieldErr.invalid('addressType', slice.addressType, 'field is immutable'));
    return errs;
  },
};

registerStrategy('Endpoints', endpointsStrategy);
registerStrategy('EndpointSlice', endpointSliceStrategy);
