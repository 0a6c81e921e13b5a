// Containers inside a PodSpec (pods and templates alike): the v1 defaulters and core validation,
// with the real field paths and messages.
// [k8s: pkg/apis/core/v1/defaults.go SetDefaults_Container/_Probe/_HTTPGetAction,
//  pkg/apis/core/validation/validation.go validateContainers, validateContainerPorts, ValidateEnv]
// Simplified: lifecycle hooks, securityContext and envFrom are accepted without deep checks.
import { type FieldError, fieldErr } from '../errors';
import { isDNS1123Label } from './names';
import { isValidPortName, isValidPortNum as validPortNum, nonNegative, PORT_RANGE_ERROR, validatePortNumOrName } from './numbers';
import { validateResources } from './resources';

// biome-ignore lint/suspicious/noExplicitAny: see header.
type Json = any;

/** The tag as parsers.ParseImageName sees it: no tag and no digest means "latest". */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > lastSlash ? name.slice(colon + 1) : '';
  if (!tag && at < 0) return 'latest';
  return tag;
}

/** An int32 field Go would decode as 0 (absent, null or 0): the defaulters test `== 0`. */
function isZero(v: unknown): boolean {
  return v === undefined || v === null || v === 0;
}

/** SetDefaults_Probe: a zero (not only a missing) period, timeout or threshold takes its default. */
function defaultProbe(p: Json): void {
  if (!p || typeof p !== 'object') return;
  if (isZero(p.timeoutSeconds)) p.timeoutSeconds = 1;
  if (isZero(p.periodSeconds)) p.periodSeconds = 10;
  if (isZero(p.successThreshold)) p.successThreshold = 1;
  if (isZero(p.failureThreshold)) p.failureThreshold = 3;
  if (p.httpGet && typeof p.httpGet === 'object') {
    p.httpGet.path ||= '/';
    p.httpGet.scheme ||= 'HTTP';
  }
}

/** SetDefaults_Container and the defaulters of its nested types. */
export function defaultContainer(c: Json): void {
  if (!c || typeof c !== 'object') return;
  if (!c.imagePullPolicy && typeof c.image === 'string')
    c.imagePullPolicy = imageTag(c.image) === 'latest' ? 'Always' : 'IfNotPresent';
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  // ResourceRequirements is a non-pointer struct: it always serialises, as `resources: {}`.
  if (c.resources === undefined || c.resources === null) c.resources = {};
  for (const port of Array.isArray(c.ports) ? c.ports : []) if (port && typeof port === 'object') port.protocol ||= 'TCP';
  for (const env of Array.isArray(c.env) ? c.env : []) {
    const ref = env?.valueFrom?.fieldRef;
    if (ref && typeof ref === 'object') ref.apiVersion ||= 'v1';
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

function validatePorts(ports: Json[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) for (const m of msgs) errs.push(fieldErr.invalid(`${p}.name`, port.name, m));
      else if (names.has(port.name)) errs.push(fieldErr.duplicate(`${p}.name`, port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(fieldErr.required(`${p}.containerPort`));
    else if (!validPortNum(port.containerPort)) errs.push(fieldErr.invalid(`${p}.containerPort`, port.containerPort, PORT_RANGE_ERROR));
    if (port.hostPort && !validPortNum(port.hostPort)) errs.push(fieldErr.invalid(`${p}.hostPort`, port.hostPort, PORT_RANGE_ERROR));
    if (!port.protocol) errs.push(fieldErr.required(`${p}.protocol`));
    else if (!['SCTP', 'TCP', 'UDP'].includes(port.protocol)) errs.push(fieldErr.notSupported(`${p}.protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']));
  });
  return errs;
}

/** ValidateEnv with RelaxedEnvironmentVariableValidation (on by default since v1.32). */
function validateEnv(env: Json[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  env.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!e.name) errs.push(fieldErr.required(`${p}.name`));
    else if ([...String(e.name)].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) > 0x7e || ch === '='))
      errs.push(fieldErr.invalid(`${p}.name`, e.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    if (e.valueFrom && e.value) errs.push(fieldErr.invalid(`${p}.valueFrom`, '', 'may not be specified when `value` is not empty'));
  });
  return errs;
}

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HTTP_SCHEMES = ['HTTP', 'HTTPS'];
const PROBE_FIELDS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

/** validateHandler: exactly one handler, and that handler's own fields. */
function validateHandler(probe: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const handlers = HANDLERS.filter((h) => probe[h] != null);
  if (handlers.length === 0) return [fieldErr.required(path, 'must specify a handler type')];
  const h = handlers[0];
  const action = probe[h] && typeof probe[h] === 'object' ? probe[h] : {};
  const p = `${path}.${h}`;
  if (h === 'exec' && !(Array.isArray(action.command) && action.command.length)) errs.push(fieldErr.required(`${p}.command`));
  if (h === 'httpGet') {
    if (!action.path) errs.push(fieldErr.required(`${p}.path`));
    errs.push(...validatePortNumOrName(action.port, `${p}.port`));
    if (!HTTP_SCHEMES.includes(action.scheme)) errs.push(fieldErr.notSupported(`${p}.scheme`, action.scheme ?? '', HTTP_SCHEMES));
  }
  if (h === 'tcpSocket') errs.push(...validatePortNumOrName(action.port, `${p}.port`));
  if (h === 'grpc') errs.push(...validatePortNumOrName(action.port ?? 0, `${p}.port`));
  // Upstream checks the handlers in this order: the first one counts, the others are Forbidden.
  for (const extra of handlers.slice(1)) errs.push(fieldErr.forbidden(`${path}.${extra}`, 'may not specify more than 1 handler type'));
  return errs;
}

/**
 * validateLivenessProbe / validateReadinessProbe / validateStartupProbe, run on the defaulted
 * probe (so a 0 period or threshold has already become 10, 1 or 3, as SetDefaults_Probe does).
 */
function validateProbe(probe: Json, path: string, kind: 'liveness' | 'readiness' | 'startup'): FieldError[] {
  if (!probe || typeof probe !== 'object') return [];
  const errs = validateHandler(probe, path);
  for (const f of PROBE_FIELDS) errs.push(...nonNegative(probe[f], `${path}.${f}`));
  const grace = probe.terminationGracePeriodSeconds;
  if (grace != null && !(grace > 0)) errs.push(fieldErr.invalid(`${path}.terminationGracePeriodSeconds`, grace, 'must be greater than 0'));
  if (kind === 'readiness' && grace != null)
    errs.push(fieldErr.invalid(`${path}.terminationGracePeriodSeconds`, grace, 'must not be set for readinessProbes'));
  if (kind !== 'readiness' && probe.successThreshold !== 1) errs.push(fieldErr.invalid(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
  return errs;
}

function validateVolumeMounts(mounts: Json[], volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const paths = new Set<string>();
  mounts.forEach((m, i) => {
    const p = `${path}[${i}]`;
    if (!m.name) errs.push(fieldErr.required(`${p}.name`));
    else if (!volumes.has(m.name)) errs.push(fieldErr.notFound(`${p}.name`, m.name));
    if (!m.mountPath) errs.push(fieldErr.required(`${p}.mountPath`));
    else if (paths.has(m.mountPath)) errs.push(fieldErr.invalid(`${p}.mountPath`, m.mountPath, 'must be unique'));
    else paths.add(m.mountPath);
  });
  return errs;
}

/**
 * validateContainers for one list (`containers` or `initContainers`). `names` is shared between
 * the lists so a name used by an init container and an app container is a duplicate, as upstream.
 */
export function validateContainerList(list: Json[], path: string, names: Set<string>, volumes: Set<string>, isInit: boolean): FieldError[] {
  const errs: FieldError[] = [];
  list.forEach((c, i) => {
    const p = `${path}[${i}]`;
    if (!c || typeof c !== 'object') return;
    if (!c.name) errs.push(fieldErr.required(`${p}.name`));
    else for (const m of isDNS1123Label(c.name)) errs.push(fieldErr.invalid(`${p}.name`, c.name, m));
    if (c.name && names.has(c.name)) errs.push(fieldErr.duplicate(`${p}.name`, c.name));
    else if (c.name) names.add(c.name);
    if (!c.image) errs.push(fieldErr.required(`${p}.image`));
    if (c.imagePullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy))
      errs.push(fieldErr.notSupported(`${p}.imagePullPolicy`, c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
    if (c.terminationMessagePolicy && !['File', 'FallbackToLogsOnError'].includes(c.terminationMessagePolicy))
      errs.push(fieldErr.notSupported(`${p}.terminationMessagePolicy`, c.terminationMessagePolicy, ['File', 'FallbackToLogsOnError']));
    errs.push(...validatePorts(Array.isArray(c.ports) ? c.ports : [], `${p}.ports`));
    errs.push(...validateEnv(Array.isArray(c.env) ? c.env : [], `${p}.env`));
    errs.push(...validateVolumeMounts(Array.isArray(c.volumeMounts) ? c.volumeMounts : [], volumes, `${p}.volumeMounts`));
    errs.push(...validateResources(c.resources, `${p}.resources`));
    if (isInit && c.restartPolicy !== 'Always') {
      // Regular init containers may not have probes; sidecars (restartPolicy Always) are
      // validated like app containers.
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
        if (c[probe]) errs.push(fieldErr.forbidden(`${p}.${probe}`, 'may not be set for init containers without restartPolicy=Always'));
    } else {
      errs.push(...validateProbe(c.livenessProbe, `${p}.livenessProbe`, 'liveness'));
      errs.push(...validateProbe(c.readinessProbe, `${p}.readinessProbe`, 'readiness'));
      errs.push(...validateProbe(c.startupProbe, `${p}.startupProbe`, 'startup'));
    }
  });
  return errs;
}
