// Cluster DNS as kubeadm installs it: the `coredns` Deployment (2 replicas) with its ServiceAccount
// and Corefile ConfigMap, behind the `kube-dns` Service at 10.96.0.10 (the kubelet's --cluster-dns),
// all in kube-system. Pods' lookups depend on it (exec/dns.ts): with no ready CoreDNS endpoint
// behind kube-dns, nslookup times out and wget/curl cannot resolve names.
// [kubeadm: cmd/kubeadm/app/phases/addons/dns/manifests.go and dns.go (v1.32), constants.go
//  DefaultCoreDNSVersion v1.11.3]
// Simplified: no ClusterRole/ClusterRoleBinding (this cluster has no RBAC kinds); the Deployment's
// preferred pod anti-affinity is carried but the scheduler has no InterPodAffinity plugin, so the
// two replicas are spread by the default topology spreading and least-allocated scoring instead.
import type { ComponentFactory } from '../cluster/component';
import { DNS_SERVER_IP } from '../exec/dns';
import type { NewObject } from '../objects/types';

const KUBEADM = 'kubeadm';
const NS = 'kube-system';
export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.11.3';
export const KUBE_DNS_SERVICE = 'kube-dns';
const LABELS = { 'k8s-app': 'kube-dns' };

/** kubeadm's Corefile for the cluster domain cluster.local (v1.32: no cache `disable` block yet). */
export const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30
    loop
    reload
    loadbalance
}
`;

const PORTS = [
  { containerPort: 53, name: 'dns', protocol: 'UDP' },
  { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
  { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
  { containerPort: 8080, name: 'liveness-probe', protocol: 'TCP' },
  { containerPort: 8181, name: 'readiness-probe', protocol: 'TCP' },
];

function deployment(): NewObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: NS, labels: LABELS },
    spec: {
      replicas: 2,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      selector: { matchLabels: LABELS },
      template: {
        metadata: { labels: LABELS },
        spec: {
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          affinity: {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                { weight: 100, podAffinityTerm: { labelSelector: { matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }] }, topologyKey: 'kubernetes.io/hostname' } },
              ],
            },
          },
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          containers: [
            {
              name: 'coredns',
              image: COREDNS_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
              args: ['-conf', '/etc/coredns/Corefile'],
              volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
              ports: PORTS,
              livenessProbe: { httpGet: { path: '/health', port: 'liveness-probe', scheme: 'HTTP' }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
              readinessProbe: { httpGet: { path: '/ready', port: 'readiness-probe', scheme: 'HTTP' } },
              securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] }, readOnlyRootFilesystem: true },
            },
          ],
          // CoreDNS itself resolves upstream names through the node's resolv.conf, not through itself.
          dnsPolicy: 'Default',
          volumes: [{ name: 'config-volume', configMap: { name: 'coredns', items: [{ key: 'Corefile', path: 'Corefile' }] } }],
        },
      },
    },
  } as NewObject;
}

function service(): NewObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: KUBE_DNS_SERVICE,
      namespace: NS,
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      clusterIP: DNS_SERVER_IP,
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: LABELS,
    },
  } as NewObject;
}

export const corednsAddon: ComponentFactory = (ctx) => ({
  name: 'coredns-addon',
  bootstrap() {
    const client = ctx.api.client(KUBEADM);
    client.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'coredns', namespace: NS } } as NewObject);
    client.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace: NS }, data: { Corefile: COREFILE } } as NewObject);
    client.create(deployment());
    client.create(service());
  },
  start() {},
});
