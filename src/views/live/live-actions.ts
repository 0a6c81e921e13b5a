// The stage's buttons on a cluster behind a Kubernetes API: each click that has a kubectl
// equivalent is echoed as that line (so clicking still teaches the command) and sent as the API
// request kubectl would make; the answer is printed as kubectl prints it, a refusal (RBAC,
// admission, a conflict) in the server's own words. Faults and time control exist only in the
// simulation, and `drain` and `rollout undo` are client-side loops in kubectl: those say so.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/{delete,scale,cordon,set,rollout}]
import { commandFor } from '../session/actions';
import type { ClusterReader } from '../session/source';
import type { ConsoleLine, SessionActions, WorkloadKind } from '../session/types';
import type { KubeClient, WriteResult } from './kube-client';

type Print = (lines: ConsoleLine[]) => void;

const NOT_HERE = (what: string) => `# ${what} exists only in the simulation: this page shows a cluster through its API`;

const nsPath = (namespace: string) => `/namespaces/${encodeURIComponent(namespace || 'default')}`;
const workloadPath = (kind: WorkloadKind, namespace: string, name: string) =>
  `/apis/apps/v1${nsPath(namespace)}/${kind === 'StatefulSet' ? 'statefulsets' : 'deployments'}/${encodeURIComponent(name)}`;
const MERGE = 'application/merge-patch+json';
const STRATEGIC = 'application/strategic-merge-patch+json';

/** kubectl's line for a refusal: `Error from server (Forbidden): …`. */
export function refusalLine(r: Extract<WriteResult, { ok: false }>): string {
  return r.code === 0 ? `error: ${r.message}` : `Error from server (${r.reason}): ${r.message}`;
}

export function liveActions(
  client: KubeClient,
  reader: ClusterReader,
  print: Print,
  onWrite: () => void,
): Omit<SessionActions, 'select' | 'runConsole' | 'stopFollowing' | 'askWhy' | 'clearWhy' | 'kubectl'> {
  /** Echoes `line`, sends the request, prints kubectl's answer for it or the refusal. */
  const send = (line: string, method: string, path: string, body: unknown, contentType: string | undefined, done: string): void => {
    print([{ kind: 'input', text: `kubectl ${line}` }]);
    void client.write(method, path, body, contentType).then((r) => {
      print([r.ok ? { kind: 'stdout', text: done } : { kind: 'stderr', text: refusalLine(r) }]);
      onWrite();
    });
  };
  const resource = (kind: WorkloadKind = 'Deployment') => (kind === 'StatefulSet' ? 'statefulset.apps' : 'deployment.apps');
  const say = (what: string) => () => print([{ kind: 'comment', text: NOT_HERE(what) }]);
  return {
    killPod: (namespace, name) =>
      send(
        commandFor.killPod(namespace, name),
        'DELETE',
        `/api/v1${nsPath(namespace)}/pods/${encodeURIComponent(name)}`,
        undefined,
        undefined,
        `pod "${name}" deleted`,
      ),
    scale: (kind, namespace, name, delta) => {
      const current =
        reader.get<{ spec?: { replicas?: number } } & import('../../engine').KObject>(kind, namespace, name)?.spec?.replicas ?? 1;
      const replicas = Math.max(0, current + delta);
      send(
        commandFor.scale(namespace, name, replicas, kind),
        'PATCH',
        workloadPath(kind, namespace, name),
        { spec: { replicas } },
        MERGE,
        `${resource(kind)}/${name} scaled`,
      );
    },
    setImage: (namespace, name, container, image, kind = 'Deployment') =>
      send(
        commandFor.setImage(namespace, name, container, image, kind),
        'PATCH',
        workloadPath(kind, namespace, name),
        { spec: { template: { spec: { containers: [{ name: container, image }] } } } },
        STRATEGIC,
        `${resource(kind)}/${name} image updated`,
      ),
    cordon: (name, on) =>
      send(
        commandFor.cordon(name, on),
        'PATCH',
        `/api/v1/nodes/${encodeURIComponent(name)}`,
        { spec: { unschedulable: on ? true : null } },
        MERGE,
        `node/${name} ${on ? 'cordoned' : 'uncordoned'}`,
      ),
    pauseRollout: (namespace, name, paused) =>
      send(
        commandFor.pauseRollout(namespace, name, paused),
        'PATCH',
        workloadPath('Deployment', namespace, name),
        { spec: { paused: paused ? true : null } },
        MERGE,
        `deployment.apps/${name} ${paused ? 'paused' : 'resumed'}`,
      ),
    // kubectl's own restart: a timestamp annotation on the pod template (polymorphichelpers/objectrestarter.go).
    restartRollout: (namespace, name, kind = 'Deployment') =>
      send(
        commandFor.restartRollout(namespace, name, kind),
        'PATCH',
        workloadPath(kind, namespace, name),
        { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': new Date().toISOString() } } } } },
        STRATEGIC,
        `${resource(kind)}/${name} restarted`,
      ),
    drain: (name) =>
      print([
        {
          kind: 'comment',
          text: `# kubectl drain ${name} evicts pod by pod from your terminal; run it there (the page cordons with Cordon)`,
        },
      ]),
    rollback: (namespace, name, kind) =>
      print([
        {
          kind: 'comment',
          text: `# kubectl ${commandFor.rollback(namespace, name, kind)} picks the revision on the client side; run it in your terminal`,
        },
      ]),
    crashContainer: say('crashing a container (fault injection)'),
    failProbe: say('failing a probe (fault injection)'),
    killNode: say('powering a node off (fault injection)'),
    restoreNode: say('powering a node on (fault injection)'),
    setLoad: say('the audience (the traffic model)'),
    play: say('time control'),
    pause: say('time control'),
    setSpeed: () => undefined,
    step: say('time control'),
    rewindTo: say('rewinding'),
    visit: say('visiting the past'),
    backToNow: () => undefined,
    reset: say('reset'),
  };
}
