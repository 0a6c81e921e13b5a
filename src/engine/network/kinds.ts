// Discovery entries for the networking kinds this folder serves: Service and Endpoints (core/v1)
// and EndpointSlice (discovery.k8s.io/v1), with their real plurals and short names.
// Registered on import (api/strategies/index.ts loads service-strategy.ts, which imports this).
import { registerKind } from '../api/kinds';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'Service', group: '', version: 'v1', resource: 'services', singular: 'service', shortNames: ['svc'], namespaced: true, generation: false, verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], categories: ['all'] });
registerKind({ kind: 'Endpoints', group: '', version: 'v1', resource: 'endpoints', singular: 'endpoints', shortNames: ['ep'], namespaced: true, generation: false, verbs: CRUD });
registerKind({ kind: 'EndpointSlice', group: 'discovery.k8s.io', version: 'v1', resource: 'endpointslices', singular: 'endpointslice', shortNames: [], namespaced: true, generation: true, verbs: CRUD });

/** kube-apiserver --service-cluster-ip-range (kubeadm's default). */
export const SERVICE_CIDR = '10.96.0.0/12';
export const SERVICE_CIDR_BASE = (10 << 24) | (96 << 16); // 10.96.0.0
export const SERVICE_CIDR_SIZE = 1 << 20;
/** --service-node-port-range. */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
