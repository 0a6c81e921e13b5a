// Exact-bytes tests of describe for the four kinds a learner describes most, against one
// hand-built scene (scene.ts): layouts follow describe.go, alignment Go's tabwriter.
import { describe, expect, it } from 'vitest';
import { scene } from './scene';
import { tabwrite } from './writer';

const LAYOUTS: [string, string][] = [
  [
    'describe pod web-7d9c6b5f4-abcde',
    `Name:             web-7d9c6b5f4-abcde
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/10.0.0.11
Start Time:       Wed, 01 Jan 2025 00:00:00 +0000
Labels:           app=web
                  pod-template-hash=7d9c6b5f4
Annotations:      <none>
Status:           Pending
IP:               
IPs:              <none>
Controlled By:    ReplicaSet/web-7d9c6b5f4
Containers:
  nginx:
    Container ID:   
    Image:          nginx:1.27
    Image ID:       
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Waiting
      Reason:       ContainerCreating
    Ready:          False
    Restart Count:  0
    Requests:
      cpu:        100m
      memory:     128Mi
    Environment:  <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-85bcf (ro)
Conditions:
  Type           Status
  PodScheduled   True 
Volumes:
  kube-api-access-85bcf:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   Burstable
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age                 From               Message
  ----    ------     ----                ----               -------
  Normal  Scheduled  20s                 default-scheduler  Successfully assigned default/web-7d9c6b5f4-abcde to node-1
  Normal  Pulling    2s (x3 over 2m10s)  kubelet            Pulling image "nginx:1.27"
`,
  ],
  [
    'describe deploy web',
    `Name:                   web
Namespace:              default
CreationTimestamp:      Wed, 01 Jan 2025 00:00:00 +0000
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 2
Selector:               app=web
Replicas:               3 desired | 2 updated | 4 total | 3 available | 1 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
  Containers:
   nginx:
    Image:      nginx:1.27
    Port:       80/TCP
    Host Port:  0/TCP
    Requests:
      cpu:         100m
      memory:      128Mi
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    ReplicaSetUpdated
OldReplicaSets:  web-5b8f7c9d6 (2/2 replicas created)
NewReplicaSet:   web-7d9c6b5f4 (2/2 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  10m   deployment-controller  Scaled up replica set web-5b8f7c9d6 from 0 to 3
  Normal  ScalingReplicaSet  20s   deployment-controller  Scaled up replica set web-7d9c6b5f4 from 0 to 1
  Normal  ScalingReplicaSet  10s   deployment-controller  Scaled down replica set web-5b8f7c9d6 from 3 to 2
`,
  ],
  [
    'describe rs web-7d9c6b5f4',
    `Name:           web-7d9c6b5f4
Namespace:      default
Selector:       app=web,pod-template-hash=7d9c6b5f4
Labels:         app=web
                pod-template-hash=7d9c6b5f4
Annotations:    deployment.kubernetes.io/desired-replicas: 3
                deployment.kubernetes.io/max-replicas: 4
                deployment.kubernetes.io/revision: 2
Controlled By:  Deployment/web
Replicas:       2 current / 2 desired
Pods Status:    0 Running / 1 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=web
           pod-template-hash=7d9c6b5f4
  Containers:
   nginx:
    Image:      nginx:1.27
    Port:       80/TCP
    Host Port:  0/TCP
    Requests:
      cpu:         100m
      memory:      128Mi
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:
  Type    Reason            Age   From                   Message
  ----    ------            ----  ----                   -------
  Normal  SuccessfulCreate  20s   replicaset-controller  Created pod: web-7d9c6b5f4-abcde
`,
  ],
  [
    'describe node node-1',
    `Name:               node-1
Roles:              <none>
Labels:             kubernetes.io/hostname=node-1
                    kubernetes.io/os=linux
Annotations:        <none>
CreationTimestamp:  Wed, 01 Jan 2025 00:00:00 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  node-1
  AcquireTime:     <unset>
  RenewTime:       Wed, 01 Jan 2025 00:00:00 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Wed, 01 Jan 2025 00:00:00 +0000   Wed, 01 Jan 2025 00:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  Ready            True    Wed, 01 Jan 2025 00:00:00 +0000   Wed, 01 Jan 2025 00:00:00 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  10.0.0.11
  Hostname:    node-1
Capacity:
  cpu:                2
  ephemeral-storage:  20Gi
  memory:             4Gi
  pods:               110
Allocatable:
  cpu:                2
  ephemeral-storage:  20Gi
  memory:             4Gi
  pods:               110
System Info:
  Machine ID:                 m1
  System UUID:                s1
  Boot ID:                    b1
  Kernel Version:             6.8.0
  OS Image:                   Ubuntu 24.04 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.22
  Kubelet Version:            v1.32.0
Non-terminated Pods:          (1 in total)
  Namespace                   Name                   CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                   ------------  ----------  ---------------  -------------  ---
  default                     web-7d9c6b5f4-abcde    100m (5%)     0 (0%)      128Mi (3%)       0 (0%)         0s
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests    Limits
  --------           --------    ------
  cpu                100m (5%)   0 (0%)
  memory             128Mi (3%)  0 (0%)
  ephemeral-storage  0 (0%)      0 (0%)
Events:
  Type    Reason     Age   From     Message
  ----    ------     ----  ----     -------
  Normal  NodeReady  61m   kubelet  Node node-1 status is now: NodeReady
`,
  ],
];

describe('kubectl describe layouts', () => {
  it.each(LAYOUTS)('%s', (line, expected) => {
    const r = scene().c.kubectl(line);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(expected);
  });
});

describe('tabwrite (Go text/tabwriter, padding 2)', () => {
  it.each([
    ['a:\tx\nlong:\ty\n', 'a:     x\nlong:  y\n'],
    // a line without a tab ends the column block
    ['a:\tx\nhead\nlonger:\ty\n', 'a:  x\nhead\nlonger:  y\n'],
    // trailing text after the last tab is not a column
    ['k\tv\tlast cell\nkey\tvalue\n', 'k    v  last cell\nkey  value\n'],
    // empty cells still take the column's width
    ['\tcont\nLabels:\tx\n', '         cont\nLabels:  x\n'],
  ])('%j', (input, expected) => {
    expect(tabwrite(input)).toBe(expected);
  });
});

describe('kubectl describe selection and errors', () => {
  it('treats a missing name as a prefix (each description followed by a newline)', () => {
    const { c } = scene();
    const r = c.kubectl('describe rs web-');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.match(/^Name: +web-.*/gm)).toEqual(['Name:           web-5b8f7c9d6', 'Name:           web-7d9c6b5f4']);
    expect(r.stdout.endsWith('Created pod: web-7d9c6b5f4-abcde\n\n')).toBe(true);
  });

  it('separates several objects with a blank line', () => {
    const { c } = scene();
    const r = c.kubectl('describe rs/web-5b8f7c9d6 rs/web-7d9c6b5f4');
    expect(r.stdout).toContain('  Tolerations:     <none>\nEvents:            <none>\n\n\nName:           web-7d9c6b5f4\n');
  });

  it.each([
    ['describe pod nope', '', 'Error from server (NotFound): pods "nope" not found\n', 1],
    ['describe deployment/nope', '', 'Error from server (NotFound): deployments.apps "nope" not found\n', 1],
    ['describe pods -l app=none', '', 'No resources found in default namespace.\n', 0],
    ['describe nodes -l x=y', '', 'No resources found\n', 0],
    ['describe foo', '', 'error: the server doesn\'t have a resource type "foo"\n', 1],
    ['describe', '', 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n', 1],
  ])('%s', (line, stdout, stderr, exitCode) => {
    const r = scene().c.kubectl(line);
    expect(r).toEqual({ stdout, stderr, exitCode });
  });

  it('selects by label and hides events with --show-events=false', () => {
    const { c } = scene();
    const r = c.kubectl('describe deploy -l app=web --show-events=false');
    expect(r.stdout.startsWith('Name:                   web\n')).toBe(true);
    expect(r.stdout).not.toContain('Events:');
  });
});
