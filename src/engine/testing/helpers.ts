// Test-only helpers over the public contract: run kubectl and fail loudly, wait for a condition
// in virtual time, read pods of a workload. Not imported by the app.
import type { Cluster } from '../cluster/cluster';
import type { Deployment, Node, Pod } from '../objects/types';

export function kubectlOk(cluster: Cluster, line: string, stdin?: string): string {
  const r = cluster.kubectl(line, stdin);
  if (r.exitCode !== 0) throw new Error(`kubectl ${line} failed (${r.exitCode}): ${r.stderr}`);
  return r.stdout;
}

/** Advances in steps until `predicate` holds; returns the virtual time it took, or throws. */
export function waitFor(cluster: Cluster, predicate: () => boolean, maxMs: number, stepMs = 500, what = 'condition'): number {
  const start = cluster.now();
  while (!predicate()) {
    if (cluster.now() - start >= maxMs) throw new Error(`timed out after ${maxMs} ms waiting for ${what}`);
    cluster.advance(stepMs);
  }
  return cluster.now() - start;
}

export function podsWithLabel(cluster: Cluster, key: string, value: string, namespace = 'default'): Pod[] {
  return cluster.list<Pod>('Pod', namespace).filter((p) => p.metadata.labels?.[key] === value);
}

export function readyPods(pods: Pod[]): Pod[] {
  return pods.filter((p) => !p.metadata.deletionTimestamp && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
}

export function deployment(cluster: Cluster, name: string, namespace = 'default'): Deployment | undefined {
  return cluster.get<Deployment>('Deployment', namespace, name);
}

export function nodes(cluster: Cluster): Node[] {
  return cluster.list<Node>('Node');
}

export function nginxDeployment(name: string, replicas: number, image = 'nginx:1.14.2', cpu = '100m'): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: nginx
        image: ${image}
        ports:
        - containerPort: 80
        resources:
          requests:
            cpu: ${cpu}
`;
}
