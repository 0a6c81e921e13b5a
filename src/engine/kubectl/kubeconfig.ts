// The learner's kubeconfig: one cluster (this simulated one), its admin user and one context, as
// kubeadm writes admin.conf (`kubernetes-admin@kubernetes`). `kubectl config` edits it, and the
// current context's namespace is every command's default namespace. It is kept as a component's
// JSON state, so a snapshot, a rewind and a share link replay it with the commands that changed it.
// Simplification: a real kubeconfig is a file on the learner's machine, outside the cluster;
// here a rewind also rewinds it. Credentials are never shown (`DATA+OMITTED`, as `config view`).
import { API_SERVER_IP } from '../network/kubernetes-service';
import type { Component, ComponentFactory } from '../cluster/component';

export interface KubeconfigContext {
  name: string;
  cluster?: string;
  user?: string;
  namespace?: string;
}

export interface Kubeconfig {
  currentContext: string;
  clusters: { name: string; server: string }[];
  contexts: KubeconfigContext[];
  users: { name: string }[];
}

/** Where `config delete-context` says it wrote (kubectl names the file it edited). */
export const KUBECONFIG_PATH = '/home/learner/.kube/config';

export interface KubeconfigComponent extends Component {
  config: Kubeconfig;
}

export const kubeconfigComponent: ComponentFactory = (ctx) => {
  const config = ctx.state<Kubeconfig>('kubeconfig', () => ({
    currentContext: 'kubernetes-admin@kubernetes',
    clusters: [{ name: 'kubernetes', server: `https://${API_SERVER_IP}:6443` }],
    contexts: [{ name: 'kubernetes-admin@kubernetes', cluster: 'kubernetes', user: 'kubernetes-admin' }],
    users: [{ name: 'kubernetes-admin' }],
  }));
  return { name: 'kubeconfig', config, start() {} };
};

/**
 * What the current context means for a command: its namespace, or why the command cannot reach
 * a server (a context naming no cluster this kubeconfig has falls back to localhost:8080, as
 * client-go does, where nothing listens).
 */
export function currentTarget(config: Kubeconfig | undefined): { namespace?: string; refused?: string } {
  if (!config) return {};
  const c = config.contexts.find((x) => x.name === config.currentContext);
  if (!c || !config.clusters.some((k) => k.name === c.cluster))
    return { refused: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?' };
  return { namespace: c.namespace || undefined };
}
