// The selected Service's traffic: the load control and (loaded on demand, with d3-shape) the
// charts. Nothing when no Service is selected.
import { lazy, Suspense } from 'react';
import { useApp } from '../app/use-store';
import { LoadControl } from './LoadControl';
import './traffic.css';

const Charts = lazy(() => import('./Charts'));

export function TrafficPanel() {
  const selection = useApp((s) => s.selection);
  if (selection?.kind !== 'Service') return null;
  const namespace = selection.namespace ?? 'default';
  return (
    <section className="panel traffic-panel" aria-labelledby="traffic-heading">
      <h2 id="traffic-heading">Traffic of {selection.name}</h2>
      <LoadControl key={`${namespace}/${selection.name}`} namespace={namespace} name={selection.name} />
      <Suspense fallback={<p className="muted small">Loading charts…</p>}>
        <Charts namespace={namespace} name={selection.name} />
      </Suspense>
    </section>
  );
}
