// The kubectl line a learner would type for each click, so clicking teaches the commands.
// Actions with no kubectl equivalent (faults) are shown as a shell comment instead.

const ns = (namespace: string): string => (namespace && namespace !== 'default' ? ` -n ${namespace}` : '');

export const commandFor = {
  killPod: (namespace: string, pod: string) => `delete pod ${pod}${ns(namespace)}`,
  scale: (namespace: string, deployment: string, replicas: number) =>
    `scale deployment ${deployment} --replicas=${replicas}${ns(namespace)}`,
  setImage: (namespace: string, deployment: string, container: string, image: string) =>
    `set image deployment/${deployment} ${container}=${image}${ns(namespace)}`,
  cordon: (node: string, on: boolean) => `${on ? 'cordon' : 'uncordon'} ${node}`,
  // Deployment pods only; DaemonSet pods (none yet) would otherwise block the drain.
  drain: (node: string) => `drain ${node} --ignore-daemonsets`,
  rollback: (namespace: string, deployment: string) => `rollout undo deployment/${deployment}${ns(namespace)}`,
  pauseRollout: (namespace: string, deployment: string, paused: boolean) =>
    `rollout ${paused ? 'pause' : 'resume'} deployment/${deployment}${ns(namespace)}`,
  restartRollout: (namespace: string, deployment: string) => `rollout restart deployment/${deployment}${ns(namespace)}`,
};

export const commentFor = {
  crashContainer: (pod: string, container?: string) =>
    `# crash the ${container ? `container ${container}` : 'container'} of ${pod} (fault injection: no kubectl equivalent)`,
  killNode: (node: string) => `# power off ${node}: its kubelet stops reporting and its containers stop (fault injection)`,
  restoreNode: (node: string) => `# power ${node} back on (fault injection)`,
};

/** A console line as typed, minus the optional leading `kubectl`; undefined for blank input. */
export function parseConsoleLine(line: string): { kind: 'clear' } | { kind: 'kubectl'; args: string } | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  if (trimmed === 'clear') return { kind: 'clear' };
  const args = trimmed.replace(/^kubectl(\s+|$)/, '');
  return { kind: 'kubectl', args };
}
