// Every Deployment and StatefulSet with its replica counts and the buttons a learner reaches for
// first: `Scale <name> up` / `Scale <name> down`, and `Inspect <Kind> <name>` to open it in the
// inspector (image, roll back, restart).

import { t } from '../../i18n/catalogue';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { memo } from 'react';
import type { Deployment } from '../../engine';
import type { WorkloadKind } from '../session/types';
import { bandFor, workloadKey } from '../stage/band';
import { InstrumentIcon } from '../stage/InstrumentIcon';
import { useApp, useSessionContext } from './use-store';

const NONE: StatefulSet[] = [];

export function Workloads() {
  const deployments = useApp((s) => s.deployments);
  const statefulSets = useApp((s) => s.statefulSets ?? NONE);
  const empty = deployments.length === 0 && statefulSets.length === 0;
  return (
    <section className="panel workloads" aria-labelledby="workloads-heading">
      <h2 id="workloads-heading">{t('workloads.heading', 'Workloads')}</h2>
      {empty ? (
        <p className="muted">
          {t('workloads.emptyBefore', 'No Deployments yet. Try')} <code>create deployment web --image=nginx</code>{' '}
          {t('workloads.emptyAfter', 'in the console.')}
        </p>
      ) : (
        <ul className="workloads__list">
          {deployments.map((d) => (
            <WorkloadRow key={d.metadata?.uid ?? d.metadata?.name} kind="Deployment" workload={d} />
          ))}
          {statefulSets.map((s) => (
            <WorkloadRow key={s.metadata?.uid ?? s.metadata?.name} kind="StatefulSet" workload={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

const WorkloadRow = memo(function WorkloadRow({ kind, workload }: { kind: WorkloadKind; workload: Deployment | StatefulSet }) {
  const { actions, store } = useSessionContext();
  const name = workload.metadata?.name ?? '';
  const namespace = workload.metadata?.namespace ?? 'default';
  // The same instrument its musicians play on stage (and the stage's "Who plays what" legend).
  const instrument = useApp((s) =>
    bandFor(store).update(s.pods, s.deployments, s.statefulSets).instrumentOf(workloadKey(namespace, { kind, name })),
  );
  const selected = useApp(
    (s) => s.selection?.kind === kind && s.selection.name === name && (s.selection.namespace ?? 'default') === namespace,
  );
  const want = workload.spec?.replicas ?? 1;
  const ready = workload.status?.readyReplicas ?? 0;
  const up = workload.status?.updatedReplicas ?? 0;
  const paused = kind === 'Deployment' && !!(workload as Deployment).spec?.paused;
  return (
    <li className="workload">
      <button
        type="button"
        className="workload__name linkish"
        aria-pressed={selected}
        onClick={() => actions.select({ kind, namespace, name })}
      >
        <InstrumentIcon instrument={instrument} />
        <span className="visually-hidden">{`Inspect ${kind} `}</span>
        {name}
      </button>
      <span className="workload__counts">
        {kind === 'StatefulSet' && <span className="workload__kind">StatefulSet · </span>}
        {ready}/{want} ready · {up} up-to-date{paused ? ' · paused' : ''}
      </span>
      <span className="workload__scale">
        <button
          type="button"
          className="btn btn--icon"
          aria-label={t('workloads.scaleDown', 'Scale {name} down', { name })}
          onClick={() => actions.scale(kind, namespace, name, -1)}
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
          aria-label={t('workloads.scaleUp', 'Scale {name} up', { name })}
          onClick={() => actions.scale(kind, namespace, name, 1)}
        >
          +
        </button>
      </span>
    </li>
  );
});
