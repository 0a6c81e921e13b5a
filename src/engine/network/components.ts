// This folder's components in start order (spread into cluster/components.ts): the `kubernetes`
// Service, the two endpoint controllers, kube-proxy, kubeadm's CoreDNS add-on, then the traffic model that reads kube-proxy.
import type { ComponentFactory } from '../cluster/component';
import { endpointsController } from './endpoints-controller';
import { endpointSliceController } from './endpointslice-controller';
import { kubeProxyComponent } from './kube-proxy';
import { kubeProxyDaemonSet } from './kube-proxy-daemonset';
import { corednsAddon } from './coredns-addon';
import { kubernetesServiceComponent } from './kubernetes-service';
import { trafficComponent } from './traffic';

export const NETWORK_COMPONENTS: ComponentFactory[] = [kubernetesServiceComponent, endpointSliceController, endpointsController, kubeProxyComponent, kubeProxyDaemonSet, corednsAddon, trafficComponent];
