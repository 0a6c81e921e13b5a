// `kubectl describe pod`: identity, node, status, IPs, controller, containers, conditions,
// volumes, QoS class, node selectors, tolerations and events.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describePod;
//  staging/src/k8s.io/kubectl/pkg/util/qos/qos.go GetPodQOS]
// Simplification: GetPodQOS is computed per container (requests default to limits) rather than
// over summed resources; the result is the same for every pod a learner writes by hand.
import type { ApiServer } from '../../api/api-server';
import type { Pod } from '../../objects/types';
import { controllerRef } from '../../objects/pod';
import { translateTimestampSince } from '../printers/age';
import { describeContainers, describeResources } from './containers';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, rfc1123z } from './fields';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, tabbedString } from './writer';

export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = (c.resources?.requests ?? {}) as Record<string, unknown>;
    const lim = (c.resources?.limits ?? {}) as Record<string, unknown>;
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) any = true;
      if (lim[r] === undefined) guaranteed = false;
      else if (req[r] !== undefined && String(req[r]) !== String(lim[r])) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function describePod(api: ApiServer, pod: Pod, now: number, showEvents = true): string {
  // The pod describer searches without a kind (ref.Kind = ""), by name, namespace and uid.
  const events = showEvents ? eventsFor(api, pod, false) : undefined;
  return tabbedString((w) => {
    const spec = pod.spec ?? { containers: [] };
    const st = pod.status ?? {};
    w.write(LEVEL_0, `Name:\t${pod.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${pod.metadata.namespace}\n`);
    if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
    if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
    w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${st.hostIP ?? ''}\n` : 'Node:\t<none>\n');
    if (st.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', pod.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
    if (pod.metadata.deletionTimestamp && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
      // The real describer measures time *since* a deletion deadline in the future, hence the
      // familiar `Terminating (lasts <invalid>)`.
      w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(pod.metadata.deletionTimestamp, now)})\n`);
      w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
    } else w.write(LEVEL_0, `Status:\t${st.phase ?? ''}\n`);
    if (st.reason) w.write(LEVEL_0, `Reason:\t${st.reason}\n`);
    if (st.message) w.write(LEVEL_0, `Message:\t${st.message}\n`);
    w.write(LEVEL_0, `IP:\t${st.podIP ?? ''}\n`);
    if (!st.podIPs?.length) w.write(LEVEL_0, 'IPs:\t<none>\n');
    else {
      w.write(LEVEL_0, 'IPs:\n');
      for (const ip of st.podIPs) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
    }
    const ref = controllerRef(pod);
    if (ref) w.write(LEVEL_0, `Controlled By:\t${ref.kind}/${ref.name}\n`);
    if (st.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${st.nominatedNodeName}\n`);
    // Pod-level resources (1.32 alpha) are not in kubernetes-types 1.30; read them untyped.
    const podResources = (spec as { resources?: Parameters<typeof describeResources>[0] }).resources;
    if (podResources) {
      w.write(LEVEL_0, 'Resources:\n');
      describeResources(podResources, w, LEVEL_1);
    }
    if (spec.initContainers?.length) describeContainers('Init Containers', spec.initContainers, st.initContainerStatuses, w, '');
    describeContainers('Containers', spec.containers ?? [], st.containerStatuses, w, '');
    if (spec.readinessGates?.length) {
      w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of spec.readinessGates) {
        const c = (st.conditions ?? []).find((x: { type: string }) => x.type === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
      }
    }
    if (st.conditions?.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
      for (const c of st.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(spec.volumes, w, '');
    w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
    if (events) describeEvents(events, w, now);
  });
}
