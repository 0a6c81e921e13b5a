// The timed injections a builder step offers: a pod killed, a container crashed, a node powered
// off, a load surge on a Service. Each becomes a lesson Injection (an action `atMs` after the step
// starts); pods are named by selector (`{pod}`), because a generated name is unknown ahead.
import type { Injection } from '../../lessons/types';

export type InjectionKind = 'killPod' | 'crash' | 'nodeFailure' | 'loadSurge';

export const INJECTION_LABELS: Record<InjectionKind, string> = {
  killPod: 'Kill a pod',
  crash: 'Crash a container',
  nodeFailure: 'Node failure',
  loadSurge: 'Load surge',
};

/** What each kind targets: a workload's selector, a node or a Service. */
export const INJECTION_TARGET: Record<InjectionKind, 'selector' | 'node' | 'service'> = {
  killPod: 'selector',
  crash: 'selector',
  nodeFailure: 'node',
  loadSurge: 'service',
};

export interface InjectionForm {
  kind: InjectionKind;
  target: string;
  atSeconds: number;
  /** Requests/s, for a load surge. */
  rps: number;
}

export function toInjection({ kind, target, atSeconds, rps }: InjectionForm): Injection {
  const atMs = Math.max(0, Math.round(atSeconds * 1000));
  switch (kind) {
    case 'killPod':
      return { atMs, action: { kubectl: 'delete pod {pod}', pod: target } };
    case 'crash':
      return { atMs, action: { fault: { type: 'crash-container', pod: '{pod}' }, pod: target } };
    case 'nodeFailure':
      return { atMs, action: { fault: { type: 'kill-node', node: target } } };
    case 'loadSurge':
      return { atMs, action: { fault: { type: 'load', service: target, rps } } };
  }
}
