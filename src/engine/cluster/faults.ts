// Faults a lesson or a learner can inject. Each is handled by the component that owns the
// thing that breaks (the kubelet's container runtime, the node itself). `validateFault` checks
// every field before a handler sees it: a NaN or Infinity would not survive a snapshot (JSON
// writes them as null), so a restored cluster would diverge from the original.

export type Fault =
  /** The container exits non-zero now (as if the process crashed). */
  | { type: 'crash-container'; pod: string; namespace?: string; container?: string }
  /** The node stops: no heartbeats, its containers stop. */
  | { type: 'kill-node'; node: string }
  | { type: 'restore-node'; node: string }
  /** Requests per second arriving at a Service from the audience (0 stops); the traffic model handles it. */
  | { type: 'load'; service: string; namespace?: string; rps: number }
  /** One container's readiness or liveness probe fails for durationMs (default 60 s; 0 clears). */
  | { type: 'fail-probe'; pod: string; probe: 'readiness' | 'liveness'; namespace?: string; durationMs?: number };

export type FaultType = Fault['type'];

export class FaultError extends Error {}

/** The audience's ceiling, as the share link's: far past what any lesson sends (tens to hundreds). */
export const MAX_LOAD_RPS = 1_000_000;
/** A probe can be made to fail for at most a week (the longest single `advance`). */
export const MAX_FAIL_PROBE_MS = 7 * 24 * 3600 * 1000;

const FAULT_TYPES: FaultType[] = ['crash-container', 'kill-node', 'restore-node', 'load', 'fail-probe'];

type Fields = Record<string, unknown>;

function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** A missing field is named as missing (Kubernetes' "Required value"), never shown as `undefined`. */
function required(f: Fields, key: string): void {
  if (f[key] === undefined) throw new FaultError(`${f.type}: ${key}: Required value`);
}

function name(f: Fields, key: string): string {
  required(f, key);
  const v = f[key];
  if (typeof v !== 'string' || v === '') throw new FaultError(`${f.type}: ${key} must be a non-empty name, got ${shown(v)}`);
  return v;
}

function optionalName(f: Fields, key: string): { [k: string]: string } {
  return f[key] === undefined ? {} : { [key]: name(f, key) };
}

function number(f: Fields, key: string, max: number, unit: string): number {
  required(f, key);
  const v = f[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max)
    throw new FaultError(`${f.type}: ${key} must be a finite number of ${unit} from 0 to ${max}, got ${shown(v)}`);
  return v;
}

/**
 * A fresh, checked copy of `fault` (only the fields the type has), or a FaultError naming the
 * field. Whether the named pod, node or Service exists is the handler's check.
 */
export function validateFault(fault: unknown): Fault {
  if (!fault || typeof fault !== 'object' || Array.isArray(fault)) throw new FaultError(`a fault must be an object, got ${shown(fault)}`);
  const f = fault as Fields;
  if (f.type === undefined) throw new FaultError(`type: Required value: one of ${FAULT_TYPES.join(', ')}`);
  if (!FAULT_TYPES.includes(f.type as FaultType)) throw new FaultError(`unknown fault type: ${shown(f.type)}`);
  switch (f.type as FaultType) {
    case 'crash-container':
      return { type: 'crash-container', pod: name(f, 'pod'), ...optionalName(f, 'namespace'), ...optionalName(f, 'container') };
    case 'kill-node':
      return { type: 'kill-node', node: name(f, 'node') };
    case 'restore-node':
      return { type: 'restore-node', node: name(f, 'node') };
    case 'load':
      return { type: 'load', service: name(f, 'service'), ...optionalName(f, 'namespace'), rps: number(f, 'rps', MAX_LOAD_RPS, 'requests per second') };
    case 'fail-probe': {
      required(f, 'probe');
      if (f.probe !== 'readiness' && f.probe !== 'liveness') throw new FaultError(`fail-probe: probe must be "readiness" or "liveness", got ${shown(f.probe)}`);
      const duration = f.durationMs === undefined ? {} : { durationMs: number(f, 'durationMs', MAX_FAIL_PROBE_MS, 'milliseconds') };
      return { type: 'fail-probe', pod: name(f, 'pod'), probe: f.probe, ...optionalName(f, 'namespace'), ...duration };
    }
  }
}
