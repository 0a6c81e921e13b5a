// kubernetes/website examples, part of the table (table.ts). Resources: the memory/CPU assignment tasks and the ResourceQuota tasks (admin/resource).
export const RESOURCE_EXAMPLES: Readonly<Record<string, string>> = {
  'pods/resource/cpu-request-limit.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "cpu-demo",
    namespace: "cpu-example",
  },
  spec: {
    containers: [{
      name: "cpu-demo-ctr",
      image: "vish/stress",
      resources: {
        limits: {
          cpu: "1",
        },
        requests: {
          cpu: "0.5",
        },
      },
      args: [
        "-cpus",
        "2",
      ],
    }],
  },
}
`,
  'pods/resource/memory-request-limit.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "memory-demo",
    namespace: "mem-example",
  },
  spec: {
    containers: [{
      name: "memory-demo-ctr",
      image: "polinux/stress",
      resources: {
        requests: {
          memory: "100Mi",
        },
        limits: {
          memory: "200Mi",
        },
      },
      command: [
        "stress",
      ],
      args: [
        "--vm",
        "1",
        "--vm-bytes",
        "150M",
        "--vm-hang",
        "1",
      ],
    }],
  },
}
`,
  'admin/resource/quota-mem-cpu-pod-2.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "quota-mem-cpu-demo-2",
  },
  spec: {
    containers: [{
      name: "quota-mem-cpu-demo-2-ctr",
      image: "redis",
      resources: {
        limits: {
          memory: "1Gi",
          cpu: "800m",
        },
        requests: {
          memory: "700Mi",
          cpu: "400m",
        },
      },
    }],
  },
}
`,
  'admin/resource/quota-mem-cpu-pod.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "quota-mem-cpu-demo",
  },
  spec: {
    containers: [{
      name: "quota-mem-cpu-demo-ctr",
      image: "nginx",
      resources: {
        limits: {
          memory: "800Mi",
          cpu: "800m",
        },
        requests: {
          memory: "600Mi",
          cpu: "400m",
        },
      },
    }],
  },
}
`,
  'admin/resource/quota-mem-cpu.yaml': `---
{
  apiVersion: "v1",
  kind: "ResourceQuota",
  metadata: {
    name: "mem-cpu-demo",
  },
  spec: {
    hard: {
      requests.cpu: "1",
      requests.memory: "1Gi",
      limits.cpu: "2",
      limits.memory: "2Gi",
    },
  },
}
`,
  'admin/resource/quota-pod-deployment.yaml': `---
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
`,
  'admin/resource/quota-pod.yaml': `---
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
`,
  'pods/resource/cpu-request-limit-2.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "cpu-demo-2",
    namespace: "cpu-example",
  },
  spec: {
    containers: [{
      name: "cpu-demo-ctr-2",
      image: "vish/stress",
      resources: {
        limits: {
          cpu: "100",
        },
        requests: {
          cpu: "100",
        },
      },
      args: [
        "-cpus",
        "2",
      ],
    }],
  },
}
`,
  'pods/resource/memory-request-limit-2.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "memory-demo-2",
    namespace: "mem-example",
  },
  spec: {
    containers: [{
      name: "memory-demo-2-ctr",
      image: "polinux/stress",
      resources: {
        requests: {
          memory: "50Mi",
        },
        limits: {
          memory: "100Mi",
        },
      },
      command: [
        "stress",
      ],
      args: [
        "--vm",
        "1",
        "--vm-bytes",
        "250M",
        "--vm-hang",
        "1",
      ],
    }],
  },
}
`,
  'pods/resource/memory-request-limit-3.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "memory-demo-3",
    namespace: "mem-example",
  },
  spec: {
    containers: [{
      name: "memory-demo-3-ctr",
      image: "polinux/stress",
      resources: {
        requests: {
          memory: "1000Gi",
        },
        limits: {
          memory: "1000Gi",
        },
      },
      command: [
        "stress",
      ],
      args: [
        "--vm",
        "1",
        "--vm-bytes",
        "150M",
        "--vm-hang",
        "1",
      ],
    }],
  },
}
`,
};
