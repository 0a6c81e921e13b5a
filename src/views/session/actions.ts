// The kubectl line a learner would type for each click, so clicking teaches the commands.
// Actions with no kubectl equivalent (faults) are shown as a shell comment instead.
import type { Fault } from '../../engine';

const ns = (namespace: string): string => (namespace && namespace !== 'default' ? ` -n ${namespace}` : '');

type Kind = 'Deployment' | 'StatefulSet';
const resource = (kind: Kind = 'Deployment'): string => (kind === 'StatefulSet' ? 'statefulset' : 'deployment');

export const commandFor = {
  killPod: (namespace: string, pod: string) => `delete pod ${pod}${ns(namespace)}`,
  scale: (namespace: string, name: string, replicas: number, kind?: Kind) =>
    `scale ${resource(kind)} ${name} --replicas=${replicas}${ns(namespace)}`,
  setImage: (namespace: string, name: string, container: string, image: string, kind?: Kind) =>
    `set image ${resource(kind)}/${name} ${container}=${image}${ns(namespace)}`,
  cordon: (node: string, on: boolean) => `${on ? 'cordon' : 'uncordon'} ${node}`,
  // DaemonSet pods (kube-proxy runs on every node) would otherwise block the drain, as kubectl says.
  drain: (node: string) => `drain ${node} --ignore-daemonsets`,
  rollback: (namespace: string, name: string, kind?: Kind) => `rollout undo ${resource(kind)}/${name}${ns(namespace)}`,
  pauseRollout: (namespace: string, deployment: string, paused: boolean) =>
    `rollout ${paused ? 'pause' : 'resume'} deployment/${deployment}${ns(namespace)}`,
  restartRollout: (namespace: string, name: string, kind?: Kind) => `rollout restart ${resource(kind)}/${name}${ns(namespace)}`,
};

export const commentFor = {
  crashContainer: (pod: string, container?: string) =>
    `# crash the ${container ? `container ${container}` : 'container'} of ${pod} (fault injection: no kubectl equivalent)`,
  killNode: (node: string) => `# power off ${node}: its kubelet stops reporting and its containers stop (fault injection)`,
  restoreNode: (node: string) => `# power ${node} back on (fault injection)`,
};

/** The comment any fault prints (lessons and share links inject the same faults a learner can). */
export function commentForFault(fault: Fault): string {
  switch (fault.type) {
    case 'crash-container':
      return commentFor.crashContainer(fault.pod, fault.container);
    case 'kill-node':
      return commentFor.killNode(fault.node);
    case 'restore-node':
      return commentFor.restoreNode(fault.node);
    case 'load':
      return `# the audience sends ${fault.rps} requests/s to service/${fault.service} (traffic model)`;
    case 'fail-probe': {
      const secs = Math.round((fault.durationMs ?? 60_000) / 1000);
      return secs === 0
        ? `# the ${fault.probe} probe of ${fault.pod} works again (fault injection)`
        : `# make the ${fault.probe} probe of ${fault.pod} fail for ${secs} s (fault injection: no kubectl equivalent)`;
    }
  }
}

/** A console line as typed, minus the optional leading `kubectl`; undefined for blank input. */
export function parseConsoleLine(line: string): { kind: 'clear' } | { kind: 'kubectl'; args: string } | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  if (trimmed === 'clear') return { kind: 'clear' };
  const args = trimmed.replace(/^kubectl(\s+|$)/, '');
  return { kind: 'kubectl', args };
}

/** What a container image may be made of on the kubectl line: reference characters only. */
const IMAGE_CHARS = /^[A-Za-z0-9._:/@-]+$/;

/**
 * Why an image typed into the "Set image" field cannot go on the kubectl line, in the API
 * server's words (a field error on the pod template), or undefined when it can. Pasted raw, a
 * space would end the argument (`nginx --replicas=0` → unknown flag; `nginx -n other` → another
 * namespace). Leading/trailing whitespace gets the API's own message (it checks that for pods);
 * any other character that cannot be in an image reference gets the one the kubelet reports.
 * Simplification: a real API server accepts such an image and the pod then fails at the kubelet
 * (InvalidImageName, "invalid reference format"); the field refuses it up front instead, because
 * the text cannot travel on the kubectl line it would print.
 */
export function imageProblem(kind: Kind, name: string, containerIndex: number, image: string): string | undefined {
  const path = `spec.template.spec.containers[${containerIndex}].image`;
  const invalid = (why: string) => `The ${kind} "${name}" is invalid: ${path}: ${why}`;
  if (image === '') return invalid('Required value');
  if (image.trim() !== image) return invalid(`Invalid value: ${JSON.stringify(image)}: must not have leading or trailing whitespace`);
  if (!IMAGE_CHARS.test(image) || image.startsWith('-'))
    return invalid(`Invalid value: ${JSON.stringify(image)}: invalid reference format`);
  return undefined;
}
