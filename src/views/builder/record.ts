// Turns what the teacher did in the builder's live session (the session's command log: kubectl
// lines and faults, recorded for rewinds) into lesson actions. Reads are dropped (command-kind.ts)
// and so are the log's `run` marks (timing only). A generated pod name would not exist when the
// lesson is replayed (names come from the seeded RNG at the moment a pod is made), so a line or
// fault naming a pod the cluster has now becomes `{pod}` plus a label selector: the lesson then acts
// on the first Ready pod that matches (cluster-actions.ts's pickPod). Deliberate simplification:
// that is a pod of the same workload, not necessarily the very pod the teacher clicked.
import type { Fault, Pod } from '../../engine';
import type { LessonAction } from '../../lessons/types';
import { changesCluster } from '../session/command-kind';
import type { CommandLogEntry } from '../session/types';

/** Labels a controller adds per pod or per revision: a selector built from them would match one pod only. */
const PER_POD_LABELS = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
]);

/** `app=nginx` for a pod of nginx-deployment: its labels without the per-pod and per-revision ones. */
export function selectorOf(pod: Pod): string | undefined {
  const labels = Object.entries(pod.metadata?.labels ?? {}).filter(([k]) => !PER_POD_LABELS.has(k));
  return labels.length ? labels.map(([k, v]) => `${k}=${v}`).join(',') : undefined;
}

/** The pod a line names by a whole word (`delete pod web-5d8f-x2k4q`), if exactly one. */
function namedPod(line: string, pods: readonly Pod[]): Pod | undefined {
  const words = new Set(line.split(/[\s/]+/));
  const hits = pods.filter((p) => words.has(p.metadata?.name ?? ''));
  return hits.length === 1 ? hits[0] : undefined;
}

function fromKubectl(line: string, stdin: string | undefined, pods: readonly Pod[]): LessonAction {
  const pod = namedPod(line, pods);
  const selector = pod && selectorOf(pod);
  const base = stdin === undefined ? {} : { stdin };
  if (!pod || !selector) return { kubectl: line, ...base };
  const name = pod.metadata?.name ?? '';
  const generic = line
    .split(/(\s+|\/)/)
    .map((w) => (w === name ? '{pod}' : w))
    .join('');
  return { kubectl: generic, ...base, pod: selector };
}

function fromFault(fault: Fault, pods: readonly Pod[]): LessonAction {
  if (!('pod' in fault)) return { fault };
  const pod = pods.find((p) => p.metadata?.name === fault.pod);
  const selector = pod && selectorOf(pod);
  return selector ? { fault: { ...fault, pod: '{pod}' }, pod: selector } : { fault };
}

/** The lesson actions for log entries; `pods` are the band's pods when the entries were recorded. */
export function actionsFromLog(entries: readonly CommandLogEntry[], pods: readonly Pod[]): LessonAction[] {
  return entries.flatMap((e): LessonAction[] => {
    if (e.kind === 'kubectl') return changesCluster(e.line, 0) ? [fromKubectl(e.line, e.stdin, pods)] : [];
    if (e.kind === 'fault') return [fromFault(e.fault, pods)];
    return [];
  });
}

/** How an action reads in the builder's lists. */
export function describeAction(action: LessonAction): string {
  const on = action.pod ? ` (on a Ready pod matching ${action.pod})` : '';
  if ('kubectl' in action) return `kubectl ${action.kubectl}${on}`;
  const f = action.fault;
  switch (f.type) {
    case 'crash-container':
      return `crash a container${on}`;
    case 'kill-node':
      return `power off ${f.node}`;
    case 'restore-node':
      return `power on ${f.node}`;
    case 'load':
      return `${f.rps} requests/s to service/${f.service}`;
    case 'fail-probe':
      return `fail the ${f.probe} probe${on}`;
  }
}
