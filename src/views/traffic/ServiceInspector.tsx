// The inspector for a selected Service: what it is (type, address, selector), the endpoints it
// routes to now (`kubectl get endpoints`), and its live YAML (`kubectl get svc x -o yaml`).
import { useMemo } from 'react';
import { useRescueFocusOnMount } from '../app/inspector-focus';
import { useApp, useSessionContext } from '../app/use-store';
import { endpointText, selectorText } from './flow';

export function ServiceInspector({ namespace, name }: { namespace: string; name: string }) {
  const session = useSessionContext();
  const svc = useApp((s) => s.services?.find((x) => x.metadata.name === name && (x.metadata.namespace ?? 'default') === namespace));
  // Endpoints follow the pods; re-read them when the pod list changes.
  const pods = useApp((s) => s.pods);
  const yaml = useMemo(() => (svc ? session.read(`get svc ${name} -n ${namespace} -o yaml`).stdout : ''), [svc, session, name, namespace]);
  const endpoints = useMemo(
    () => (svc && pods ? session.read(`get endpoints ${name} -n ${namespace}`).stdout.trim() : ''),
    [svc, pods, session, name, namespace],
  );
  if (!svc) return <ServiceGone name={name} />;
  return (
    <>
      <h3 className="inspector__title">
        Service <code>{name}</code>
      </h3>
      <p className="muted small">
        {svc.spec?.type ?? 'ClusterIP'} · {endpointText(svc)} · selector {selectorText(svc)}
      </p>
      {endpoints && (
        <>
          <h4>kubectl get endpoints {name}</h4>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
          <pre className="small endpoints" tabIndex={0}>
            {endpoints}
          </pre>
        </>
      )}
      <details className="yaml">
        <summary>Live YAML</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
        <pre tabIndex={0}>{yaml}</pre>
      </details>
    </>
  );
}

function ServiceGone({ name }: { name: string }) {
  useRescueFocusOnMount();
  return <p className="muted">Service {name} no longer exists.</p>;
}
