// Why a pod waited or is not Ready: image pulls (the kubelet's Pulled event carries the time),
// crash back-off (restarts, last exit, the back-off the kubelet applies), a container config error
// (a ConfigMap or Secret missing), and failing probes (consecutive failures against their
// threshold, from the kubelet's probe workers, and a fail-probe fault when one caused them).
import { podCondition } from '../objects/pod';
import type { Pod } from '../objects/types';
import type { KubeletState } from '../node/state';
import { type WhyContext, at, clock, eventsOf, recordsOf, seconds } from './context';
import type { WhyCause } from './types';

export function containerCauses(c: WhyContext, pod: Pod): WhyCause[] {
  const ns = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name;
  const ref = { kind: 'Pod', ns, name };
  const node = pod.spec?.nodeName;
  const kubelet = node ? { kind: 'Node', name: node } : undefined;
  const causes: WhyCause[] = [];
  const events = eventsOf(c, 'Pod', ns, name).filter((e) => e.involvedObject?.uid === pod.metadata.uid || !e.involvedObject?.uid);
  // The latest pull only: an image pulled again at each restart (`:latest`) tells nothing new.
  for (const e of [...events].reverse().filter((x) => x.reason === 'Pulled').slice(0, 1)) {
    const took = goDurationMs(/ in ([0-9.hmsµu]+) /.exec(e.message ?? '')?.[1]);
    if (took === undefined) continue;
    const image = /image "([^"]+)"/.exec(e.message ?? '')?.[1] ?? 'its image';
    causes.push({ at: at(e.firstTimestamp) ?? 0, text: `${node ?? 'The node'}'s kubelet pulled ${image} in ${seconds(took)} before the container could start.`, ...(kubelet ? { actor: kubelet } : {}), ref });
  }
  for (const s of pod.status?.containerStatuses ?? []) {
    const w = s.state?.waiting;
    const last = s.lastState?.terminated;
    if (w?.reason === 'CrashLoopBackOff') {
      const backoff = /back-off ([0-9hms.]+)/.exec(w.message ?? '')?.[1] ?? '';
      const lastAt = at(last?.finishedAt) ?? c.now;
      causes.push({
        at: lastAt,
        text: `Container ${s.name} has crashed ${s.restartCount} time${s.restartCount === 1 ? '' : 's'} (last exit code ${last?.exitCode ?? '?'}, ${last?.reason ?? 'Error'}, at ${clock(lastAt)}); the kubelet waits a back-off of ${backoff || 'up to 5m'} before restarting it (10 s, doubling after each crash, at most 5 minutes).`,
        ...(kubelet ? { actor: kubelet } : {}),
        ref,
      });
    } else if (w?.reason === 'CreateContainerConfigError' || w?.reason === 'ImagePullBackOff' || w?.reason === 'ErrImagePull' || w?.reason === 'CreateContainerError') {
      const first = events.find((e) => e.reason === 'Failed');
      const since = at(first?.firstTimestamp) ?? c.now;
      causes.push({ at: since, text: `Container ${s.name} is waiting: ${w.reason}: ${w.message ?? ''}`.trim(), ...(kubelet ? { actor: kubelet } : {}), ref });
    } else if (w?.reason === 'ContainerCreating') {
      const pulling = [...events].reverse().find((e) => e.reason === 'Pulling');
      if (pulling && !events.some((e) => e.reason === 'Pulled' && (at(e.firstTimestamp) ?? 0) >= (at(pulling.firstTimestamp) ?? 0))) {
        const since = at(pulling.firstTimestamp) ?? c.now;
        causes.push({ at: since, text: `${node}'s kubelet has been pulling ${/image "([^"]+)"/.exec(pulling.message ?? '')?.[1] ?? 'the image'} since ${clock(since)} (${seconds(c.now - since)} so far).`, ...(kubelet ? { actor: kubelet } : {}), ref });
      }
    }
  }
  causes.push(...readinessCauses(c, pod, events));
  return causes;
}

const TITLE: Record<string, string> = { readiness: 'Readiness', liveness: 'Liveness', startup: 'Startup' };

function readinessCauses(c: WhyContext, pod: Pod, events: ReturnType<typeof eventsOf>): WhyCause[] {
  const ns = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name;
  const ref = { kind: 'Pod', ns, name };
  const node = pod.spec?.nodeName;
  const kubelet = node ? { kind: 'Node', name: node } : undefined;
  const ready = podCondition(pod, 'Ready');
  const causes: WhyCause[] = [];
  const rt = node ? c.state<KubeletState>('kubelet')?.nodes[node]?.pods[pod.metadata.uid] : undefined;
  for (const w of rt?.probers ?? []) {
    const spec = pod.spec?.containers?.find((x) => x.name === w.container)?.[`${w.type}Probe` as 'readinessProbe'];
    const threshold = spec?.failureThreshold ?? 3;
    if (w.last !== 'Failure' || w.run === 0) continue;
    const unhealthy = [...events].reverse().find((e) => e.reason === 'Unhealthy' && (e.message ?? '').startsWith(TITLE[w.type]));
    const lastAt = at(unhealthy?.lastTimestamp) ?? c.now;
    const verdict = w.result === 'Failure' ? (w.type === 'readiness' ? 'so the kubelet marks it not Ready' : 'so the kubelet restarts the container') : `${threshold - w.run} more and the kubelet ${w.type === 'readiness' ? 'marks it not Ready' : 'restarts the container'}`;
    causes.push({
      at: lastAt,
      text: `The ${w.type} probe of ${w.container} failed ${w.run} time${w.run === 1 ? '' : 's'} in a row (failureThreshold ${threshold}, every ${spec?.periodSeconds ?? 10} s), ${verdict}${unhealthy?.message ? `: ${unhealthy.message}` : ''}.`,
      ...(kubelet ? { actor: kubelet } : {}),
      ref,
    });
    const fault = recordsOf(c, 'fault', (f) => f.fault.type === 'fail-probe' && f.fault.pod === name && (f.fault.namespace ?? 'default') === ns && f.fault.probe === w.type)[0];
    if (fault) causes.push({ at: fault.at, text: `You made the ${w.type} probe of ${name} fail (fail-probe fault) at ${clock(fault.at)}.`, actor: { kind: 'you', name: 'you' }, ref });
  }
  if (ready?.status === 'False' && ready.reason === 'PodCompleted') return causes;
  if (ready?.status === 'False' && node && !causes.length) {
    const nodeReady = c.api.getByKind<import('../objects/types').Node>('Node', undefined, node)?.status?.conditions?.find((x) => x.type === 'Ready');
    if (nodeReady && nodeReady.status !== 'True') {
      const when = at(ready.lastTransitionTime) ?? c.now;
      causes.push({ at: when, text: `The node lifecycle controller marked ${name} not Ready at ${clock(when)} because its node ${node} is ${nodeReady.status === 'Unknown' ? 'NotReady (its kubelet stopped posting status)' : 'NotReady'}.`, actor: { kind: 'Node', name: node }, ref });
    }
  }
  return causes;
}

/** A Go duration as the kubelet prints it (`7.1s`, `491.2ms`, `1m2.5s`) in ms; undefined if not one. */
export function goDurationMs(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const UNIT: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, 'µs': 0.001 };
  let total = 0;
  let rest = text;
  while (rest) {
    const m = /^([0-9.]+)(h|ms|m|s|us|µs)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * UNIT[m[2]];
    rest = rest.slice(m[0].length);
  }
  return total;
}
