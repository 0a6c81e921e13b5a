// Charts for the selection: a Service's traffic; a Deployment's or StatefulSet's through the
// Service that selects its pods, or, when none does, its replicas and CPU. Charts load on demand
// (d3-shape). Nothing for other selections. The load control sits on the Service's marquee.
// A lazy chunk itself (TrafficSlot.tsx), which also starts the workloads' recorder.
import { lazy, Suspense } from 'react';
import { useApp } from '../app/use-store';
import type { AppState } from '../session/types';
import { selects } from './traffic-history';
import './traffic.css';

const Charts = lazy(() => import('./Charts'));
const WorkloadCharts = lazy(() => import('./Charts').then((m) => ({ default: m.WorkloadCharts })));

/** The first Service (by name) in the workload's namespace whose selector picks its pod template. */
export function serviceOfWorkload(s: AppState, kind: 'Deployment' | 'StatefulSet', namespace: string, name: string): string | undefined {
  const list = kind === 'Deployment' ? s.deployments : (s.statefulSets ?? []);
  const w = list.find((x) => x.metadata?.name === name && (x.metadata?.namespace ?? 'default') === namespace);
  const labels = w?.spec?.template?.metadata?.labels;
  return (s.services ?? [])
    .filter((svc) => (svc.metadata.namespace ?? 'default') === namespace && selects(svc.spec?.selector, labels))
    .map((svc) => svc.metadata.name)
    .sort()[0];
}

export function TrafficPanel() {
  const selection = useApp((s) => s.selection);
  const workloadKind = selection?.kind === 'Deployment' || selection?.kind === 'StatefulSet' ? selection.kind : undefined;
  const namespace = selection?.namespace ?? 'default';
  const service = useApp((s) =>
    selection?.kind === 'Service'
      ? selection.name
      : workloadKind && selection
        ? serviceOfWorkload(s, workloadKind, namespace, selection.name)
        : undefined,
  );
  if (!selection || (selection.kind !== 'Service' && !workloadKind)) return null;
  const fallback = <p className="muted small">Loading charts…</p>;
  if (!service && workloadKind) {
    return (
      <section className="panel traffic-panel" aria-labelledby="traffic-heading">
        <h2 id="traffic-heading">Replicas and CPU of {selection.name}</h2>
        <Suspense fallback={fallback}>
          <WorkloadCharts kind={workloadKind} namespace={namespace} name={selection.name} />
        </Suspense>
      </section>
    );
  }
  if (!service) return null;
  return (
    <section className="panel traffic-panel" aria-labelledby="traffic-heading">
      <h2 id="traffic-heading">Traffic of {selection.name}</h2>
      {workloadKind && <p className="small muted">{`Through service/${service}, which selects its pods.`}</p>}
      <Suspense fallback={fallback}>
        <Charts namespace={namespace} name={service} />
      </Suspense>
    </section>
  );
}
