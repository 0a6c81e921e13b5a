// What the inspector shows for a selection, in its own chunk (loaded the first time something is
// selected, or when the browser is idle once the page is live: inspector-parts.ts): the first
// screen selects nothing, so it goes without these. A pod: its live YAML (`kubectl get pod x -o
// yaml`), its events, and Kill pod / Crash container / Fail … probe. A node: kill / restore, cordon /
// uncordon, drain. A Deployment or StatefulSet: WorkloadInspector. A Service: ServiceInspector.
// The scheduler's audition (stage/Audition.tsx) is shown only for a selected pod, so it travels here too.
import { t } from '../../i18n/catalogue';
import { useMemo } from 'react';
import type { Event, Node, Pod } from '../../engine';
import type { AppState } from '../session/types';
import { crewPodsOn } from '../stage/crew-layout';
import { podDisplayStatus } from '../stage/pod-status';
import { ServiceInspector } from '../traffic/ServiceInspector';
import { useRescueFocusOnMount } from './inspector-focus';
import { useApp, useSessionContext } from './use-store';
import { WhyPanel } from './WhyPanel';
import { WorkloadInspector } from './WorkloadInspector';

export { Audition } from '../stage/Audition';

export function InspectorBody({ selection }: { selection: NonNullable<AppState['selection']> }) {
  return (
    <>
      <SelectionBody selection={selection} />
      <WhyPanel selection={selection} />
    </>
  );
}

function SelectionBody({ selection }: { selection: NonNullable<AppState['selection']> }) {
  const namespace = selection.namespace ?? 'default';
  switch (selection.kind) {
    case 'Pod':
      return <PodInspector namespace={namespace} name={selection.name} />;
    case 'Node':
      return <NodeInspector name={selection.name} />;
    case 'Deployment':
    case 'StatefulSet':
      return <WorkloadInspector kind={selection.kind} namespace={namespace} name={selection.name} />;
    case 'Service':
      return <ServiceInspector namespace={namespace} name={selection.name} />;
    default:
      return null;
  }
}

function Gone({ what }: { what: string }) {
  useRescueFocusOnMount();
  return (
    <p className="muted">
      {t('inspector.gone', '{what} no longer exists. Its replacement (if any) is a new object with a new name.', { what })}
    </p>
  );
}

function PodInspector({ namespace, name }: { namespace: string; name: string }) {
  const session = useSessionContext();
  // The band's pods, or a crew pod (kube-system) opened from its node's inspector.
  const pod = useApp((s) => [...s.pods, ...(s.crew ?? [])].find((p) => p.metadata?.name === name && p.metadata?.namespace === namespace));
  const events = useApp((s) => s.events);
  const yaml = useMemo(() => (pod ? session.read(`get pod ${name} -n ${namespace} -o yaml`).stdout : ''), [pod, session, name, namespace]);
  const own = useMemo(
    () => events.filter((e) => e.involvedObject?.kind === 'Pod' && e.involvedObject?.name === name).slice(-10),
    [events, name],
  );
  if (!pod) return <Gone what={`Pod ${name}`} />;
  return (
    <>
      <h3 className="inspector__title">
        Pod <code>{name}</code>
      </h3>
      <p className="muted small">
        {t('inspector.podWhere', 'on {node} · phase {phase}', {
          node: pod.spec?.nodeName ?? t('inspector.noNode', 'no node yet'),
          phase: pod.status?.phase ?? 'Pending',
        })}
        {pod.metadata?.deletionTimestamp ? ' · Terminating' : ''}
      </p>
      <div className="actions">
        <button type="button" className="btn btn--danger" onClick={() => session.actions.killPod(namespace, name)}>
          {t('inspector.killPod', 'Kill pod')}
        </button>
        <button type="button" className="btn btn--danger" onClick={() => session.actions.crashContainer(namespace, name)}>
          {t('inspector.crashContainer', 'Crash container')}
        </button>
        {hasProbe(pod, 'readinessProbe') && (
          <button type="button" className="btn btn--danger" onClick={() => session.actions.failProbe(namespace, name, 'readiness')}>
            {t('inspector.failReadiness', 'Fail readiness probe')}
          </button>
        )}
        {hasProbe(pod, 'livenessProbe') && (
          <button type="button" className="btn btn--danger" onClick={() => session.actions.failProbe(namespace, name, 'liveness')}>
            {t('inspector.failLiveness', 'Fail liveness probe')}
          </button>
        )}
      </div>
      {!hasProbe(pod, 'readinessProbe') && (
        <p className="muted small">
          {t(
            'inspector.noReadiness',
            'No readiness probe to fail: add one to the pod template (Edit YAML) to see a musician step out of the Service without being restarted.',
          )}
        </p>
      )}
      <EventList events={own} />
      <details className="yaml">
        <summary>{t('inspector.liveYaml', 'Live YAML')}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
        <pre tabIndex={0}>{yaml}</pre>
      </details>
    </>
  );
}

/** Whether any container of the pod declares this probe. */
function hasProbe(pod: Pod, probe: 'readinessProbe' | 'livenessProbe'): boolean {
  return (pod.spec?.containers ?? []).some((c) => !!c[probe]);
}

function EventList({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="muted small">{t('inspector.noEvents', 'No events yet.')}</p>;
  return (
    <>
      <h4>{t('inspector.events', 'Events')}</h4>
      <ul className="events">
        {events.map((e) => (
          <li key={`${e.metadata?.uid}-${e.count}`} className={e.type === 'Warning' ? 'warning' : undefined}>
            {/* The type in words as well as colour, as `kubectl describe` prints it. */}
            {e.type === 'Warning' && <span className="events__type">Warning </span>}
            <strong>{e.reason}</strong> {e.message}
            {(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function nodeReady(node: Node): string {
  return node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady';
}

function NodeInspector({ name }: { name: string }) {
  const { actions } = useSessionContext();
  const node = useApp((s) => s.nodes.find((n) => n.metadata?.name === name));
  const crew = useApp((s) => s.crew);
  const crewHere = useMemo(() => crewPodsOn(crew, name), [crew, name]);
  const events = useApp((s) => s.events);
  const own = useMemo(
    () => events.filter((e) => e.involvedObject?.kind === 'Node' && e.involvedObject?.name === name).slice(-8),
    [events, name],
  );
  if (!node) return <Gone what={`Node ${name}`} />;
  const cordoned = !!node.spec?.unschedulable;
  return (
    <>
      <h3 className="inspector__title">
        Node <code>{name}</code>
      </h3>
      <p className="muted small">
        {nodeReady(node)}
        {cordoned ? ', SchedulingDisabled' : ''} · taints:{' '}
        {(node.spec?.taints ?? []).map((taint) => `${taint.key}:${taint.effect}`).join(', ') || t('inspector.noTaints', 'none')}
      </p>
      <div className="actions">
        <button type="button" className="btn btn--danger" onClick={() => actions.killNode(name)}>
          {t('inspector.killNode', 'Kill node')}
        </button>
        <button type="button" className="btn" onClick={() => actions.restoreNode(name)}>
          {t('inspector.restoreNode', 'Restore node')}
        </button>
        <button type="button" className="btn" onClick={() => actions.cordon(name, !cordoned)}>
          {cordoned ? 'Uncordon' : 'Cordon'}
        </button>
        <button type="button" className="btn" onClick={() => actions.drain(name)}>
          Drain
        </button>
      </div>
      <EventList events={own} />
      {crewHere.length > 0 && (
        <>
          {/* Not musicians (session/crew.ts), but a learner can still look at them here, as `kubectl get pods -n kube-system` would. */}
          <h4>{t('inspector.crew', 'Crew on this node (kube-system)')}</h4>
          <ul className="crew">
            {crewHere.map((p) => (
              <li key={p.metadata.uid ?? p.metadata.name}>
                <button
                  type="button"
                  className="btn"
                  onClick={() => actions.select({ kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name })}
                >
                  {t('inspector.inspect', 'Inspect {name}', { name: p.metadata.name })}
                </button>{' '}
                {podDisplayStatus(p).status}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
