// kube-proxy as a cluster shows it: the DaemonSet kubeadm installs in kube-system (with its
// ServiceAccount and ConfigMap), so `kubectl get ds -n kube-system` lists kube-proxy and every node
// runs a kube-proxy-xxxxx pod. The routing itself is network/kube-proxy.ts, which stands for all of
// these pods' rules. [kubeadm: cmd/kubeadm/app/phases/addons/proxy/manifests.go (v1.32)]
// Simplified: the ConfigMap holds a short KubeProxyConfiguration; the pods carry no tokens or
// kubeconfig of their own, and their lifecycle does not gate routing (a killed node's rules stay).
import type { ComponentFactory } from '../cluster/component';

const KUBEADM = 'kubeadm';
const NS = 'kube-system';
export const KUBE_PROXY_IMAGE = 'registry.k8s.io/kube-proxy:v1.32.0';

const CONFIG = `apiVersion: kubeproxy.config.k8s.io/v1alpha1
bindAddress: 0.0.0.0
clusterCIDR: 10.244.0.0/16
kind: KubeProxyConfiguration
mode: iptables
`;

export const kubeProxyDaemonSet: ComponentFactory = (ctx) => ({
  name: 'kube-proxy-daemonset',
  bootstrap() {
    const client = ctx.api.client(KUBEADM);
    const labels = { 'k8s-app': 'kube-proxy' };
    client.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'kube-proxy', namespace: NS } });
    client.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy', namespace: NS, labels: { app: 'kube-proxy' } }, data: { 'config.conf': CONFIG } });
    client.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'kube-proxy', namespace: NS, labels },
      spec: {
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'kube-proxy',
                image: KUBE_PROXY_IMAGE,
                imagePullPolicy: 'IfNotPresent',
                command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
                env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
                securityContext: { privileged: true },
                volumeMounts: [
                  { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
                  { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                  { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
                ],
              },
            ],
            hostNetwork: true,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            priorityClassName: 'system-node-critical',
            serviceAccountName: 'kube-proxy',
            tolerations: [{ operator: 'Exists' }],
            volumes: [
              { name: 'kube-proxy', configMap: { name: 'kube-proxy' } },
              { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
              { name: 'lib-modules', hostPath: { path: '/lib/modules' } },
            ],
          },
        },
      },
    });
  },
  start() {},
});
