// Taint and toleration arithmetic shared by the node lifecycle and taint eviction controllers.
// Mirrors pkg/util/taints/taints.go (AddOrUpdateTaint, TaintExists), core/v1 Toleration.ToleratesTaint
// and pkg/apis/core/v1/helper GetMatchingTolerations, and tainteviction.getMinTolerationTime.
// Simplification: no Gt/Lt toleration operators (alpha after v1.32).
import type { Taint, Toleration } from '../../objects/types';

export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
export const TAINT_MEMORY_PRESSURE = 'node.kubernetes.io/memory-pressure';
export const TAINT_DISK_PRESSURE = 'node.kubernetes.io/disk-pressure';
export const TAINT_PID_PRESSURE = 'node.kubernetes.io/pid-pressure';
export const TAINT_NETWORK_UNAVAILABLE = 'node.kubernetes.io/network-unavailable';
export const TAINT_OUT_OF_SERVICE = 'node.kubernetes.io/out-of-service';

/** A taint as the API stores it (kubernetes-types marks fields readonly). */
export interface TaintData {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | string;
  timeAdded?: string;
}

/** Taint.MatchTaint: same key and effect (value and timeAdded are ignored). */
export function matchTaint(a: TaintData, b: TaintData): boolean {
  return a.key === b.key && a.effect === b.effect;
}

export function taintExists(taints: readonly Taint[] | undefined, t: TaintData): boolean {
  return (taints ?? []).some((x) => matchTaint(x as TaintData, t));
}

function sameTaint(a: TaintData, b: TaintData): boolean {
  return a.key === b.key && (a.value ?? '') === (b.value ?? '') && a.effect === b.effect && (a.timeAdded ?? '') === (b.timeAdded ?? '');
}

/**
 * taints.AddOrUpdateTaint for several taints: a taint with the same key and effect is replaced
 * in place unless identical; new ones are appended. Returns undefined when nothing changes.
 */
export function withTaints(current: readonly Taint[] | undefined, add: TaintData[]): TaintData[] | undefined {
  let out = [...((current ?? []) as TaintData[])];
  let changed = false;
  for (const t of add) {
    const i = out.findIndex((x) => matchTaint(x, t));
    if (i < 0) {
      out.push(t);
      changed = true;
    } else if (!sameTaint(out[i], t)) {
      out = out.map((x, j) => (j === i ? t : x));
      changed = true;
    }
  }
  return changed ? out : undefined;
}

/** taints.DeleteTaint for several taints (key + effect); undefined when none was present. */
export function withoutTaints(current: readonly Taint[] | undefined, remove: TaintData[]): TaintData[] | undefined {
  const list = (current ?? []) as TaintData[];
  const out = list.filter((x) => !remove.some((r) => matchTaint(x, r)));
  return out.length === list.length ? undefined : out;
}

export function noExecuteTaints(taints: readonly Taint[] | undefined): TaintData[] {
  return ((taints ?? []) as TaintData[]).filter((t) => t.effect === 'NoExecute');
}

/** Toleration.ToleratesTaint: empty effect/key match anything; empty operator means Equal. */
export function toleratesTaint(tol: Toleration, taint: TaintData): boolean {
  if (tol.effect && tol.effect !== taint.effect) return false;
  if (tol.key && tol.key !== taint.key) return false;
  switch (tol.operator ?? '') {
    case '':
    case 'Equal':
      return (tol.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

/**
 * GetMatchingTolerations: whether every taint is tolerated, and the first toleration that
 * tolerates each taint (in taint order).
 */
export function matchingTolerations(taints: TaintData[], tolerations: readonly Toleration[] | undefined): { all: boolean; used: Toleration[] } {
  if (taints.length === 0) return { all: true, used: [] };
  const tols = tolerations ?? [];
  if (tols.length === 0) return { all: false, used: [] };
  const used: Toleration[] = [];
  for (const taint of taints) {
    const t = tols.find((tol) => toleratesTaint(tol, taint));
    if (!t) return { all: false, used: [] };
    used.push(t);
  }
  return { all: true, used };
}

/**
 * getMinTolerationTime in ms: 0 when there are no tolerations or one has tolerationSeconds ≤ 0,
 * -1 (forever) when none sets tolerationSeconds, else the smallest.
 */
export function minTolerationMs(used: readonly Toleration[]): number {
  if (used.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const t of used) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    if (t.tolerationSeconds <= 0) return 0;
    min = Math.min(min, t.tolerationSeconds);
  }
  return min === Number.POSITIVE_INFINITY ? -1 : min * 1000;
}
