// The official tasks "Configure a Pod Quota for a Namespace" and "Configure Default Memory
// Requests and Limits for a Namespace", typed as the pages give them (manifests from
// kubernetes/website content/en/examples/admin/resource, passed on stdin instead of by URL).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

// admin/resource/quota-pod.yaml, exactly as stored.
const QUOTA_POD = `---
{
  apiVersion: "v1",
  kind: "ResourceQuota",
  metadata: {
    name: "pod-demo",
  },
  spec: {
    hard: {
      pods: "2",
    },
  },
}
`;

// admin/resource/quota-pod-deployment.yaml
const QUOTA_POD_DEPLOYMENT = `---
{
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: {
    name: "pod-quota-demo",
  },
  spec: {
    selector: {
      matchLabels: {
        purpose: "quota-demo",
      },
    },
    replicas: 3,
    template: {
      metadata: {
        labels: {
          purpose: "quota-demo",
        },
      },
      spec: {
        containers: [{
          name: "pod-quota-demo",
          image: "nginx",
        }],
      },
    },
  },
}
`;

// admin/resource/memory-defaults.yaml
const MEMORY_DEFAULTS = `---
{
  apiVersion: "v1",
  kind: "LimitRange",
  metadata: {
    name: "mem-limit-range",
  },
  spec: {
    limits: [{
      default: {
        memory: "512Mi",
      },
      defaultRequest: {
        memory: "256Mi",
      },
      type: "Container",
    }],
  },
}
`;

// admin/resource/memory-defaults-pod.yaml
const MEMORY_DEFAULTS_POD = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "default-mem-demo",
  },
  spec: {
    containers: [{
      name: "default-mem-demo-ctr",
      image: "nginx",
    }],
  },
}
`;

// admin/resource/memory-defaults-pod-2.yaml (the container name's typo is the page's)
const MEMORY_DEFAULTS_POD_2 = `apiVersion: v1
kind: Pod
metadata:
  name: default-mem-demo-2
spec:
  containers:
  - name: defalt-mem-demo-2-ctr
    image: nginx
    resources:
      limits:
        memory: "1Gi"
`;

// admin/resource/memory-defaults-pod-3.yaml
const MEMORY_DEFAULTS_POD_3 = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "default-mem-demo-3",
  },
  spec: {
    containers: [{
      name: "default-mem-demo-3-ctr",
      image: "nginx",
      resources: {
        requests: {
          memory: "128Mi",
        },
      },
    }],
  },
}
`;

describe('Configure a Pod Quota for a Namespace', () => {
  it('lets two of the three replicas run and says why the third is refused', () => {
    const c = createCluster({ seed: 1 });
    expect(kubectlOk(c, 'kubectl create namespace quota-pod-example')).toBe('namespace/quota-pod-example created\n');
    expect(kubectlOk(c, 'kubectl apply -f - --namespace=quota-pod-example', QUOTA_POD)).toBe('resourcequota/pod-demo created\n');
    c.advance(1000);
    const quota = kubectlOk(c, 'kubectl get resourcequota pod-demo --namespace=quota-pod-example --output=yaml');
    expect(quota).toContain('spec:\n  hard:\n    pods: "2"\nstatus:\n  hard:\n    pods: "2"\n  used:\n    pods: "0"\n');

    expect(kubectlOk(c, 'kubectl apply -f - --namespace=quota-pod-example', QUOTA_POD_DEPLOYMENT)).toBe('deployment.apps/pod-quota-demo created\n');
    waitFor(c, () => c.get<KObject>('Deployment', 'quota-pod-example', 'pod-quota-demo')?.status?.readyReplicas === 2, 120_000, 1000, 'two ready replicas');
    c.advance(10_000);
    const out = kubectlOk(c, 'kubectl get deployment pod-quota-demo --namespace=quota-pod-example --output=yaml');
    const rs = c.list<KObject>('ReplicaSet', 'quota-pod-example')[0];
    // The page's output: 3 desired, 2 running, and the ReplicaFailure condition naming the quota.
    expect(out).toContain('  replicas: 3\n');
    // The page's sample (`pods "pod-quota-demo-1650323038-"`) predates validating admission running
    // after name generation: 1.32 names the generated pod (AdmissionToValidateObjectFunc).
    // (yaml folds the long message where its line reaches 80 columns: any space may be a fold.)
    const refused = `pods "${rs.metadata.name}-[a-z0-9]{5}" is forbidden: exceeded quota: pod-demo, requested: pods=1, used: pods=2, limited: pods=2`.replaceAll(' ', '\\s+');
    expect(out).toMatch(new RegExp(`\\n {4}message: '${refused}'\\n {4}reason: FailedCreate\\n`));
    expect(out).toMatch(/\n {2}availableReplicas: 2\n/);
    expect(out).toMatch(/\n {2}replicas: 2\n/);
    expect(c.list<Pod>('Pod', 'quota-pod-example')).toHaveLength(2);
    // The ReplicaSet's FailedCreate event carries the same message.
    const events = kubectlOk(c, `kubectl get events -n quota-pod-example --field-selector involvedObject.name=${rs.metadata.name},reason=FailedCreate -o jsonpath={.items[0].message}`);
    expect(events).toMatch(new RegExp(`^Error creating: pods "${rs.metadata.name}-[a-z0-9]{5}" is forbidden: exceeded quota: pod-demo, requested: pods=1, used: pods=2, limited: pods=2$`));
    expect(kubectlOk(c, 'kubectl get quota -n quota-pod-example').split('\n')[1]).toMatch(/^pod-demo {3}\d+s {3}pods: 2\/2 {3}$/);
    expect(kubectlOk(c, 'kubectl describe quota pod-demo -n quota-pod-example')).toBe(
      'Name:       pod-demo\nNamespace:  quota-pod-example\nResource    Used  Hard\n--------    ----  ----\npods        2     2\n',
    );
    // Clean up as the page does: the namespace and everything in it.
    expect(kubectlOk(c, 'kubectl delete namespace quota-pod-example')).toBe('namespace "quota-pod-example" deleted\n');
  });
});

describe('Configure Default Memory Requests and Limits for a Namespace', () => {
  function resources(c: ReturnType<typeof createCluster>, name: string): unknown {
    return c.get<Pod>('Pod', 'default-mem-example', name)?.spec?.containers[0].resources;
  }

  it('fills in the defaults, keeps what the pod says, and shows it in the pod and the namespace', () => {
    const c = createCluster({ seed: 2 });
    kubectlOk(c, 'kubectl create namespace default-mem-example');
    expect(kubectlOk(c, 'kubectl apply -f - --namespace=default-mem-example', MEMORY_DEFAULTS)).toBe('limitrange/mem-limit-range created\n');
    expect(kubectlOk(c, 'kubectl apply -f - --namespace=default-mem-example', MEMORY_DEFAULTS_POD)).toBe('pod/default-mem-demo created\n');
    const yaml = kubectlOk(c, 'kubectl get pod default-mem-demo --output=yaml --namespace=default-mem-example');
    expect(yaml).toContain('    name: default-mem-demo-ctr\n    resources:\n      limits:\n        memory: 512Mi\n      requests:\n        memory: 256Mi\n');
    expect(c.get<Pod>('Pod', 'default-mem-example', 'default-mem-demo')?.metadata.annotations?.['kubernetes.io/limit-ranger']).toBe(
      'LimitRanger plugin set: memory request for container default-mem-demo-ctr; memory limit for container default-mem-demo-ctr',
    );
    expect(kubectlOk(c, 'kubectl delete pod default-mem-demo --namespace=default-mem-example')).toBe('pod "default-mem-demo" deleted\n');

    // Only a limit: the request comes from the limit (pod defaulting), not from the LimitRange.
    kubectlOk(c, 'kubectl apply -f - --namespace=default-mem-example', MEMORY_DEFAULTS_POD_2);
    expect(resources(c, 'default-mem-demo-2')).toEqual({ limits: { memory: '1Gi' }, requests: { memory: '1Gi' } });
    // Only a request: the limit is the LimitRange's default.
    kubectlOk(c, 'kubectl apply -f - --namespace=default-mem-example', MEMORY_DEFAULTS_POD_3);
    expect(resources(c, 'default-mem-demo-3')).toEqual({ limits: { memory: '512Mi' }, requests: { memory: '128Mi' } });

    expect(kubectlOk(c, 'kubectl describe limitrange mem-limit-range -n default-mem-example')).toBe(
      [
        'Name:       mem-limit-range',
        'Namespace:  default-mem-example',
        'Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
        '----        --------  ---  ---  ---------------  -------------  -----------------------',
        'Container   memory    -    -    256Mi            512Mi          -',
        '',
      ].join('\n'),
    );
    expect(kubectlOk(c, 'kubectl get limits -n default-mem-example')).toMatch(/^NAME {14}CREATED AT\nmem-limit-range {3}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n$/);
    const ns = kubectlOk(c, 'kubectl describe namespace default-mem-example');
    expect(ns).toContain('No resource quota.\n\nResource Limits\n Type       Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio\n');
    expect(ns).toContain(' Container  memory    -    -    256Mi            512Mi          -\n');
  });
});
