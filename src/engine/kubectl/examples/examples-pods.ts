// kubernetes/website examples, part of the table (table.ts). Pods: simple ones, commands, env, config, probes (tasks under /docs/tasks/configure-pod-container/).
export const POD_EXAMPLES: Readonly<Record<string, string>> = {
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
  // Configure Pod Initialization. Its init container downloads http://info.cern.ch, a host outside
  // the cluster: see exec/CONTEXT.md (nothing outside the cluster is reachable).
  'pods/init-containers.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "init-demo",
  },
  spec: {
    containers: [{
      name: "nginx",
      image: "nginx",
      ports: [{
        containerPort: 80,
      }],
      volumeMounts: [{
        name: "workdir",
        mountPath: "/usr/share/nginx/html",
      }],
    }],
    # These containers are run during pod initialization
    initContainers: [{
      name: "install",
      image: "busybox:1.28",
      command: [
        "wget",
        "-O",
        "/work-dir/index.html",
        "http://info.cern.ch",
      ],
      volumeMounts: [{
        name: "workdir",
        mountPath: "/work-dir",
      }],
    }],
    dnsPolicy: "Default",
    volumes: [{
      name: "workdir",
      emptyDir: {},
    }],
  },
}
`,
};
