// The kubernetes/website example files the docs' tasks and tutorials apply by URL
// (`kubectl apply -f https://k8s.io/examples/<path>`), keyed by their path under
// content/en/examples. Texts as stored in kubernetes/website, flow-style files included; job,
// cronjob and daemonset as the repository's docs scenario tests captured them (newer than the
// search index's copies, which still say batch/v1beta1 and k8s.gcr.io). Loaded lazily (load.ts).
// Simplification: a chosen subset, not every example; any other URL reads as a 404 (urls.ts).
import { PHP_APACHE_YAML } from '../../autoscaling/php-apache-manifest';

export const EXAMPLES: Readonly<Record<string, string>> = {
  'application/deployment-scale.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: nginx
  replicas: 4 # Update the replicas from 2 to 4
  template:
    metadata:
      labels:
        app.kubernetes.io/name: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.16.1
        ports:
        - containerPort: 80
`,
  'application/deployment-update.yaml': `---
{
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: {
    name: "nginx-deployment",
  },
  spec: {
    selector: {
      matchLabels: {
        app: "nginx",
      },
    },
    replicas: 2,
    template: {
      metadata: {
        labels: {
          app: "nginx",
        },
      },
      spec: {
        containers: [{
          name: "nginx",
          image: "nginx:1.16.1", # Update the version of nginx from 1.14.2 to 1.16.1
          ports: [{
            containerPort: 80,
          }],
        }],
      },
    },
  },
}
`,
  'application/deployment.yaml': `apiVersion: apps/v1 # for versions before 1.9.0 use apps/v1beta2
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app: nginx
  replicas: 2 # tells deployment to run 2 pods matching the template
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.15
        ports:
        - containerPort: 80
`,
  'application/job/cronjob.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo Hello from the Kubernetes cluster
          restartPolicy: OnFailure
`,
  'controllers/daemonset.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluentd-elasticsearch
  namespace: kube-system
  labels:
    k8s-app: fluentd-logging
spec:
  selector:
    matchLabels:
      name: fluentd-elasticsearch
  template:
    metadata:
      labels:
        name: fluentd-elasticsearch
    spec:
      tolerations:
      # these tolerations are to have the daemonset runnable on control plane nodes
      # remove them if your control plane nodes should not run pods
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
      - key: node-role.kubernetes.io/master
        operator: Exists
        effect: NoSchedule
      containers:
      - name: fluentd-elasticsearch
        image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
        resources:
          limits:
            memory: 200Mi
          requests:
            cpu: 100m
            memory: 200Mi
        volumeMounts:
        - name: varlog
          mountPath: /var/log
      # it may be desirable to set a high priority class to ensure that a DaemonSet Pod
      # preempts running Pods
      # priorityClassName: important
      terminationGracePeriodSeconds: 30
      volumes:
      - name: varlog
        hostPath:
          path: /var/log
`,
  'controllers/job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4

`,
  'controllers/nginx-deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app.kubernetes.io/name: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: nginx
  template:
    metadata:
      labels:
        app.kubernetes.io/name: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`,
  'pods/commands.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "command-demo",
    labels: {
      purpose: "demonstrate-command",
    },
  },
  spec: {
    containers: [{
      name: "command-demo-container",
      image: "debian",
      command: [
        "printenv",
      ],
      args: [
        "HOSTNAME",
        "KUBERNETES_PORT",
      ],
    }],
    restartPolicy: "OnFailure",
  },
}
`,
  'pods/config/redis-pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: redis
spec:
  containers:
  - name: redis
    image: redis:5
    env:
    - name: MASTER
      value: "true"
    ports:
    - containerPort: 6379
    resources:
      limits:
        cpu: "0.1"
    volumeMounts:
    - mountPath: /data
      name: data
    - mountPath: /usr/local/etc/redis
      name: config
    args:
    - /usr/local/etc/redis/redis.conf
  volumes:
    - name: data
      emptyDir: {}
    - name: config
      configMap:
        name: example-redis-config
        items:
        - key: redis-config
          path: redis.conf
`,
  'pods/inject/envars.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "envar-demo",
    labels: {
      purpose: "demonstrate-envars",
    },
  },
  spec: {
    containers: [{
      name: "envar-demo-container",
      image: "gcr.io/google-samples/hello-app:2.0",
      env: [{
        name: "DEMO_GREETING",
        value: "Hello from the environment",
      }, {
        name: "DEMO_FAREWELL",
        value: "Such a sweet sorrow",
      }],
    }],
  },
}
`,
  'pods/pod-nginx.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "nginx",
    labels: {
      env: "test",
    },
  },
  spec: {
    containers: [{
      name: "nginx",
      image: "nginx",
      imagePullPolicy: "IfNotPresent",
    }],
    nodeSelector: {
      disktype: "ssd",
    },
  },
}
`,
  'pods/probe/exec-liveness.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    labels: {
      test: "liveness",
    },
    name: "liveness-exec",
  },
  spec: {
    containers: [{
      name: "liveness",
      image: "registry.k8s.io/busybox:1.27.2",
      args: [
        "/bin/sh",
        "-c",
        "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600",
      ],
      livenessProbe: {
        exec: {
          command: [
            "cat",
            "/tmp/healthy",
          ],
        },
        initialDelaySeconds: 5,
        periodSeconds: 5,
      },
    }],
  },
}
`,
  'pods/probe/http-liveness.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    labels: {
      test: "liveness",
    },
    name: "liveness-http",
  },
  spec: {
    containers: [{
      name: "liveness",
      image: "registry.k8s.io/e2e-test-images/agnhost:2.40",
      args: [
        "liveness",
      ],
      livenessProbe: {
        httpGet: {
          path: "/healthz",
          port: 8080,
          httpHeaders: [{
            name: "Custom-Header",
            value: "Awesome",
          }],
        },
        initialDelaySeconds: 3,
        periodSeconds: 3,
      },
    }],
  },
}
`,
  'pods/probe/tcp-liveness-readiness.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: goproxy
  labels:
    app.kubernetes.io/name: goproxy
spec:
  containers:
  - name: goproxy
    image: registry.k8s.io/goproxy:0.1
    ports:
    - containerPort: 8080
    readinessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 15
      periodSeconds: 10
    livenessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 15
      periodSeconds: 10
`,
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
  'pods/simple-pod.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "nginx",
  },
  spec: {
    containers: [{
      name: "nginx",
      image: "nginx:1.14.2",
      ports: [{
        containerPort: 80,
      }],
    }],
  },
}
`,
  'service/networking/nginx-svc.yaml': `---
{
  apiVersion: "v1",
  kind: "Service",
  metadata: {
    name: "my-nginx",
    labels: {
      run: "my-nginx",
    },
  },
  spec: {
    ports: [{
      port: 80,
      protocol: "TCP",
    }],
    selector: {
      run: "my-nginx",
    },
  },
}
`,
  'service/networking/run-my-nginx.yaml': `---
{
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: {
    name: "my-nginx",
  },
  spec: {
    selector: {
      matchLabels: {
        run: "my-nginx",
      },
    },
    replicas: 2,
    template: {
      metadata: {
        labels: {
          run: "my-nginx",
        },
      },
      spec: {
        containers: [{
          name: "my-nginx",
          image: "nginx",
          ports: [{
            containerPort: 80,
          }],
        }],
      },
    },
  },
}
`,
  'service/nginx-service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: nginx-service
spec:
  ports:
  - port: 8000 # the port that this service should serve on
    # the container on each pod to connect to, can be a name
    # (e.g. 'www') or a number (e.g. 80)
    targetPort: 80
    protocol: TCP
  # just like the selector in the deployment,
  # but this time it identifies the set of pods to load balance
  # traffic to.
  selector:
    app.kubernetes.io/name: nginx
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
  'application/php-apache.yaml': PHP_APACHE_YAML,
};
