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
  // Deployment pods only; DaemonSet pods (none yet) would otherwise block the drain.
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
