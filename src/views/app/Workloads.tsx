// Every Deployment with its replica counts and the buttons a learner reaches for first:
// `Scale <name> up` / `Scale <name> down`, and a way to open it in the inspector.
import { memo } from 'react';
import type { Deployment } from '../../engine';
import { useApp, useSessionContext } from './use-store';

export function Workloads() {
  const deployments = useApp((s) => s.deployments);
  return (
    <section className="panel workloads" aria-labelledby="workloads-heading">
      <h2 id="workloads-heading">Workloads</h2>
      {deployments.length === 0 ? (
        <p className="muted">
          No Deployments yet. Try <code>create deployment web --image=nginx</code> in the console.
        </p>
      ) : (
        <ul className="workloads__list">
          {deployments.map((d) => (
            <WorkloadRow key={d.metadata?.uid ?? d.metadata?.name} deployment={d} />
          ))}
        </ul>
      )}
    </section>
  );
}

const WorkloadRow = memo(function WorkloadRow({ deployment }: { deployment: Deployment }) {
  const { actions } = useSessionContext();
  const name = deployment.metadata?.name ?? '';
  const namespace = deployment.metadata?.namespace ?? 'default';
  const selected = useApp((s) => s.selection?.kind === 'Deployment' && s.selection.name === name);
  const want = deployment.spec?.replicas ?? 1;
  const ready = deployment.status?.readyReplicas ?? 0;
  const up = deployment.status?.updatedReplicas ?? 0;
  return (
    <li className="workload">
      <button
        type="button"
        className="workload__name linkish"
        aria-pressed={selected}
        onClick={() => actions.select({ kind: 'Deployment', namespace, name })}
      >
        <span className="visually-hidden">Inspect Deployment </span>
        {name}
      </button>
      <span className="workload__counts">
        {ready}/{want} ready · {up} up-to-date{deployment.spec?.paused ? ' · paused' : ''}
      </span>
      <span className="workload__scale">
        <button
          type="button"
          className="btn btn--icon"
          aria-label={`Scale ${name} down`}
          onClick={() => actions.scale('Deployment', namespace, name, -1)}
          disabled={want === 0}
        >
          −
        </button>
        <span className="workload__replicas" aria-hidden="true">
          {want}
        </span>
        <button
          type="button"
          className="btn btn--icon"
          aria-label={`Scale ${name} up`}
          onClick={() => actions.scale('Deployment', namespace, name, 1)}
        >
          +
        </button>
      </span>
    </li>
  );
});
