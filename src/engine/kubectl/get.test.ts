import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { KObject } from '../objects/types';
import { rfc3339 } from '../util/time';

function setup() {
  const c = createCluster({ nodes: 0 });
  const create = (o: Record<string, unknown>) => c.api.create(o as never, 'test');
  const setStatus = (kind: string, name: string, status: unknown, ns = 'default') => {
    const o = c.api.getByKind(kind, ns, name) as KObject;
    c.api.update({ ...o, status } as KObject, 'test', 'status');
  };
  return { c, create, setStatus };
}

const podSpec = { containers: [{ name: 'web', image: 'nginx' }] };

describe('kubectl get', () => {
  it('prints pods with READY/STATUS/RESTARTS/AGE, aligned like tabwriter', () => {
    const { c, create, setStatus } = setup();
    create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', labels: { app: 'web' } }, spec: podSpec });
    create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'crashy' }, spec: podSpec });
    setStatus('Pod', 'web-1', { phase: 'Running', containerStatuses: [{ name: 'web', ready: true, restartCount: 0, state: { running: { startedAt: rfc3339(0) } } }] });
    setStatus('Pod', 'crashy', {
      phase: 'Running',
      containerStatuses: [{ name: 'web', ready: false, restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, finishedAt: rfc3339(0) } } }],
    });
    c.advance(0);
    const now = c.now();
    const age = now < 1000 ? '0s' : undefined;
    const r = c.kubectl('get pods');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    if (age)
      expect(r.stdout).toBe('NAME     READY   STATUS             RESTARTS     AGE\ncrashy   0/1     CrashLoopBackOff   3 (0s ago)   0s\nweb-1    1/1     Running            0            0s\n');
    expect(c.kubectl('get pods --show-labels').stdout.split('\n')[0]).toBe('NAME     READY   STATUS             RESTARTS     AGE   LABELS');
    expect(c.kubectl('get po -l app=web -o name').stdout).toBe('pod/web-1\n');
    expect(c.kubectl('get pods -A').stdout.split('\n')[0]).toBe('NAMESPACE   NAME     READY   STATUS             RESTARTS     AGE');
    expect(c.kubectl('get pods -o wide').stdout.split('\n')[1]).toBe('crashy   0/1     CrashLoopBackOff   3 (0s ago)   0s    <none>   <none>   <none>           <none>');
  });

  it.each([
    ['get pods', '', 'No resources found in default namespace.\n', 0],
    ['get pods -n kube-system', '', 'No resources found in kube-system namespace.\n', 0],
    ['get nodes', '', 'No resources found\n', 0],
    ['get pods -A', '', 'No resources found\n', 0],
    ['get foo', '', 'error: the server doesn\'t have a resource type "foo"\n', 1],
    ['get pods x', '', 'Error from server (NotFound): pods "x" not found\n', 1],
    ['get deploy/web', '', 'Error from server (NotFound): deployments.apps "web" not found\n', 1],
    [
      'get pods pod/web',
      '',
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
      1,
    ],
    ['get pods -o foo', '', 'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n', 1],
    ['get pods --bogus', '', "Error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n", 1],
    ['gett pods', '', 'Error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\n', 1],
    ['set zzz', '', "error: unknown command \"zzz\"\nSee 'kubectl set -h' for help and examples\n", 1],
  ])('%s', (line, stdout, stderr, code) => {
    const { c } = setup();
    expect(c.kubectl(line)).toEqual({ stdout, stderr, exitCode: code });
  });

  it('namespaces table, single object yaml, List for several', () => {
    const { c } = setup();
    expect(c.kubectl('get ns').stdout).toBe('NAME              STATUS   AGE\ndefault           Active   0s\nkube-node-lease   Active   0s\nkube-public       Active   0s\nkube-system       Active   0s\n');
    const one = c.kubectl('get ns default -o yaml').stdout;
    expect(one.startsWith('apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: "2025-01-01T00:00:00Z"\n')).toBe(true);
    const list = c.kubectl('get ns default kube-public -o json').stdout;
    expect(list.startsWith('{\n    "apiVersion": "v1",\n    "items": [\n')).toBe(true);
    expect(list.endsWith('    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n')).toBe(true);
  });

  it('get all prints kind-prefixed tables separated by blank lines', () => {
    const { c } = setup();
    c.kubectl('create deployment web --image=nginx');
    c.kubectl('run solo --image=nginx');
    const out = c.kubectl('get all').stdout;
    // The `kubernetes` Service exists in every cluster, as it does in a real one.
    expect(out).toBe(
      'NAME       READY   STATUS    RESTARTS   AGE\npod/solo   0/1     Pending   0          0s\n\n' +
        'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nservice/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s\n\n' +
        'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   0/1     0            0           0s\n',
    );
  });
});
