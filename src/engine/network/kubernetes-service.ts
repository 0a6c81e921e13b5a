// The `kubernetes` Service in `default` (10.96.0.1:443 -> the API server's 6443) with its
// Endpoints and EndpointSlice, as kube-apiserver's bootstrap controller and endpoint reconciler
// create them. [k8s: pkg/controlplane/controller/kubernetesservice, pkg/controlplane/reconcilers]
// Simplification: created once at bootstrap and never reconciled; the API server's address is a
// fixed stand-in (this cluster has no control-plane node object).
import type { ComponentFactory } from '../cluster/component';
import type { NewObject } from '../objects/types';
import { KUBERNETES_SERVICE_IP } from './kinds';
import { SERVICE_NAME_LABEL } from './endpointslice-controller';

export const API_SERVER_IP = '172.18.0.250';
const ACTOR = 'kube-apiserver';

export const kubernetesServiceComponent: ComponentFactory = (ctx) => ({
  name: 'kubernetes-service',
  bootstrap() {
    const client = ctx.api.client(ACTOR);
    const labels = { component: 'apiserver', provider: 'kubernetes' };
    client.create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels },
      spec: { type: 'ClusterIP', clusterIP: KUBERNETES_SERVICE_IP, ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None' },
    } as NewObject);
    client.create({
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: [{ ip: API_SERVER_IP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
    } as NewObject);
    client.create({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { [SERVICE_NAME_LABEL]: 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: [API_SERVER_IP], conditions: { ready: true } }],
      ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
    } as NewObject);
  },
  start() {},
});
