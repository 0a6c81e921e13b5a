// What the app opens on: the engine's three worker nodes and the nginx Deployment from the
// Kubernetes docs ("Creating a Deployment", controllers/nginx-deployment.yaml), three replicas.
// It plays behind a Service (the marquee) with light traffic from the audience.
import type { Cluster, Deployment, Fault } from '../../engine';

/** Shown in the console as what the app "typed" at start. */
export const SAMPLE_FILE = 'nginx-deployment.yaml';

export const SAMPLE_DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

/** Something that runs a kubectl line and can inject a fault, recording both for replay. */
export interface SampleTarget {
  kubectl(line: string, stdin?: string, shownAs?: string): void;
  inject(fault: Fault, comment: string): void;
}

/** Requests per second the audience sends at start: enough to see the ushers work. */
export const SAMPLE_RPS = 5;

export function setUpSampleCluster(target: SampleTarget): void {
  target.kubectl('apply -f -', SAMPLE_DEPLOYMENT_YAML, `kubectl apply -f ${SAMPLE_FILE}`);
  addSampleService(target);
}

/** The marquee: a ClusterIP Service in front of the band, and an audience sending light traffic. */
export function addSampleService(target: SampleTarget): void {
  target.kubectl('expose deployment nginx-deployment --port=80');
  target.inject(
    { type: 'load', service: 'nginx-deployment', rps: SAMPLE_RPS },
    `# the audience arrives: ${SAMPLE_RPS} requests/s to service/nginx-deployment (traffic model)`,
  );
}

/** True when every Deployment has all its replicas available: the band is playing. */
export function allDeploymentsAvailable(cluster: Pick<Cluster, 'list'>): boolean {
  return cluster.list<Deployment>('Deployment').every((d) => (d.status?.availableReplicas ?? 0) >= (d.spec?.replicas ?? 1));
}
