// The namespaces every cluster starts with, created as kube-apiserver's system namespace
// controller does: default, kube-system, kube-public, kube-node-lease.
import type { ComponentFactory } from './component';

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

export const namespacesComponent: ComponentFactory = (ctx) => ({
  name: 'namespaces',
  bootstrap() {
    const client = ctx.api.client('kube-apiserver');
    for (const name of SYSTEM_NAMESPACES) client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  },
  start() {},
});
